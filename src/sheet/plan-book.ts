/**
 * Sheet plans as a workbook the sheet language can evaluate: the cells the plans write (text,
 * numbers and formulas) and their names, with each formula computed once by the engine's one
 * evaluator. This is how `calc` and the tests read the figures a built sheet shows without a
 * spreadsheet program: the same formulas, the same function table.
 */
import type { Formula } from '../engine/formula/ast';
import { evaluateCell, rangeOf, type Book } from '../engine/formula/evaluate';
import { parseFormula } from '../engine/formula/parse';
import type { Matrix, Scalar } from '../engine/formula/value';
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
  // Per sheet, dense arrays by row * cols + col: a range of a thousand cells is read without
  // building a thousand string keys.
  interface SheetState {
    readonly plan: SheetPlan;
    readonly values: (Scalar | undefined)[];
    readonly parsed: (Formula | undefined)[];
    readonly busy: Uint8Array;
    readonly given: Map<number, Scalar>;
  }
  const bySheet = new Map<string, SheetState>();
  plans.forEach((plan, i) => {
    const size = plan.rows * plan.cols;
    bySheet.set(sheetNames[i] ?? plan.sheetName, {
      plan,
      values: new Array<Scalar | undefined>(size),
      parsed: new Array<Formula | undefined>(size),
      busy: new Uint8Array(size),
      given: new Map(),
    });
  });
  for (const [k, v] of inputs) {
    const m = /^(.*)!(\d+),(\d+)$/.exec(k);
    const state = m ? bySheet.get(m[1] ?? '') : undefined;
    const [row, col] = [Number(m?.[2]), Number(m?.[3])];
    if (state && row < state.plan.rows && col < state.plan.cols) state.given.set(row * state.plan.cols + col, v);
  }

  // Every value is computed once and never changes, so a range read once can be read again as it is.
  const ranges = new Map<string, Matrix>();
  const book: Book = {
    hasSheet: (sheet) => bySheet.has(sheet),
    range(sheet, r0, c0, r1, c1) {
      const key = `${sheet}!${r0},${c0}:${r1},${c1}`;
      let m = ranges.get(key);
      if (m === undefined) {
        m = rangeOf(book, sheet, r0, c0, r1, c1);
        ranges.set(key, m);
      }
      return m;
    },
    cell(sheet, row, col) {
      const state = bySheet.get(sheet);
      if (state === undefined || row >= state.plan.rows || col >= state.plan.cols) return null;
      const at = row * state.plan.cols + col;
      const given = state.given.get(at);
      if (given !== undefined) return given;
      const known = state.values[at];
      if (known !== undefined) return known;
      const content = state.plan.cells[row]?.[col]?.content;
      if (content === undefined) return null;
      if (content.kind === 'number') return content.value;
      // An empty text is written as no value at all (by the adapter and the .xlsx writer): blank.
      if (content.kind === 'text') return content.text === '' ? null : content.text;
      if (state.busy[at] === 1) throw new CircularReferenceError(`${sheet}!${row},${col}`);
      state.busy[at] = 1;
      const f = (state.parsed[at] ??= parseFormula(content.formula));
      const v = evaluateCell(f, book, { sheet, row, col });
      state.busy[at] = 0;
      state.values[at] = v;
      return v;
    },
    name(sheet, name) {
      const plan = bySheet.get(sheet)?.plan;
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
