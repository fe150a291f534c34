/** One entry point for any validated case file. */
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
