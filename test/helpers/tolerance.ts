/** Test tolerances of DESIGN.md §4: money |a − e| <= 1e-9 + 1e-9·|e|; rates 1e-7 absolute. */

export function closeMoney(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= 1e-9 + 1e-9 * Math.abs(expected);
}

export function expectMoney(actual: number | null | undefined, expected: number, what = 'value'): void {
  if (typeof actual !== 'number' || !closeMoney(actual, expected)) {
    throw new Error(`${what}: expected ${expected} (money tolerance), got ${String(actual)}`);
  }
}

export function expectMoneyRow(actual: readonly number[], expected: readonly number[], what = 'row'): void {
  if (actual.length !== expected.length) {
    throw new Error(`${what}: expected ${expected.length} values, got ${actual.length}`);
  }
  expected.forEach((e, k) => expectMoney(actual[k], e, `${what}[${k}]`));
}

export function expectRate(actual: number | null | undefined, expected: number, what = 'rate'): void {
  if (typeof actual !== 'number' || Math.abs(actual - expected) > 1e-7) {
    throw new Error(`${what}: expected ${expected} (±1e-7), got ${String(actual)}`);
  }
}
