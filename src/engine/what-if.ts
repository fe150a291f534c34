/**
 * What-if analysis of a business case: scenarios, one-way sensitivity (tornado), a two-way grid
 * of discount rate × gain realisation, and break-even factors. Each variant recomputes the
 * yearly result from the lines and discounts it by the case's conventions (DESIGN.md §4).
 */
import { horizonOf } from './business-case-checks';
import type { BusinessCaseFile, BusinessCaseLine, Scenario, Section } from './business-case-schema';
import { bandedFactors, bandsOf, presentValue, type DiscountBand } from './discount';
import { internalRateOfReturn } from './irr';
import { cumulativeSum, payback } from './payback';
import { pertMean } from './pert';
import { profileValues } from './profile';

export type Estimate = Scenario['estimate'];

/** A line's yearly values at an estimate: three-point values give min, PERT mean or max. */
export function lineValues(line: BusinessCaseLine, years: number, estimate: Estimate = 'expected'): number[] {
  if (line.profile) return profileValues(line.profile, years);
  const wantLow = (estimate === 'pessimistic') === (line.section === 'gain');
  return (line.values ?? []).map((v) => {
    if (typeof v === 'number') return v;
    if (estimate === 'expected') return pertMean(v);
    return wantLow ? v.min : v.max;
  });
}

interface Variant {
  readonly estimate?: Estimate;
  /** Multiplies each line's values; by default every line counts once. */
  readonly lineFactor?: (line: BusinessCaseLine, index: number) => number;
  readonly bands?: readonly DiscountBand[];
}

export interface KeyFigures {
  readonly npv: number;
  readonly irr: number | null;
  readonly irrRoots: number[];
  readonly paybackYear: number | null;
  readonly totalGains: number;
  readonly netResult: number;
}

function sectionTotals(c: BusinessCaseFile, v: Variant): Record<Section, number[]> {
  const years = horizonOf(c);
  const totals: Record<Section, number[]> = { gain: [], cost: [], investment: [] };
  for (const s of Object.keys(totals) as Section[]) totals[s] = new Array<number>(years).fill(0);
  c.lines.forEach((line, i) => {
    const f = v.lineFactor?.(line, i) ?? 1;
    lineValues(line, years, v.estimate).forEach(
      (x, k) => (totals[line.section][k] = (totals[line.section][k] ?? 0) + f * x),
    );
  });
  return totals;
}

export function keyFigures(c: BusinessCaseFile, v: Variant = {}): KeyFigures {
  const t = sectionTotals(c, v);
  const result = t.gain.map((g, k) => g - (t.cost[k] ?? 0) - (t.investment[k] ?? 0));
  const factors = bandedFactors(v.bands ?? bandsOf(c.discount), result.length, c.firstYearDiscounted);
  const irr = internalRateOfReturn(result);
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  return {
    npv: presentValue(result, factors),
    irr: irr.irr,
    irrRoots: irr.roots,
    paybackYear: payback(result).year,
    totalGains: sum(t.gain),
    netResult: sum(result),
  };
}

const SECTION_FACTOR = { gain: 'gainFactor', cost: 'costFactor', investment: 'investmentFactor' } as const;

export function runScenarios(c: BusinessCaseFile, scenarios: readonly Scenario[]): (KeyFigures & { name: string })[] {
  return scenarios.map((s) => ({
    name: s.name,
    ...keyFigures(c, { estimate: s.estimate, lineFactor: (line) => s[SECTION_FACTOR[line.section]] }),
  }));
}

export interface SensitivityRow {
  readonly driver: string;
  readonly kind: 'line' | 'discount';
  readonly low: { readonly npv: number };
  readonly high: { readonly npv: number };
  /** |high − low|: the rows are sorted by it, largest first. */
  readonly swing: number;
}

/**
 * One-way sensitivity (tornado): each line, then the discount rate, moved down and up by `step`
 * of its own value (default 10 %), the others held at their expected values.
 */
export function sensitivity(c: BusinessCaseFile, step: number): SensitivityRow[] {
  const row = (driver: string, kind: SensitivityRow['kind'], low: number, high: number): SensitivityRow => ({
    driver,
    kind,
    low: { npv: low },
    high: { npv: high },
    swing: Math.abs(high - low),
  });
  // NPV is linear in each line's factor: NPV(line i × f) = NPV + (f − 1)·PV(line i), so the
  // tornado costs one present value per line (linear in lines, not one whole case per line).
  const years = horizonOf(c);
  const factors = bandedFactors(bandsOf(c.discount), years, c.firstYearDiscounted);
  const base = keyFigures(c).npv;
  const rows = c.lines.map((line) => {
    const pv = (line.section === 'gain' ? 1 : -1) * presentValue(lineValues(line, years), factors);
    return row(line.label, 'line', base - step * pv, base + step * pv);
  });
  const scaled = (f: number): number =>
    keyFigures(c, { bands: bandsOf(c.discount).map((b) => ({ lastPeriod: b.lastPeriod, rate: b.rate * f })) }).npv;
  rows.push(row('discount', 'discount', scaled(1 - step), scaled(1 + step)));
  return rows.sort((a, b) => b.swing - a.swing);
}

export const DEFAULT_GRID = {
  rates: [0.02, 0.025, 0.03, 0.035, 0.04, 0.05],
  gainFactors: [0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2],
} as const;

/** NPV for each gain realisation (rows) and flat discount rate (columns). */
export function npvGrid(
  c: BusinessCaseFile,
  rates: readonly number[],
  gainFactors: readonly number[],
): { rates: number[]; gainFactors: number[]; npv: number[][] } {
  const npv = gainFactors.map((g) =>
    rates.map(
      (r) =>
        keyFigures(c, {
          bands: [{ lastPeriod: Infinity, rate: r }],
          lineFactor: (line) => (line.section === 'gain' ? g : 1),
        }).npv,
    ),
  );
  return { rates: [...rates], gainFactors: [...gainFactors], npv };
}

export interface BreakEven {
  /** The factor on all gains that makes NPV zero; null when the gains have no present value. */
  readonly gainFactor: number | null;
  readonly paybackWithin: number | null;
  /** The smallest factor on all gains that gives payback within `paybackWithin` years. */
  readonly gainFactorForPayback: number | null;
}

/**
 * NPV and every cumulative result are linear in a factor f on all gains: NPV(f) = f·PV(gains) −
 * PV(costs + investments), so break-even has a closed form; payback within N years needs some
 * year k <= N with f·G_k >= C_k + I_k (cumulated), and the smallest such f is the minimum over k.
 */
export function breakEven(c: BusinessCaseFile, paybackWithin?: number): BreakEven {
  const t = sectionTotals(c, {});
  const factors = bandedFactors(bandsOf(c.discount), t.gain.length, c.firstYearDiscounted);
  const spend = t.cost.map((x, k) => x + (t.investment[k] ?? 0));
  const pvGains = presentValue(t.gain, factors);
  const gainFactor = pvGains > 0 ? presentValue(spend, factors) / pvGains : null;
  if (paybackWithin === undefined) return { gainFactor, paybackWithin: null, gainFactorForPayback: null };
  const g = cumulativeSum(t.gain);
  const s = cumulativeSum(spend);
  let best: number | null = null;
  for (let k = 0; k < Math.min(paybackWithin, g.length); k++) {
    const gk = g[k] ?? 0;
    const sk = s[k] ?? 0;
    const needed = gk > 0 ? Math.max(0, sk / gk) : sk <= 0 ? 0 : null;
    if (needed !== null && (best === null || needed < best)) best = needed;
  }
  return { gainFactor, paybackWithin, gainFactorForPayback: best };
}

export interface Analysis {
  readonly scenarios?: (KeyFigures & { name: string })[];
  readonly sensitivity?: SensitivityRow[];
  readonly grid?: ReturnType<typeof npvGrid>;
  readonly breakEven?: BreakEven;
}

/** The analyses a case file asks for (`scenarios`, `sensitivity`, `grid`, `breakEven`). */
export function analyse(c: BusinessCaseFile): Analysis {
  return {
    ...(c.scenarios ? { scenarios: runScenarios(c, c.scenarios) } : {}),
    ...(c.sensitivity ? { sensitivity: sensitivity(c, c.sensitivity.step) } : {}),
    ...(c.grid
      ? { grid: npvGrid(c, c.grid.rates ?? DEFAULT_GRID.rates, c.grid.gainFactors ?? DEFAULT_GRID.gainFactors) }
      : {}),
    ...(c.breakEven ? { breakEven: breakEven(c, c.breakEven.paybackWithin) } : {}),
  };
}
