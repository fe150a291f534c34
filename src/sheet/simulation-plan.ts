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
import { simulateRuns, type SimulationResult, type SimulationRuns } from '../engine/simulation/simulate';
import type { BusinessCaseLayout } from './business-case-layout';
import { percentileInc } from '../engine/statistics';
import { a1, qualified } from './address';
import { defineTemplate, type Block } from './define';

export const SIMULATION_WORDS = {
  sheet: { da: 'Simulering', en: 'Simulation' },
  title: { da: 'Simulering: ', en: 'Simulation: ' },
  stamp: {
    da: (n: string, seed: number, d: string, years: string, date: string) =>
      `Simulerede værdier, ikke formler: ${n} kørsler, seed ${seed}, ${d}, ${years}; beregnet ${date}. Kør igen for nye tal.`,
    en: (n: string, seed: number, d: string, years: string, date: string) =>
      `Simulated values, not formulas: ${n} runs, seed ${seed}, ${d}, ${years}; calculated ${date}. Run again for new figures.`,
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
/** Bins of the histogram and points of the S-curve (every 5 %). */
export const BINS = 20;
export const CURVE = 21;

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
  readonly drivers: number;
  readonly histogram: number;
  readonly curve: number;
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

function layoutOf(p: SimulationSheetParameters): SimulationLayout {
  const drivers = 27;
  const histogram = drivers + Math.max(1, p.result.drivers.length) + 3;
  return { drivers, histogram, curve: histogram + BINS + 3 };
}

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
      g.number(at, 1, value, role, format);
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
      g.number(top + i, 2, d.share, 'formula', '0.0%');
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
      g.number(h + i, 0, b.from, 'formula', '#,##0');
      g.number(h + i, 1, b.to, 'formula', '#,##0');
      g.number(h + i, 2, b.runs, 'formula', '#,##0');
      g.number(h + i, 3, b.runs / n, 'formula', '0.0%');
    });
    g.text(curve - 2, 0, c.w(W.curve), 'section');
    [W.probability, W.atMost].forEach((x, col) => g.text(curve - 1, col, c.w(x), 'header'));
    c.params.curve.forEach((p, i) => {
      g.number(curve + i, 0, p.probability, 'formula', '0%');
      g.number(curve + i, 1, p.npv, 'formula', '#,##0');
    });
  },
};

export const SIMULATION_SHEET = defineTemplate<SimulationSheetParameters, SimulationLayout>({
  id: 'simulation',
  version: 1,
  params: simulationSheetParameters,
  words: {},
  layout: layoutOf,
  blocks: [heading, figures, drivers, tables],
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
    identity: { drivers: c.params.result.drivers.length },
    metadata: { drivers: c.layout.drivers, histogram: c.layout.histogram, curve: c.layout.curve },
  }),
});

/** The histogram (BINS equal bins from the lowest to the highest NPV) and the S-curve (every 5 %) of the runs. */
export function distributionOf(runs: SimulationRuns): {
  histogram: SimulationSheetParameters['histogram'];
  curve: SimulationSheetParameters['curve'];
} {
  const npv = runs.npv;
  const lo = npv[0] ?? 0;
  const hi = npv[npv.length - 1] ?? 0;
  const width = (hi - lo) / BINS;
  const counts = new Array<number>(BINS).fill(0);
  for (const v of npv) {
    const bin = width > 0 ? Math.min(BINS - 1, Math.floor((v - lo) / width)) : 0;
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return {
    histogram: counts.map((runsIn, i) => ({ from: lo + i * width, to: lo + (i + 1) * width, runs: runsIn })),
    curve: Array.from({ length: CURVE }, (_, i) => {
      const probability = i / (CURVE - 1);
      return { probability, npv: percentileInc(npv, probability) };
    }),
  };
}

/** The simulation sheet of a case: the case simulated now, dated today (SOURCE_DATE_EPOCH where set, for a reproducible build). */
export function simulationSheetParametersOf(
  c: BusinessCaseFile,
  options: SimulationOptions,
  bc: { readonly sheet: string; readonly layout: BusinessCaseLayout },
  language: 'da' | 'en',
): SimulationSheetParameters {
  const { result, runs } = simulateRuns(c, options);
  return {
    language,
    businessCase: { sheet: bc.sheet, titleCell: a1(bc.layout.assumption.title, 1, true) },
    calculatedOn: calculationDate(),
    result: resultOf(result),
    ...distributionOf(runs),
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
