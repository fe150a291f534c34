/**
 * The add-in's use cases, shared by the task pane and the ribbon commands: insert a business
 * case, and check or calculate the instance on the active sheet. They reach Excel only through
 * the `RunExcel` they are given, and return values, never Office errors.
 */
import { computeBusinessCase, type BusinessCaseResult } from '../engine/business-case';
import { validateCase } from '../engine/case-file';
import { issue, type Issue } from '../engine/issue';
import type { Language } from '../engine/messages';
import { ok, type Result } from '../engine/result';
import { fromZodIssues } from '../engine/zod-issues';
import { insertPlan } from '../excel/insert-plan';
import { recogniseActiveInstance } from '../excel/recognise';
import type { RunExcel } from '../excel/run';
import { planBusinessCase } from '../sheet/business-case-plan';
import { readBusinessCase } from '../sheet/read-business-case';
import { businessCaseParameters } from '../templates/business-case';
import { officeErrorMessage } from './office-errors';

export interface Deps {
  readonly run: RunExcel;
  readonly newId: () => string;
}

/** A failure the user can act on: issues to list, or one plain sentence from Excel. */
export type Failure = { kind: 'issues'; issues: Issue[] } | { kind: 'office'; message: string };

export type Outcome<T> = { ok: true; value: T } | { ok: false; failure: Failure };

async function guarded<T>(lang: Language, work: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
  try {
    return await work();
  } catch (e) {
    return { ok: false, failure: { kind: 'office', message: officeErrorMessage(e, lang) } };
  }
}

export async function insertBusinessCase(
  deps: Deps,
  raw: unknown,
  lang: Language,
): Promise<Outcome<{ sheetName: string }>> {
  const params = businessCaseParameters.safeParse(raw, { reportInput: true });
  if (!params.success) return { ok: false, failure: { kind: 'issues', issues: fromZodIssues(params.error.issues) } };
  return guarded(lang, async () => {
    const inserted = await insertPlan(deps.run, planBusinessCase(params.data), deps.newId());
    return { ok: true, value: { sheetName: inserted.sheetName } };
  });
}

export interface Checked {
  readonly sheetName: string;
  /** Errors and warnings, each with its cell where the sheet knows it. */
  readonly issues: Issue[];
  /** The computed case when the instance had no errors. */
  readonly result: BusinessCaseResult | null;
}

function checkedCase(sheetName: string, read: ReturnType<typeof readBusinessCase>): Result<Checked> {
  if (!read.input) return ok({ sheetName, issues: read.issues, result: null });
  const valid = validateCase(read.input);
  if (!valid.ok || valid.value.template !== 'business-case')
    return ok({ sheetName, issues: valid.ok ? [] : valid.issues, result: null });
  const result = computeBusinessCase(valid.value);
  return ok({ sheetName, issues: result.issues, result });
}

/** Reads, checks and computes the instance on the active sheet (two syncs). */
export async function checkActiveInstance(deps: Deps, lang: Language): Promise<Outcome<Checked>> {
  return guarded(lang, async () => {
    const found = await recogniseActiveInstance(deps.run, true);
    const problem = (code: 'not_instance' | 'layout_missing'): Outcome<Checked> => ({
      ok: false,
      failure: { kind: 'issues', issues: [issue(code, [])] },
    });
    if (!found) return problem('not_instance');
    if (!found.record || !found.cells || found.templateId !== 'business-case') return problem('layout_missing');
    const checked = checkedCase(found.sheetName, readBusinessCase(found.record, found.cells));
    return checked.ok
      ? { ok: true, value: checked.value }
      : { ok: false, failure: { kind: 'issues', issues: checked.issues } };
  });
}
