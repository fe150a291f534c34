/**
 * Writes a sheet-language tree as the A1 formula a sheet holds: English names and commas, as
 * Office.js `Range.formulas` takes them, or with `_xlfn.` prefixes for an .xlsx file.
 */
import type { CellAddress, Formula } from './ast';
import { columnLetters } from './columns';
import { FUNCTIONS } from './functions';

export const addressText = (a: CellAddress): string =>
  `${a.absCol ? '$' : ''}${columnLetters(a.col)}${a.absRow ? '$' : ''}${a.row + 1}`;

/** A sheet name as a reference writes it: quoted unless it is a plain identifier. */
export const sheetPrefix = (sheet: string | undefined): string => {
  if (sheet === undefined) return '';
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet)
    ? `${sheet}!`
    : `'${sheet.replace(/'/g, "''")}'!`;
};

/** Plain up to 12 characters (`1500`, `0.000000001`), else scientific (`1E12`). */
const numberLiteral = (n: number): string => {
  // JavaScript writes 1e-9 for 0.000000001: small numbers are written out first.
  const tiny = n !== 0 && Math.abs(n) < 1e-6;
  const plain = tiny ? n.toFixed(20).replace(/0+$/, '') : String(n);
  const [mantissa, exponent = '0'] = n.toExponential().split('e');
  const scientific = `${mantissa}E${Number(exponent)}`;
  return !plain.includes('e') && plain.length <= 12 ? plain : scientific;
};

/** Excel's binding strength; a child that binds less tightly than its place needs parentheses. */
function strength(e: Formula): number {
  switch (e.k) {
    case 'bin':
      return e.op === '^'
        ? 5
        : e.op === '*' || e.op === '/'
          ? 4
          : e.op === '+' || e.op === '-'
            ? 3
            : e.op === '&'
              ? 2
              : 1;
    case 'pct':
      return 6;
    case 'neg':
    case 'pos':
      return 7;
    default:
      return 8;
  }
}

export interface RenderOptions {
  /** For an .xlsx file: newer functions carry their `_xlfn.` prefix. */
  readonly file?: boolean;
  /**
   * R1C1 notation as seen from this cell (0-based): `$` parts absolute (`R4C2`), the rest relative
   * (`R[-1]C`), so every cell of a column filled with one formula has the same text.
   */
  readonly r1c1At?: { readonly row: number; readonly col: number };
}

/** An address in R1C1 notation, relative to `here` where it has no `$`. */
export function r1c1Text(a: CellAddress, here: { readonly row: number; readonly col: number }): string {
  const part = (letter: string, abs: boolean | undefined, at: number, from: number): string =>
    abs ? `${letter}${at + 1}` : at === from ? letter : `${letter}[${at - from}]`;
  return `${part('R', a.absRow, a.row, here.row)}${part('C', a.absCol, a.col, here.col)}`;
}

/** The formula text, with its leading `=`. */
export function renderFormula(f: Formula, options: RenderOptions = {}): string {
  const here = options.r1c1At;
  const address = (a: CellAddress): string => (here ? r1c1Text(a, here) : addressText(a));
  const wrap = (e: Formula, needed: boolean): string => (needed ? `(${r(e)})` : r(e));
  const r = (e: Formula): string => {
    switch (e.k) {
      case 'num':
        return numberLiteral(e.v);
      case 'str':
        return `"${e.v.replace(/"/g, '""')}"`;
      case 'bool':
        return e.v ? 'TRUE' : 'FALSE';
      case 'err':
        return e.v;
      case 'missing':
        return '';
      case 'ref':
        return `${sheetPrefix(e.sheet)}${address(e.at)}`;
      case 'range':
        return `${sheetPrefix(e.sheet)}${address(e.from)}:${address(e.to)}`;
      case 'name':
        return e.name;
      case 'call': {
        const def = FUNCTIONS.get(e.fn);
        const name = options.file && def?.xlfn ? `_xlfn.${e.fn}` : e.fn;
        return `${name}(${e.args.map(r).join(',')})`;
      }
      case 'bin': {
        const s = strength(e);
        // Left-associative: a right operand of equal strength needs parentheses (a-(b-c)).
        return `${wrap(e.a, strength(e.a) < s)}${e.op}${wrap(e.b, strength(e.b) <= s)}`;
      }
      case 'neg':
        return `-${wrap(e.a, strength(e.a) < 7)}`;
      case 'pos':
        return `+${wrap(e.a, strength(e.a) < 7)}`;
      case 'pct':
        return `${wrap(e.a, strength(e.a) < 6)}%`;
      case 'paren':
        return `(${r(e.a)})`;
    }
  };
  return `=${r(f)}`;
}

export { columnLetters };
