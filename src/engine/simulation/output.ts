/**
 * What a simulation hands to its sheet: the result, and the runs as a histogram (BINS equal bins
 * from the lowest to the highest NPV) and an S-curve (the NPV at every 5 % of the runs). Pure and
 * free of the DOM, so the task pane's worker computes it and sends only these few hundred numbers.
 */
import type { BusinessCaseFile, SimulationOptions } from '../business-case-schema';
import { percentileInc } from '../statistics';
import { simulateRuns, type SimulationProgress, type SimulationResult, type SimulationRuns } from './simulate';

/** Bins of the histogram and points of the S-curve (every 5 %). */
export const BINS = 20;
export const CURVE = 21;

export interface HistogramBin {
  readonly from: number;
  readonly to: number;
  readonly runs: number;
}

export interface CurvePoint {
  readonly probability: number;
  readonly npv: number;
}

export interface SimulationOutput {
  readonly result: SimulationResult;
  readonly histogram: HistogramBin[];
  readonly curve: CurvePoint[];
}

export function distributionOf(runs: SimulationRuns): { histogram: HistogramBin[]; curve: CurvePoint[] } {
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

export function simulateForSheet(
  c: BusinessCaseFile,
  options: SimulationOptions,
  progress: SimulationProgress = {},
): SimulationOutput {
  const { result, runs } = simulateRuns(c, options, progress);
  return { result, ...distributionOf(runs) };
}
