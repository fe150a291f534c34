/**
 * The function table of the sheet language, HyperFormula-style: each function by its Excel
 * name, whether a file must store it with the `_xlfn.` prefix (functions newer than Excel 2007),
 * its arity, and its meaning with Excel's rules for blanks, text and errors. The statistics and
 * IRR reuse the engine's own (statistics.ts, irr.ts), so a sheet's figure and the engine's are
 * one computation.
 */
import type { Formula } from './ast';
import { internalRateOfReturn } from '../irr';
import { percentileInc } from '../statistics';
import {
  asMatrix,
  compare,
  err,
  holds,
  isErrorValue,
  isMatrix,
  scalarsOf,
  toBool,
  toNumber,
  toText,
  type Comparison,
  type ErrorValue,
  type Matrix,
  type Scalar,
  type Value,
} from './value';

/** An argument: its formula (ROW needs the reference) and its value, computed when first asked for. */
export interface Arg {
  readonly formula: Formula;
  value(): Value;
}

export interface FunctionDef {
  /** Excel's English name, as Office.js `formulas` and the formula bar take it. */
  readonly name: string;
  /** Stored as `_xlfn.NAME` in an .xlsx file (Excel and LibreOffice show #NAME? without it). */
  readonly xlfn: boolean;
  readonly min: number;
  readonly max: number;
  readonly call: (args: readonly Arg[], here: { readonly row: number; readonly col: number }) => Value;
}

const fromReference = (a: Arg): boolean => {
  let f = a.formula;
  while (f.k === 'paren') f = f.a;
  return f.k === 'ref' || f.k === 'range' || f.k === 'name';
};

/**
 * The numbers an aggregate takes: in references and arrays only the numbers (text, logicals and
 * blanks are skipped); an argument typed directly is converted ("3" is 3, TRUE is 1). The first
 * error met is the result.
 */
function numbersOf(args: readonly Arg[]): number[] | ErrorValue {
  const out: number[] = [];
  for (const a of args) {
    const v = a.value();
    if (isMatrix(v) || fromReference(a)) {
      for (const x of scalarsOf(v)) {
        if (isErrorValue(x)) return x;
        if (typeof x === 'number') out.push(x);
      }
    } else {
      const n = toNumber(v);
      if (isErrorValue(n)) return n;
      out.push(n);
    }
  }
  return out;
}

const lift =
  (f: (x: Scalar) => Scalar) =>
  (v: Value): Value =>
    isMatrix(v) ? v.map((row) => row.map(f)) : f(v);

const numeric = (f: (n: number) => number | ErrorValue) =>
  lift((x) => {
    const n = toNumber(x);
    if (isErrorValue(n)) return n;
    const r = f(n);
    return typeof r === 'number' && !Number.isFinite(r) ? err('#NUM!') : r;
  });

/** The first scalar of an argument (a single cell, or a range's top-left when a function wants one value). */
const scalar = (a: Arg | undefined): Scalar => {
  if (a === undefined) return null;
  const v = a.value();
  return isMatrix(v) ? (v[0]?.[0] ?? null) : v;
};

const numberArg = (a: Arg | undefined, fallback: number): number | ErrorValue => {
  if (a === undefined || a.formula.k === 'missing') return fallback;
  return toNumber(scalar(a));
};

const textArg = (a: Arg | undefined): string | ErrorValue => toText(scalar(a));

/** A number times 10^e, exact in decimal: 1.005 shifted by 2 is 100.5, not 100.49999999999999. */
function shift(v: number, e: number): number {
  const [mantissa, exponent = '0'] = String(v).split('e');
  return Number(`${mantissa}e${Number(exponent) + e}`);
}

/** Excel's ROUND: half away from zero, on the decimal the number shows (1.005 rounds to 1.01). */
export function roundHalfAway(x: number, digits: number): number {
  const d = Math.trunc(digits);
  const shown = Number(Math.abs(x).toPrecision(15));
  return Math.sign(x) * shift(Math.round(shift(shown, d)), -d);
}

/** SUMIF/COUNTIF criteria: a number, a text (with * and ? wildcards) or an operator and a value. */
function criterion(c: Scalar): (x: Scalar) => boolean {
  if (typeof c === 'number' || typeof c === 'boolean') return (x) => x !== null && compare(x, c) === 0;
  const text = c === null ? '' : isErrorValue(c) ? c.error : c;
  const m = /^(<=|>=|<>|<|>|=)?(.*)$/s.exec(text) as RegExpExecArray;
  const op = (m[1] ?? '=') as Comparison;
  const rest = m[2] ?? '';
  const asNumber = toNumber(rest);
  const target: Scalar = rest === '' ? null : !isErrorValue(asNumber) ? asNumber : rest;
  if (target === null) {
    if (op === '=') return (x) => x === null || x === '';
    return (x) => op === '<>' && x !== null && x !== '';
  }
  if (typeof target === 'string' && (op === '=' || op === '<>') && /[*?]/.test(target)) {
    const pattern = new RegExp(
      `^${target
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`,
      'is',
    );
    return (x) => (typeof x === 'string' && pattern.test(x)) === (op === '=');
  }
  return (x) => {
    if (x === null || isErrorValue(x)) return op === '<>';
    if (typeof target === 'number' && typeof x !== 'number') return op === '<>';
    if (typeof target === 'string' && typeof x !== 'string') return op === '<>';
    return holds(op, compare(x, target) as number);
  };
}

/**
 * SUMIF and COUNTIF. A sum range is read cell for cell beside the criteria range; Excel would
 * stretch a smaller one to the criteria range's size, which no template relies on.
 */
function sumIf(args: readonly Arg[], count: boolean): Value {
  const range = asMatrix((args[0] as Arg).value());
  const test = criterion(scalar(args[1]));
  const sums = args[2] === undefined ? range : asMatrix(args[2].value());
  let total = 0;
  for (let r = 0; r < range.length; r++)
    for (let c = 0; c < (range[r]?.length ?? 0); c++) {
      if (!test(range[r]?.[c] ?? null)) continue;
      if (count) {
        total++;
        continue;
      }
      const v = sums[r]?.[c] ?? null;
      if (isErrorValue(v)) return v;
      if (typeof v === 'number') total += v;
    }
  return total;
}

function logical(args: readonly Arg[], all: boolean): Value {
  let seen = false;
  let result = all;
  for (const a of args) {
    const v = a.value();
    const fromRange = isMatrix(v) || fromReference(a);
    for (const x of scalarsOf(v)) {
      if (isErrorValue(x)) return x;
      if (fromRange && (typeof x === 'string' || x === null)) continue;
      const b = toBool(x);
      if (isErrorValue(b)) return b;
      seen = true;
      result = all ? result && b : result || b;
    }
  }
  return seen ? result : err('#VALUE!');
}

const vector = (m: Matrix): Scalar[] | null => {
  if (m.length === 1) return [...(m[0] ?? [])];
  if (m.every((row) => row.length === 1)) return m.map((row) => row[0] ?? null);
  return null;
};

/** What an exact MATCH compares: numbers as numbers, text without case, TRUE and FALSE; null for the rest. */
function exactKey(v: Scalar): string | null {
  if (typeof v === 'number') return `n${v}`;
  if (typeof v === 'string') return `s${v.toLowerCase()}`;
  if (typeof v === 'boolean') return `b${v}`;
  return null;
}

/**
 * Each value's first position in a range, kept by the range's values: a workbook that keeps the
 * ranges it has read answers a column of exact MATCHes over the same range in one pass.
 */
const POSITIONS = new WeakMap<Matrix, ReadonlyMap<string, number>>();

function exactMatch(m: Matrix, list: readonly Scalar[], x: Scalar): Value {
  let positions = POSITIONS.get(m);
  if (positions === undefined) {
    const found = new Map<string, number>();
    list.forEach((v, i) => {
      const k = exactKey(v);
      if (k !== null && !found.has(k)) found.set(k, i + 1);
    });
    positions = found;
    POSITIONS.set(m, positions);
  }
  const k = exactKey(x);
  return (k === null ? undefined : positions.get(k)) ?? err('#N/A');
}

function match(args: readonly Arg[]): Value {
  const x = scalar(args[0]);
  if (isErrorValue(x)) return x;
  const m = asMatrix((args[1] as Arg).value());
  const list = vector(m);
  if (list === null) return err('#N/A');
  const type = numberArg(args[2], 1);
  if (isErrorValue(type)) return type;
  if (type === 0) return exactMatch(m, list, x);
  // Sorted lookups: the last position before the order is passed.
  let found = -1;
  for (let i = 0; i < list.length; i++) {
    const v = list[i] ?? null;
    if (v === null || isErrorValue(v) || typeof v !== typeof x) continue;
    const c = compare(v, x) as number;
    if (type > 0 ? c <= 0 : c >= 0) found = i;
    else break;
  }
  return found < 0 ? err('#N/A') : found + 1;
}

function index(args: readonly Arg[]): Value {
  const m = asMatrix((args[0] as Arg).value());
  const r = numberArg(args[1], 0);
  if (isErrorValue(r)) return r;
  const c = numberArg(args[2], 0);
  if (isErrorValue(c)) return c;
  const row = Math.trunc(r);
  const col = Math.trunc(c);
  if (row < 0 || col < 0) return err('#VALUE!');
  // A blank cell inside the range is blank; only a position outside it is #REF!.
  const at = (i: number, j: number): Value => {
    const line = m[i];
    return line !== undefined && j >= 0 && j < line.length ? (line[j] as Scalar) : err('#REF!');
  };
  // A one-row array indexed by one number counts along the row.
  if (m.length === 1 && args.length === 2) return at(0, row - 1);
  if (row === 0 || (col === 0 && (m[0]?.length ?? 0) > 1)) return err('#VALUE!');
  return at(row - 1, Math.max(col, 1) - 1);
}

function sumProduct(args: readonly Arg[]): Value {
  const ms = args.map((a) => asMatrix(a.value()));
  const first = ms[0] as Matrix;
  const rows = first.length;
  const cols = first[0]?.length ?? 0;
  if (ms.some((m) => m.length !== rows || (m[0]?.length ?? 0) !== cols)) return err('#VALUE!');
  let total = 0;
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      let p = 1;
      for (const m of ms) {
        const v = m[r]?.[c] ?? null;
        if (isErrorValue(v)) return v;
        p *= typeof v === 'number' ? v : 0;
      }
      total += p;
    }
  return total;
}

function irr(args: readonly Arg[]): Value {
  const values = numbersOf(args.slice(0, 1));
  if (isErrorValue(values)) return values;
  const guess = numberArg(args[1], 0.1);
  if (isErrorValue(guess)) return guess;
  const r = internalRateOfReturn(values);
  if (r.irr !== null) return r.irr;
  if (r.roots.length === 0) return err('#NUM!');
  return r.roots.reduce((best, x) => (Math.abs(x - guess) < Math.abs(best - guess) ? x : best));
}

/**
 * The numbers of a range, ascending, kept by the range's values: a workbook that keeps the ranges
 * it has read (values that never change) sorts a column once for all the SMALL, LARGE and
 * QUARTILE.INC that read it, not once a row.
 */
const SORTED = new WeakMap<Matrix, readonly number[] | ErrorValue>();

function sortedNumbers(arg: Arg): readonly number[] | ErrorValue {
  const v = arg.value();
  const known = isMatrix(v) ? SORTED.get(v) : undefined;
  if (known !== undefined) return known;
  const xs = numbersOf([arg]);
  const sorted = isErrorValue(xs) ? xs : [...xs].sort((a, b) => a - b);
  if (isMatrix(v)) SORTED.set(v, sorted);
  return sorted;
}

/** The first position in ascending numbers whose number is at least (or above) `x`. */
function firstAtLeast(s: readonly number[], x: number, strictly = false): number {
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = s[mid] as number;
    if (v < x || (strictly && v === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
const firstAbove = (s: readonly number[], x: number): number => firstAtLeast(s, x, true);

const ordered = (args: readonly Arg[], pick: (ascending: readonly number[], k: number) => Value): Value => {
  const sorted = sortedNumbers(args[0] as Arg);
  if (isErrorValue(sorted)) return sorted;
  const k = numberArg(args[1], 1);
  if (isErrorValue(k)) return k;
  return pick(sorted, k);
};

const defs: FunctionDef[] = [];
const def = (name: string, min: number, max: number, call: FunctionDef['call'], xlfn = false): void => {
  defs.push({ name, xlfn, min, max, call });
};
const MANY = 255;

// Aggregates
def('SUM', 1, MANY, (a) => {
  const xs = numbersOf(a);
  return isErrorValue(xs) ? xs : xs.reduce((s, x) => s + x, 0);
});
def('COUNT', 1, MANY, (args) => {
  let n = 0;
  for (const a of args) {
    const v = a.value();
    const fromRange = isMatrix(v) || fromReference(a);
    for (const x of scalarsOf(v)) if (typeof x === 'number' || (!fromRange && !isErrorValue(toNumber(x)))) n++;
  }
  return n;
});
def('AVERAGE', 1, MANY, (a) => {
  const xs = numbersOf(a);
  if (isErrorValue(xs)) return xs;
  return xs.length === 0 ? err('#DIV/0!') : xs.reduce((s, x) => s + x, 0) / xs.length;
});
def('MEDIAN', 1, MANY, (a) => {
  const xs = numbersOf(a);
  if (isErrorValue(xs)) return xs;
  return xs.length === 0
    ? err('#NUM!')
    : percentileInc(
        [...xs].sort((p, q) => p - q),
        0.5,
      );
});
def('MIN', 1, MANY, (a) => {
  const xs = numbersOf(a);
  return isErrorValue(xs) ? xs : xs.length === 0 ? 0 : Math.min(...xs);
});
def('MAX', 1, MANY, (a) => {
  const xs = numbersOf(a);
  return isErrorValue(xs) ? xs : xs.length === 0 ? 0 : Math.max(...xs);
});
def('SMALL', 2, 2, (a) => ordered(a, (s, k) => s[Math.ceil(k) - 1] ?? err('#NUM!')));
def('LARGE', 2, 2, (a) => ordered(a, (s, k) => (k >= 1 ? (s[s.length - Math.ceil(k)] ?? err('#NUM!')) : err('#NUM!'))));
def(
  'QUARTILE.INC',
  2,
  2,
  (a) =>
    ordered(a, (s, q) => {
      const quart = Math.trunc(q);
      if (s.length === 0 || quart < 0 || quart > 4) return err('#NUM!');
      return percentileInc(s, quart / 4);
    }),
  true,
);
def(
  'RANK.EQ',
  2,
  3,
  (args) => {
    const x = toNumber(scalar(args[0]));
    if (isErrorValue(x)) return x;
    const sorted = sortedNumbers(args[1] as Arg);
    if (isErrorValue(sorted)) return sorted;
    const order = numberArg(args[2], 0);
    if (isErrorValue(order)) return order;
    // Over the sorted numbers (kept by the range): how many are smaller, how many larger.
    const below = firstAtLeast(sorted, x);
    if (sorted[below] !== x) return err('#N/A');
    return order !== 0 ? below + 1 : sorted.length - firstAbove(sorted, x) + 1;
  },
  true,
);
def('SUMPRODUCT', 1, MANY, sumProduct);
def('SUMIF', 2, 3, (a) => sumIf(a, false));
def('COUNTIF', 2, 2, (a) => sumIf(a, true));
def('NPV', 2, MANY, (args) => {
  const rate = toNumber(scalar(args[0]));
  if (isErrorValue(rate)) return rate;
  if (rate === -1) return err('#DIV/0!');
  const xs = numbersOf(args.slice(1));
  if (isErrorValue(xs)) return xs;
  return xs.reduce((s, x, i) => s + x / (1 + rate) ** (i + 1), 0);
});
def('IRR', 1, 2, irr);

// Numbers
def('ABS', 1, 1, (a) => numeric(Math.abs)((a[0] as Arg).value()));
def('SIGN', 1, 1, (a) => numeric(Math.sign)((a[0] as Arg).value()));
def('INT', 1, 1, (a) => numeric(Math.floor)((a[0] as Arg).value()));
def('ROUND', 2, 2, (a) => {
  const digits = toNumber(scalar(a[1]));
  if (isErrorValue(digits)) return digits;
  return numeric((x) => roundHalfAway(x, digits))((a[0] as Arg).value());
});

// Logic
def('IF', 2, 3, (args) => {
  const c = (args[0] as Arg).value();
  const pick = (x: Scalar): Value => {
    if (isErrorValue(x)) return x;
    const b = toBool(x);
    if (isErrorValue(b)) return b;
    if (b) return (args[1] as Arg).formula.k === 'missing' ? 0 : (args[1] as Arg).value();
    if (args[2] === undefined) return false;
    return args[2].formula.k === 'missing' ? 0 : args[2].value();
  };
  if (!isMatrix(c)) return pick(c);
  return c.map((row) =>
    row.map((x) => {
      const v = pick(x);
      return isMatrix(v) ? (v[0]?.[0] ?? null) : v;
    }),
  );
});
def('IFERROR', 2, 2, (args) => {
  const v = (args[0] as Arg).value();
  const alt = (): Scalar => {
    const a = (args[1] as Arg).value();
    return isMatrix(a) ? (a[0]?.[0] ?? null) : a;
  };
  return lift((x) => (isErrorValue(x) ? alt() : x))(v);
});
def(
  'IFNA',
  2,
  2,
  (args) => lift((x) => (isErrorValue(x) && x.error === '#N/A' ? (scalar(args[1]) ?? 0) : x))((args[0] as Arg).value()),
  true,
);
def('AND', 1, MANY, (a) => logical(a, true));
def('OR', 1, MANY, (a) => logical(a, false));
def('NOT', 1, 1, (a) =>
  lift((x) => {
    const b = toBool(x);
    return isErrorValue(b) ? b : !b;
  })((a[0] as Arg).value()),
);
def('ISNUMBER', 1, 1, (a) => lift((x) => typeof x === 'number')((a[0] as Arg).value()));
def('ISTEXT', 1, 1, (a) => lift((x) => typeof x === 'string')((a[0] as Arg).value()));
def('ISBLANK', 1, 1, (a) => lift((x) => x === null)((a[0] as Arg).value()));
def('ISERROR', 1, 1, (a) => lift((x) => isErrorValue(x))((a[0] as Arg).value()));
def('NA', 0, 0, () => err('#N/A'));
def('N', 1, 1, (a) => {
  const x = scalar(a[0]);
  return typeof x === 'number' || isErrorValue(x) ? x : typeof x === 'boolean' ? Number(x) : 0;
});

// Lookup
def('INDEX', 2, 3, index);
def('MATCH', 2, 3, match);
/** ROW or COLUMN: of a reference (a range's first), or of the cell itself. */
const position =
  (axis: 'row' | 'col') =>
  (args: readonly Arg[], here: { readonly row: number; readonly col: number }): Value => {
    let f = args[0]?.formula;
    while (f?.k === 'paren') f = f.a;
    if (f === undefined) return here[axis] + 1;
    if (f.k === 'ref') return f.at[axis] + 1;
    if (f.k === 'range') return Math.min(f.from[axis], f.to[axis]) + 1;
    return err('#VALUE!');
  };
def('ROW', 0, 1, position('row'));
def('COLUMN', 0, 1, position('col'));

// Text
const text1 = (f: (s: string) => Scalar) => (a: readonly Arg[]) =>
  lift((x) => {
    const s = toText(x);
    return isErrorValue(s) ? s : f(s);
  })((a[0] as Arg).value());
def(
  'TRIM',
  1,
  1,
  text1((s) => s.replace(/ +/g, ' ').replace(/^ | $/g, '')),
);
def(
  'LOWER',
  1,
  1,
  text1((s) => s.toLowerCase()),
);
def(
  'UPPER',
  1,
  1,
  text1((s) => s.toUpperCase()),
);
def(
  'LEN',
  1,
  1,
  text1((s) => s.length),
);
def('LEFT', 1, 2, (a) => {
  const s = textArg(a[0]);
  const n = numberArg(a[1], 1);
  if (isErrorValue(s)) return s;
  if (isErrorValue(n)) return n;
  return n < 0 ? err('#VALUE!') : s.slice(0, Math.trunc(n));
});
def('RIGHT', 1, 2, (a) => {
  const s = textArg(a[0]);
  const n = numberArg(a[1], 1);
  if (isErrorValue(s)) return s;
  if (isErrorValue(n)) return n;
  return n < 0 ? err('#VALUE!') : Math.trunc(n) === 0 ? '' : s.slice(-Math.trunc(n));
});
def('CONCATENATE', 1, MANY, (a) => {
  let out = '';
  for (const arg of a) {
    const s = textArg(arg);
    if (isErrorValue(s)) return s;
    out += s;
  }
  return out;
});
/** Every function of the sheet language, by Excel name. */
export const FUNCTIONS: ReadonlyMap<string, FunctionDef> = new Map(defs.map((d) => [d.name, d]));
