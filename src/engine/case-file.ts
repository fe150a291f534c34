/**
 * Reading a case file: JSON text -> template dispatch -> zod schema -> checks that span
 * fields (horizon, line lengths, three-point order). Every problem is an issue with its
 * JSON path; nothing is filled in silently.
 */
import type { z } from 'zod';
import { businessCaseSchema, type BusinessCaseFile } from './business-case-schema';
import { checkBusinessCase } from './business-case-checks';
import { hasErrors, issue, type Issue } from './issue';
import { parseJsonText } from './json-text';
import { fail, ok, type Result } from './result';
import { timeSavingsSchema, type TimeSavingsFile } from './time-savings-schema';
import { benchmarkSchema, type BenchmarkFile } from './benchmark-schema';
import { realisationSchema, type RealisationFile } from './realisation-schema';
import { describeValue, fromZodIssues } from './zod-issues';

export type CaseFile = BusinessCaseFile | TimeSavingsFile | BenchmarkFile | RealisationFile;

export const TEMPLATES = ['business-case', 'time-savings', 'benchmark', 'realisation'] as const;
export type TemplateId = (typeof TEMPLATES)[number];

function validate<T>(schema: z.ZodType<T>, data: unknown): Result<T> {
  const parsed = schema.safeParse(data, { reportInput: true });
  return parsed.success ? ok(parsed.data) : fail(fromZodIssues(parsed.error.issues));
}

/** Validates an already-parsed value as a case file of any known template. */
export function validateCase(data: unknown): Result<CaseFile> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail([
      issue('invalid_type', [], {
        expected: 'an object {...}',
        expectedDa: 'et objekt {...}',
        received: describeValue(data),
      }),
    ]);
  }
  const template = (data as { template?: unknown }).template;
  const allowed = TEMPLATES.map((t) => `"${t}"`).join(', ');
  if (template === undefined) {
    return fail([issue('missing', ['template'], { expected: `one of ${allowed}`, expectedDa: `en af ${allowed}` })]);
  }
  switch (template) {
    case 'business-case': {
      const r = validate(businessCaseSchema, data);
      if (!r.ok) return r;
      const issues = checkBusinessCase(r.value);
      return hasErrors(issues) ? fail(issues) : r;
    }
    case 'time-savings':
      return validate(timeSavingsSchema, data);
    case 'benchmark': {
      const r = validate(benchmarkSchema, data);
      if (r.ok && !r.value.rows.some((row) => row.name === r.value.own)) {
        return fail([issue('own_row_missing', ['own'], { received: JSON.stringify(r.value.own) })]);
      }
      return r;
    }
    case 'realisation': {
      const r = validate(realisationSchema, data);
      if (!r.ok) return r;
      const sum = r.value.keys.reduce((a, k) => a + k.weight, 0);
      const issues =
        Math.abs(sum - 1) > 1e-9 ? [issue('keys_sum', ['keys'], { received: `${Math.round(sum * 1e6) / 1e4} %` })] : [];
      r.value.total.forEach((t, k) => {
        const units = t / r.value.rounding;
        if (Math.abs(units - Math.round(units)) > 1e-9)
          issues.push(issue('not_multiple', ['total', k], { rounding: r.value.rounding, received: t }));
      });
      return issues.length > 0 ? fail(issues) : r;
    }
    default:
      return fail([issue('unknown_template', ['template'], { received: describeValue(template), allowed })]);
  }
}

/** Parses and validates case-file text. */
export function parseCase(text: string): Result<CaseFile> {
  const json = parseJsonText(text);
  return json.ok ? validateCase(json.value) : json;
}

export type { Issue };
