/**
 * The polynomial root finder behind IRR: Horner evaluation, the residual scale, the derivative,
 * root isolation over an interval (simple roots, double roots that only touch zero, roots on the
 * interval's ends, high-degree trailing zeros) and the Cauchy bounds on positive roots. The
 * polynomials are built from their roots, so every expected root is known exactly.
 */
import { derivative, evaluate, magnitude, positiveRootBounds, realRootsIn } from '../../src/engine/polynomial';

/** Coefficients (constant first) of Π (x − r). */
function fromRoots(roots: readonly number[], lead = 1): number[] {
  let c = [lead];
  for (const r of roots) {
    const next = new Array<number>(c.length + 1).fill(0);
    c.forEach((ci, i) => {
      next[i + 1] = (next[i + 1] ?? 0) + ci;
      next[i] = (next[i] ?? 0) - r * ci;
    });
    c = next;
  }
  return c;
}

test('Horner evaluation, the residual scale and the derivative', () => {
  // 2 − 3x + x² at 5 is 12; its scale 2 + 15 + 25 = 42; its derivative −3 + 2x.
  expect(evaluate([2, -3, 1], 5)).toBe(12);
  expect(evaluate([2, -3, 1], -1)).toBe(6);
  expect(magnitude([2, -3, 1], -5)).toBe(42);
  expect(derivative([2, -3, 1])).toEqual([-3, 2]);
  expect(derivative([7, 0, 0, 4])).toEqual([0, 0, 12]);
  expect(derivative([7])).toEqual([]);
  expect(evaluate([], 3)).toBe(0);
});

test('the simple roots of a cubic, in order, each to full precision', () => {
  const roots = realRootsIn(fromRoots([0.5, 1.25, 3]), 0, 10);
  expect(roots).toHaveLength(3);
  [0.5, 1.25, 3].forEach((r, i) => expect(roots[i]).toBeCloseTo(r, 12));
});

test('only the roots inside the interval are given', () => {
  const c = fromRoots([-2, 0.5, 4]);
  const roots = realRootsIn(c, 0, 3);
  expect(roots).toHaveLength(1);
  expect(roots[0]).toBeCloseTo(0.5, 12);
  expect(realRootsIn(c, 0.6, 3.9)).toEqual([]);
});

test('a double root, where the polynomial only touches zero, is found once', () => {
  const roots = realRootsIn(fromRoots([1, 1, 3]), 0, 5);
  expect(roots).toHaveLength(2);
  expect(roots[0]).toBeCloseTo(1, 6);
  expect(roots[1]).toBeCloseTo(3, 12);
  const touch = realRootsIn(fromRoots([2, 2]), 0, 5);
  expect(touch).toHaveLength(1);
  expect(touch[0]).toBeCloseTo(2, 6);
});

test('a root on an end of the interval counts, once', () => {
  expect(realRootsIn(fromRoots([1, 4]), 1, 3)).toEqual([1]);
  const upper = realRootsIn(fromRoots([0.5, 3]), 1, 3);
  expect(upper).toEqual([3]);
});

test('linear and constant polynomials, and zero leading coefficients', () => {
  expect(realRootsIn([-3, 2], 0, 10)).toEqual([1.5]);
  expect(realRootsIn([-3, 2], 0, 1)).toEqual([]);
  expect(realRootsIn([-3, 2], 1.5, 1.5)).toEqual([1.5]);
  expect(realRootsIn([5], 0, 10)).toEqual([]);
  expect(realRootsIn([0], 0, 10)).toEqual([]);
  // Trailing zeros are not a higher degree: −3 + 2x + 0x² + 0x³ has its one root.
  expect(realRootsIn([-3, 2, 0, 0], 0, 10)).toEqual([1.5]);
  const quad = realRootsIn([...fromRoots([0.25, 0.75]), 0, 0], 0, 1);
  expect(quad).toHaveLength(2);
  expect(quad[0]).toBeCloseTo(0.25, 12);
  expect(quad[1]).toBeCloseTo(0.75, 12);
});

test('roots close together are told apart; a steep polynomial converges to its root', () => {
  const close = realRootsIn(fromRoots([1, 1.001]), 0, 2);
  expect(close).toHaveLength(2);
  expect(close[0]).toBeCloseTo(1, 10);
  expect(close[1]).toBeCloseTo(1.001, 10);
  // A ten-year cash flow polynomial's root: 1.1 with residual zero to machine precision.
  const c = fromRoots([1.1], 1000);
  const high = [...c, 0, 0, 0];
  const [root] = realRootsIn(high, 0.1, 10);
  expect(root).toBeCloseTo(1.1, 14);
  expect(Math.abs(evaluate(c, root!))).toBeLessThan(1e-9);
});

test('a root found by bisection where Newton would leave the bracket', () => {
  // x³ − 2x + 2 has one real root near −1.7693; Newton from 0 cycles between 0 and 1.
  const [root] = realRootsIn([2, -2, 0, 1], -3, 3);
  expect(root).toBeCloseTo(-1.7692923542386314, 12);
  expect(realRootsIn([2, -2, 0, 1], -3, 3)).toHaveLength(1);
});

test("Cauchy's bounds hold every positive root, with room on both sides", () => {
  // 6 − 5x + x² (roots 2 and 3): high 2 × (1 + 6) = 14; low ½ / (1 + max(5/6, 1/6)).
  const { lo, hi } = positiveRootBounds([6, -5, 1]);
  expect(hi).toBe(14);
  expect(lo).toBeCloseTo(0.5 / (1 + 5 / 6), 15);
  const c = fromRoots([0.01, 50], 3);
  const b = positiveRootBounds(c);
  expect(b.lo).toBeLessThan(0.01);
  expect(b.hi).toBeGreaterThan(50);
  const roots = realRootsIn(c, b.lo, b.hi);
  expect(roots).toHaveLength(2);
  expect(roots[0]).toBeCloseTo(0.01, 12);
  expect(roots[1]).toBeCloseTo(50, 9);
});
