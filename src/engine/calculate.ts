/** The engine's figures for a validated case file. */
import { computeBusinessCase, type BusinessCaseResult } from './business-case';
import type { CaseFile } from './case-file';
import type { BusinessCaseFile } from './business-case-schema';
import { computeTimeSavings, type TimeSavingsResult } from './time-savings';
import { analyse, type Analysis } from './what-if';
import type { BenchmarkResult } from './benchmark';
import type { BenchmarkFile } from './benchmark-schema';
import type { RealisationResult } from './realisation';
import type { RealisationFile } from './realisation-schema';
import type { RefundLossFile, RefundLossResult } from './refund-loss-schema';
import type { ReleaseListFile, ReleaseListResult } from './release-list-schema';
import { computeCatalogueCase, type CatalogueResult } from './model-case';
import { riskRegister, type RiskRegister } from './risks';
import { simulate, type SimulationResult } from './simulation/simulate';

export type CaseResult =
  | (BusinessCaseResult & Analysis & Uncertainty)
  | TimeSavingsResult
  | BenchmarkResult
  | RealisationResult
  | RefundLossResult
  | ReleaseListResult
  | CatalogueResult;

export interface Uncertainty {
  /** The risk register's figures, when the case has `risks`. */
  readonly risks?: RiskRegister;
  /** The Monte Carlo's, when the case asks for a `simulation`. */
  readonly simulation?: SimulationResult;
}

/** A business case's figures, its what-if analyses, and its risks and simulation when it has them. */
export function calculateBusinessCase(c: BusinessCaseFile): BusinessCaseResult & Analysis & Uncertainty {
  const figures = computeBusinessCase(c);
  return {
    ...figures,
    ...analyse(c),
    ...(c.risks ? { risks: riskRegister(c, figures.npv) } : {}),
    ...(c.simulation ? { simulation: simulate(c, c.simulation) } : {}),
  };
}

/**
 * The cases the engine computes alone. A benchmark and a realisation plan are computed by their
 * sheets' formulas (sheet/benchmark-figures.ts, sheet/realisation-figures.ts); `calculateCase`
 * in the registry takes every case.
 */
export type EngineCase = Exclude<CaseFile, RealisationFile | BenchmarkFile | RefundLossFile | ReleaseListFile>;

export function calculate(c: EngineCase): CaseResult {
  switch (c.template) {
    case 'business-case':
      return calculateBusinessCase(c);
    case 'time-savings':
      return computeTimeSavings(c);
    case 'catalogue':
      return computeCatalogueCase(c.entry, c.model, c.values, c.language);
  }
}

/** The paths of every number in a result that is not finite (NaN or ±Infinity). */
export function nonFinitePaths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [at];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFinitePaths(v, [...at, i]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => nonFinitePaths(v, [...at, k]));
  }
  return [];
}
