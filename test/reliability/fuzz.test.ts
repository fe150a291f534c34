/**
 * The fuzz suite (issue: reliability): generated hostile input through every entry point that
 * takes it. Properties, for every input: nothing throws; a refusal names a path (or a line and
 * column, or a cell); an accepted case computes only finite figures; a sheet reader's every
 * issue carries its cell; an imported row obeys the case-file schema.
 *
 * A failure prints fast-check's seed and path; replay it with FUZZ_SEED=<seed> FUZZ_PATH=<path>.
 * FUZZ_RUNS scales every property (the default is sized for CI: over 10,000 inputs in all).
 */
import fc from 'fast-check';
import { nonFinitePaths } from '../../src/engine/calculate';
import { calculateCase } from '../../src/sheet/registry';
import { parseCase, validateCase } from '../../src/engine/case-file';
import { decodeUtf8 } from '../../src/engine/utf8';
import type { Issue } from '../../src/engine/issue';
import { issueMessage } from '../../src/engine/messages';
import { benchmarkRowSchema } from '../../src/engine/benchmark-schema';
import { plansForCase } from '../../src/sheet/registry';
import { planBusinessCase } from '../../src/sheet/business-case-plan';
import { readBusinessCase } from '../../src/sheet/read-business-case';
import { readModelSheet } from '../../src/sheet/read-model';
import { entrySheet } from '../../src/sheet/entry-plan';
import { planModel } from '../../src/sheet/model-plan';
import type { SheetPlan } from '../../src/sheet/plan';
import { rowsFromTable } from '../../src/sheet/table-import';
import { businessCaseParameters } from '../../src/templates/business-case';
import { CATALOGUE_MODELS, findEntry } from '../../src/templates/catalogue';
import { BASE_CASES, caseFileBytes, catalogueCase, cellValue, grid, hostileText, mutatedCase } from './arbitraries';

const CONTEXT = { models: CATALOGUE_MODELS };
const scale = Number(process.env['FUZZ_RUNS'] ?? 1);
const replay =
  process.env['FUZZ_SEED'] === undefined
    ? {}
    : { seed: Number(process.env['FUZZ_SEED']), path: process.env['FUZZ_PATH'] ?? '' };
const runs = (n: number): fc.Parameters<unknown> => ({ numRuns: Math.max(1, Math.round(n * scale)), ...replay });
const counted: Record<string, number> = {};
const count = (what: string): void => {
  counted[what] = (counted[what] ?? 0) + 1;
};

jest.setTimeout(300_000);

afterAll(() => {
  const total = Object.entries(counted)
    .filter(([k]) => !k.startsWith('of which'))
    .reduce((a, [, n]) => a + n, 0);
  // The count goes into the test log (and so CI's), as the issue asks.
  console.log(`fuzz: ${total} generated inputs checked — ${JSON.stringify(counted)}`);
});

/** A refusal names where: a path, a line and column, or (for a sheet) a cell. */
function located(i: Issue): boolean {
  return i.path.length > 0 || i.cell !== undefined || 'line' in i.params || i.code === 'invalid_type';
}

function readable(i: Issue): boolean {
  return (['en', 'da'] as const).every((l) => {
    const m = issueMessage(i, l);
    return m.length > 0 && m.length < 600 && !/\bundefined\b|\[object /.test(m);
  });
}

function expectSoundRefusal(issues: readonly Issue[]): void {
  expect(issues.length).toBeGreaterThan(0);
  for (const i of issues) {
    expect({ located: located(i), issue: i }).toMatchObject({ located: true });
    expect({ readable: readable(i), issue: i }).toMatchObject({ readable: true });
  }
}

test('case files of every template, mutated, re-encoded and cut: refused by path or computed finite', () => {
  fc.assert(
    fc.property(caseFileBytes, (bytes) => {
      count('case files');
      const text = decodeUtf8(bytes);
      if (!text.ok) return expectSoundRefusal(text.issues);
      const parsed = parseCase(text.value, CONTEXT);
      if (!parsed.ok) return expectSoundRefusal(parsed.issues);
      const result = calculateCase(parsed.value);
      expect(result.ok ? [] : result.issues).toEqual([]);
      if (result.ok) expect(nonFinitePaths(result.value)).toEqual([]);
    }),
    runs(4000),
  );
});

test('every case file that validates also builds, and every planned number is finite', () => {
  fc.assert(
    fc.property(mutatedCase, fc.constantFrom('da' as const, 'en' as const), (c, lang) => {
      count('cases to build');
      const parsed = validateCase(c, CONTEXT);
      if (!parsed.ok) return;
      count('of which valid, built');
      // One rule for calc, check and build: what validates builds (time savings has no sheet yet).
      const plans = plansForCase(parsed.value, lang);
      if (parsed.value.template === 'time-savings') return;
      expect(plans.ok ? [] : plans.issues).toEqual([]);
      if (!plans.ok) return;
      for (const plan of plans.value)
        for (const row of plan.cells)
          for (const cell of row)
            if (cell?.content.kind === 'number') expect(Number.isFinite(cell.content.value)).toBe(true);
    }),
    runs(1200),
  );
});

test('every text field at, and one over, every length limit: what validates also builds', () => {
  const stringPaths = (v: unknown, at: (string | number)[] = []): (string | number)[][] =>
    typeof v === 'string'
      ? [at]
      : Array.isArray(v)
        ? v.flatMap((x, i) => stringPaths(x, [...at, i]))
        : v !== null && typeof v === 'object'
          ? Object.entries(v).flatMap(([k, x]) => stringPaths(x, [...at, k]))
          : [];
  for (const base of BASE_CASES) {
    for (const path of stringPaths(base)) {
      for (const n of [40, 41, 80, 81, 120, 121, 200, 201, 1000, 1001]) {
        count('texts at their limits');
        const c = structuredClone(base) as Record<string | number, unknown>;
        let parent = c;
        for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
        parent[path[path.length - 1] as string | number] = 'x'.repeat(n);
        const valid = validateCase(c, CONTEXT);
        if (!valid.ok || valid.value.template === 'time-savings') continue;
        const plans = plansForCase(valid.value, 'da');
        expect({ path, n, issues: plans.ok ? [] : plans.issues }).toEqual({ path, n, issues: [] });
      }
    }
  }
});

test('catalogue inputs, right keys and wrong ones with hostile values: refused by path or computed finite', () => {
  fc.assert(
    fc.property(catalogueCase, (c) => {
      count('catalogue inputs');
      const parsed = validateCase(c, CONTEXT);
      if (!parsed.ok) return expectSoundRefusal(parsed.issues);
      const result = calculateCase(parsed.value);
      expect(result.ok ? [] : result.issues).toEqual([]);
    }),
    runs(2000),
  );
});

/** The cells a plan writes, as Office.js reads them back: values and formulas. */
function cellsOfPlan(plan: SheetPlan): { values: unknown[][]; formulas: unknown[][] } {
  const values = plan.cells.map((row) =>
    Array.from({ length: plan.cols }, (_, j) => {
      const c = row[j]?.content;
      return c === undefined ? '' : c.kind === 'text' ? c.text : c.kind === 'number' ? c.value : 0;
    }),
  );
  const formulas = plan.cells.map((row, i) =>
    Array.from({ length: plan.cols }, (_, j) => {
      const c = row[j]?.content;
      return c?.kind === 'formula' ? c.formula : values[i]?.[j];
    }),
  );
  return { values, formulas };
}

const edits = fc.array(fc.tuple(fc.nat(), fc.nat(), cellValue), { maxLength: 12 });

test('business-case sheets with cells typed over: the reader never throws, and every issue has its cell', () => {
  const shapes = fc.record({
    horizon: fc.integer({ min: 1, max: 50 }),
    gain: fc.integer({ min: 1, max: 4 }),
    cost: fc.integer({ min: 1, max: 3 }),
    investment: fc.integer({ min: 1, max: 3 }),
    language: fc.constantFrom('da' as const, 'en' as const),
  });
  fc.assert(
    fc.property(shapes, edits, fc.boolean(), (s, typed, keepNames) => {
      count('business-case grids');
      const shape = {
        templateId: 'business-case',
        version: 1,
        horizon: s.horizon,
        language: s.language,
        lines: { gain: s.gain, cost: s.cost, investment: s.investment },
      };
      const params = businessCaseParameters.parse({ language: s.language, horizon: s.horizon, lines: shape.lines });
      const plan = planBusinessCase(params);
      const { values, formulas } = cellsOfPlan(plan);
      for (const [r, c, v] of typed) {
        const row = r % plan.rows;
        const col = c % plan.cols;
        (values[row] as unknown[])[col] = v;
        (formulas[row] as unknown[])[col] = v;
      }
      const names = new Map(
        keepNames ? plan.names.flatMap((n) => ('address' in n ? [[n.name, `'Ark'!${n.address}`] as const] : [])) : [],
      );
      const read = readBusinessCase(shape, { sheetName: 'Ark', values, formulas, rowOffset: 0, colOffset: 0 }, names);
      for (const i of read.issues) expect(i.cell).toMatch(/^Ark!/);
      if (read.input === null) return;
      const valid = validateCase(read.input);
      if (valid.ok) expect(calculateCase(valid.value).ok).toBe(true);
      else for (const i of valid.issues) expect(read.cellOf(i.path)).toMatch(/^Ark![A-Z]+\d+$/);
    }),
    runs(1500),
  );
});

test('catalogue sheets with random cells: the reader never throws, issues have cells, figures are finite or null', () => {
  const ids = [...CATALOGUE_MODELS.keys()];
  fc.assert(
    fc.property(fc.constantFrom(...ids), fc.constantFrom('da' as const, 'en' as const), fc.nat(), (id, lang, seed) => {
      count('catalogue grids');
      const entry = findEntry(id);
      const model = CATALOGUE_MODELS.get(id);
      if (!entry || !model) throw new Error(id);
      const sheet = entrySheet(entry, model, lang);
      const plan = planModel(sheet);
      const rng = fc.sample(grid(plan.rows, plan.cols), { numRuns: 1, seed })[0] ?? [];
      const read = readModelSheet(sheet, { sheetName: 'K', values: rng, formulas: rng, rowOffset: 0, colOffset: 0 });
      for (const i of read.issues) expect(i.cell).toMatch(/^K!/);
      for (const r of read.results) if (typeof r.value === 'number') expect(Number.isFinite(r.value)).toBe(true);
    }),
    runs(600),
  );
});

test('user tables with any cells: the importer never throws, issues have cells, rows obey the schema', () => {
  const table = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 5 })).chain(([rows, cols]) =>
    fc.record({
      values: grid(rows, cols),
      mapping: fc.record({
        name: fc.nat({ max: cols - 1 }),
        numerator: fc.option(fc.nat({ max: cols - 1 }), { nil: undefined }),
        denominator: fc.option(fc.nat({ max: cols - 1 }), { nil: undefined }),
        value: fc.option(fc.nat({ max: cols - 1 }), { nil: undefined }),
        volume: fc.option(fc.nat({ max: cols - 1 }), { nil: undefined }),
      }),
      name: hostileText,
    }),
  );
  fc.assert(
    fc.property(table, (t) => {
      count('user tables');
      const read = rowsFromTable({ sheetName: 'Mine tal', address: 'C3:H20', values: t.values }, t.mapping);
      for (const i of read.issues) expect(i.cell).toMatch(/^Mine tal!/);
      for (const row of read.rows) expect(benchmarkRowSchema.safeParse(row).success).toBe(true);
    }),
    runs(2000),
  );
});
