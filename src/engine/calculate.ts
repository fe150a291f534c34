/** One entry point for any validated case file. */
import { issue } from './issue';
import { fail, ok, type Result } from './result';
import { computeBusinessCase, type BusinessCaseResult } from './business-case';
import type { CaseFile } from './case-file';
import { computeTimeSavings, type TimeSavingsResult } from './time-savings';
import { analyse, type Analysis } from './what-if';
import { summarise, type Summary } from './summary';
import { computeBenchmark, type BenchmarkResult } from './benchmark';
import { computeRealisation, type RealisationResult } from './realisation';
import { computeCatalogueCase, type CatalogueResult } from './model-case';

export type CaseResult =
  | (BusinessCaseResult & Analysis & { readonly summary: Summary })
  | TimeSavingsResult
  | BenchmarkResult
  | RealisationResult
  | CatalogueResult;

export function calculate(c: CaseFile): CaseResult {
  switch (c.template) {
    case 'business-case': {
      const r = computeBusinessCase(c);
      return { ...r, ...analyse(c), summary: summarise(c, r) };
    }
    case 'time-savings':
      return computeTimeSavings(c);
    case 'benchmark':
      return computeBenchmark(c);
    case 'realisation':
      return computeRealisation(c);
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

/**
 * `calculate`, with the promise kept that no figure is ever non-finite without an issue: the
 * schemas bound every input, so a failure here names the figure that still overflowed.
 */
export function calculateChecked(c: CaseFile): Result<CaseResult> {
  const result = calculate(c);
  const bad = nonFinitePaths(result);
  return bad.length === 0 ? ok(result) : fail(bad.map((path) => issue('figure_not_finite', path)));
}
