/**
 * The benefit-realisation plan (gevinstrealiseringsplan) of a business case, as Høje-Taastrup's
 * direktion described it (seed 002, 2015): each gain with an owner (gevinstejer), beregnet or
 * anslået with its evidence, and a timing; the booked gain distributed over units by
 * fordelingsnøgler; then followed up year by year. Its vocabulary and result types; the figures
 * are the sheet's formulas (sheet/realisation-plan.ts), read by `calc` through the one evaluator.
 *
 * Timing: "implementation" books each year's effect as it comes; "delayed" books it n years
 * later; "upfront" (forlods) books the full effect (the largest yearly amount) from År 1, so
 * the budget is reduced before the change has paid off, or from År 1 + n with a delay of n: "en
 * gevinst altid tages forlods, men kan forsinkes af hensyn til implementering" (seed 002).
 */

export const TIMINGS = ['upfront', 'implementation', 'delayed'] as const;
export type Timing = (typeof TIMINGS)[number];
export const EVIDENCE = ['calculated', 'estimated'] as const;
export type Evidence = (typeof EVIDENCE)[number];
/** What fordelingsnøgler are counted in: key figures normalised to shares, or weights. */
export const KEY_BASES = ['fte', 'hours', 'citizens', 'm2', 'figures', 'weights'] as const;
export type KeyBasis = (typeof KEY_BASES)[number];
export const STATUSES = ['realised', 'partly', 'not', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

export interface PlanGain {
  readonly label: string;
  readonly owner?: string | undefined;
  readonly evidence: Evidence;
  readonly basis?: string | undefined;
  readonly timing: Timing;
  readonly delay: number;
  /** The effect in each year (t.kr.). */
  readonly values: readonly number[];
  readonly baseline?: number | undefined;
  /** What was realised, by year; null where not yet known. */
  readonly actual?: readonly (number | null)[] | undefined;
}

export interface FollowUp {
  readonly label: string;
  readonly target: number[];
  readonly actual: (number | null)[];
  /** actual − target; null while the actual is missing. */
  readonly variance: (number | null)[];
  readonly status: Status[];
}

export interface RealisationPlanResult {
  readonly booked: { label: string; evidence: Evidence; values: number[] }[];
  readonly total: number[];
  /** Share of the booked total (all years) that is anslået rather than beregnet; null when nothing is booked. */
  readonly estimatedShare: number | null;
  readonly shares: { unit: string; share: number }[];
  readonly allocation: { readonly unit: string; readonly values: number[] }[];
  readonly followUp: FollowUp[];
}
