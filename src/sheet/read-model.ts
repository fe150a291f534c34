/**
 * Reading a catalogue sheet back: the values in its input cells, which required inputs are still
 * blank (with their cells), numbers typed as text (pasting passes Excel's validation), and the
 * key figures the engine computes from what is on the sheet. Formula cells are not read: the
 * engine evaluates the same model, so the figures do not wait for Excel to recalculate.
 */
import { evaluateModel } from '../engine/model-formula';
import {
  anyGroupsOf,
  anyRowLabel,
  cellDef,
  cellsOf,
  isError,
  keyOf,
  requiredInputsOf,
  type Model,
  type Value,
} from '../engine/model';
import { issue, type Issue } from '../engine/issue';
import { quote } from '../engine/zod-issues';
import { MAX_MAGNITUDE } from '../engine/schema-parts';
import { a1 } from './address';
import { numberFromText } from './cell-text';
import { modelAddresses, type ModelSheet } from './model-plan';
import type { SheetCells } from './read-business-case';

export interface ModelReading {
  /** Required inputs still blank, in sheet order. */
  readonly blanks: { readonly label: string; readonly cell: string }[];
  readonly issues: Issue[];
  readonly results: { readonly id: string; readonly label: string; readonly value: number | string | null }[];
}

export function readModelSheet(s: ModelSheet, cells: SheetCells): ModelReading {
  const L = s.language;
  const { model } = s;
  const at = modelAddresses(s);
  const valueAt = (row: number, col: number): unknown =>
    cells.values[row - cells.rowOffset]?.[col - cells.colOffset] ?? '';
  const inputs = new Map<string, number | string>();
  const issues: Issue[] = [];
  const qualified = (row: number, col: number): string => `${cells.sheetName}!${a1(row, col)}`;
  for (const k of cellsOf(model)) {
    const def = cellDef(model, k);
    const p = at.cells.get(keyOf(k));
    if (def.kind !== 'input' || !p) continue;
    const v = valueAt(p.row, p.col);
    if (v === '' || v === null || v === undefined) {
      if (def.value !== null) inputs.set(keyOf(k), ''); // the user cleared a prefilled figure
      continue;
    }
    if (typeof v === 'number' && Math.abs(v) > MAX_MAGNITUDE) {
      // The case file's rule: nothing beyond a sane magnitude, so no figure overflows.
      const expected = `a number between -${MAX_MAGNITUDE} and ${MAX_MAGNITUDE}`;
      const expectedDa = `et tal mellem -${MAX_MAGNITUDE} og ${MAX_MAGNITUDE}`;
      const params = { expected, expectedDa, received: String(v) };
      issues.push({ ...issue('too_big', [k.table, k.row, k.col], params), cell: qualified(p.row, p.col) });
    } else if (typeof v === 'number') inputs.set(keyOf(k), v);
    else if (def.choices) inputs.set(keyOf(k), String(v));
    else {
      const n = numberFromText(String(v));
      issues.push({
        ...issue('text_number', [k.table, k.row, k.col], {
          received: quote(String(v)),
          ...(n === null ? {} : { suggestion: String(n).replace('.', L === 'da' ? ',' : '.') }),
        }),
        cell: qualified(p.row, p.col),
      });
    }
  }
  // Blank: nothing usable in the cell (a prefilled figure the user cleared counts too); a cell
  // holding text is reported as text, not again as blank.
  const texted = new Set(issues.map((i) => i.path.join('.')));
  const blankNow = (id: string): boolean => !texted.has(id) && (!inputs.has(id) || inputs.get(id) === '');
  const stripped = withoutPrefilled(model);
  const blanks = new Map<string, { label: string; cell: string }>();
  for (const r of stripped.results)
    for (const k of requiredInputsOf(stripped, r.expr)) {
      const p = at.cells.get(keyOf(k));
      if (!p || !blankNow(keyOf(k))) continue;
      const t = model.tables.find((x) => x.id === k.table);
      const row = t?.rows.find((x) => x.id === k.row)?.label[L] ?? k.row;
      const col = t && t.columns.length > 1 ? t.columns.find((c) => c.id === k.col)?.label[L] : undefined;
      blanks.set(keyOf(k), { label: col ? `${row} · ${col}` : row, cell: qualified(p.row, p.col) });
    }
  const emptyTables = tablesLeftEmpty(s, inputs, qualified);
  for (const [table, blank] of emptyTables) blanks.set(table, blank);
  const given = new Map([...inputs].filter(([, v]) => v !== ''));
  const evaluated = evaluateModel(stripped, given, L);
  const missing = new Set(blanks.keys());
  return {
    blanks: [...blanks.values()],
    issues,
    results: model.results.map((r) => {
      const waits =
        requiredInputsOf(stripped, r.expr).some((k) => missing.has(keyOf(k)) || texted.has(keyOf(k))) ||
        anyGroupsOf(model, r.expr).some((g) => emptyTables.has(g.table));
      const v: Value = evaluated.results.get(r.id) ?? null;
      const value = waits
        ? null
        : typeof v === 'number' && !Number.isFinite(v)
          ? null
          : v === null || typeof v === 'number' || typeof v === 'string'
            ? v
            : isError(v)
              ? v.error
              : String(v);
      return { id: r.id, label: r.label[L], value };
    }),
  };
}

/**
 * The tables marked "at least one row" with none of their blank inputs filled in, each once, at
 * its first input cell.
 */
function tablesLeftEmpty(
  s: ModelSheet,
  inputs: ReadonlyMap<string, number | string>,
  qualified: (row: number, col: number) => string,
): Map<string, { label: string; cell: string }> {
  const { model } = s;
  const at = modelAddresses(s);
  const empty = new Map<string, { label: string; cell: string }>();
  for (const r of model.results)
    for (const g of anyGroupsOf(model, r.expr)) {
      if (empty.has(g.table) || g.cells.some((k) => typeof inputs.get(keyOf(k)) === 'number')) continue;
      const first = g.cells[0] ? at.cells.get(keyOf(g.cells[0])) : undefined;
      empty.set(g.table, {
        label: anyRowLabel(model, g.table, s.language),
        cell: first ? qualified(first.row, first.col) : '',
      });
    }
  return empty;
}

/** The model as the sheet stands: a prefilled figure counts only while it is still in its cell. */
function withoutPrefilled(model: Model): Model {
  return { ...model, tables: model.tables.map((t) => ({ ...t, rows: t.rows.map((r) => ({ ...r, values: [] })) })) };
}
