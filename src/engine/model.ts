/**
 * A calculation model: tables whose cells are inputs or formulas, and key results. The catalogue's
 * template kinds (percent profile, result table, before/after by level, hours × frequency × units,
 * investment strategy, uden vs. efter indsats, potential, formula sheets, before/after
 * measurement) are all models, so one sheet writer (sheet/model-plan.ts) serves them all. Each expression is written in the sheet language (model-formula.ts), so the
 * sheet and the engine evaluate the same formulas with the one evaluator, with Excel's semantics.
 */

import type { Scalar } from './formula/value';

export interface Words {
  readonly da: string;
  readonly en: string;
}

export type Format = 'amount' | 'decimal' | 'percent' | 'hours' | 'count' | 'text';

/**
 * A cell reference: omitted parts mean "the cell's own". A table with one column needs no `col`.
 * `sum` adds a whole row (all columns) when given a row, a whole column (the data rows) when given
 * a column; `to` adds a row from its first column up to the current one (a running total).
 */
export type Expr =
  | { readonly k: 'n'; readonly v: number }
  | { readonly k: 't'; readonly v: Words }
  | { readonly k: 'cell'; readonly table?: string; readonly row?: string; readonly col?: string }
  | {
      readonly k: 'sum';
      readonly table?: string;
      readonly row?: string;
      readonly col?: string;
      readonly to?: boolean;
    }
  | { readonly k: 'op'; readonly op: '+' | '-' | '*' | '/'; readonly a: Expr; readonly b: Expr }
  | { readonly k: 'max' | 'min'; readonly args: readonly Expr[] }
  | { readonly k: 'cmp'; readonly op: '>=' | '<=' | '='; readonly a: Expr; readonly b: Expr }
  | { readonly k: 'if'; readonly c: Expr; readonly a: Expr; readonly b: Expr }
  | { readonly k: 'blank'; readonly a: Expr }
  | { readonly k: 'or'; readonly args: readonly Expr[] }
  /** True while none of the cells holds a number (a table whose rows are each optional, left empty). */
  | { readonly k: 'none'; readonly cells: readonly CellKey[] }
  /** The 1-based position of the first column whose value in `row` is 1. An error when none. */
  | { readonly k: 'match1'; readonly table?: string; readonly row: string }
  | { readonly k: 'iferr'; readonly a: Expr; readonly b: Expr };

export interface ModelColumn {
  readonly id: string;
  readonly label: Words;
  readonly format?: Format;
  /** Every data row's cell in this column is this formula (a row formula wins). */
  readonly formula?: Expr;
  /** A total row leaves this column empty (prices and rates do not add up). */
  readonly noTotal?: boolean;
  /** A total row applies the column's formula to its own cells (a ratio of totals), not a sum. */
  readonly totalByFormula?: boolean;
  /** Input cells of this column take one of these words (a list in the sheet). */
  readonly choices?: readonly Words[];
}

export type InputValue = number | Words | null;

export interface ModelRow {
  readonly id: string;
  readonly label: Words;
  readonly format?: Format;
  readonly formula?: Expr;
  /** Prefilled inputs by column; null (or absent) is a blank for the municipality to fill in. */
  readonly values?: readonly InputValue[];
  /** Sums the data rows above it, column by column. */
  readonly total?: boolean;
  /** A blank input in this row means 0 (costs, investments), not a missing figure. */
  readonly optional?: boolean;
  /** The label is the user's to rename (an indicator, a case type). */
  readonly ownLabel?: boolean;
  /** A working row (flags for payback): shown small. */
  readonly helper?: boolean;
}

export interface ModelTable {
  readonly id: string;
  readonly title: Words;
  readonly columns: readonly ModelColumn[];
  readonly rows: readonly ModelRow[];
  readonly note?: Words;
  /**
   * Each of its rows is optional (a blank there counts as 0), but not all of them: a figure resting
   * on the table says "udfyld input" until at least one of its blank inputs holds a number. The
   * sheet says so over the table's labels (ANY_ROW_HEADING).
   */
  readonly requireAny?: boolean;
}

const ANY_ROW_LABEL: Words = { da: 'mindst én række', en: 'at least one row' };

/** How a pane or an input list names a table that requires any row: "<its title> · mindst én række". */
export function anyRowLabel(model: Model, table: string, lang: Language): string {
  return `${findTable(model, table).title[lang]} · ${ANY_ROW_LABEL[lang]}`;
}

/**
 * What the label column's heading says over a table that requires any row (it stands where the
 * heading is otherwise empty, so the table's layout does not move).
 */
export const ANY_ROW_HEADING: Words = {
  da: 'Udfyld mindst én række (tomt felt = 0)',
  en: 'Fill in at least one row (blank = 0)',
};

export interface ModelResult {
  readonly id: string;
  readonly label: Words;
  readonly expr: Expr;
  readonly format: Format;
}

export interface Model {
  readonly tables: readonly ModelTable[];
  readonly results: readonly ModelResult[];
}

export type Language = 'da' | 'en';

/** A cell's value: the sheet language's scalar (formula/value.ts). */
export type Value = Scalar;

export const isError = (v: Value): v is Extract<Value, { error: string }> => typeof v === 'object' && v !== null;

export interface CellKey {
  readonly table: string;
  readonly row: string;
  readonly col: string;
}

export const keyOf = (c: CellKey): string => `${c.table}.${c.row}.${c.col}`;

/** What a cell is: an input (with its prefilled value), a formula, or a column left empty. */
export type CellDef =
  | {
      readonly kind: 'input';
      readonly value: InputValue;
      readonly optional: boolean;
      readonly choices?: readonly Words[];
    }
  | { readonly kind: 'formula'; readonly expr: Expr }
  | { readonly kind: 'empty' };

function dataRowsAbove(table: ModelTable, row: ModelRow): ModelRow[] {
  const at = table.rows.indexOf(row);
  return table.rows.slice(0, at).filter((r) => !r.total && !r.helper);
}

export function findTable(model: Model, id: string): ModelTable {
  const t = model.tables.find((x) => x.id === id);
  if (!t) throw new Error(`model: no table "${id}"`);
  return t;
}

export function cellDef(model: Model, key: CellKey): CellDef {
  const table = findTable(model, key.table);
  const row = table.rows.find((r) => r.id === key.row);
  const ci = table.columns.findIndex((c) => c.id === key.col);
  const col = table.columns[ci];
  if (!row || !col) throw new Error(`model: no cell ${keyOf(key)}`);
  if (row.total) {
    if (col.noTotal) return { kind: 'empty' };
    if (col.formula && col.totalByFormula) return { kind: 'formula', expr: col.formula };
    return { kind: 'formula', expr: { k: 'sum', col: col.id } };
  }
  if (row.formula) return { kind: 'formula', expr: row.formula };
  if (col.formula) return { kind: 'formula', expr: col.formula };
  return {
    kind: 'input',
    value: row.values?.[ci] ?? null,
    optional: row.optional ?? false,
    ...(col.choices ? { choices: col.choices } : {}),
  };
}

/** Every cell of the model, table by table, row by row. */
export function cellsOf(model: Model): CellKey[] {
  return model.tables.flatMap((t) =>
    t.rows.flatMap((r) => t.columns.map((c) => ({ table: t.id, row: r.id, col: c.id }))),
  );
}

/** Resolves a reference written in the context of `at` (a cell, or a result with no context). */
export function resolve(model: Model, ref: { table?: string; row?: string; col?: string }, at?: CellKey): CellKey {
  const table = findTable(model, ref.table ?? at?.table ?? '');
  const row = ref.row ?? (ref.table === undefined ? at?.row : undefined);
  const only = table.columns.length === 1 ? table.columns[0]?.id : undefined;
  const col = ref.col ?? only ?? at?.col;
  if (row === undefined || col === undefined) throw new Error(`model: incomplete reference ${JSON.stringify(ref)}`);
  return { table: table.id, row, col };
}

/** The cells a `sum` adds up. */
export function sumRange(
  model: Model,
  e: Extract<Expr, { k: 'sum' }>,
  at?: CellKey,
): { table: ModelTable; rows: ModelRow[]; cols: ModelColumn[] } {
  const table = findTable(model, e.table ?? at?.table ?? '');
  if (e.row !== undefined) {
    const row = table.rows.find((r) => r.id === e.row);
    if (!row) throw new Error(`model: no row ${e.row}`);
    const end = e.to ? table.columns.findIndex((c) => c.id === at?.col) + 1 : table.columns.length;
    return { table, rows: [row], cols: table.columns.slice(0, end) };
  }
  const col = table.columns.find((c) => c.id === (e.col ?? at?.col));
  if (!col) throw new Error(`model: no column ${e.col ?? ''}`);
  const row = at ? table.rows.find((r) => r.id === at.row) : undefined;
  const rows =
    row && at?.table === table.id ? dataRowsAbove(table, row) : table.rows.filter((r) => !r.total && !r.helper);
  return { table, rows, cols: [col] };
}

export type Inputs = ReadonlyMap<string, number | string>;

/** Calls `fn` for every cell an expression refers to itself (not through the formulas of those cells). */
function forEachReference(model: Model, expr: Expr, at: CellKey | undefined, fn: (key: CellKey) => void): void {
  const visit = (e: Expr): void => {
    switch (e.k) {
      case 'cell':
        return fn(resolve(model, e, at));
      case 'sum': {
        const { table, rows, cols } = sumRange(model, e, at);
        for (const r of rows) for (const c of cols) fn({ table: table.id, row: r.id, col: c.id });
        return;
      }
      case 'match1': {
        const table = findTable(model, e.table ?? at?.table ?? '');
        for (const c of table.columns) fn({ table: table.id, row: e.row, col: c.id });
        return;
      }
      case 'op':
      case 'cmp':
      case 'iferr':
        visit(e.a);
        visit(e.b);
        return;
      case 'if':
        visit(e.c);
        visit(e.a);
        visit(e.b);
        return;
      case 'max':
      case 'min':
      case 'or':
        e.args.forEach(visit);
        return;
      case 'blank':
        visit(e.a);
        return;
      case 'none':
        e.cells.forEach(fn);
        return;
      case 'n':
      case 't':
        return;
    }
  };
  visit(expr);
}

/** Every input cell an expression depends on, directly or through formulas, with its definition. */
function inputsReached(
  model: Model,
  expr: Expr,
  at?: CellKey,
): Map<string, { key: CellKey; def: Extract<CellDef, { kind: 'input' }> }> {
  const found = new Map<string, { key: CellKey; def: Extract<CellDef, { kind: 'input' }> }>();
  const seen = new Set<string>();
  const visitCell = (key: CellKey): void => {
    const id = keyOf(key);
    if (seen.has(id)) return;
    seen.add(id);
    const def = cellDef(model, key);
    if (def.kind === 'input') found.set(id, { key, def });
    else if (def.kind === 'formula') forEachReference(model, def.expr, key, visitCell);
  };
  forEachReference(model, expr, at, visitCell);
  return found;
}

/**
 * The required input cells (not optional; without a prefilled value unless `prefilledToo`) that
 * an expression depends on.
 */
export function requiredInputsOf(model: Model, expr: Expr, at?: CellKey, prefilledToo = false): CellKey[] {
  return [...inputsReached(model, expr, at).values()]
    .filter(({ def }) => (def.value === null || prefilledToo) && !def.optional)
    .map(({ key }) => key);
}

/** A table of which at least one blank input must be filled in before `expr` is a figure. */
export interface AnyGroup {
  readonly table: string;
  /** Its optional inputs without a prefilled value that the expression rests on. */
  readonly cells: readonly CellKey[];
}

/** The tables marked `requireAny` that an expression rests on through their blank optional inputs. */
export function anyGroupsOf(model: Model, expr: Expr, at?: CellKey): AnyGroup[] {
  const groups = new Map<string, CellKey[]>();
  for (const { key, def } of inputsReached(model, expr, at).values()) {
    if (!def.optional || def.value !== null || !findTable(model, key.table).requireAny) continue;
    groups.set(key.table, [...(groups.get(key.table) ?? []), key]);
  }
  return [...groups].map(([table, cells]) => ({ table, cells }));
}

export const MISSING_INPUT: Words = { da: 'udfyld input', en: 'fill in inputs' };

/**
 * A figure as written: when a required input it depends on is blank, or every row of a table that
 * needs one, it says so instead of showing a number computed with that blank as 0 (never a
 * silently wrong number). Prefilled inputs are guarded too: the user may clear them. Null where
 * nothing it rests on can be blank.
 */
function guardOf(model: Model, expr: Expr, at?: CellKey): Expr | null {
  const deps = requiredInputsOf(model, expr, at, true);
  const groups = anyGroupsOf(model, expr, at);
  if (deps.length === 0 && groups.length === 0) return null;
  const blanks: Expr[] = [
    ...deps.map((d): Expr => ({ k: 'blank', a: { k: 'cell', ...d } })),
    ...groups.map((g): Expr => ({ k: 'none', cells: g.cells })),
  ];
  const c: Expr = blanks.length === 1 ? (blanks[0] as Expr) : { k: 'or', args: blanks };
  return { k: 'if', c, a: { k: 't', v: MISSING_INPUT }, b: expr };
}

/** A result as written: guarded (see guardOf). */
export function guardedResult(model: Model, r: ModelResult): Expr {
  return guardOf(model, r.expr) ?? r.expr;
}

/** Whether an expression divides by something that rests on an input that may be blank. */
function dividesByBlank(model: Model, e: Expr, at: CellKey): boolean {
  switch (e.k) {
    case 'op':
      return (
        (e.op === '/' && guardOf(model, e.b, at) !== null) ||
        dividesByBlank(model, e.a, at) ||
        dividesByBlank(model, e.b, at)
      );
    case 'cmp':
    case 'iferr':
      return dividesByBlank(model, e.a, at) || dividesByBlank(model, e.b, at);
    case 'if':
      return [e.c, e.a, e.b].some((x) => dividesByBlank(model, x, at));
    case 'max':
    case 'min':
    case 'or':
      return e.args.some((x) => dividesByBlank(model, x, at));
    case 'blank':
      return dividesByBlank(model, e.a, at);
    default:
      return false;
  }
}

const GUARDED_CELLS = new WeakMap<Model, ReadonlyMap<string, Expr>>();

/**
 * The computed cells written guarded like results:
 * - every computed cell that rests on a required input with no figure of its own yet (A07's
 *   "= Årligt resultat" and "Tilbagebetalt" before its costs are filled in);
 * - every total row that rests on an input that may be blank;
 * - every figure gathered from the rows of a table that needs at least one (B01's net saving per
 *   year), while all of them are blank;
 * - every computed cell that divides by a figure resting on an input that may be blank (no
 *   #DIV/0! in a sheet not yet filled in);
 * - every computed cell that refers to a guarded one (so it says "udfyld input" too, rather than
 *   #VALUE! from the text).
 * Other computed cells (a row's own figure from optional inputs beside it, which count as 0, or one
 * made of printed figures only) are working figures and stay as they are.
 */
function guardedCells(model: Model): ReadonlyMap<string, Expr> {
  const known = GUARDED_CELLS.get(model);
  if (known) return known;
  const candidates = new Map<string, { key: CellKey; guarded: Expr; seed: boolean }>();
  for (const key of cellsOf(model)) {
    const def = cellDef(model, key);
    if (def.kind !== 'formula') continue;
    const guarded = guardOf(model, def.expr, key);
    if (!guarded) continue;
    let gathers = false;
    if (anyGroupsOf(model, def.expr, key).length > 0)
      forEachReference(model, def.expr, key, (k) => {
        gathers ||= k.table !== key.table || k.row !== key.row;
      });
    const total = findTable(model, key.table).rows.find((r) => r.id === key.row)?.total === true;
    const waits = requiredInputsOf(model, def.expr, key).length > 0;
    candidates.set(keyOf(key), {
      key,
      guarded,
      seed: waits || total || gathers || dividesByBlank(model, def.expr, key),
    });
  }
  const out = new Map<string, Expr>();
  for (const [id, c] of candidates) if (c.seed) out.set(id, c.guarded);
  for (let grew = true; grew;) {
    grew = false;
    for (const [id, c] of candidates) {
      if (out.has(id)) continue;
      const def = cellDef(model, c.key);
      if (def.kind !== 'formula') continue;
      let refersToGuarded = false;
      forEachReference(model, def.expr, c.key, (k) => {
        refersToGuarded ||= out.has(keyOf(k));
      });
      if (refersToGuarded) {
        out.set(id, c.guarded);
        grew = true;
      }
    }
  }
  GUARDED_CELLS.set(model, out);
  return out;
}

/** A computed cell's expression as the sheet and the engine hold it (guarded where guardedCells says). */
export function cellExpr(model: Model, key: CellKey, expr: Expr): Expr {
  return guardedCells(model).get(keyOf(key)) ?? expr;
}

/** The model with inputs written into its prefilled values (a built sheet shows the case's figures). */
export function withInputs(model: Model, inputs: Inputs): Model {
  return {
    ...model,
    tables: model.tables.map((t) => ({
      ...t,
      rows: t.rows.map((r) => {
        const given = t.columns.map((c) => inputs.get(`${t.id}.${r.id}.${c.id}`));
        if (given.every((g) => g === undefined)) return r;
        const values = t.columns.map((_, i): InputValue => {
          const g = given[i];
          if (g === undefined) return r.values?.[i] ?? null;
          if (typeof g === 'number') return g;
          // A cleared cell is blank, not an empty text.
          if (g === '') return null;
          const choice = t.columns[i]?.choices?.find((c) => c.da === g || c.en === g);
          return choice ?? { da: g, en: g };
        });
        return { ...r, values };
      }),
    })),
  };
}
