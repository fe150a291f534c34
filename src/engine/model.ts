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
    else if (def.kind === 'formula') visit(def.expr, key);
  };
  const visit = (e: Expr, here?: CellKey): void => {
    switch (e.k) {
      case 'cell':
        return visitCell(resolve(model, e, here));
      case 'sum': {
        const { table, rows, cols } = sumRange(model, e, here);
        for (const r of rows) for (const c of cols) visitCell({ table: table.id, row: r.id, col: c.id });
        return;
      }
      case 'match1': {
        const table = findTable(model, e.table ?? here?.table ?? '');
        for (const c of table.columns) visitCell({ table: table.id, row: e.row, col: c.id });
        return;
      }
      case 'op':
      case 'cmp':
        visit(e.a, here);
        visit(e.b, here);
        return;
      case 'iferr':
        visit(e.a, here);
        visit(e.b, here);
        return;
      case 'if':
        visit(e.c, here);
        visit(e.a, here);
        visit(e.b, here);
        return;
      case 'max':
      case 'min':
      case 'or':
        e.args.forEach((a) => visit(a, here));
        return;
      case 'blank':
        visit(e.a, here);
        return;
      case 'none':
        e.cells.forEach(visitCell);
        return;
      case 'n':
      case 't':
        return;
    }
  };
  visit(expr, at);
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
 * A result as written: when a required input it depends on is blank, it says so instead of
 * showing a number computed with that blank as 0 (never a silently wrong number). Prefilled
 * inputs are guarded too: the user may clear them.
 */
export function guardedResult(model: Model, r: ModelResult): Expr {
  const deps = requiredInputsOf(model, r.expr, undefined, true);
  const groups = anyGroupsOf(model, r.expr);
  if (deps.length === 0 && groups.length === 0) return r.expr;
  const blanks: Expr[] = [
    ...deps.map((d): Expr => ({ k: 'blank', a: { k: 'cell', ...d } })),
    ...groups.map((g): Expr => ({ k: 'none', cells: g.cells })),
  ];
  const c: Expr = blanks.length === 1 ? (blanks[0] as Expr) : { k: 'or', args: blanks };
  return { k: 'if', c, a: { k: 't', v: MISSING_INPUT }, b: r.expr };
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
