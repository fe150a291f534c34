/** Descriptive statistics with Excel's definitions, so a sheet and the engine agree. */

/** Excel's QUARTILE.INC / PERCENTILE.INC: linear interpolation at position (n − 1)·q. */
export function percentileInc(sortedAscending: ArrayLike<number>, q: number): number {
  const n = sortedAscending.length;
  if (n === 0) throw new RangeError('percentileInc of no values');
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, n - 1);
  const a = sortedAscending[lo] ?? 0;
  const b = sortedAscending[hi] ?? 0;
  return a + (pos - lo) * (b - a);
}

export const mean = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
