/**
 * The benefit-realisation plan (gevinstrealiseringsplan) of a business case, as Høje-Taastrup's
 * direktion described it (seed 002, 2015): each gain with an owner (gevinstejer), beregnet or
 * anslået with its evidence, and a timing; the booked gain distributed over units by
 * fordelingsnøgler; then followed up year by year.
 *
 * Timing: "implementation" books each year's effect as it comes; "delayed" books it n years
 * later; "upfront" (forlods) books the full effect (the largest yearly amount) from År 1, so
 * the budget is reduced before the change has paid off.
 */
import { allocate, type Allocation } from './allocation';

export const TIMINGS = ['upfront', 'implementation', 'delayed'] as const;
export type Timing = (typeof TIMINGS)[number];
export const EVIDENCE = ['calculated', 'estimated'] as const;
export type Evidence = (typeof EVIDENCE)[number];
/** What fordelingsnøgler are counted in: key figures normalised to shares, or weights. */
export const KEY_BASES = ['fte', 'hours', 'citizens', 'm2', 'weights'] as const;
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

/** Booked gain by year after the timing rule. */
export function booked(g: PlanGain, years: number): number[] {
  const v = (y: number): number => g.values[y] ?? 0;
  if (g.timing === 'upfront') {
    const full = Math.max(...Array.from({ length: years }, (_, y) => v(y)));
    return Array.from({ length: years }, () => full);
  }
  const d = g.timing === 'delayed' ? g.delay : 0;
  return Array.from({ length: years }, (_, y) => (y >= d ? v(y - d) : 0));
}

/** Realised, partly or not against the target; unknown while the actual is missing. */
export function status(target: number, actual: number | null | undefined): Status {
  if (actual === null || actual === undefined) return 'unknown';
  if (actual >= target) return 'realised';
  return actual > 0 ? 'partly' : 'not';
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
  readonly allocation: Allocation[];
  readonly followUp: FollowUp[];
}

/**
 * Computes the plan. Keys are raw key figures (FTE, hours, citizens, m²) normalised to shares,
 * or weights that already sum to 1. Each year's booked total is rounded to whole `rounding`
 * units and allocated by largest remainder.
 */
export function computeRealisationPlan(
  gains: readonly PlanGain[],
  keys: readonly { unit: string; value: number }[],
  years: number,
  rounding: number,
): RealisationPlanResult {
  const rows = gains.map((g) => ({ label: g.label, evidence: g.evidence, values: booked(g, years) }));
  const total = Array.from({ length: years }, (_, y) => rows.reduce((s, r) => s + (r.values[y] ?? 0), 0));
  const all = total.reduce((a, b) => a + b, 0);
  const estimated = rows
    .filter((r) => r.evidence === 'estimated')
    .reduce((s, r) => s + r.values.reduce((a, b) => a + b, 0), 0);
  const sum = keys.reduce((a, k) => a + k.value, 0);
  const shares = keys.map((k) => ({ unit: k.unit, share: sum === 0 ? 0 : k.value / sum }));
  // Half away from zero, as Excel's ROUND does.
  const rounded = total.map((t) => Math.sign(t) * Math.round(Math.abs(t / rounding)) * rounding);
  const allocation = allocate(
    rounded,
    shares.map((s) => ({ unit: s.unit, weight: s.share })),
    rounding,
  );
  const followUp = gains.map((g, i): FollowUp => {
    const target = rows[i]?.values ?? [];
    const actual = Array.from({ length: years }, (_, y) => g.actual?.[y] ?? null);
    return {
      label: g.label,
      target,
      actual,
      variance: actual.map((a, y) => (a === null ? null : a - (target[y] ?? 0))),
      status: actual.map((a, y) => status(target[y] ?? 0, a)),
    };
  });
  return { booked: rows, total, estimatedShare: all === 0 ? null : estimated / all, shares, allocation, followUp };
}
