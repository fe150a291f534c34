/**
 * Turns zod's issues into Gevinst issues: a stable code, the JSON path, and what was
 * expected against what was found, in words a finance user reads ("expected a number,
 * got "12,5""). Refinements in the schemas carry their Gevinst code in `params.gevinst`.
 */
import type { z } from 'zod';
import { issue, type Issue, type IssueCode, type IssueParams } from './issue';

type ZodIssue = z.core.$ZodIssue;
type Path = (string | number)[];

const TYPE_WORDS: Record<string, readonly [string, string]> = {
  number: ['a number', 'et tal'],
  string: ['text', 'tekst'],
  array: ['a list [...]', 'en liste [...]'],
  object: ['an object {...}', 'et objekt {...}'],
  boolean: ['true or false', 'true eller false'],
};

/** How much of a found text a message quotes: enough to recognise it, never a whole pasted file. */
export const QUOTE_LIMIT = 60;

/** A text quoted for a message, cut to QUOTE_LIMIT characters with its length when longer. */
export function quote(text: string): string {
  if (text.length <= QUOTE_LIMIT) return JSON.stringify(text);
  return `${JSON.stringify(text.slice(0, QUOTE_LIMIT - 1) + '…')} (${text.length} characters)`;
}

/** How a found value reads in a message: strings quoted (and cut), containers named. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  if (Array.isArray(v)) return 'a list';
  return 'an object';
}

function toPath(base: Path, rel: readonly PropertyKey[]): Path {
  return [...base, ...rel.map((k) => (typeof k === 'number' ? k : String(k)))];
}

function typeIssue(path: Path, expected: string, input: unknown, received?: string): Issue {
  if (received === 'NaN' || received === 'Infinity' || (typeof input === 'number' && !Number.isFinite(input))) {
    return issue('not_finite', path, { received: received ?? String(input) });
  }
  const [en, da] = TYPE_WORDS[expected] ?? [expected, expected];
  if (input === undefined) return issue('missing', path, { expected: en, expectedDa: da });
  return issue('invalid_type', path, { expected: en, expectedDa: da, received: describeValue(input) });
}

function bound(i: ZodIssue & { code: 'too_small' | 'too_big' }): IssueParams {
  const small = i.code === 'too_small';
  const limit = Number(small ? i.minimum : i.maximum);
  const op = small ? (i.inclusive ? '>=' : '>') : i.inclusive ? '<=' : '<';
  if (i.origin === 'array') {
    const en = small ? `at least ${limit} item(s)` : `at most ${limit} item(s)`;
    const da = small ? `mindst ${limit} element(er)` : `højst ${limit} element(er)`;
    const n = Array.isArray(i.input) ? i.input.length : 0;
    return { expected: en, expectedDa: da, received: `${n}` };
  }
  if (i.origin === 'string') {
    const received = describeValue(i.input);
    if (small) return { expected: 'a non-empty text', expectedDa: 'en ikke-tom tekst', received };
    return { expected: `text of at most ${limit} characters`, expectedDa: `en tekst på højst ${limit} tegn`, received };
  }
  return { expected: `a number ${op} ${limit}`, expectedDa: `et tal ${op} ${limit}`, received: describeValue(i.input) };
}

/**
 * The union branch the input most probably meant: among the branches whose top-level type
 * matched the input, the one with the fewest problems; else the first branch.
 */
function bestBranch(branches: readonly (readonly ZodIssue[])[]): readonly ZodIssue[] {
  const matched = branches.filter((b) => !b.some((i) => i.code === 'invalid_type' && i.path.length === 0));
  const pool = matched.length > 0 ? matched : branches.slice(0, 1);
  return (
    pool.reduce<readonly ZodIssue[] | undefined>(
      (a, b) => (a === undefined || b.length < a.length ? b : a),
      undefined,
    ) ?? []
  );
}

function mapOne(i: ZodIssue, base: Path): Issue[] {
  const path = toPath(base, i.path);
  switch (i.code) {
    case 'invalid_type':
      return [typeIssue(path, i.expected, i.input, (i as { received?: string }).received)];
    case 'invalid_union': {
      const branch = bestBranch(i.errors);
      if (branch.length === 0)
        return [issue('invalid_value', path, { allowed: '?', received: describeValue(i.input) })];
      return branch.flatMap((b) => mapOne(b, path));
    }
    case 'unrecognized_keys':
      return i.keys.map((k) => issue('unknown_field', [...path, k], { field: k }));
    case 'invalid_value':
      return [
        issue('invalid_value', path, {
          allowed: i.values.map((v) => JSON.stringify(v)).join(', '),
          received: describeValue(i.input),
        }),
      ];
    case 'too_small':
    case 'too_big':
      return [issue(i.code, path, bound(i))];
    case 'custom': {
      const p = (i.params ?? {}) as { gevinst?: IssueCode } & Record<string, string | number>;
      const { gevinst, ...params } = p;
      return [issue(gevinst ?? 'invalid_value', path, { received: describeValue(i.input), ...params })];
    }
    default:
      return [issue('invalid_value', path, { allowed: i.message, received: describeValue(i.input) })];
  }
}

export function fromZodIssues(issues: readonly ZodIssue[], base: Path = []): Issue[] {
  return issues.flatMap((i) => mapOne(i, base));
}
