/**
 * The results of a business case's Monte Carlo simulation, on their own sheet: values, not
 * formulas, and marked so in the sheet with the runs, the seed, the distribution and the date, so a
 * colleague without Gevinst reads them and knows they are a snapshot. The NPV's mean, spread and
 * percentiles beside the deterministic NPV, the probabilities of a negative NPV and of payback, the
 * risk pool at its coverage, what drives the spread (each line's and risk's share of the variance),
 * and the histogram and S-curve as tables a chart reads.
 */
import { calculationDate } from './calculation-date';
import { z } from 'zod';
import { MAX_RISKS } from '../engine/business-case-schema';
import { MAX_SECTION_LINES } from '../engine/business-case-limits';
import type { BusinessCaseFile, SimulationOptions } from '../engine/business-case-schema';
import type { SimulationResult } from '../engine/simulation/simulate';
import { BINS, CURVE, simulateForSheet, type SimulationOutput } from '../engine/simulation/output';
import type { BusinessCaseLayout } from './business-case-layout';
import { a1, a1Range, qualified } from './address';
import { fingerprint, marked } from './output-plan';
import { formulaCellValue, type PlannedChart, type SheetPlan } from './plan';
import { defineTemplate, type Block } from './define';

export const SIMULATION_WORDS = {
  sheet: { da: 'Simulering', en: 'Simulation' },
  title: { da: 'Simulering: ', en: 'Simulation: ' },
  stamp: {
    da: (n: string, seed: number, d: string, years: string, date: string) =>
      `* Simulerede værdier, ikke formler: ${n} kørsler, seed ${seed}, ${d}, ${years}; beregnet ${date}. Kør igen for nye tal.`,
    en: (n: string, seed: number, d: string, years: string, date: string) =>
      `* Simulated values, not formulas: ${n} runs, seed ${seed}, ${d}, ${years}; calculated ${date}. Run again for new figures.`,
  },
  together: { da: 'ét kvantil pr. linje for alle år', en: 'one quantile a line for all its years' },
  apart: { da: 'hvert år for sig', en: 'each year drawn on its own' },
  keyFigures: { da: 'Nutidsværdi', en: 'Net present value' },
  deterministic: { da: 'Nutidsværdi uden usikkerhed (PERT-middel)', en: 'NPV without uncertainty (PERT means)' },
  expected: { da: 'Forventet nutidsværdi (analytisk)', en: 'Expected NPV (analytic)' },
  mean: { da: 'Simuleret middel', en: 'Simulated mean' },
  sd: { da: 'Standardafvigelse', en: 'Standard deviation' },
  percentile: { da: 'P', en: 'P' },
  probabilities: { da: 'Sandsynligheder', en: 'Probabilities' },
  negative: { da: 'Sandsynlighed for negativ nutidsværdi', en: 'Probability of a negative NPV' },
  payback: { da: 'Sandsynlighed for tilbagebetaling i horisonten', en: 'Probability of payback within the horizon' },
  paybackWithin: { da: 'Sandsynlighed for tilbagebetaling inden for år ', en: 'Probability of payback within year ' },
  pool: { da: 'Risikopulje', en: 'Risk pool' },
  poolAmount: { da: 'Risikopulje ved dækning ', en: 'Risk pool at coverage ' },
  poolExpected: { da: 'Forventet risikoomkostning', en: 'Expected risk cost' },
  drivers: { da: 'Hvad driver spredningen', en: 'What drives the spread' },
  driver: { da: 'Linje eller risiko', en: 'Line or risk' },
  kind: { da: 'Type', en: 'Kind' },
  share: { da: 'Andel af variansen', en: 'Share of the variance' },
  line: { da: 'Linje', en: 'Line' },
  risk: { da: 'Risiko', en: 'Risk' },
  histogram: { da: 'Fordeling af nutidsværdien', en: 'Distribution of the NPV' },
  from: { da: 'Fra', en: 'From' },
  to: { da: 'Til', en: 'To' },
  runs: { da: 'Kørsler', en: 'Runs' },
  runsShare: { da: 'Andel', en: 'Share' },
  curve: { da: 'S-kurve', en: 'S-curve' },
  probability: { da: 'Sandsynlighed', en: 'Probability' },
  atMost: { da: 'Nutidsværdi højst', en: 'NPV at most' },
} as const;

const W = SIMULATION_WORDS;
export { BINS, CURVE };

const figure = z.number();
export const simulationSheetParameters = z.strictObject({
  language: z.enum(['da', 'en']),
  /** The business case's sheet, whose title heads this one. */
  businessCase: z.strictObject({ sheet: z.string().min(1).max(31), titleCell: z.string() }),
  calculatedOn: z.string(),
  result: z.strictObject({
    iterations: z.number().int().min(1),
    seed: z.number().int(),
    distribution: z.enum(['pert', 'triangular', 'uniform']),
    independentYears: z.boolean(),
    deterministicNpv: figure,
    expectedNpv: figure,
    npv: z.strictObject({
      mean: figure,
      sd: figure,
      p5: figure,
      p10: figure,
      p50: figure,
      p80: figure,
      p90: figure,
      p95: figure,
    }),
    probNegativeNpv: figure,
    probPayback: figure,
    paybackWithin: z.strictObject({ years: z.number().int(), probability: figure }).nullable(),
    riskPool: z.strictObject({ coverage: figure, amount: figure, expected: figure }),
    drivers: z
      .array(z.strictObject({ driver: z.string(), kind: z.enum(['line', 'risk']), section: z.string(), share: figure }))
      .max(3 * MAX_SECTION_LINES + MAX_RISKS),
  }),
  histogram: z.array(z.strictObject({ from: figure, to: figure, runs: z.number().int() })).length(BINS),
  curve: z.array(z.strictObject({ probability: figure, npv: figure })).length(CURVE),
});
export type SimulationSheetParameters = z.output<typeof simulationSheetParameters>;

interface SimulationLayout {
  readonly histogram: number;
  readonly curve: number;
  readonly drivers: number;
}

export const SIMULATION_ROWS = {
  deterministic: 5,
  expected: 6,
  mean: 7,
  sd: 8,
  p5: 9,
  p95: 14,
  negative: 17,
  payback: 18,
  paybackWithin: 19,
  poolAmount: 22,
  poolExpected: 23,
} as const;

/**
 * One layout for every simulation: the histogram and the S-curve at fixed rows, the drivers (as
 * many as the case has lines and risks) last, so a re-run from the pane rewrites the block in
 * place and whatever refers to its cells keeps pointing at the same figures.
 */
export const SIMULATION_LAYOUT: SimulationLayout = {
  histogram: 27,
  curve: 27 + BINS + 3,
  drivers: 27 + BINS + 3 + CURVE + 3,
};
/** The drivers the bar chart shows (the table lists them all). */
export const CHARTED_DRIVERS = 10;
/** The block's columns: label and value, and the histogram's four. */
export const SIMULATION_COLS = 4;
/** Sheet-scoped names of the block: its region and the fingerprint of what was written, as Beregn keeps its own. */
export const SIMULATION_NAME = 'Gevinst_Simulation';
export const SIMULATION_HASH_NAME = 'Gevinst_SimulationHash';
export const SIMULATION_CHARTS = ['Gevinst_SimHistogram', 'Gevinst_SimCurve', 'Gevinst_SimDrivers'] as const;

/** A simulated value's format: the mark " *" says it is a value Gevinst computed, not a formula. */
const M = {
  money: marked('#,##0'),
  share: marked('0.0%'),
  percent: marked('0%'),
  count: marked('#,##0'),
};

const DISTRIBUTION = {
  pert: 'PERT',
  triangular: { da: 'trekant', en: 'triangular' },
  uniform: { da: 'ligefordelt', en: 'uniform' },
};

const heading: Block<SimulationSheetParameters, SimulationLayout> = {
  id: 'heading',
  write(g, c) {
    const { businessCase: bc, result: r } = c.params;
    g.formula(0, 0, `="${c.w(W.title)}"&${qualified(bc.sheet, bc.titleCell)}`, 'title');
    const d = DISTRIBUTION[r.distribution];
    const runs = r.iterations.toLocaleString(c.language === 'da' ? 'da-DK' : 'en-GB');
    const stamp = W.stamp[c.language](
      runs,
      r.seed,
      typeof d === 'string' ? d : c.w(d),
      c.w(r.independentYears ? W.apart : W.together),
      c.params.calculatedOn,
    );
    g.text(1, 0, stamp, 'note');
  },
};

const figures: Block<SimulationSheetParameters, SimulationLayout> = {
  id: 'figures',
  write(g, c) {
    const { result: r } = c.params;
    const R = SIMULATION_ROWS;
    const row = (
      at: number,
      label: string,
      value: number,
      format: string,
      role: 'key' | 'formula' = 'formula',
    ): void => {
      g.text(at, 0, label, 'label');
      g.number(at, 1, value, role, marked(format));
    };
    g.text(4, 0, c.w(W.keyFigures), 'section');
    row(R.deterministic, c.w(W.deterministic), r.deterministicNpv, '#,##0');
    row(R.expected, c.w(W.expected), r.expectedNpv, '#,##0');
    row(R.mean, c.w(W.mean), r.npv.mean, '#,##0', 'key');
    row(R.sd, c.w(W.sd), r.npv.sd, '#,##0');
    (['p5', 'p10', 'p50', 'p80', 'p90', 'p95'] as const).forEach((p, i) =>
      row(R.p5 + i, `${c.w(W.percentile)}${p.slice(1)}`, r.npv[p], '#,##0', p === 'p50' ? 'key' : 'formula'),
    );
    g.text(16, 0, c.w(W.probabilities), 'section');
    row(R.negative, c.w(W.negative), r.probNegativeNpv, '0.0%', 'key');
    row(R.payback, c.w(W.payback), r.probPayback, '0.0%');
    if (r.paybackWithin)
      row(R.paybackWithin, `${c.w(W.paybackWithin)}${r.paybackWithin.years}`, r.paybackWithin.probability, '0.0%');
    g.text(21, 0, c.w(W.pool), 'section');
    row(
      R.poolAmount,
      `${c.w(W.poolAmount)}${Math.round(r.riskPool.coverage * 100)} %`,
      r.riskPool.amount,
      '#,##0',
      'key',
    );
    row(R.poolExpected, c.w(W.poolExpected), r.riskPool.expected, '#,##0');
  },
};

const drivers: Block<SimulationSheetParameters, SimulationLayout> = {
  id: 'drivers',
  write(g, c) {
    const top = c.layout.drivers;
    g.text(top - 2, 0, c.w(W.drivers), 'section');
    [W.driver, W.kind, W.share].forEach((h, col) => g.text(top - 1, col, c.w(h), 'header'));
    c.params.result.drivers.forEach((d, i) => {
      g.text(top + i, 0, d.driver, 'label');
      g.text(top + i, 1, c.w(d.kind === 'line' ? W.line : W.risk), 'label');
      g.number(top + i, 2, d.share, 'formula', M.share);
    });
  },
};

const tables: Block<SimulationSheetParameters, SimulationLayout> = {
  id: 'tables',
  write(g, c) {
    const { histogram: h, curve } = c.layout;
    const n = c.params.result.iterations;
    g.text(h - 2, 0, c.w(W.histogram), 'section');
    [W.from, W.to, W.runs, W.runsShare].forEach((x, col) => g.text(h - 1, col, c.w(x), 'header'));
    c.params.histogram.forEach((b, i) => {
      g.number(h + i, 0, b.from, 'formula', M.money);
      g.number(h + i, 1, b.to, 'formula', M.money);
      g.number(h + i, 2, b.runs, 'formula', M.count);
      g.number(h + i, 3, b.runs / n, 'formula', M.share);
    });
    g.text(curve - 2, 0, c.w(W.curve), 'section');
    [W.probability, W.atMost].forEach((x, col) => g.text(curve - 1, col, c.w(x), 'header'));
    c.params.curve.forEach((p, i) => {
      g.number(curve + i, 0, p.probability, 'formula', M.percent);
      g.number(curve + i, 1, p.npv, 'formula', M.money);
    });
  },
};

/** The histogram, the S-curve (NPV against the probability of at most it) and the largest drivers, right of the figures. */
function simulationCharts(c: {
  readonly w: (x: { da: string; en: string }) => string;
  readonly params: SimulationSheetParameters;
  readonly layout: SimulationLayout;
}): PlannedChart[] {
  const { histogram: h, curve, drivers } = c.layout;
  const col = (row: number, column: number, rows: number): string => a1Range(row, column, rows, 1, true);
  const shown = Math.max(1, Math.min(CHARTED_DRIVERS, c.params.result.drivers.length));
  const [histogramName, curveName, driversName] = SIMULATION_CHARTS;
  return [
    {
      name: histogramName,
      kind: 'histogram',
      title: c.w(W.histogram),
      series: [{ name: c.w(W.runs), values: col(h, 2, BINS) }],
      categories: col(h, 1, BINS),
      from: 'F4',
      to: 'M20',
    },
    {
      name: curveName,
      kind: 'sCurve',
      title: c.w(W.curve),
      series: [{ name: c.w(W.probability), values: col(curve, 0, CURVE) }],
      categories: col(curve, 1, CURVE),
      from: 'F21',
      to: 'M37',
    },
    {
      name: driversName,
      kind: 'drivers',
      title: c.w(W.drivers),
      series: [{ name: c.w(W.share), values: col(drivers, 2, shown) }],
      categories: col(drivers, 0, shown),
      from: 'F38',
      to: 'M54',
    },
  ];
}

export const SIMULATION_SHEET = defineTemplate<SimulationSheetParameters, SimulationLayout>({
  id: 'simulation',
  version: 1,
  params: simulationSheetParameters,
  words: {},
  layout: () => SIMULATION_LAYOUT,
  blocks: [heading, figures, tables, drivers],
  results: [
    { id: 'mean', at: () => ({ row: SIMULATION_ROWS.mean, col: 1 }) },
    { id: 'p50', at: () => ({ row: SIMULATION_ROWS.p5 + 2, col: 1 }) },
    { id: 'probNegativeNpv', at: () => ({ row: SIMULATION_ROWS.negative, col: 1 }) },
    { id: 'riskPool', at: () => ({ row: SIMULATION_ROWS.poolAmount, col: 1 }) },
  ],
  names: () => [{ name: 'Gevinst_Template', address: a1(1, 0, true) }],
  sheet: (c) => ({
    name: c.w(W.sheet),
    widths: [50, 14, 14, 12],
    freeze: { rows: 0, cols: 1 },
    identity: {},
    metadata: { drivers: c.layout.drivers, histogram: c.layout.histogram, curve: c.layout.curve },
  }),
  charts: simulationCharts,
});

/** The simulation sheet of a case: the case simulated now, dated today (SOURCE_DATE_EPOCH where set, for a reproducible build). */
export function simulationSheetParametersOf(
  c: BusinessCaseFile,
  options: SimulationOptions,
  bc: { readonly sheet: string; readonly layout: BusinessCaseLayout },
  language: 'da' | 'en',
): SimulationSheetParameters {
  return simulationSheetParametersFrom(simulateForSheet(c, options), bc, language, calculationDate());
}

/** The sheet of a simulation already run (in the task pane's worker), linked to its business case's title. */
export function simulationSheetParametersFrom(
  output: SimulationOutput,
  bc: { readonly sheet: string; readonly layout: BusinessCaseLayout },
  language: 'da' | 'en',
  calculatedOn: string,
): SimulationSheetParameters {
  return {
    language,
    businessCase: { sheet: bc.sheet, titleCell: a1(bc.layout.assumption.title, 1, true) },
    calculatedOn,
    result: resultOf(output.result),
    histogram: output.histogram.map((b) => ({ ...b })),
    curve: output.curve.map((p) => ({ ...p })),
  };
}

function resultOf(r: SimulationResult): SimulationSheetParameters['result'] {
  return {
    iterations: r.iterations,
    seed: r.seed,
    distribution: r.distribution,
    independentYears: r.independentYears,
    deterministicNpv: r.deterministicNpv,
    expectedNpv: r.expectedNpv,
    npv: { ...r.npv },
    probNegativeNpv: r.probNegativeNpv,
    probPayback: r.probPayback,
    paybackWithin: r.paybackWithin ? { ...r.paybackWithin } : null,
    riskPool: { ...r.riskPool },
    drivers: r.drivers.map((d) => ({ ...d })),
  };
}

/**
 * The simulation sheet as the add-in and `gevinst build` write it: with the block's region and
 * the fingerprint of its content (as Excel's `formulas` reads it back) in sheet-scoped names, so a
 * re-run from the pane knows the block is still its own and rewrites it in place.
 */
export function planSimulation(p: SimulationSheetParameters): SheetPlan {
  const plan = SIMULATION_SHEET.plan(p);
  const block = plan.cells.map((row) => row.slice(0, SIMULATION_COLS));
  // The charts stand right of the figures (F to M) and print with them, on landscape pages.
  const cells = plan.cells.map((row) => [...row, ...Array<null>(PRINTED_COLS - row.length).fill(null)]);
  return {
    ...plan,
    cols: PRINTED_COLS,
    cells,
    columnWidths: [...plan.columnWidths, ...CHART_WIDTHS].slice(0, PRINTED_COLS),
    names: [
      ...plan.names,
      { name: SIMULATION_NAME, address: a1Range(0, 0, plan.rows, SIMULATION_COLS, true) },
      { name: SIMULATION_HASH_NAME, formula: `="${simulationFingerprint(block)}"` },
    ],
  };
}

/** Columns E (a gap) to M (under the charts). */
const CHART_WIDTHS = [2, 10, 10, 10, 10, 10, 10, 10, 10];
const PRINTED_COLS = SIMULATION_COLS + CHART_WIDTHS.length;

/**
 * The fingerprint of a block as `formulas` reads it back: numbers to 10 significant digits, so a
 * host that keeps 15 gives the same print and a re-run knows its own block.
 */
export const simulationFingerprint = (cells: SheetPlan['cells']): string =>
  readFingerprint(cells.map((row) => row.map((cell) => formulaCellValue(cell))));

export const readFingerprint = (grid: readonly (readonly unknown[])[]): string =>
  fingerprint(grid.map((row) => row.map((v) => (typeof v === 'number' ? Number(v.toPrecision(10)) : (v ?? '')))));
