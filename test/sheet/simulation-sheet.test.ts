/**
 * The simulation sheet `gevinst build` writes for a case with a `simulation`: the same figures as
 * `gevinst calc` (the same seed gives the same runs), values and not formulas, marked so with the
 * runs, seed, distribution and date, and a histogram and S-curve that hold every run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateCase } from '../../src/engine/case-file';
import type { BusinessCaseFile } from '../../src/engine/business-case-schema';
import { simulate } from '../../src/engine/simulation/simulate';
import type { SheetPlan } from '../../src/sheet/plan';
import { plansForCase } from '../../src/sheet/registry';
import {
  BINS,
  CHARTED_DRIVERS,
  CURVE,
  SIMULATION_HASH_NAME,
  SIMULATION_LAYOUT,
  SIMULATION_NAME,
  SIMULATION_ROWS,
  simulationFingerprint,
} from '../../src/sheet/simulation-plan';
import { a1Range, parseA1Range } from '../../src/sheet/address';

const EXAMPLE = JSON.parse(readFileSync(join(__dirname, '../../examples/business-case-risks.json'), 'utf8')) as object;

function built(lang: 'da' | 'en'): { c: BusinessCaseFile; plan: SheetPlan } {
  const v = validateCase(EXAMPLE);
  if (!v.ok || v.value.template !== 'business-case') throw new Error('bad example');
  const plans = plansForCase(v.value, lang);
  const plan = plans.ok ? plans.value.find((p) => p.metadata.templateId === 'simulation') : undefined;
  if (!plan) throw new Error('no simulation sheet');
  return { c: v.value, plan };
}

const number = (plan: SheetPlan, row: number, col: number): number => {
  const cell = plan.cells[row]?.[col];
  if (cell?.content.kind !== 'number') throw new Error(`no number at ${row},${col}`);
  return cell.content.value;
};

test.each(['da', 'en'] as const)('the sheet holds the simulated figures calc prints, as values (%s)', (lang) => {
  const { c, plan } = built(lang);
  const s = simulate(c, c.simulation ?? fail());
  const R = SIMULATION_ROWS;
  expect(number(plan, R.deterministic, 1)).toBe(s.deterministicNpv);
  expect(number(plan, R.mean, 1)).toBe(s.npv.mean);
  expect(number(plan, R.sd, 1)).toBe(s.npv.sd);
  expect([0, 1, 2, 3, 4, 5].map((i) => number(plan, R.p5 + i, 1))).toEqual([
    s.npv.p5,
    s.npv.p10,
    s.npv.p50,
    s.npv.p80,
    s.npv.p90,
    s.npv.p95,
  ]);
  expect(number(plan, R.negative, 1)).toBe(s.probNegativeNpv);
  expect(number(plan, R.paybackWithin, 1)).toBe(s.paybackWithin?.probability);
  expect(number(plan, R.poolAmount, 1)).toBe(s.riskPool.amount);
  // Only the title refers to the business case; every figure is a value.
  const formulas = plan.cells.flat().filter((cell) => cell?.content.kind === 'formula');
  expect(formulas).toHaveLength(1);
  const stamp = plan.cells[1]?.[0];
  const text = stamp?.content.kind === 'text' ? stamp.content.text : '';
  expect(text).toMatch(
    lang === 'da'
      ? /^\* Simulerede værdier, ikke formler: 10\.000 kørsler, seed 42, PERT/
      : /^\* Simulated values, not formulas: 10,000 runs, seed 42, PERT/,
  );
  expect(text).toMatch(/\d{4}-\d{2}-\d{2}/);
});

test('the histogram holds every run and the S-curve runs from the lowest NPV through the median to the highest', () => {
  const { c, plan } = built('da');
  const s = simulate(c, c.simulation ?? fail());
  const { histogram, curve } = plan.metadata.layout as Record<string, number>;
  const runs = Array.from({ length: BINS }, (_, i) => number(plan, (histogram ?? 0) + i, 2));
  expect(runs.reduce((a, b) => a + b, 0)).toBe(s.iterations);
  const points = Array.from({ length: CURVE }, (_, i) => number(plan, (curve ?? 0) + i, 1));
  expect(points[10]).toBe(s.npv.p50);
  expect(points[1]).toBe(s.npv.p5);
  expect(points[0]).toBe(number(plan, histogram ?? 0, 0));
  for (let i = 1; i < CURVE; i++) expect(points[i]).toBeGreaterThanOrEqual(points[i - 1] ?? 0);
});

test('SOURCE_DATE_EPOCH dates the sheet, for a reproducible build', () => {
  const before = process.env['SOURCE_DATE_EPOCH'];
  process.env['SOURCE_DATE_EPOCH'] = '1798761600'; // 2027-01-01
  try {
    const stamp = built('en').plan.cells[1]?.[0];
    expect(stamp?.content.kind === 'text' && stamp.content.text).toContain('calculated 2027-01-01');
  } finally {
    if (before === undefined) delete process.env['SOURCE_DATE_EPOCH'];
    else process.env['SOURCE_DATE_EPOCH'] = before;
  }
});

test('every simulated value is marked " *" in its own format, as Beregn marks what Gevinst computed', () => {
  const { plan } = built('da');
  const numbers = plan.cells.flat().filter((cell) => cell?.content.kind === 'number');
  expect(numbers.length).toBeGreaterThan(BINS * 4 + CURVE * 2);
  for (const cell of numbers) expect(cell?.format).toMatch(/" \*"$/);
});

test('the histogram, the S-curve and the largest drivers are native charts over the tables, beside the figures', () => {
  const { c, plan } = built('en');
  const s = simulate(c, c.simulation ?? fail());
  const L = SIMULATION_LAYOUT;
  const col = (row: number, column: number, rows: number): string => a1Range(row, column, rows, 1, true);
  expect(plan.charts?.map((x) => [x.kind, x.series.map((y) => y.values), x.categories])).toEqual([
    ['histogram', [col(L.histogram, 2, BINS)], col(L.histogram, 1, BINS)],
    ['sCurve', [col(L.curve, 0, CURVE)], col(L.curve, 1, CURVE)],
    [
      'drivers',
      [col(L.drivers, 2, Math.min(CHARTED_DRIVERS, s.drivers.length))],
      col(L.drivers, 0, Math.min(CHARTED_DRIVERS, s.drivers.length)),
    ],
  ]);
  // The charts stand right of the block (columns F to M), inside what prints.
  for (const chart of plan.charts ?? []) expect(parseA1Range(chart.from).col).toBeGreaterThanOrEqual(5);
  expect(plan.cols).toBe(13);
});

test('the layout is the same whatever the case, so a re-run rewrites the block in place', () => {
  const { plan } = built('da');
  const v = validateCase({ ...EXAMPLE, risks: [] });
  if (!v.ok || v.value.template !== 'business-case') throw new Error('bad variant');
  const fewer = plansForCase(v.value, 'da');
  const other = fewer.ok ? fewer.value.find((p) => p.metadata.templateId === 'simulation') : undefined;
  expect(other?.metadata.layout).toEqual(plan.metadata.layout);
  expect(other?.rows).toBeLessThan(plan.rows);
  // The block's region and fingerprint are kept in names, as the pane reads them back.
  const names = new Map(plan.names.map((n) => [n.name, 'address' in n ? n.address : n.formula]));
  expect(names.get(SIMULATION_NAME)).toBe(a1Range(0, 0, plan.rows, 4, true));
  expect(names.get(SIMULATION_HASH_NAME)).toBe(`="${simulationFingerprint(plan.cells.map((r) => r.slice(0, 4)))}"`);
});
