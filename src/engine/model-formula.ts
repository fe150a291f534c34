/**
 * The catalogue's model language (model.ts) written in the sheet language: where each model cell
 * sits, and each expression as the formula tree that cell holds. The sheet writer renders these
 * trees (sheet/model-plan.ts) and the engine evaluates the same trees with the one evaluator
 * (formula/evaluate.ts), so a catalogue sheet and `gevinst calc` cannot disagree.
 */
import type { CellAddress, Formula } from './formula/ast';
import { evaluateCell, type Book } from './formula/evaluate';
import {
  cellDef,
  cellsOf,
  findTable,
  cellExpr,
  guardedResult,
  keyOf,
  resolve,
  sumRange,
  type CellKey,
  type Expr,
  type Inputs,
  type Language,
  type Model,
  type ModelTable,
  type Value,
} from './model';

/** Where each model cell sits (0-based row and column), keyed `table.row.col`. */
export type CellMap = ReadonlyMap<string, { readonly row: number; readonly col: number }>;

/** The first column of a table's cells; column 0 holds the row labels. */
export const FIRST_COL = 1;

/**
 * The model's tables laid out from `startRow` down: per table a title row and a header row, its
 * rows, a note row when it has a note, and a blank row.
 */
export function layoutModel(
  model: Model,
  startRow: number,
  noteRows: (t: ModelTable) => number = (t) => (t.note ? 1 : 0),
): { cells: Map<string, { row: number; col: number }>; tableRows: Map<string, number>; end: number } {
  const cells = new Map<string, { row: number; col: number }>();
  const tableRows = new Map<string, number>();
  let row = startRow;
  for (const t of model.tables) {
    tableRows.set(t.id, row);
    row += 2; // title, header
    for (const r of t.rows) {
      t.columns.forEach((c, ci) => cells.set(`${t.id}.${r.id}.${c.id}`, { row, col: FIRST_COL + ci }));
      row++;
    }
    row += noteRows(t);
    row++;
  }
  return { cells, tableRows, end: row };
}

const PREC: Readonly<Record<'+' | '-' | '*' | '/', number>> = { '+': 1, '-': 1, '*': 2, '/': 2 };

/** Positions as ranges: runs down one column or across one row (in the order given). */
function runs(spots: readonly { row: number; col: number }[]): Formula[] {
  const out: Formula[] = [];
  let i = 0;
  while (i < spots.length) {
    const start = spots[i] as { row: number; col: number };
    let j = i;
    const next = (a: { row: number; col: number }, b: { row: number; col: number }): boolean =>
      (b.col === start.col && a.col === start.col && b.row === a.row + 1) ||
      (b.row === start.row && a.row === start.row && b.col === a.col + 1);
    while (j + 1 < spots.length && next(spots[j] as CellAddress, spots[j + 1] as CellAddress)) j++;
    const end = spots[j] as { row: number; col: number };
    out.push(j === i ? { k: 'ref', at: start } : { k: 'range', from: start, to: end });
    i = j + 1;
  }
  return out;
}

/** An expression as the formula tree a cell at `at` holds (a result has no `at`). */
export function compileExpr(model: Model, cells: CellMap, e: Expr, lang: Language, at?: CellKey): Formula {
  const spot = (k: CellKey): CellAddress => {
    const p = cells.get(`${k.table}.${k.row}.${k.col}`);
    if (!p) throw new Error(`model: no cell ${k.table}.${k.row}.${k.col}`);
    return { row: p.row, col: p.col };
  };
  // `parent` and `right` keep the parentheses the sheets have always been written with.
  const go = (x: Expr, parent = 0, right = false): Formula => {
    switch (x.k) {
      case 'n':
        return x.v < 0 && parent > 0 ? { k: 'paren', a: { k: 'num', v: x.v } } : { k: 'num', v: x.v };
      case 't':
        return { k: 'str', v: x.v[lang] };
      case 'cell':
        return { k: 'ref', at: spot(resolve(model, x, at)) };
      case 'sum': {
        const { table, rows, cols } = sumRange(model, x, at);
        const spots = rows.flatMap((r) => cols.map((c) => spot({ table: table.id, row: r.id, col: c.id })));
        return { k: 'call', fn: 'SUM', args: runs(spots) };
      }
      case 'op': {
        const p = PREC[x.op];
        const body: Formula = { k: 'bin', op: x.op, a: go(x.a, p), b: go(x.b, p, true) };
        return p < parent || (right && p === parent && parent > 0) ? { k: 'paren', a: body } : body;
      }
      case 'max':
      case 'min':
        return { k: 'call', fn: x.k.toUpperCase(), args: x.args.map((a) => go(a)) };
      case 'cmp':
        return { k: 'bin', op: x.op, a: go(x.a, 1), b: go(x.b, 1) };
      case 'if':
        return { k: 'call', fn: 'IF', args: [go(x.c), go(x.a), go(x.b)] };
      case 'blank':
        return { k: 'bin', op: '=', a: go(x.a, 1), b: { k: 'str', v: '' } };
      case 'or':
        return { k: 'call', fn: 'OR', args: x.args.map((a) => go(a)) };
      case 'none':
        return {
          k: 'bin',
          op: '=',
          a: { k: 'call', fn: 'COUNT', args: runs(x.cells.map((c) => spot(c))) },
          b: { k: 'num', v: 0 },
        };
      case 'match1': {
        const table = findTable(model, x.table ?? at?.table ?? '');
        const first = spot({ table: table.id, row: x.row, col: table.columns[0]?.id ?? '' });
        const last = spot({ table: table.id, row: x.row, col: table.columns[table.columns.length - 1]?.id ?? '' });
        return {
          k: 'call',
          fn: 'MATCH',
          args: [
            { k: 'num', v: 1 },
            { k: 'range', from: first, to: last },
            { k: 'num', v: 0 },
          ],
        };
      }
      case 'iferr':
        return { k: 'call', fn: 'IFERROR', args: [go(x.a), go(x.b)] };
    }
  };
  return go(e);
}

interface CompiledModel {
  readonly spots: Map<string, { row: number; col: number }>;
  readonly end: number;
  readonly byPosition: Map<string, CellKey>;
  /** A formula cell's tree, compiled on first use. */
  readonly formula: (key: CellKey, expr: Expr) => Formula;
  readonly resultFormulas: readonly Formula[];
}

/**
 * A model's layout and formula trees do not depend on the inputs: compiled once per model and
 * language (models are immutable data), so evaluating a model again costs only the evaluation.
 */
const COMPILED = new WeakMap<Model, Partial<Record<Language, CompiledModel>>>();

function compiledModel(model: Model, lang: Language): CompiledModel {
  const known = COMPILED.get(model)?.[lang];
  if (known) return known;
  const { cells: spots, end } = layoutModel(model, 0);
  const byPosition = new Map<string, CellKey>();
  for (const k of cellsOf(model)) {
    const p = spots.get(keyOf(k));
    if (p) byPosition.set(`${p.row},${p.col}`, k);
  }
  const trees = new Map<string, Formula>();
  const formula = (key: CellKey, expr: Expr): Formula => {
    const id = keyOf(key);
    let f = trees.get(id);
    if (f === undefined) {
      f = compileExpr(model, spots, cellExpr(model, key, expr), lang, key);
      trees.set(id, f);
    }
    return f;
  };
  const resultFormulas = model.results.map((r) => compileExpr(model, spots, guardedResult(model, r), lang));
  const compiled = { spots, end, byPosition, formula, resultFormulas };
  COMPILED.set(model, { ...COMPILED.get(model), [lang]: compiled });
  return compiled;
}

/** The sheet a model is evaluated on (the engine's own; a built sheet has its own name). */
const MODEL_SHEET = 'model';

/**
 * Evaluates every cell and result of a model, with the given inputs over the prefilled values, by
 * the one evaluator on the formulas the sheet holds. An input given as "" is a cleared cell: blank.
 */
export function evaluateModel(
  model: Model,
  inputs: Inputs,
  lang: Language,
): { cells: Map<string, Value>; results: Map<string, Value> } {
  const { spots, end, byPosition, formula, resultFormulas } = compiledModel(model, lang);
  const known = new Map<string, Value>();
  const busy = new Set<string>();
  const book: Book = {
    hasSheet: (sheet) => sheet === MODEL_SHEET,
    name: () => undefined,
    cell(_sheet, row, col) {
      const key = byPosition.get(`${row},${col}`);
      if (!key) return null;
      const id = keyOf(key);
      const seen = known.get(id);
      if (seen !== undefined || known.has(id)) return seen ?? null;
      if (busy.has(id)) throw new Error(`model: circular reference at ${id}`);
      busy.add(id);
      const def = cellDef(model, key);
      let v: Value;
      if (def.kind === 'empty') v = null;
      else if (def.kind === 'formula') v = evaluateCell(formula(key, def.expr), book, { sheet: MODEL_SHEET, row, col });
      else {
        const given = inputs.get(id);
        const pre = def.value;
        if (given !== undefined) v = given === '' ? null : given;
        else v = pre === null ? null : typeof pre === 'number' ? pre : pre[lang];
      }
      busy.delete(id);
      known.set(id, v);
      return v;
    },
  };
  const cells = new Map<string, Value>();
  for (const k of cellsOf(model)) {
    const p = spots.get(keyOf(k)) as { row: number; col: number };
    cells.set(keyOf(k), book.cell(MODEL_SHEET, p.row, p.col));
  }
  const results = new Map<string, Value>();
  model.results.forEach((r, i) => {
    const f = resultFormulas[i] as Formula;
    results.set(r.id, evaluateCell(f, book, { sheet: MODEL_SHEET, row: end + i, col: FIRST_COL }));
  });
  return { cells, results };
}
