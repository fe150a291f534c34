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
import { refundLossSchema, type RefundLossFile } from './refund-loss-schema';
import { releaseListSchema, type ReleaseListFile } from './release-list-schema';
import { benchmarkSchema, type BenchmarkFile } from './benchmark-schema';
import { benchmarkEntryCase, benchmarkIssues, type BenchmarkEntrySeed } from './benchmark-entry';
import { realisationSchema, type RealisationFile } from './realisation-schema';
import { describeValue, fromZodIssues } from './zod-issues';
import { catalogueCaseSchema, modelInputs, type CatalogueCaseFile } from './model-case';
import type { Model } from './model';

/** A catalogue case with its entry's model and its checked inputs. */
export type CatalogueCase = CatalogueCaseFile & {
  readonly model: Model;
  readonly values: ReadonlyMap<string, number | string>;
};

export type CaseFile =
  | BusinessCaseFile
  | TimeSavingsFile
  | BenchmarkFile
  | RealisationFile
  | CatalogueCase
  | RefundLossFile
  | ReleaseListFile;

export const TEMPLATES = [
  'business-case',
  'time-savings',
  'benchmark',
  'realisation',
  'catalogue',
  'refund-loss',
  'release-list',
] as const;

/** What the engine needs from outside to read a catalogue case: the entries' models and benchmarks. */
export interface CaseContext {
  readonly models?: ReadonlyMap<string, Model>;
  /** Entries that open the benchmark, by id: a case of one is the benchmark with the entry's figures. */
  readonly benchmarks?: ReadonlyMap<string, BenchmarkEntrySeed>;
}
export type TemplateId = (typeof TEMPLATES)[number];

function validate<T>(schema: z.ZodType<T>, data: unknown): Result<T> {
  const parsed = schema.safeParse(data, { reportInput: true });
  return parsed.success ? ok(parsed.data) : fail(fromZodIssues(parsed.error.issues));
}

/** Validates an already-parsed value as a case file of any known template. */
export function validateCase(data: unknown, context: CaseContext = {}): Result<CaseFile> {
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
    case 'refund-loss':
      return validate(refundLossSchema, data);
    case 'release-list':
      return validate(releaseListSchema, data);
    case 'benchmark': {
      const r = validate(benchmarkSchema, data);
      const more = r.ok ? benchmarkIssues(r.value) : [];
      return more.length > 0 ? fail(more) : r;
    }
    case 'realisation': {
      const r = validate(realisationSchema, data);
      return r.ok ? checkRealisation(r.value) : r;
    }
    case 'catalogue': {
      const r = validate(catalogueCaseSchema, data);
      if (!r.ok) return r;
      const seed = context.benchmarks?.get(r.value.entry);
      if (seed) return benchmarkEntryCase(seed, r.value.inputs, r.value.language);
      const models = context.models ?? new Map<string, Model>();
      const model = models.get(r.value.entry);
      if (!model) {
        const allowed = [...models.keys()].map((k) => `"${k}"`);
        return fail([issue('invalid_value', ['entry'], { allowed, received: describeValue(r.value.entry) })]);
      }
      const checked = modelInputs(model, r.value.inputs);
      return checked.issues.length > 0 ? fail(checked.issues) : ok({ ...r.value, model, values: checked.values });
    }
    default:
      return fail([issue('unknown_template', ['template'], { received: describeValue(template), allowed })]);
  }
}

/** What zod cannot say about a realisation file: the keys' sum, whole totals, total or gains. */
function checkRealisation(c: RealisationFile): Result<CaseFile> {
  const issues: Issue[] = [];
  const weights = c.keys.filter((k) => 'weight' in k).length;
  if (weights > 0 && weights < c.keys.length) {
    issues.push(
      issue('invalid_value', ['keys'], { allowed: 'all {"unit","weight"} or all {"unit","value"}', received: 'a mix' }),
    );
  } else if (weights > 0) {
    const sum = c.keys.reduce((a, k) => a + ('weight' in k ? k.weight : 0), 0);
    if (Math.abs(sum - 1) > 1e-9)
      issues.push(issue('keys_sum', ['keys'], { received: `${Math.round(sum * 1e6) / 1e4} %` }));
  } else if (c.keys.every((k) => ('value' in k ? k.value : 0) === 0)) {
    issues.push(issue('keys_sum', ['keys'], { received: '0 %' }));
  }
  if ((c.total === undefined) === (c.gains === undefined)) {
    issues.push(
      issue('missing', ['total'], {
        expected: '"total" (allocation only) or "gains" (a plan), not both',
        expectedDa: '"total" (kun fordeling) eller "gains" (en plan), ikke begge',
      }),
    );
  }
  (c.total ?? []).forEach((t, k) => {
    // Compared in the total's own scale: 1,000 in units of 10^12 is 10^-9 units, not a whole number.
    const kept = Math.round(t / c.rounding) * c.rounding;
    if (Math.abs(t - kept) > 1e-9 * Math.max(1, Math.abs(t)))
      issues.push(issue('not_multiple', ['total', k], { rounding: c.rounding, received: t }));
  });
  const amounts = [...(c.total ?? []), ...(c.gains ?? []).flatMap((g) => g.values)];
  const largest = Math.max(0, ...amounts.map(Math.abs));
  if (largest > 0 && c.rounding > largest) {
    issues.push(
      issue('too_big', ['rounding'], {
        expected: `a rounding no larger than the largest amount (${largest})`,
        expectedDa: `en afrunding, der ikke er større end det største beløb (${largest})`,
        received: c.rounding,
      }),
    );
  }
  const years = Math.max(0, ...(c.gains ?? []).map((g) => g.values.length));
  (c.gains ?? []).forEach((g, i) => {
    if (g.values.length !== years) {
      issues.push(
        issue('line_length_mismatch', ['gains', i, 'values'], { expected: years, received: g.values.length }),
      );
    }
    if (g.actual && g.actual.length > years) {
      issues.push(
        issue('too_big', ['gains', i, 'actual'], {
          expected: `at most ${years} values`,
          expectedDa: `højst ${years} værdier`,
          received: g.actual.length,
        }),
      );
    }
    if (g.delay > 0 && g.timing === 'implementation') {
      issues.push(
        issue('not_applicable', ['gains', i, 'delay'], {
          field: 'delay',
          appliesTo: 'timing "delayed" or "upfront" (forlods, delayed for the implementation)',
          appliesToDa: 'timing "delayed" eller "upfront" (forlods, forsinket af hensyn til implementeringen)',
        }),
      );
    }
  });
  return issues.length > 0 ? fail(issues) : ok(c);
}

/** Parses and validates case-file text. */
export function parseCase(text: string, context: CaseContext = {}): Result<CaseFile> {
  const json = parseJsonText(text);
  return json.ok ? validateCase(json.value, context) : json;
}

export type { Issue };
