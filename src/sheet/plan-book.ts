/**
 * Sheet plans as a workbook the sheet language can evaluate: the cells the plans write (text,
 * numbers and formulas) and their names, with each formula computed once by the engine's one
 * evaluator. This is how `calc` and the tests read the figures a built sheet shows without a
 * spreadsheet program: the same formulas, the same function table.
 */
import type { Formula } from '../engine/formula/ast';
import { evaluateCell, type Book } from '../engine/formula/evaluate';
import { parseFormula } from '../engine/formula/parse';
import type { Scalar } from '../engine/formula/value';
import { parseA1Range } from './address';
import type { SheetPlan } from './plan';

export class CircularReferenceError extends Error {
  constructor(readonly cell: string) {
    super(`circular reference at ${cell}`);
    this.name = 'CircularReferenceError';
  }
}

/**
 * A workbook of plans under the sheet names they are written with (the first plan's sheet is
 * `names[0]`, …); `inputs` overrides a cell's constant, as a user's typing does.
 */
export function planBook(
  plans: readonly SheetPlan[],
  sheetNames: readonly string[] = plans.map((p) => p.sheetName),
  inputs: ReadonlyMap<string, Scalar> = new Map(),
): Book {
  const bySheet = new Map(plans.map((p, i) => [sheetNames[i] ?? p.sheetName, p]));
  const parsed = new Map<string, Formula>();
  const values = new Map<string, Scalar>();
  const busy = new Set<string>();
  const key = (sheet: string, row: number, col: number): string => `${sheet}!${row},${col}`;

  const formulaAt = (sheet: string, row: number, col: number): Formula | undefined => {
    const cell = bySheet.get(sheet)?.cells[row]?.[col];
    if (cell?.content.kind !== 'formula') return undefined;
    const k = key(sheet, row, col);
    let f = parsed.get(k);
    if (f === undefined) {
      f = parseFormula(cell.content.formula);
      parsed.set(k, f);
    }
    return f;
  };

  const book: Book = {
    hasSheet: (sheet) => bySheet.has(sheet),
    cell(sheet, row, col) {
      const k = key(sheet, row, col);
      const given = inputs.get(k);
      if (given !== undefined) return given;
      const known = values.get(k);
      if (known !== undefined) return known;
      const content = bySheet.get(sheet)?.cells[row]?.[col]?.content;
      if (content === undefined) return null;
      if (content.kind === 'number') return content.value;
      if (content.kind === 'text') return content.text;
      if (busy.has(k)) throw new CircularReferenceError(k);
      busy.add(k);
      const v = evaluateCell(formulaAt(sheet, row, col) as Formula, book, { sheet, row, col });
      busy.delete(k);
      values.set(k, v);
      return v;
    },
    name(sheet, name) {
      const plan = bySheet.get(sheet);
      const n = plan?.names.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (n === undefined) return undefined;
      if ('formula' in n) return parseFormula(n.formula);
      const r = parseA1Range(n.address);
      const from = { row: r.row, col: r.col };
      if (r.rows === 1 && r.cols === 1) return { k: 'ref', sheet, at: from };
      return { k: 'range', sheet, from, to: { row: r.row + r.rows - 1, col: r.col + r.cols - 1 } };
    },
  };
  return book;
}
