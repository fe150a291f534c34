/**
 * Internal rate of return: every rate r > -1 at which the net present value of the
 * yearly results is zero (DESIGN.md §4).
 *
 * With x = 1 / (1 + r), NPV(r) = Σ v_k x^k is a polynomial in x, and each root x > 0 is
 * one IRR. The roots do not depend on the discounting convention: discounting År 1 a
 * period more multiplies every term by x and leaves the roots where they are. All roots
 * are found over the whole domain (negative rates, and rates far above 100 % included);
 * `irr` is set only when exactly one exists. Excel's IRR returns one root near its guess.
 */
import { issue, type Issue } from './issue';
import { evaluate, magnitude, positiveRootBounds, realRootsIn } from './polynomial';

export interface IrrResult {
  /** The IRR when exactly one root exists, else null (see `issues`). */
  readonly irr: number | null;
  /** Every root, ascending. */
  readonly roots: number[];
  readonly issues: Issue[];
}

function signChanges(values: readonly number[]): number {
  let changes = 0;
  let last = 0;
  for (const v of values) {
    if (v === 0) continue;
    if (last !== 0 && v > 0 !== last > 0) changes++;
    last = v;
  }
  return changes;
}

const RESIDUAL_TOLERANCE = 1e-9;

export function internalRateOfReturn(values: readonly number[], path: (string | number)[] = ['irr']): IrrResult {
  if (signChanges(values) === 0) {
    return { irr: null, roots: [], issues: [issue('irr_no_sign_change', path, {}, 'warning')] };
  }
  // Leading zero flows contribute a factor x^m (a root at x = 0, r = infinity): drop them.
  const first = values.findIndex((v) => v !== 0);
  // Scale to the largest flow: the roots are unchanged and the bounds cannot overflow.
  const scale = Math.max(...values.map(Math.abs));
  let c = values.slice(first).map((v) => v / scale);
  // A flow so small beside the largest that scaling turns it into 0 (ratios beyond 10^308)
  // would silently drop a term: such roots are beyond a double, so say so instead.
  if (c.some((x, k) => x === 0 && values[first + k] !== 0)) {
    return { irr: null, roots: [], issues: [issue('irr_not_converged', path, {}, 'warning')] };
  }
  while (c.length > 1 && c[c.length - 1] === 0) c = c.slice(0, -1);
  const { lo, hi } = positiveRootBounds(c);
  const xs = realRootsIn(c, lo, hi).filter((x) => x > 0);
  const converged = (x: number): boolean => Math.abs(evaluate(c, x)) <= RESIDUAL_TOLERANCE * magnitude(c, x);
  const rate = (x: number): number => (1 - x) / x;
  const roots = xs.map(rate).sort((a, b) => a - b);
  if (!xs.every(converged) || !roots.every((r) => Number.isFinite(r) && r > -1)) {
    // Only the roots that were pinned down are listed; a guess is never shown as a rate.
    const sure = xs.filter(converged).map(rate);
    return {
      irr: null,
      roots: sure.filter((r) => Number.isFinite(r) && r > -1).sort((a, b) => a - b),
      issues: [issue('irr_not_converged', path, {}, 'warning')],
    };
  }
  if (roots.length === 0) {
    return { irr: null, roots, issues: [issue('irr_no_root', path, {}, 'warning')] };
  }
  if (roots.length > 1) {
    const shown = roots.map((r) => `${(r * 100).toFixed(2)} %`);
    return { irr: null, roots, issues: [issue('irr_multiple_roots', path, { roots: shown }, 'warning')] };
  }
  return { irr: roots[0] ?? null, roots, issues: [] };
}
