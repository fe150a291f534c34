/** The day values are computed on: today, or SOURCE_DATE_EPOCH's day where set (a reproducible build). */
export function calculationDate(now: Date = new Date()): string {
  const epoch = typeof process !== 'undefined' ? process.env?.['SOURCE_DATE_EPOCH'] : undefined;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
  return date.toISOString().slice(0, 10);
}
