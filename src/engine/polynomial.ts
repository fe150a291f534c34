/**
 * Real roots of a polynomial Σ c_i x^i inside an interval, by recursive isolation:
 * the roots of p' split [lo, hi] into pieces on which p is monotone, so each piece holds
 * at most one root, found by safeguarded Newton (bisection fallback). A root where p only
 * touches zero (a double root) is found as a critical point where p vanishes.
 */

/** Horner evaluation of Σ c_i x^i. */
export function evaluate(c: readonly number[], x: number): number {
  let y = 0;
  for (let i = c.length - 1; i >= 0; i--) y = y * x + (c[i] ?? 0);
  return y;
}

/** Σ |c_i| |x|^i: the scale against which a residual counts as zero. */
export function magnitude(c: readonly number[], x: number): number {
  const ax = Math.abs(x);
  let y = 0;
  for (let i = c.length - 1; i >= 0; i--) y = y * ax + Math.abs(c[i] ?? 0);
  return y;
}

export function derivative(c: readonly number[]): number[] {
  return c.slice(1).map((ci, i) => ci * (i + 1));
}

function trim(c: readonly number[]): number[] {
  const out = [...c];
  while (out.length > 1 && out[out.length - 1] === 0) out.pop();
  return out;
}

const TOUCH_TOLERANCE = 1e-12;

/** The single root of p in [a, b], given p(a) and p(b) of opposite signs and p monotone there. */
function refine(c: readonly number[], d: readonly number[], a: number, b: number): number {
  let lo = a;
  let hi = b;
  const loNegative = evaluate(c, lo) < 0;
  let x = (lo + hi) / 2;
  for (let iter = 0; iter < 400; iter++) {
    const y = evaluate(c, x);
    if (y === 0) return x;
    if (y < 0 === loNegative) lo = x;
    else hi = x;
    if (hi - lo <= Number.EPSILON * Math.max(Math.abs(lo), Math.abs(hi))) break;
    const dy = evaluate(d, x);
    const newton = dy !== 0 ? x - y / dy : NaN;
    if (Math.abs(newton - x) <= 2 * Number.EPSILON * Math.abs(x) && newton > lo && newton < hi) return newton;
    // Take the Newton step only when it stays strictly inside the bracket.
    x = newton > lo && newton < hi ? newton : (lo + hi) / 2;
  }
  return x;
}

export function realRootsIn(coefficients: readonly number[], lo: number, hi: number): number[] {
  const c = trim(coefficients);
  const degree = c.length - 1;
  if (degree <= 0) return [];
  if (degree === 1) {
    const x = -(c[0] ?? 0) / (c[1] ?? 1);
    return x >= lo && x <= hi ? [x] : [];
  }
  const d = derivative(c);
  const critical = realRootsIn(d, lo, hi);
  const points = [lo, ...critical, hi];
  const roots: number[] = [];
  const push = (x: number): void => {
    const last = roots[roots.length - 1];
    if (last === undefined || Math.abs(x - last) > 1e-12 * Math.max(1, Math.abs(x))) roots.push(x);
  };
  for (let i = 0; i < points.length; i++) {
    const a = points[i] ?? lo;
    const fa = evaluate(c, a);
    if (Math.abs(fa) <= TOUCH_TOLERANCE * magnitude(c, a)) {
      push(a);
      continue;
    }
    const b = points[i + 1];
    if (b === undefined || b <= a) continue;
    const fb = evaluate(c, b);
    if (Math.abs(fb) <= TOUCH_TOLERANCE * magnitude(c, b)) continue;
    if (fa < 0 !== fb < 0) push(refine(c, d, a, b));
  }
  return roots;
}

/**
 * Bounds (lo, hi) holding every positive root of Σ c_i x^i, where c_0 and c_n are non-zero:
 * Cauchy's bound above, and its mirror for 1/x below.
 */
export function positiveRootBounds(c: readonly number[]): { lo: number; hi: number } {
  const n = c.length - 1;
  const lead = Math.abs(c[n] ?? 1);
  const constant = Math.abs(c[0] ?? 1);
  let maxHigh = 0;
  let maxLow = 0;
  for (let i = 0; i < n; i++) maxHigh = Math.max(maxHigh, Math.abs(c[i] ?? 0) / lead);
  for (let i = 1; i <= n; i++) maxLow = Math.max(maxLow, Math.abs(c[i] ?? 0) / constant);
  return { lo: 1 / (1 + maxLow) / 2, hi: (1 + maxHigh) * 2 };
}
