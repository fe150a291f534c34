/** Short builders for model expressions and tables, so the catalogue reads like its source. */
import type { Expr, Format, InputValue, ModelColumn, ModelRow, ModelTable, Words } from '../engine/model';

export const w = (da: string, en: string = da): Words => ({ da, en });
export const n = (v: number): Expr => ({ k: 'n', v });
export const txt = (v: Words): Expr => ({ k: 't', v });
/** The cell at `row` (same column), or at `row`/`col`, or in another table. */
export const cell = (row?: string, col?: string, table?: string): Expr => ({
  k: 'cell',
  ...(row === undefined ? {} : { row }),
  ...(col === undefined ? {} : { col }),
  ...(table === undefined ? {} : { table }),
});
/** A value from a one-column table (inputs): `v('inputs', 'wage')`. */
export const v = (table: string, row: string): Expr => ({ k: 'cell', table, row });
export const sumRow = (row: string, table?: string): Expr => ({ k: 'sum', row, ...(table ? { table } : {}) });
export const runningTotal = (row: string): Expr => ({ k: 'sum', row, to: true });
export const sumCol = (col: string, table?: string): Expr => ({ k: 'sum', col, ...(table ? { table } : {}) });
const op =
  (o: '+' | '-' | '*' | '/') =>
  (a: Expr, b: Expr, ...more: Expr[]): Expr =>
    [b, ...more].reduce<Expr>((acc, x) => ({ k: 'op', op: o, a: acc, b: x }), a);
export const add = op('+');
export const sub = op('-');
export const mul = op('*');
export const div = op('/');
export const max0 = (a: Expr): Expr => ({ k: 'max', args: [n(0), a] });
export const ifThen = (c: Expr, a: Expr, b: Expr): Expr => ({ k: 'if', c, a, b });
export const ge = (a: Expr, b: Expr): Expr => ({ k: 'cmp', op: '>=', a, b });
export const le = (a: Expr, b: Expr): Expr => ({ k: 'cmp', op: '<=', a, b });
export const eq = (a: Expr, b: Expr): Expr => ({ k: 'cmp', op: '=', a, b });
export const blank = (a: Expr): Expr => ({ k: 'blank', a });
export const iferr = (a: Expr, b: Expr): Expr => ({ k: 'iferr', a, b });

export const VALUE: ModelColumn = { id: 'value', label: w('Værdi', 'Value') };

export interface ScalarRow {
  readonly id: string;
  readonly label: Words;
  readonly value?: InputValue;
  readonly formula?: Expr;
  readonly format?: Format;
  readonly optional?: boolean;
}

/** A one-column table of named values: inputs (prefilled or blank) and formulas on them. */
export function scalars(id: string, title: Words, rows: readonly ScalarRow[], note?: Words): ModelTable {
  return {
    id,
    title,
    columns: [VALUE],
    rows: rows.map((r): ModelRow => ({
      id: r.id,
      label: r.label,
      ...(r.format ? { format: r.format } : {}),
      ...(r.formula ? { formula: r.formula } : { values: [r.value ?? null] }),
      ...(r.optional ? { optional: true } : {}),
    })),
    ...(note ? { note } : {}),
  };
}

/** Year columns År 1..År n; the last may read "År n +" (the level from then on). */
export function yearColumns(years: number, lastPlus = false): ModelColumn[] {
  return Array.from({ length: years }, (_, i) => ({
    id: `y${i + 1}`,
    label: w(`År ${i + 1}${lastPlus && i === years - 1 ? ' +' : ''}`),
  }));
}
