/**
 * Monte Carlo of a business case, explainable in a committee:
 * - each line with three-point values is one uncertainty; by default one quantile is drawn per run
 *   for all its years (a licence that costs more costs more every year), or each year on its own;
 * - each risk occurs with its probability and then costs a draw of its consequence in its År;
 * - runs are seeded (pure-rand's xoroshiro128+, never Math.random): the same case and seed give the
 *   same figures on every platform;
 * - every run's NPV is the case's discounted result, so a run without uncertainty is the
 *   deterministic NPV; what drives the spread is each line's and risk's share of the NPV variance
 *   (its covariance with the NPV over the variance: the shares add up to 1).
 * Synchronous and free of the DOM and Node, so the task pane runs it in a Web Worker.
 */
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { horizonOf } from '../business-case-checks';
import type { BusinessCaseFile, Section, SimulationOptions } from '../business-case-schema';
import { discountFactors } from '../discount';
import { pertMean, type ThreePoint } from '../pert';
import { profileValues } from '../profile';
import { percentileInc } from '../statistics';
import { distributionMean, MAX_SHAPES, modeAt, QuantileTables, TABLE, type Distribution } from './distributions';

export interface Driver {
  /** The line's or risk's label. */
  readonly driver: string;
  readonly kind: 'line' | 'risk';
  readonly section: Section;
  /** Its share of the NPV's variance; the shares of all drivers add up to 1. */
  readonly share: number;
}

export interface SimulationResult {
  readonly iterations: number;
  readonly seed: number;
  readonly distribution: Distribution;
  readonly independentYears: boolean;
  /** The NPV with every three-point value at its PERT mean and no risk, as the sheet shows it. */
  readonly deterministicNpv: number;
  readonly npv: {
    readonly mean: number;
    readonly sd: number;
    readonly p5: number;
    readonly p10: number;
    readonly p50: number;
    readonly p80: number;
    readonly p90: number;
    readonly p95: number;
  };
  /** The analytic mean the simulated one estimates: distribution means discounted, less expected risk costs. */
  readonly expectedNpv: number;
  readonly probNegativeNpv: number;
  /** The share of runs that pay back within the horizon. */
  readonly probPayback: number;
  readonly paybackWithin: { readonly years: number; readonly probability: number } | null;
  /** The amount (undiscounted, in the case's unit) that covers the simulated risk cost in `coverage` of runs. */
  readonly riskPool: { readonly coverage: number; readonly amount: number; readonly expected: number };
  readonly drivers: Driver[];
}

export interface SimulationProgress {
  /** Called every `every` runs with the runs done; returning false stops nothing (a worker is terminated to cancel). */
  readonly onProgress?: (done: number, of: number) => void;
  readonly every?: number;
}

/** One uncertain cell of a line: a + width·Q(u), Q from the grid at its mode's slot, in year k. */
interface Cell {
  readonly year: number;
  readonly min: number;
  readonly width: number;
  readonly offset: number;
}

interface UncertainLine {
  readonly label: string;
  readonly section: Section;
  /** +1 for a gain, −1 for a cost or an investment. */
  readonly sign: number;
  readonly cells: readonly Cell[];
}

interface PlannedRisk {
  readonly label: string;
  readonly section: Section;
  readonly probability: number;
  readonly year: number;
  readonly min: number;
  readonly width: number;
  readonly offset: number;
}

const sectionSign = (s: Section): number => (s === 'gain' ? 1 : -1);

/** splitmix32: spreads a small seed over the generator's 128 bits of state (xoroshiro's first draws from a raw small seed are poor). */
function seededState(seed: number): number[] {
  let x = seed >>> 0;
  const next = (): number => {
    x = (x + 0x9e3779b9) | 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) | 0;
  };
  const state = [next(), next(), next(), next()];
  return state.every((v) => v === 0) ? [1, 0, 0, 0] : state;
}

/** 2^-32: a generator's 32 bits as a uniform draw in [0, 1), fine enough for a table of 1,024 steps and any probability. */
const UNIT = 2.3283064365386963e-10;

/** The simulation's deterministic part and its uncertainties, ready to run. */
export function prepare(c: BusinessCaseFile, options: SimulationOptions) {
  const years = horizonOf(c);
  const factors = discountFactors(c.discount, years, c.firstYearDiscounted);
  const base = new Float64Array(years);
  const lines: UncertainLine[] = [];
  const tables = new QuantileTables();
  // Exact tables for every distinct shape, unless there are very many (then modes snap to a fine grid).
  const modes = new Set<string>();
  for (const line of c.lines) for (const v of line.values ?? []) if (typeof v !== 'number') modes.add(`l${modeAt(v)}`);
  for (const r of c.risks ?? []) modes.add(`r${modeAt(r.consequence)}`);
  const snap = modes.size > MAX_SHAPES;
  const cellOf = (v: ThreePoint, year: number, d: Distribution): Cell => ({
    year,
    min: v.min,
    width: v.max - v.min,
    offset: tables.offset(d, modeAt(v), snap),
  });
  let expectedNpv = 0;
  let deterministicNpv = 0;
  for (const line of c.lines) {
    const sign = sectionSign(line.section);
    const values = line.profile ? profileValues(line.profile, years) : (line.values ?? []);
    const cells: Cell[] = [];
    values.forEach((v, k) => {
      const f = factors[k] ?? 0;
      if (typeof v === 'number') {
        base[k] = (base[k] ?? 0) + sign * v;
        expectedNpv += sign * v * f;
        deterministicNpv += sign * v * f;
        return;
      }
      expectedNpv += sign * distributionMean(v, options.distribution) * f;
      deterministicNpv += sign * pertMean(v) * f;
      if (v.max === v.min) base[k] = (base[k] ?? 0) + sign * v.min;
      else cells.push(cellOf(v, k, options.distribution));
    });
    if (cells.length > 0) lines.push({ label: line.label, section: line.section, sign, cells });
  }
  const risks: PlannedRisk[] = (c.risks ?? []).map((r) => {
    const cell = cellOf(r.consequence, r.year - 1, 'pert');
    expectedNpv -= r.probability * pertMean(r.consequence) * (factors[r.year - 1] ?? 0);
    return { label: r.label, section: r.section, probability: r.probability, ...cell };
  });
  return {
    years,
    factors: Float64Array.from(factors),
    base,
    lines,
    risks,
    tables: tables.seal(),
    expectedNpv,
    deterministicNpv,
  };
}

/** The lines' cells and the risks as flat typed arrays. */
function pack(lines: readonly UncertainLine[], risks: readonly PlannedRisk[], factors: Float64Array) {
  // A line's cells grouped by shape (one segment each): with one quantile a line, a segment's
  // quantile is looked up once, and its NPV contribution is Σ f·min + Q·Σ f·width.
  const grouped = lines.map((l) => {
    const byOffset = new Map<number, Cell[]>();
    for (const c of l.cells) byOffset.set(c.offset, [...(byOffset.get(c.offset) ?? []), c]);
    return { sign: l.sign, segments: [...byOffset.values()] };
  });
  const segments = grouped.flatMap((l) => l.segments.map((cells) => ({ sign: l.sign, cells })));
  const cells = segments.flatMap((g) => g.cells.map((c) => ({ ...c, sign: g.sign })));
  const lineSegments = new Int32Array(lines.length + 1);
  grouped.forEach((l, j) => (lineSegments[j + 1] = (lineSegments[j] as number) + l.segments.length));
  const segmentCells = new Int32Array(segments.length + 1);
  segments.forEach((g, s) => (segmentCells[s + 1] = (segmentCells[s] as number) + g.cells.length));
  const discounted = (g: (typeof segments)[number], of: (c: Cell) => number): number =>
    g.cells.reduce((sum, c) => sum + g.sign * of(c) * (factors[c.year] as number), 0);
  return {
    cellYear: Int32Array.from(cells, (c) => c.year),
    // Signed (a gain adds, a cost or an investment takes off), so the loop multiplies by nothing more.
    cellMin: Float64Array.from(cells, (c) => c.sign * c.min),
    cellWidth: Float64Array.from(cells, (c) => c.sign * c.width),
    cellOffset: Int32Array.from(cells, (c) => c.offset),
    lineSegments,
    segmentCells,
    segmentOffset: Int32Array.from(segments, (g) => (g.cells[0] as Cell).offset),
    segmentNpvMin: Float64Array.from(segments, (g) => discounted(g, (c) => c.min)),
    segmentNpvWidth: Float64Array.from(segments, (g) => discounted(g, (c) => c.width)),
    riskYear: Int32Array.from(risks, (r) => r.year),
    riskMin: Float64Array.from(risks, (r) => r.min),
    riskWidth: Float64Array.from(risks, (r) => r.width),
    riskOffset: Int32Array.from(risks, (r) => r.offset),
    riskProbability: Float64Array.from(risks, (r) => r.probability),
  };
}

/** The expected undiscounted risk cost: Σ probability × PERT mean of the consequence. */
export function expectedRiskCost(c: BusinessCaseFile): number {
  return (c.risks ?? []).reduce((sum, r) => sum + r.probability * pertMean(r.consequence), 0);
}

/** Each run's NPV and risk cost, sorted ascending each (for a histogram and an S-curve). */
export interface SimulationRuns {
  readonly npv: Float64Array;
  readonly riskCost: Float64Array;
}

export function simulate(
  c: BusinessCaseFile,
  options: SimulationOptions,
  progress: SimulationProgress = {},
): SimulationResult {
  return simulateRuns(c, options, progress).result;
}

type Prepared = ReturnType<typeof prepare>;
type Generator = ReturnType<typeof xoroshiro128plusFromState>;

/**
 * One run at a time: `run()` draws every line and risk, leaves the yearly results and each
 * driver's NPV contribution in `yearly` and `contribution`, and returns the run's risk cost. The
 * loops read flat typed arrays: each cell's year, signed min and width and table offset, the
 * lines' first cells, the risks' figures, and every quantile table end to end.
 */
function runner(prepared: Prepared, independent: boolean, rng: Generator) {
  const { years, factors, base, lines, risks, tables } = prepared;
  const packed = pack(lines, risks, factors);
  const { cellYear, cellMin, cellWidth, cellOffset, lineSegments, segmentCells } = packed;
  const { segmentOffset, segmentNpvMin, segmentNpvWidth } = packed;
  const T = TABLE;
  const lineCount = lines.length;
  const yearly = new Float64Array(years);
  const contribution = new Float64Array(lineCount + risks.length);
  /** One quantile a line: found once in each of its shapes' tables. */
  const drawLinesTogether = (): void => {
    for (let j = 0; j < lineCount; j++) {
      const pos = (rng.next() >>> 0) * UNIT * T;
      const i = Math.floor(pos);
      const f = pos - i;
      let npvPart = 0;
      const lastSegment = lineSegments[j + 1] as number;
      for (let s = lineSegments[j] as number; s < lastSegment; s++) {
        const a = (segmentOffset[s] as number) + i;
        const lo = tables[a] as number;
        const q = lo + f * ((tables[a + 1] as number) - lo);
        npvPart += (segmentNpvMin[s] as number) + q * (segmentNpvWidth[s] as number);
        const last = segmentCells[s + 1] as number;
        for (let c = segmentCells[s] as number; c < last; c++) {
          const k = cellYear[c] as number;
          yearly[k] = (yearly[k] as number) + (cellMin[c] as number) + (cellWidth[c] as number) * q;
        }
      }
      contribution[j] = npvPart;
    }
  };
  /** Each year of a line on its own. */
  const drawYearsApart = (): void => {
    for (let j = 0; j < lineCount; j++) {
      let npvPart = 0;
      const last = segmentCells[lineSegments[j + 1] as number] as number;
      for (let c = segmentCells[lineSegments[j] as number] as number; c < last; c++) {
        const pos = (rng.next() >>> 0) * UNIT * T;
        const i = Math.floor(pos);
        const a = (cellOffset[c] as number) + i;
        const lo = tables[a] as number;
        const value =
          (cellMin[c] as number) + (cellWidth[c] as number) * (lo + (pos - i) * ((tables[a + 1] as number) - lo));
        const k = cellYear[c] as number;
        yearly[k] = (yearly[k] as number) + value;
        npvPart += value * (factors[k] as number);
      }
      contribution[j] = npvPart;
    }
  };
  const drawLines = independent ? drawYearsApart : drawLinesTogether;
  const drawRisks = riskDrawer(packed, prepared, yearly, contribution, lineCount, rng);
  return {
    yearly,
    contribution,
    run: (): number => {
      yearly.set(base);
      drawLines();
      return drawRisks();
    },
  };
}

/** Each risk's occurrence and cost in a run, taken off its year and written as its contribution; returns the run's risk cost. */
function riskDrawer(
  packed: ReturnType<typeof pack>,
  prepared: Prepared,
  yearly: Float64Array,
  contribution: Float64Array,
  lineCount: number,
  rng: Generator,
): () => number {
  const { riskYear, riskMin, riskWidth, riskOffset, riskProbability } = packed;
  const { tables, factors } = prepared;
  const riskCount = riskYear.length;
  const T = TABLE;
  return (): number => {
    let riskCost = 0;
    for (let r = 0; r < riskCount; r++) {
      // Both draws are made whether or not the risk occurs, so one risk's outcome never shifts another's.
      const occurs = (rng.next() >>> 0) * UNIT < (riskProbability[r] as number);
      const pos = (rng.next() >>> 0) * UNIT * T;
      let part = 0;
      if (occurs) {
        const i = Math.floor(pos);
        const a = (riskOffset[r] as number) + i;
        const lo = tables[a] as number;
        const cost =
          (riskMin[r] as number) + (riskWidth[r] as number) * (lo + (pos - i) * ((tables[a + 1] as number) - lo));
        const k = riskYear[r] as number;
        riskCost += cost;
        yearly[k] = (yearly[k] as number) - cost;
        part = -cost * (factors[k] as number);
      }
      contribution[lineCount + r] = part;
    }
    return riskCost;
  };
}

/** What the runs add up to: each NPV and risk cost, the counts, and running means and co-moments with the NPV (Welford). */
class Tally {
  readonly npvs: Float64Array;
  readonly riskCosts: Float64Array;
  private readonly driverMean: Float64Array;
  readonly coMoment: Float64Array;
  count = 0;
  npvMean = 0;
  npvM2 = 0;
  negative = 0;
  paidBack = 0;
  paidBackWithin = 0;
  constructor(
    n: number,
    drivers: number,
    private readonly within: number,
  ) {
    this.npvs = new Float64Array(n);
    this.riskCosts = new Float64Array(n);
    this.driverMean = new Float64Array(drivers);
    this.coMoment = new Float64Array(drivers);
  }
  add(yearly: Float64Array, factors: Float64Array, contribution: Float64Array, riskCost: number): void {
    let npv = 0;
    let cumulative = 0;
    let payback = 0;
    for (let k = 0; k < yearly.length; k++) {
      const v = yearly[k] as number;
      npv += v * (factors[k] as number);
      cumulative += v;
      if (payback === 0 && cumulative >= 0) payback = k + 1;
    }
    this.npvs[this.count] = npv;
    this.riskCosts[this.count] = riskCost;
    if (npv < 0) this.negative++;
    if (payback > 0) this.paidBack++;
    if (payback > 0 && payback <= this.within) this.paidBackWithin++;
    const count = ++this.count;
    const inverse = 1 / count;
    const delta = npv - this.npvMean;
    this.npvMean += delta * inverse;
    const after = npv - this.npvMean;
    this.npvM2 += delta * after;
    const { driverMean, coMoment } = this;
    for (let d = 0; d < contribution.length; d++) {
      const dDelta = (contribution[d] as number) - (driverMean[d] as number);
      driverMean[d] = (driverMean[d] as number) + dDelta * inverse;
      coMoment[d] = (coMoment[d] as number) + dDelta * after;
    }
  }
}

/** The simulation with its runs kept. */
export function simulateRuns(
  c: BusinessCaseFile,
  options: SimulationOptions,
  progress: SimulationProgress = {},
): { result: SimulationResult; runs: SimulationRuns } {
  const prepared = prepare(c, options);
  const n = options.iterations;
  const rng = xoroshiro128plusFromState(seededState(options.seed));
  const { yearly, contribution, run } = runner(prepared, options.independentYears, rng);
  const tally = new Tally(n, contribution.length, options.paybackWithin ?? 0);
  const every = Math.max(1, progress.every ?? 1000);
  for (let it = 1; it <= n; it++) {
    const riskCost = run();
    tally.add(yearly, prepared.factors, contribution, riskCost);
    if (progress.onProgress && it % every === 0) progress.onProgress(it, n);
  }
  return summarise(c, options, prepared, tally);
}

function summarise(
  c: BusinessCaseFile,
  options: SimulationOptions,
  prepared: Prepared,
  tally: Tally,
): { result: SimulationResult; runs: SimulationRuns } {
  const n = tally.count;
  // A typed array sorts numerically.
  const sorted = tally.npvs.sort();
  const costs = tally.riskCosts.sort();
  const p = (q: number): number => percentileInc(sorted, q);
  const named = [
    ...prepared.lines.map((l) => ({ driver: l.label, kind: 'line' as const, section: l.section })),
    ...prepared.risks.map((r) => ({ driver: r.label, kind: 'risk' as const, section: r.section })),
  ];
  const result: SimulationResult = {
    iterations: n,
    seed: options.seed,
    distribution: options.distribution,
    independentYears: options.independentYears,
    deterministicNpv: prepared.deterministicNpv,
    npv: {
      mean: tally.npvMean,
      sd: n > 1 ? Math.sqrt(tally.npvM2 / (n - 1)) : 0,
      p5: p(0.05),
      p10: p(0.1),
      p50: p(0.5),
      p80: p(0.8),
      p90: p(0.9),
      p95: p(0.95),
    },
    expectedNpv: prepared.expectedNpv,
    probNegativeNpv: tally.negative / n,
    probPayback: tally.paidBack / n,
    paybackWithin:
      options.paybackWithin === undefined
        ? null
        : { years: options.paybackWithin, probability: tally.paidBackWithin / n },
    riskPool: {
      coverage: options.coverage,
      amount: percentileInc(costs, options.coverage),
      expected: expectedRiskCost(c),
    },
    drivers: named
      .map((d, i) => ({ ...d, share: tally.npvM2 > 0 ? (tally.coMoment[i] as number) / tally.npvM2 : 0 }))
      .sort((a, b) => b.share - a.share),
  };
  return { result, runs: { npv: sorted, riskCost: costs } };
}
