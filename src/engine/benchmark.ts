/**
 * Benchmark statistics and potentials (DESIGN.md §4, catalogue §1.3). A gap is the distance on
 * the worse side: own − target when lower is better, target − own when higher is better, so it
 * is negative when the row is better than the target. The potential of the own row is
 * max(0, gap) × volume (volume: given, else the denominator). Gaps are indications, not savings:
 * the catalogue warns against automatic levelling between municipalities.
 */
import type { BenchmarkFile } from './benchmark-schema';
import type { Issue } from './issue';

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
