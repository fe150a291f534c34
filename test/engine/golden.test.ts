/**
 * The engine against LibreOffice: every case in test/fixtures/goldens/cases is computed by the
 * engine and compared with the values LibreOffice recalculated from spreadsheet formulas
 * (test/fixtures/goldens/goldens.json, written by scripts/make-goldens.js; provenance inside).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseResult } from '../../src/engine/calculate';
import { calculateCase } from '../../src/sheet/registry';
import { parseCase, type CaseFile } from '../../src/engine/case-file';
import { breakEven, npvGrid, runScenarios } from '../../src/engine/what-if';
import { expectMoney, expectMoneyRow, expectRate } from '../helpers/tolerance';

const DIR = join(__dirname, '../fixtures/goldens');
type Row =
  'gains' | 'costs' | 'investments' | 'annualResult' | 'result' | 'cumulative' | 'discountFactors' | 'discountedResult';
type PaybackKey = 'paybackYear' | 'paybackYears' | 'discountedPaybackYear' | 'discountedPaybackYears';
type GoldenBusinessCase = Record<Row, number[]> &
  Record<PaybackKey, number | null> & {
    npv: number;
    npvNative?: number;
    irrRoots: number[];
    scenarioNpv: number;
    breakEvenGainFactor: number;
    gridNpv: number;
  };
interface GoldenBenchmark {
  stats: Record<'mean' | 'median' | 'q1' | 'q3' | 'min' | 'max', number> & { weightedMean: number | null };
  rows: (Record<'value' | 'rank' | 'gapToMean' | 'gapToMedian' | 'gapToBestQuartile' | 'gapToBest', number> & {
    name: string;
  })[];
  potential: Record<'mean' | 'median' | 'bestQuartile' | 'best', number>;
  targets: { potential: number }[];
}
interface GoldenTimeSavings {
  kr: number;
  hours: number;
  fte: number;
  items: { kr: number; hours: number | null }[];
}
const goldens = JSON.parse(readFileSync(join(DIR, 'goldens.json'), 'utf8')) as {
  provenance: string;
  whatIf: {
    scenario: { gains: number; costs: number; investments: number };
    grid: { rate: number; gainFactor: number };
  };
  cases: Record<string, GoldenBusinessCase | GoldenTimeSavings>;
};
const files = readdirSync(join(DIR, 'cases')).filter((f) => f.endsWith('.json'));

function parsedCase(file: string): CaseFile {
  const parsed = parseCase(readFileSync(join(DIR, 'cases', file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file} is not a valid case: ${JSON.stringify(parsed.issues)}`);
  return parsed.value;
}

type Result = CaseResult;

/**
 * The engine's result for a case, computed inside the test that checks it (not while jest
 * collects the tests), so that mutation testing sees which test covers which code.
 */
function computed<T extends Result['template']>(file: string, template: T): Extract<Result, { template: T }> {
  // What `gevinst calc` reports: the engine's figures, and a benchmark's from its sheet's formulas.
  const calc = calculateCase(parsedCase(file));
  if (!calc.ok) throw new Error(`${file}: ${JSON.stringify(calc.issues)}`);
  const r = calc.value as Result;
  if (r.template !== template) throw new Error(`${file} is a ${r.template} case`);
  return r as Extract<Result, { template: T }>;
}

const templateOf = (file: string): string =>
  (JSON.parse(readFileSync(join(DIR, 'cases', file), 'utf8')) as { template: string }).template;

test('every golden case has LibreOffice values, and the provenance says where they came from', () => {
  expect(Object.keys(goldens.cases).sort()).toEqual([...files].sort());
  expect(goldens.provenance).toMatch(/LibreOffice/);
});

describe.each(files)('%s', (file) => {
  const template = templateOf(file);

  if (template === 'business-case') {
    const g = goldens.cases[file] as GoldenBusinessCase;
    test('yearly rows equal the spreadsheet', () => {
      const r = computed(file, 'business-case');
      for (const row of [
        'gains',
        'costs',
        'investments',
        'annualResult',
        'result',
        'cumulative',
        'discountFactors',
        'discountedResult',
      ] as const) {
        expectMoneyRow(r[row], g[row], row);
      }
    });
    test('net present value equals SUMPRODUCT (and Excel NPV for flat rates)', () => {
      const r = computed(file, 'business-case');
      expectMoney(r.npv, g.npv, 'npv');
      if (g.npvNative !== undefined) expectMoney(r.npv, g.npvNative, 'npv vs NPV()');
    });
    test('payback years equal the spreadsheet', () => {
      const r = computed(file, 'business-case');
      expect(r.paybackYear).toBe(g.paybackYear);
      expect(r.discountedPaybackYear).toBe(g.discountedPaybackYear);
      for (const key of ['paybackYears', 'discountedPaybackYears'] as const) {
        const e = g[key];
        if (e === null) expect(r[key]).toBeNull();
        else expectMoney(r[key], e, key);
      }
    });
    test('a scenario, the break-even factor and a grid cell equal the spreadsheet', () => {
      const input = parsedCase(file);
      if (input.template !== 'business-case') throw new Error('not a business case');
      const w = goldens.whatIf;
      const [scenario] = runScenarios(input, [
        {
          name: 'p',
          gainFactor: w.scenario.gains,
          costFactor: w.scenario.costs,
          investmentFactor: w.scenario.investments,
          estimate: 'expected',
        },
      ]);
      expectMoney(scenario?.npv, g.scenarioNpv, 'scenario npv');
      expectMoney(breakEven(input).gainFactor, g.breakEvenGainFactor, 'break-even gain factor');
      expectMoney(npvGrid(input, [w.grid.rate], [w.grid.gainFactor]).npv[0]?.[0], g.gridNpv, 'grid npv');
    });
    test('IRR roots equal the distinct roots Excel IRR converges to', () => {
      const r = computed(file, 'business-case');
      const roots = g.irrRoots;
      expect(r.irrRoots).toHaveLength(roots.length);
      roots.forEach((e, i) => expectRate(r.irrRoots[i], e, `irrRoots[${i}]`));
      if (roots.length === 1) expectRate(r.irr, roots[0] ?? NaN, 'irr');
      else expect(r.irr).toBeNull();
    });
  } else if (template === 'benchmark') {
    const g = goldens.cases[file] as unknown as GoldenBenchmark;
    test('statistics, ranks, gaps and potentials equal the spreadsheet', () => {
      const r = computed(file, 'benchmark');
      for (const key of ['mean', 'median', 'q1', 'q3', 'min', 'max'] as const)
        expectMoney(r.stats[key], g.stats[key], key);
      if (g.stats.weightedMean === null) expect(r.stats.weightedMean).toBeNull();
      else expectMoney(r.stats.weightedMean, g.stats.weightedMean, 'weightedMean');
      g.rows.forEach((e, i) => {
        const a = r.rows[i];
        expect([e.name, a?.rank]).toEqual([e.name, e.rank]);
        for (const key of ['value', 'gapToMean', 'gapToMedian', 'gapToBestQuartile', 'gapToBest'] as const) {
          expectMoney(a?.[key], e[key], `${e.name} ${key}`);
        }
      });
      for (const key of ['mean', 'median', 'bestQuartile', 'best'] as const)
        expectMoney(r.potential?.[key], g.potential[key], `potential ${key}`);
      g.targets.forEach((e, i) => expectMoney(r.targets[i]?.potential, e.potential, `target ${i}`));
    });
  } else if (template === 'time-savings') {
    const g = goldens.cases[file] as GoldenTimeSavings;
    test('kr., hours and årsværk equal the spreadsheet', () => {
      const r = computed(file, 'time-savings');
      expectMoney(r.kr, g.kr, 'kr');
      expectMoney(r.hours, g.hours, 'hours');
      expectMoney(r.fte, g.fte, 'fte');
      const items = g.items;
      items.forEach((e, i) => {
        expectMoney(r.items[i]?.kr, e.kr, `items[${i}].kr`);
        if (e.hours === null) expect(r.items[i]?.hours).toBeNull();
        else expectMoney(r.items[i]?.hours, e.hours, `items[${i}].hours`);
      });
    });
  }
});
