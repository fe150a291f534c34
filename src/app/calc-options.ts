/** What Beregn computes when the user has not chosen otherwise. */
import type { Scenario } from '../engine/business-case-schema';
import type { Language } from '../engine/messages';
import { DEFAULT_GRID } from '../engine/what-if';

export interface CalcOptions {
  readonly scenarios: readonly Scenario[];
  readonly sensitivityStep: number;
  readonly grid: { readonly rates: readonly number[]; readonly gainFactors: readonly number[] };
  /** Years within which the payback break-even factor is sought; null for none. */
  readonly paybackWithin: number | null;
}

export function defaultOptions(lang: Language, horizon: number): CalcOptions {
  const names =
    lang === 'da' ? ['Pessimistisk', 'Forventet', 'Optimistisk'] : ['Pessimistic', 'Expected', 'Optimistic'];
  const scenario = (name: string, gainFactor: number, costFactor: number, investmentFactor: number): Scenario => ({
    name,
    gainFactor,
    costFactor,
    investmentFactor,
    estimate: 'expected',
  });
  return {
    scenarios: [
      scenario(names[0] ?? '', 0.8, 1.1, 1.2),
      scenario(names[1] ?? '', 1, 1, 1),
      scenario(names[2] ?? '', 1.1, 0.95, 1),
    ],
    sensitivityStep: 0.1,
    grid: { rates: [...DEFAULT_GRID.rates], gainFactors: [...DEFAULT_GRID.gainFactors] },
    paybackWithin: Math.min(5, horizon),
  };
}
