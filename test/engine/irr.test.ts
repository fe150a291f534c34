/** IRR edge cases with roots known in closed form. */
import { internalRateOfReturn } from '../../src/engine/irr';

test('two roots: -100, 230, -132 has IRRs of exactly 10 % and 20 %', () => {
  const r = internalRateOfReturn([-100, 230, -132]);
  expect(r.irr).toBeNull();
  expect(r.roots[0]).toBeCloseTo(0.1, 12);
  expect(r.roots[1]).toBeCloseTo(0.2, 12);
  expect(r.issues.map((i) => i.code)).toEqual(['irr_multiple_roots']);
});

test('no sign change and no real root are different issues', () => {
  expect(internalRateOfReturn([10, 20, 30]).issues.map((i) => i.code)).toEqual(['irr_no_sign_change']);
  expect(internalRateOfReturn([0, 0]).issues.map((i) => i.code)).toEqual(['irr_no_sign_change']);
  expect(internalRateOfReturn([-1, 3, -3]).issues.map((i) => i.code)).toEqual(['irr_no_root']);
});

test('a double root (NPV touches zero) is found once', () => {
  // -(1 - x)^2 with x = 1/(1+r): the only root is r = 0.
  const r = internalRateOfReturn([-1, 2, -1]);
  expect(r.roots).toHaveLength(1);
  expect(r.roots[0]).toBeCloseTo(0, 7);
});

test('leading and trailing zero years do not move the IRR', () => {
  const plain = internalRateOfReturn([-100, 60, 60]).irr ?? NaN;
  expect(internalRateOfReturn([0, 0, -100, 60, 60, 0]).irr).toBeCloseTo(plain, 12);
  // -100 + 60x + 60x² = 0 -> x = (-60 + sqrt(3600 + 24000)) / 120
  expect(plain).toBeCloseTo(1 / ((-60 + Math.sqrt(27600)) / 120) - 1, 12);
});

test('negative and very high rates are found', () => {
  expect(internalRateOfReturn([-100, 30, 30, 30]).irr).toBeLessThan(0);
  expect(internalRateOfReturn([-1, 1000]).irr).toBeCloseTo(999, 9);
});

test('a flow too small beside the largest to survive scaling is a warning, not "no root"', () => {
  // -5e-324 / 1e15 underflows to 0 in doubles; the root (a rate near 10^338) is beyond a double.
  const r = internalRateOfReturn([-5e-324, 1e15, 1e15]);
  expect(r.irr).toBeNull();
  expect(r.issues.map((i) => i.code)).toEqual(['irr_not_converged']);
});

test('a root that was not pinned down is never listed: [-100, 1000, 1000, 1000, 1e308] lists no 9.45e49', () => {
  // The true root is near 3e76 (x = 1/(1+r) solves 1e308·x⁴ ≈ 100); the search cannot resolve it.
  const r = internalRateOfReturn([-100, 1000, 1000, 1000, 1e308]);
  expect(r.irr).toBeNull();
  expect(r.issues.map((i) => i.code)).toEqual(['irr_not_converged']);
  for (const root of r.roots) expect(Math.abs(Math.log10(root) - 76.5)).toBeLessThan(1);
});
