/** One entry point for any validated case file. */
import { computeBusinessCase, type BusinessCaseResult } from './business-case';
import type { CaseFile } from './case-file';
import { computeTimeSavings, type TimeSavingsResult } from './time-savings';

export type CaseResult = BusinessCaseResult | TimeSavingsResult;

export function calculate(c: CaseFile): CaseResult {
  switch (c.template) {
    case 'business-case':
      return computeBusinessCase(c);
    case 'time-savings':
      return computeTimeSavings(c);
  }
}
