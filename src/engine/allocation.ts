/**
 * Distributing a benefit across units or budget areas by fordelingsnøgler (allocation keys),
 * rounded to whole units of `rounding` (1 = whole t.kr.) per unit and year, with every year's
 * total kept exactly: the largest-remainder (Hamilton) method. Each unit gets the floor of its
 * exact share; the units left over go to the largest remainders, ties to the earlier key.
 * So every allocation is within one rounding unit of its exact share, and the years add up.
 */

/** Allocates `units` whole units (may be negative) by `weights` that sum to 1. */
export function largestRemainder(units: number, weights: readonly number[]): number[] {
  const sign = units < 0 ? -1 : 1;
  const n = Math.abs(units);
  const quotas = weights.map((w) => w * n);
  const floors = quotas.map((q) => Math.floor(q + 1e-9));
  let left = n - floors.reduce((a, b) => a + b, 0);
  // Remainders to 9 decimals, so equal shares tie here exactly as they do in the sheet's formulas.
  const order = quotas
    .map((q, i) => ({ i, remainder: Math.round((q - (floors[i] ?? 0)) * 1e9) / 1e9 }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left--;
  }
  return floors.map((f) => sign * f + 0);
}

export interface Allocation {
  readonly unit: string;
  readonly values: number[];
}

/**
 * Allocates each year's total. Totals must be whole multiples of `rounding`; the result is in the
 * totals' own unit (t.kr.), each value a multiple of `rounding`.
 */
export function allocate(
  totals: readonly number[],
  keys: readonly { unit: string; weight: number }[],
  rounding: number,
): Allocation[] {
  const perYear = totals.map((t) =>
    largestRemainder(
      Math.round(t / rounding),
      keys.map((k) => k.weight),
    ),
  );
  return keys.map((k, i) => ({ unit: k.unit, values: perYear.map((year) => (year[i] ?? 0) * rounding) }));
}
