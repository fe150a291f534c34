/**
 * Values of the sheet language, with Excel's coercions: a blank is 0 in arithmetic, "" in text
 * and FALSE in logic, but stays blank to ISBLANK; text that reads as a number counts as one in
 * arithmetic; errors are values that propagate.
 */
import type { ErrorCode } from './ast';

export interface ErrorValue {
  readonly error: ErrorCode;
}

/** One cell's value; null is a blank (an empty cell, never a formula's ""). */
export type Scalar = number | string | boolean | null | ErrorValue;

/** A range or an array: rows of scalars, at least 1 × 1. */
export type Matrix = readonly (readonly Scalar[])[];

export type Value = Scalar | Matrix;

export const err = (code: ErrorCode): ErrorValue => ({ error: code });

export const isErrorValue = (v: unknown): v is ErrorValue =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as ErrorValue).error === 'string';

export const isMatrix = (v: Value): v is Matrix => Array.isArray(v);

const NUMERIC_TEXT = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;

/** A scalar as a number, as Excel's arithmetic takes it. */
export function toNumber(v: Scalar): number | ErrorValue {
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') return NUMERIC_TEXT.test(v) ? Number(v) : err('#VALUE!');
  return v;
}

/**
 * A number as text (`&`, LEFT, TRIM), as Excel converts it: up to 15 significant digits, and in
 * scientific notation (`1E+20`) from 10^15 up and below 10^-9. The bounds are this evaluator's
 * reading of Excel; no template turns such numbers into text.
 */
export function numberText(n: number): string {
  const shown = Number(n.toPrecision(15));
  const size = Math.abs(shown);
  if (size !== 0 && (size >= 1e15 || size < 1e-9)) {
    const [mantissa, exponent = '0'] = shown.toExponential().split('e');
    const e = Number(exponent);
    return `${mantissa}E${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  // JavaScript writes 1e-7 for 0.0000001: such numbers are written out.
  return size !== 0 && size < 1e-6 ? shown.toFixed(20).replace(/0+$/, '') : String(shown);
}

export function toText(v: Scalar): string | ErrorValue {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}

export function toBool(v: Scalar): boolean | ErrorValue {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') {
    const u = v.trim().toUpperCase();
    if (u === 'TRUE') return true;
    if (u === 'FALSE') return false;
    return err('#VALUE!');
  }
  return v;
}

/** Excel's order across types: numbers < text < logicals; text without regard to case. */
export function compare(a: Scalar, b: Scalar): number | ErrorValue {
  if (isErrorValue(a)) return a;
  if (isErrorValue(b)) return b;
  const blankAs = (v: Scalar, other: Scalar): Scalar =>
    v === null ? (typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0) : v;
  const x = blankAs(a, b);
  const y = blankAs(b, a);
  const kind = (v: Scalar): number => (typeof v === 'number' || v === null ? 0 : typeof v === 'string' ? 1 : 2);
  const kx = kind(x);
  const ky = kind(y);
  if (kx !== ky) return kx - ky;
  if (typeof x === 'string' && typeof y === 'string') {
    const p = x.toLowerCase();
    const q = y.toLowerCase();
    return p < q ? -1 : p > q ? 1 : 0;
  }
  const p = Number(x);
  const q = Number(y);
  return p < q ? -1 : p > q ? 1 : 0;
}

export type Comparison = '=' | '<>' | '<' | '<=' | '>' | '>=';

/** Whether the outcome of `compare` satisfies a comparison operator. */
export function holds(op: Comparison, order: number): boolean {
  switch (op) {
    case '=':
      return order === 0;
    case '<>':
      return order !== 0;
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
  }
}

/** A value as a matrix: a scalar is 1 × 1. */
export const asMatrix = (v: Value): Matrix => (isMatrix(v) ? v : [[v]]);

/** Every scalar of a value, row by row. */
export const scalarsOf = (v: Value): Scalar[] => (isMatrix(v) ? v.flat() : [v]);
