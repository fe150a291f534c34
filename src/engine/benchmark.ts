/**
 * Benchmark statistics and potentials (DESIGN.md §4, catalogue §1.3). A gap is the distance on
 * the worse side: own − target when lower is better, target − own when higher is better, so it
 * is negative when the row is better than the target. The potential of the own row is
 * max(0, gap) × volume (volume: given, else the denominator). Gaps are indications, not savings:
 * the catalogue warns against automatic levelling between municipalities.
 */
import type { BenchmarkFile, BenchmarkRow } from './benchmark-schema';
import { issue, type Issue } from './issue';
import { mean, percentileInc, rankEq } from './statistics';

export interface BenchmarkStats {
  readonly mean: number;
  /** Σ numerators ÷ Σ denominators (as De Kommunale Nøgletal do); null unless every row has them. */
  readonly weightedMean: number | null;
  readonly median: number;
  readonly q1: number;
  readonly q3: number;
  readonly min: number;
  readonly max: number;
}

export interface BenchmarkRowResult {
  readonly name: string;
  readonly value: number;
  readonly rank: number;
  readonly gapToMean: number;
  readonly gapToMedian: number;
  readonly gapToBestQuartile: number;
  readonly gapToBest: number;
}

export interface BenchmarkResult {
  readonly template: 'benchmark';
  readonly title: string;
  readonly unit: string;
  readonly direction: BenchmarkFile['direction'];
  readonly own: string;
  readonly stats: BenchmarkStats;
  readonly rows: BenchmarkRowResult[];
  /** The own row's potentials per target; null when the own row has no volume. */
  readonly potential: { mean: number; median: number; bestQuartile: number; best: number } | null;
  readonly targets: { label: string; value: number; gap: number; potential: number | null }[];
  /**
   * An internal benchmark's total (catalogue S05): Σ over the rows with a volume of
   * max(0, gap) × volume, if every row worse than the target came up to it.
   */
  readonly totalPotential: {
    mean: number;
    weightedMean: number | null;
    median: number;
    bestQuartile: number;
    best: number;
  };
  readonly issues: Issue[];
}

/** A row's key figure: a given value as it is, a ratio scaled by `per` (e.g. per 1,000 cases). */
const valueOf = (r: BenchmarkRow, per: number): number =>
  'value' in r ? r.value : (r.numerator / r.denominator) * per;
const volumeOf = (r: BenchmarkRow): number | null => r.volume ?? ('denominator' in r ? r.denominator : null);

export function computeBenchmark(c: BenchmarkFile): BenchmarkResult {
  const lowerBetter = c.direction === 'lower-is-better';
  const values = c.rows.map((r) => valueOf(r, c.per));
  const sorted = [...values].sort((a, b) => a - b);
  const withRatios = c.rows.every((r) => 'numerator' in r);
  const stats: BenchmarkStats = {
    mean: mean(values),
    weightedMean: withRatios
      ? (c.rows.reduce((s, r) => s + ('numerator' in r ? r.numerator : 0), 0) /
          c.rows.reduce((s, r) => s + ('denominator' in r ? r.denominator : 0), 0)) *
        c.per
      : null,
    median: percentileInc(sorted, 0.5),
    q1: percentileInc(sorted, 0.25),
    q3: percentileInc(sorted, 0.75),
    min: sorted[0] ?? NaN,
    max: sorted[sorted.length - 1] ?? NaN,
  };
  const bestQuartile = lowerBetter ? stats.q1 : stats.q3;
  const best = lowerBetter ? stats.min : stats.max;
  const gap = (own: number, target: number): number => (lowerBetter ? own - target : target - own);
  const rows = c.rows.map((r, i) => {
    const v = values[i] ?? NaN;
    return {
      name: r.name,
      value: v,
      rank: rankEq(v, values, lowerBetter),
      gapToMean: gap(v, stats.mean),
      gapToMedian: gap(v, stats.median),
      gapToBestQuartile: gap(v, bestQuartile),
      gapToBest: gap(v, best),
    };
  });
  const ownIndex = c.rows.findIndex((r) => r.name === c.own);
  const ownRow = rows[ownIndex];
  const ownInput = c.rows[ownIndex];
  const volume = ownInput ? volumeOf(ownInput) : null;
  const issues: Issue[] = [];
  if (ownInput && volume === null)
    issues.push(issue('no_volume', ['rows', ownIndex, 'volume'], { name: c.own }, 'warning'));
  // A per-1,000 ratio's potential is in the numerator's unit: divide the scale back out.
  const potentialOf = (g: number): number | null => (volume === null ? null : (Math.max(0, g) * volume) / c.per);
  const potential =
    ownRow && volume !== null
      ? {
          mean: potentialOf(ownRow.gapToMean) ?? 0,
          median: potentialOf(ownRow.gapToMedian) ?? 0,
          bestQuartile: potentialOf(ownRow.gapToBestQuartile) ?? 0,
          best: potentialOf(ownRow.gapToBest) ?? 0,
        }
      : null;
  const targets = c.targets.map((t) => {
    const g = ownRow ? gap(ownRow.value, t.value) : NaN;
    return { label: t.label, value: t.value, gap: g, potential: potentialOf(g) };
  });
  const total = (target: number): number =>
    c.rows.reduce((sum, r, i) => {
      const v = volumeOf(r);
      return v === null ? sum : sum + (Math.max(0, gap(values[i] ?? NaN, target)) * v) / c.per;
    }, 0);
  const totalPotential = {
    mean: total(stats.mean),
    weightedMean: stats.weightedMean === null ? null : total(stats.weightedMean),
    median: total(stats.median),
    bestQuartile: total(bestQuartile),
    best: total(best),
  };
  return {
    template: 'benchmark',
    title: c.title,
    unit: c.unit,
    direction: c.direction,
    own: c.own,
    stats,
    rows,
    potential,
    targets,
    totalPotential,
    issues,
  };
}
