/**
 * The sheet language: a formula as data. One tree is rendered as the formula a sheet holds
 * (render.ts) and evaluated by the engine (evaluate.ts), so the two cannot disagree by
 * construction. Addresses are 0-based; `abs` marks the `$` of an A1 address, which matters only
 * when a formula is copied or written R1C1-relative.
 */

export type ErrorCode = '#DIV/0!' | '#VALUE!' | '#N/A' | '#NUM!' | '#REF!' | '#NAME?' | '#NULL!';

export const ERROR_CODES: readonly ErrorCode[] = ['#DIV/0!', '#VALUE!', '#N/A', '#NUM!', '#REF!', '#NAME?', '#NULL!'];

export interface CellAddress {
  readonly row: number;
  readonly col: number;
  readonly absRow?: boolean;
  readonly absCol?: boolean;
}

export type BinaryOp = '+' | '-' | '*' | '/' | '^' | '&' | '=' | '<>' | '<' | '<=' | '>' | '>=';

export type Formula =
  | { readonly k: 'num'; readonly v: number }
  | { readonly k: 'str'; readonly v: string }
  | { readonly k: 'bool'; readonly v: boolean }
  | { readonly k: 'err'; readonly v: ErrorCode }
  /** An argument left out, as in `IF(A1,,2)`. */
  | { readonly k: 'missing' }
  | { readonly k: 'ref'; readonly sheet?: string; readonly at: CellAddress }
  | { readonly k: 'range'; readonly sheet?: string; readonly from: CellAddress; readonly to: CellAddress }
  /** A defined name: sheet-scoped first, then workbook-scoped. */
  | { readonly k: 'name'; readonly name: string }
  | { readonly k: 'call'; readonly fn: string; readonly args: readonly Formula[] }
  | { readonly k: 'bin'; readonly op: BinaryOp; readonly a: Formula; readonly b: Formula }
  | { readonly k: 'neg'; readonly a: Formula }
  /** Unary plus, as in the `--(…)` idiom's outer half: kept so a formula renders as written. */
  | { readonly k: 'pos'; readonly a: Formula }
  | { readonly k: 'pct'; readonly a: Formula }
  | { readonly k: 'paren'; readonly a: Formula };
