/**
 * The distributions of a three-point estimate (min a, most likely m, max b), each as its
 * quantile function on [0, 1] scaled to [a, b], so one draw u gives a + (b − a)·Q(u):
 * - PERT: Beta(α, β) on [a, b] with α = 1 + 4(m − a)/(b − a), β = 1 + 4(b − m)/(b − a); mean (a + 4m + b)/6;
 * - triangular: mean (a + m + b)/3;
 * - uniform on [a, b], m ignored: mean (a + b)/2.
 * Drawing by quantile lets every year of a line take the same quantile (a licence that costs more
 * costs more every year). Quantiles come from a table per shape, built once and interpolated.
 */
import type { ThreePoint } from '../pert';

export const DISTRIBUTIONS = ['pert', 'triangular', 'uniform'] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];

/** Intervals of a quantile table: u = 0, 1/TABLE, …, 1. */
export const TABLE = 1024;
/** Steps of the Beta density integrated into its distribution function. */
const CDF_STEPS = 4096;
/**
 * Distinct shapes a simulation builds exact tables for (8 KB each). A case with more (every line
 * and year its own mode) has its modes snapped to 1/SNAP of the range, a shift of at most
 * 1/(2·SNAP) of the range.
 */
export const MAX_SHAPES = 512;
export const SNAP = 4096;

/** Where the mode lies within [a, b], 0..1 (0.5 when a = b). */
export function modeAt(e: ThreePoint): number {
  const width = e.max - e.min;
  return width > 0 ? (e.likely - e.min) / width : 0.5;
}

export function distributionMean(e: ThreePoint, d: Distribution): number {
  switch (d) {
    case 'pert':
      return (e.min + 4 * e.likely + e.max) / 6;
    case 'triangular':
      return (e.min + e.likely + e.max) / 3;
    case 'uniform':
      return (e.min + e.max) / 2;
  }
}

/** PERT's Beta shape parameters for a mode at c of the range. */
export function pertShape(c: number): { alpha: number; beta: number } {
  return { alpha: 1 + 4 * c, beta: 1 + 4 * (1 - c) };
}

const LN2 = 0.6931471805599453;

/**
 * x^y for x in [0, 1] and y ≥ 0, from additions, multiplications and divisions only, which IEEE 754
 * rounds the same everywhere. Math.pow, Math.exp and Math.log differ in the last bits between V8
 * versions (Node 20 and Chromium 156 disagree on about one call in ten), and a table built with them
 * would give a seed other figures in the task pane than in `gevinst calc`. Accurate to about 1e-15.
 */
export function portablePow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (x <= 0) return 0;
  return portableExp(y * portableLog(x));
}

/** ln x for x > 0: x = m·2^e with m in [√½, √2), ln m = 2·atanh((m − 1)/(m + 1)) by its series. */
function portableLog(x: number): number {
  let m = x;
  let e = 0;
  while (m < Math.SQRT1_2) {
    m *= 2;
    e--;
  }
  while (m >= Math.SQRT2) {
    m /= 2;
    e++;
  }
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  let term = s;
  let sum = 0;
  for (let k = 1; k <= 41; k += 2) {
    sum += term / k;
    term *= s2;
  }
  return 2 * sum + e * LN2;
}

/** e^z for z ≤ 0: z = k·ln 2 + r with |r| ≤ ½ ln 2, e^r by its Taylor series, then halved k times. */
function portableExp(z: number): number {
  const k = Math.round(z / LN2);
  const r = z - k * LN2;
  let term = 1;
  let sum = 1;
  for (let n = 1; n <= 22; n++) {
    term = (term * r) / n;
    sum += term;
  }
  for (let i = 0; i < -k; i++) sum /= 2;
  for (let i = 0; i < k; i++) sum *= 2;
  return sum;
}

/** The quantile table of Beta(α, β) with α, β ≥ 1 (PERT's are 1..5): the density is bounded, so the trapezoid rule on a fine grid gives its distribution function. */
function betaTable(alpha: number, beta: number, out: Float64Array, at: number): void {
  const cdf = new Float64Array(CDF_STEPS + 1);
  const density = (x: number): number => portablePow(x, alpha - 1) * portablePow(1 - x, beta - 1);
  let previous = density(0);
  for (let i = 1; i <= CDF_STEPS; i++) {
    const next = density(i / CDF_STEPS);
    cdf[i] = (cdf[i - 1] ?? 0) + (previous + next) / 2;
    previous = next;
  }
  const total = cdf[CDF_STEPS] ?? 1;
  let i = 0;
  for (let j = 0; j <= TABLE; j++) {
    const target = (j / TABLE) * total;
    while (i < CDF_STEPS - 1 && (cdf[i + 1] ?? total) < target) i++;
    const lo = cdf[i] ?? 0;
    const hi = cdf[i + 1] ?? total;
    const within = hi > lo ? (target - lo) / (hi - lo) : 0;
    out[at + j] = Math.min(1, Math.max(0, (i + within) / CDF_STEPS));
  }
  out[at] = 0;
  out[at + TABLE] = 1;
}

function triangularTable(c: number, out: Float64Array, at: number): void {
  for (let j = 0; j <= TABLE; j++) {
    const u = j / TABLE;
    out[at + j] = u < c ? Math.sqrt(u * c) : 1 - Math.sqrt((1 - u) * (1 - c));
  }
}

function fillTable(d: Distribution, c: number, out: Float64Array, at: number): void {
  if (d === 'pert') {
    const { alpha, beta } = pertShape(c);
    betaTable(alpha, beta, out, at);
  } else if (d === 'triangular') triangularTable(c, out, at);
  else for (let j = 0; j <= TABLE; j++) out[at + j] = j / TABLE;
}

/** Tables built so far in this process, by shape: a re-run (another seed, a pane's second click) builds none. */
const built = new Map<string, Float64Array>();
const MAX_BUILT = 4 * MAX_SHAPES;

function builtTable(d: Distribution, c: number): Float64Array {
  const key = `${d}:${c}`;
  const known = built.get(key);
  if (known) return known;
  const table = new Float64Array(TABLE + 1);
  fillTable(d, c, table, 0);
  if (built.size >= MAX_BUILT) built.clear();
  built.set(key, table);
  return table;
}

/**
 * The standardised quantile tables (values in [0, 1]) a simulation reads, one per distinct shape,
 * end to end in one array, each TABLE + 1 long. `offset` gives a shape's table, built on first
 * use; `seal` packs them for the run.
 */
export class QuantileTables {
  private readonly offsets = new Map<string, number>();
  private readonly shapes: { d: Distribution; c: number }[] = [];
  /** The offset of the table of a distribution with its mode at c of the range. */
  offset(d: Distribution, c: number, snap = false): number {
    const mode = d === 'uniform' ? 0.5 : snap ? Math.round(c * SNAP) / SNAP : c;
    const key = `${d}:${mode}`;
    const known = this.offsets.get(key);
    if (known !== undefined) return known;
    const at = this.shapes.length * (TABLE + 1);
    this.shapes.push({ d, c: mode });
    this.offsets.set(key, at);
    return at;
  }
  get size(): number {
    return this.shapes.length;
  }
  seal(): Float64Array {
    const out = new Float64Array(this.shapes.length * (TABLE + 1));
    this.shapes.forEach((s, i) => out.set(builtTable(s.d, s.c), i * (TABLE + 1)));
    return out;
  }
}

/** The standardised quantile at u in [0, 1) by linear interpolation within a table. */
export function tableQuantile(tables: Float64Array, offset: number, u: number): number {
  const pos = u * TABLE;
  const i = Math.floor(pos);
  const a = offset + i;
  return (tables[a] as number) + (pos - i) * ((tables[a + 1] as number) - (tables[a] as number));
}

/** A three-point estimate's quantile at u: a + (b − a)·Q(u). */
export function quantile(e: ThreePoint, d: Distribution, u: number): number {
  const tables = new QuantileTables();
  const offset = tables.offset(d, modeAt(e));
  return e.min + (e.max - e.min) * tableQuantile(tables.seal(), offset, u);
}
