/**
 * A catalogue entry that opens the benchmark (A12, A13, E05 …) as a case file:
 * `{"template":"catalogue","entry":"A12","inputs":{"own":"Varde","Nyborg.volume":433.3,"Esbjerg.value":6.1}}`.
 * The entry's rows and targets as the report prints them, with the municipality's inputs over them:
 * `own` names the own row; `<row>.value`, `<row>.numerator`, `<row>.denominator` and `<row>.volume`
 * change a row, or add one where no row has that name. The result is a benchmark case, so
 * `calc` and `build` treat it as any other; a problem is reported at the input that caused it.
 */
import { benchmarkSchema, type BenchmarkFile } from './benchmark-schema';
import { issue, type Issue, type IssuePath } from './issue';
import { fail, ok, type Result } from './result';
import { describeValue, fromZodIssues } from './zod-issues';

/** What the catalogue gives for a benchmark entry (the catalogue itself lives outside the engine). */
export interface BenchmarkEntrySeed {
  readonly title: Readonly<Record<'da' | 'en', string>>;
  readonly unit: string;
  readonly direction: BenchmarkFile['direction'];
  readonly per?: number;
  readonly own?: string;
  readonly rows: readonly BenchmarkFile['rows'][number][];
  readonly targets: readonly { readonly label: string; readonly value: number }[];
}

const FIELDS = ['value', 'numerator', 'denominator', 'volume'] as const;
type Field = (typeof FIELDS)[number];
type Row = { name: string } & Partial<Record<Field, number>>;

/** The entry's prefilled figures as input keys: `own` and `<row>.<field>`. */
export function benchmarkEntryPrefilled(seed: BenchmarkEntrySeed): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  if (seed.own) out['own'] = seed.own;
  for (const row of seed.rows)
    for (const f of FIELDS) {
      const v = (row as Row)[f];
      if (v !== undefined) out[`${row.name}.${f}`] = v;
    }
  return out;
}

const ALLOWED = `"own", or "<row>.value", "<row>.numerator", "<row>.denominator", "<row>.volume"`;

/** The benchmark case of an entry with the inputs over its prefilled figures, or why there is none. */
export function benchmarkEntryCase(
  seed: BenchmarkEntrySeed,
  inputs: Readonly<Record<string, unknown>>,
  language: 'da' | 'en',
): Result<BenchmarkFile> {
  const rows: Row[] = seed.rows.map((r) => ({ ...(r as Row) }));
  let own = seed.own ?? '';
  const issues: Issue[] = [];
  for (const [key, value] of Object.entries(inputs)) {
    const at = ['inputs', key];
    if (key === 'own') {
      if (typeof value === 'string' && value.trim() !== '') own = value.trim();
      else
        issues.push(
          issue('invalid_type', at, {
            expected: 'a row name',
            expectedDa: 'et rækkenavn',
            received: describeValue(value),
          }),
        );
      continue;
    }
    const dot = key.lastIndexOf('.');
    const name = dot > 0 ? key.slice(0, dot).trim() : '';
    const field = key.slice(dot + 1) as Field;
    if (name === '' || !FIELDS.includes(field)) {
      issues.push(issue('invalid_value', at, { allowed: ALLOWED, received: describeValue(key) }));
      continue;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      issues.push(
        issue('invalid_type', at, { expected: 'a number', expectedDa: 'et tal', received: describeValue(value) }),
      );
      continue;
    }
    let row = rows.find((r) => r.name === name);
    if (!row) rows.push((row = { name }));
    // A row is a given key figure or a ratio, never both: the input says which it now is.
    if (field === 'value') {
      delete row.numerator;
      delete row.denominator;
    } else if (field !== 'volume') delete row.value;
    row[field] = value;
  }
  if (issues.length > 0) return fail(issues);
  if (rows.length === 0) {
    return fail([
      issue('missing', ['inputs'], {
        expected: 'rows as "<name>.value", or "<name>.numerator" and "<name>.denominator"',
        expectedDa: 'rækker som "<navn>.value", eller "<navn>.numerator" og "<navn>.denominator"',
      }),
    ]);
  }
  const file = {
    template: 'benchmark',
    title: seed.title[language],
    unit: seed.unit,
    direction: seed.direction,
    own,
    per: seed.per ?? 1,
    rows,
    targets: seed.targets,
  };
  const parsed = benchmarkSchema.safeParse(file, { reportInput: true });
  if (!parsed.success) {
    // A row's problem is the input's: `rows.3.denominator` is `inputs["Esbjerg.denominator"]`.
    const back = (path: IssuePath): IssuePath => {
      const [head, i, f] = path;
      const row = head === 'rows' && typeof i === 'number' ? rows[i] : undefined;
      if (!row) return head === 'rows' ? ['inputs'] : path;
      return ['inputs', typeof f === 'string' ? `${row.name}.${f}` : row.name];
    };
    return fail(fromZodIssues(parsed.error.issues).map((x) => ({ ...x, path: back(x.path) })));
  }
  const comparable = benchmarkIssues(parsed.data);
  return comparable.length > 0 ? fail(comparable.map((x) => ({ ...x, path: ['inputs', ...x.path] }))) : ok(parsed.data);
}

/** What zod cannot say about a benchmark: the own row is one of the rows, and there is something to compare. */
export function benchmarkIssues(c: BenchmarkFile): Issue[] {
  if (!c.rows.some((row) => row.name === c.own))
    return [issue('own_row_missing', ['own'], { received: describeValue(c.own) })];
  if (c.rows.length < 2 && c.targets.length === 0) return [issue('nothing_to_compare', ['rows'])];
  return [];
}
