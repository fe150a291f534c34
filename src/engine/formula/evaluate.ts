/**
 * The one evaluator of the sheet language. A formula is evaluated against a workbook (`Book`):
 * references read cells (computing their formulas), names resolve to formulas, functions come
 * from the table in functions.ts. Operators work element by element on arrays, as in Excel's
 * SUMPRODUCT idioms (`--(A1:A5>0)`, `(1+r)^-B2:K2`); a cell's formula that gives an array takes
 * the element in its own row or column (implicit intersection), as non-array formulas do.
 */
import type { BinaryOp, Formula } from './ast';
import { FUNCTIONS, type Arg } from './functions';
import {
  asMatrix,
  compare,
  err,
  holds,
  isErrorValue,
  isMatrix,
  toNumber,
  toText,
  type Matrix,
  type Scalar,
  type Value,
} from './value';

/** Where a formula is evaluated: its sheet and 0-based cell. */
export interface Here {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

export interface Book {
  /** A cell's value, its formula computed; null for an empty cell. */
  cell(sheet: string, row: number, col: number): Scalar;
  /** The formula a defined name stands for, seen from `sheet` (sheet-scoped first); undefined when none. */
  name(sheet: string, name: string): Formula | undefined;
  /** Whether a sheet of this name exists (a reference to another is #REF!). */
  hasSheet(sheet: string): boolean;
  /**
   * A range's values, rows × columns (rows r0..r1, columns c0..c1), where the book can give them
   * faster than cell by cell (a workbook whose values do not change can keep them).
   */
  range?(sheet: string, r0: number, c0: number, r1: number, c1: number): Matrix;
}

/** A range's values read cell by cell. */
export function rangeOf(book: Book, sheet: string, r0: number, c0: number, r1: number, c1: number): Matrix {
  return Array.from({ length: r1 - r0 + 1 }, (_, r) =>
    Array.from({ length: c1 - c0 + 1 }, (_, c) => book.cell(sheet, r0 + r, c0 + c)),
  );
}

function scalarOp(op: BinaryOp, a: Scalar, b: Scalar): Scalar {
  if (op === '&') {
    const x = toText(a);
    if (isErrorValue(x)) return x;
    const y = toText(b);
    if (isErrorValue(y)) return y;
    return x + y;
  }
  if (op === '=' || op === '<>' || op === '<' || op === '<=' || op === '>' || op === '>=') {
    const c = compare(a, b);
    return isErrorValue(c) ? c : holds(op, c);
  }
  const x = toNumber(a);
  if (isErrorValue(x)) return x;
  const y = toNumber(b);
  if (isErrorValue(y)) return y;
  let r: number;
  switch (op) {
    case '+':
      r = x + y;
      break;
    case '-':
      r = x - y;
      break;
    case '*':
      r = x * y;
      break;
    case '/':
      if (y === 0) return err('#DIV/0!');
      r = x / y;
      break;
    case '^':
      if (x === 0 && y === 0) return err('#NUM!');
      if (x === 0 && y < 0) return err('#DIV/0!');
      r = x ** y;
      break;
  }
  return Number.isFinite(r) ? r : err('#NUM!');
}

/** Applies a scalar function element by element, broadcasting a single row or column as Excel does. */
export function elementwise(a: Value, b: Value, f: (x: Scalar, y: Scalar) => Scalar): Value {
  if (!isMatrix(a) && !isMatrix(b)) return f(a, b);
  const m = asMatrix(a);
  const n = asMatrix(b);
  const rows = Math.max(m.length, n.length);
  const cols = Math.max(m[0]?.length ?? 0, n[0]?.length ?? 0);
  const pick = (x: Matrix, r: number, c: number): Scalar | undefined => {
    const row = x.length === 1 ? x[0] : x[r];
    if (row === undefined) return undefined;
    return row.length === 1 ? row[0] : row[c];
  };
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => {
      const x = pick(m, r, c);
      const y = pick(n, r, c);
      return x === undefined || y === undefined ? err('#N/A') : f(x, y);
    }),
  );
}

const map = (v: Value, f: (x: Scalar) => Scalar): Value => (isMatrix(v) ? v.map((row) => row.map(f)) : f(v));

const arityProblem = (fn: string, def: { min: number; max: number }, n: number): string =>
  `${fn} takes ${def.min === def.max ? def.min : `${def.min} to ${def.max}`} arguments, not ${n}`;

/**
 * What keeps a formula from being the sheet language: a function outside the table (Excel or
 * LibreOffice would show #NAME?) or a call with the wrong number of arguments.
 */
export function formulaProblems(f: Formula): string[] {
  const out: string[] = [];
  const visit = (e: Formula): void => {
    switch (e.k) {
      case 'call': {
        const def = FUNCTIONS.get(e.fn);
        if (!def) out.push(`${e.fn} is not in the function table`);
        else if (e.args.length < def.min || e.args.length > def.max) out.push(arityProblem(e.fn, def, e.args.length));
        e.args.forEach(visit);
        return;
      }
      case 'bin':
        visit(e.a);
        visit(e.b);
        return;
      case 'neg':
      case 'pos':
      case 'pct':
      case 'paren':
        visit(e.a);
        return;
      default:
        return;
    }
  };
  visit(f);
  return out;
}

/** Evaluates a formula where it stands; may give an array. */
export function evaluate(f: Formula, book: Book, here: Here): Value {
  const ev = (e: Formula): Value => {
    switch (e.k) {
      case 'num':
      case 'str':
      case 'bool':
        return e.v;
      case 'err':
        return err(e.v);
      case 'missing':
        return null;
      case 'paren':
        return ev(e.a);
      case 'ref': {
        const sheet = e.sheet ?? here.sheet;
        if (!book.hasSheet(sheet)) return err('#REF!');
        return book.cell(sheet, e.at.row, e.at.col);
      }
      case 'range': {
        const sheet = e.sheet ?? here.sheet;
        if (!book.hasSheet(sheet)) return err('#REF!');
        const [r0, r1] = [Math.min(e.from.row, e.to.row), Math.max(e.from.row, e.to.row)];
        const [c0, c1] = [Math.min(e.from.col, e.to.col), Math.max(e.from.col, e.to.col)];
        return book.range ? book.range(sheet, r0, c0, r1, c1) : rangeOf(book, sheet, r0, c0, r1, c1);
      }
      case 'name': {
        const target = book.name(here.sheet, e.name);
        return target === undefined ? err('#NAME?') : ev(target);
      }
      case 'neg':
        return map(ev(e.a), (x) => {
          const n = toNumber(x);
          return isErrorValue(n) ? n : -n;
        });
      case 'pos':
        return ev(e.a);
      case 'pct':
        return map(ev(e.a), (x) => {
          const n = toNumber(x);
          return isErrorValue(n) ? n : n / 100;
        });
      case 'bin':
        return elementwise(ev(e.a), ev(e.b), (x, y) => scalarOp(e.op, x, y));
      case 'call': {
        const def = FUNCTIONS.get(e.fn);
        if (!def) return err('#NAME?');
        // Excel refuses such a formula when it is typed: here it is a template's bug.
        if (e.args.length < def.min || e.args.length > def.max) throw new Error(arityProblem(e.fn, def, e.args.length));
        const args: Arg[] = e.args.map((formula) => {
          let memo: Value | undefined;
          return {
            formula,
            value: () => {
              if (memo === undefined) memo = ev(formula);
              return memo;
            },
          };
        });
        return def.call(args, here);
      }
    }
  };
  return ev(f);
}

/**
 * A cell's formula as the cell shows it (a blank shows as 0). A multi-cell result is #VALUE!, except a bare range,
 * which gives the element in the cell's own row (a column range) or column (a row range), as
 * Excel's implicit intersection does for a formula written without array entry.
 */
export function evaluateCell(f: Formula, book: Book, here: Here): Scalar {
  const v = evaluate(f, book, here);
  // A formula never shows a blank: `=A1` of an empty A1 is 0.
  if (!isMatrix(v)) return v ?? 0;
  if (v.length === 1 && v[0]?.length === 1) return v[0][0] ?? 0;
  let bare = f;
  while (bare.k === 'paren') bare = bare.a;
  if (bare.k === 'range' && (bare.sheet ?? here.sheet) === here.sheet) {
    const top = Math.min(bare.from.row, bare.to.row);
    const left = Math.min(bare.from.col, bare.to.col);
    const hit = v[0]?.length === 1 ? v[here.row - top]?.[0] : v.length === 1 ? v[0]?.[here.col - left] : undefined;
    if (hit !== undefined) return hit ?? 0;
  }
  return err('#VALUE!');
}
