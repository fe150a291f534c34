/**
 * A calculation model (engine/model.ts) as a sheet: a heading with the source and guidance, the
 * key results (sheet-scoped names Gevinst_<id>), then each table with its inputs (blue on
 * yellow, unlocked, validated) and its formulas, written as the same expressions the engine
 * evaluates, so LibreOffice can hold the two against each other.
 */
import { fitSheetName } from './sheet-name';
import { renderFormula } from '../engine/formula/render';
import { compileExpr, FIRST_COL, layoutModel, type CellMap } from '../engine/model-formula';
import {
  cellDef,
  cellExpr,
  guardedResult,
  ANY_ROW_HEADING,
  type CellKey,
  type Expr,
  type Format,
  type Model,
  type ModelTable,
  type Words,
} from '../engine/model';
import { a1 } from './address';
import { Grid } from './grid';
import type { SheetPlan } from './plan';
import { identityFormula } from './identity';
import { SHAPE_NAME } from './shape';

export const FORMATS: Readonly<Record<Format, string | undefined>> = {
  amount: '#,##0',
  decimal: '#,##0.00',
  percent: '0.0%',
  hours: '#,##0.0',
  count: '#,##0',
  text: undefined,
};

export interface ModelSheet {
  readonly language: 'da' | 'en';
  /** Template id written to the shape and the instance record, e.g. "catalogue". */
  readonly templateId: string;
  /** Entry id, e.g. "A07". */
  readonly entry: string;
  readonly title: Words;
  /** The proposed sheet name; the title when absent (cut to Excel's 31 characters). */
  readonly sheetName?: Words;
  readonly subtitle: Words;
  /** Lines of guidance and notes under the heading (what the source lost, how to use it). */
  readonly notes: readonly Words[];
  readonly model: Model;
  /**
   * The version of the sheet (default the current, 3). Version 2 wraps long notes under the heading
   * into lines that print within the sheet's width, version 3 the note under a table too; version 1
   * wrote each note on one line, and each older version is read by its own layout.
   */
  readonly version?: number;
}

/** The version planModel writes. */
export const MODEL_SHEET_VERSION = 3;

/** Characters of a note (9 points) that one character of column width holds (11 points). */
const NOTE_CHARS_PER_WIDTH = 11 / 9;

/** The column widths of a model sheet: the label column as wide as its longest label (up to 80), 14 for each value column. */
function modelWidths(s: ModelSheet): number[] {
  const L = s.language;
  const { model } = s;
  const widest = Math.max(1, ...model.tables.map((t) => t.columns.length));
  // Labels do not wrap: the label column is as wide as the longest (up to 80), so a filled-in row never cuts one.
  const longest = Math.max(
    0,
    ...model.tables.flatMap((t) =>
      t.rows.map(
        (r) => r.label[L].length + (r.optional && !t.requireAny && !r.ownLabel ? BLANK_IS_ZERO[L].length + 1 : 0),
      ),
    ),
    ...model.results.map((r) => r.label[L].length),
  );
  return [Math.max(52, Math.min(80, longest + 2)), ...Array.from({ length: widest }, () => 14)];
}

/** Words into lines of at most `width` characters (a longer word stands alone). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The note lines under the heading: each note wrapped to the printed width (version 2), or as it is (version 1). */
export function noteLines(s: ModelSheet): string[] {
  const notes = s.notes.map((n) => n[s.language]);
  if ((s.version ?? MODEL_SHEET_VERSION) < 2) return notes;
  return notes.flatMap((n) => wrapWords(n, noteWidth(s)));
}

/** Characters of note text that print within the sheet's width. */
const noteWidth = (s: ModelSheet): number =>
  Math.floor(modelWidths(s).reduce((a, b) => a + b, 0) * NOTE_CHARS_PER_WIDTH) - 4;

/** The lines of the note under a table: wrapped to the printed width (version 3), else one line. */
export function tableNoteLines(s: ModelSheet, t: ModelTable): string[] {
  if (!t.note) return [];
  const note = t.note[s.language];
  return (s.version ?? MODEL_SHEET_VERSION) < 3 ? [note] : wrapWords(note, noteWidth(s));
}

/** Where a sheet of this version puts every cell (its table notes take the lines they wrap to). */
const sheetLayout = (s: ModelSheet, startRow: number): ReturnType<typeof layoutModel> =>
  layoutModel(s.model, startRow, (t) => tableNoteLines(s, t).length);

const RESULTS: Words = { da: 'Nøgletal', en: 'Key figures' };

export { layoutModel, type CellMap };

/** Renders an expression as an Excel formula body (English names, comma separators): the sheet language's rendering of it. */
export function renderExpr(model: Model, cells: CellMap, e: Expr, lang: 'da' | 'en', at?: CellKey): string {
  return renderFormula(compileExpr(model, cells, e, lang, at)).slice(1);
}

export function nameOf(resultId: string): string {
  return `Gevinst_${resultId.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

/** One cell of a model table: its formula, or its input (prefilled or blank) with the rule it takes. */
function writeModelCell(
  g: Grid,
  s: ModelSheet,
  cells: CellMap,
  key: CellKey,
  at: { readonly y: number; readonly x: number; readonly format: string | undefined },
): void {
  const L = s.language;
  const { y, x, format } = at;
  const def = cellDef(s.model, key);
  if (def.kind === 'empty') return;
  if (def.kind === 'formula') {
    const row = s.model.tables.find((t) => t.id === key.table)?.rows.find((r) => r.id === key.row);
    const role = row?.total ? 'total' : row?.helper ? 'helper' : 'formula';
    g.formula(y, x, `=${renderExpr(s.model, cells, cellExpr(s.model, key, def.expr), L, key)}`, role, format);
    return;
  }
  const v = def.value;
  if (v === null) g.blank(y, x, 'input', format);
  else if (typeof v === 'number') g.number(y, x, v, 'input', format);
  else g.text(y, x, v[L], 'input');
  g.validations.push(
    def.choices
      ? {
          range: a1(y, x),
          rule: { kind: 'list', items: def.choices.map((w) => w[L]) },
          error: L === 'da' ? 'Vælg en værdi fra listen.' : 'Choose a value from the list.',
        }
      : {
          range: a1(y, x),
          rule: { kind: 'decimal', min: -1e12, max: 1e12 },
          error: L === 'da' ? 'Skriv et tal.' : 'Enter a number.',
        },
  );
}

/** After an optional row's label: a blank there counts as 0, not as a figure still to come. */
export const BLANK_IS_ZERO = { da: '(tomt = 0)', en: '(blank = 0)' } as const;

export function planModel(s: ModelSheet): SheetPlan {
  const L = s.language;
  const g = new Grid();
  const { model } = s;
  g.text(0, 0, s.title[L], 'title');
  g.text(1, 0, s.subtitle[L], 'subtitle');
  const notes = noteLines(s);
  notes.forEach((n, i) => g.text(2 + i, 0, n, 'note'));
  let row = 3 + notes.length;
  const resultsRow = row;
  if (model.results.length > 0) row += model.results.length + 2;
  const { cells, tableRows } = sheetLayout(s, row);

  for (const t of model.tables) {
    const top = tableRows.get(t.id) ?? 0;
    g.text(top, 0, t.title[L], 'section');
    t.columns.forEach((c, ci) => g.text(top + 1, FIRST_COL + ci, c.label[L], 'header'));
    g.text(top + 1, 0, t.requireAny ? ANY_ROW_HEADING[L] : '', 'header');
    t.rows.forEach((r, ri) => {
      const y = top + 2 + ri;
      // An optional row says on the sheet that its blank counts as 0 (a table that requires any row says it once, above).
      const label = r.optional && !t.requireAny && !r.ownLabel ? `${r.label[L]} ${BLANK_IS_ZERO[L]}` : r.label[L];
      g.text(y, 0, label, r.ownLabel ? 'input' : r.total ? 'total' : r.helper ? 'helper' : 'label');
      t.columns.forEach((c, ci) => {
        const format = FORMATS[r.format ?? c.format ?? 'amount'];
        writeModelCell(g, s, cells, { table: t.id, row: r.id, col: c.id }, { y, x: FIRST_COL + ci, format });
      });
    });
    tableNoteLines(s, t).forEach((line, i) => g.text(top + 2 + t.rows.length + i, 0, line, 'note'));
  }

  if (model.results.length > 0) {
    g.text(resultsRow, 0, RESULTS[L], 'section');
    model.results.forEach((r, i) => {
      const y = resultsRow + 1 + i;
      g.text(y, 0, r.label[L], 'label');
      g.formula(y, 1, `=${renderExpr(model, cells, guardedResult(model, r), L)}`, 'key', FORMATS[r.format]);
      g.names.push({ name: nameOf(r.id), address: a1(y, 1, true) });
    });
  }
  g.names.push({ name: 'Gevinst_Template', address: a1(1, 0, true) });
  g.names.push({
    name: SHAPE_NAME,
    formula: identityFormula({
      templateId: s.templateId,
      version: s.version ?? MODEL_SHEET_VERSION,
      language: L,
      params: { entry: s.entry },
    }),
  });
  const widths = modelWidths(s);
  return g.toPlan(
    fitSheetName((s.sheetName ?? s.title)[L]),
    widths,
    { rows: 0, cols: 1 },
    {
      templateId: s.templateId,
      templateVersion: s.version ?? MODEL_SHEET_VERSION,
      language: L,
      layout: { results: resultsRow, entryTables: model.tables.length },
    },
  );
}

/** Where every model cell and result sits in a plan made by planModel (for readers and tests). */
export function modelAddresses(s: ModelSheet): { cells: CellMap; results: Map<string, string> } {
  const resultsRow = 3 + noteLines(s).length;
  const start = s.model.results.length > 0 ? resultsRow + s.model.results.length + 2 : resultsRow;
  const { cells } = sheetLayout(s, start);
  const results = new Map(s.model.results.map((r, i) => [r.id, a1(resultsRow + 1 + i, 1)]));
  return { cells, results };
}
