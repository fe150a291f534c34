/**
 * Domain failures are values (DESIGN.md §7): a computation either succeeds with a value
 * or fails with one or more issues. Programmer mistakes throw instead.
 */
import type { Issue } from './issue';

export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(issues: Issue[]): Result<T> {
  return { ok: false, issues };
}
