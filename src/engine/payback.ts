/**
 * Payback (DESIGN.md §4). Given the yearly results of År 1..År n:
 * - the payback year is the first year whose cumulative result is >= 0 (after the
 *   negative years before it; År 1 when År 1 is already >= 0), null when it never gets there;
 * - the fractional payback counts years elapsed, with the result spread evenly within the
 *   payback year: k + (-cumulative[k-1]) / result[k] for År k+1, and 0 when År 1 already
 *   recovers (nothing to pay back);
 * - the discounted payback does the same on discounted results.
 */

export function cumulativeSum(values: readonly number[]): number[] {
  let sum = 0;
  return values.map((v) => (sum += v));
}

export interface Payback {
  /** År number (1-based) of the payback year, or null. */
  readonly year: number | null;
  /** Years elapsed until the cumulative result reaches 0, or null. */
  readonly years: number | null;
}

export function payback(results: readonly number[]): Payback {
  const cumulative = cumulativeSum(results);
  const k = cumulative.findIndex((c) => c >= 0);
  if (k < 0) return { year: null, years: null };
  if (k === 0) return { year: 1, years: 0 };
  const before = cumulative[k - 1] ?? 0;
  const within = results[k] ?? 1;
  return { year: k + 1, years: k + -before / within };
}
