/**
 * Inserts a SheetPlan as a new sheet in two `context.sync` calls whatever its size (DESIGN.md
 * §2): one to learn the sheet names in use, one that writes everything, the instance's custom
 * XML part and its `Gevinst_Instance` name included. It never touches an existing sheet, and
 * switches events off while it writes so its own writes do not look like the user's edits.
 */
import { a1Range } from '../sheet/address';
import { instanceToXml, planIdentity } from '../sheet/instance-xml';
import { formulaCellValue, type CellRole, type PlannedValidation, type SheetPlan } from '../sheet/plan';
import { ROLE_STYLES } from '../sheet/styles';
import type { RunExcel } from './run';
import { uniqueSheetName } from './unique-name';
import { addChart } from './charts';

export interface InsertedInstance {
  readonly sheetName: string;
  readonly instanceId: string;
}

/** The sheet-scoped name holding the instance id and the sheet's name at insert, as text: `="id|name"`. */
export const INSTANCE_NAME = 'Gevinst_Instance';

export function instanceNameFormula(instanceId: string, sheetName: string): string {
  return `="${instanceId}|${sheetName.replace(/"/g, '""')}"`;
}

/** Approximate points per character of column width in the default font. */
const POINTS_PER_CHAR = 6;

function validationRule(v: PlannedValidation): Excel.DataValidationRule {
  switch (v.rule.kind) {
    case 'list':
      return { list: { inCellDropDown: true, source: v.rule.items.join(',') } };
    case 'decimal':
      return { decimal: { formula1: v.rule.min, formula2: v.rule.max, operator: 'Between' } };
    case 'whole':
      return { wholeNumber: { formula1: v.rule.min, formula2: v.rule.max, operator: 'Between' } };
  }
}

interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  readonly role: CellRole;
}

/**
 * The cells by role as rectangles: runs of one role in a row, joined with the same run in the
 * rows below (a section's input grid is one rectangle), so each look is set once per rectangle.
 */
export function roleRects(cells: SheetPlan['cells']): Rect[] {
  const done: Rect[] = [];
  let open = new Map<string, Rect>();
  cells.forEach((row, r) => {
    const next = new Map<string, Rect>();
    let c = 0;
    while (c < row.length) {
      const role = row[c]?.role;
      if (!role) {
        c++;
        continue;
      }
      let end = c + 1;
      while (end < row.length && row[end]?.role === role) end++;
      const key = `${c}:${end}:${role}`;
      const above = open.get(key);
      next.set(key, above ? { ...above, rows: above.rows + 1 } : { row: r, col: c, rows: 1, cols: end - c, role });
      open.delete(key);
      c = end;
    }
    done.push(...open.values());
    open = next;
  });
  return [...done, ...open.values()];
}

/** A new sheet's cells look like this already: only what differs is set. */
const PLAIN = ROLE_STYLES.label;

/** Sets a role's look on a range: each property that differs from a plain cell's, once. */
function applyLook(range: Excel.Range, role: CellRole): void {
  const style = ROLE_STYLES[role];
  if (style.fill) range.format.fill.color = style.fill;
  if (style.fontColor !== PLAIN.fontColor) range.format.font.color = style.fontColor;
  if (style.bold !== PLAIN.bold) range.format.font.bold = style.bold;
  if (style.italic !== PLAIN.italic) range.format.font.italic = style.italic;
  if (style.size !== PLAIN.size) range.format.font.size = style.size;
  if (style.locked !== PLAIN.locked) range.format.protection.locked = style.locked;
}

/**
 * Writes a block of planned cells with its top-left at (row, col): number formats and content for
 * the whole block at once, then each role's look per rectangle. The block must be blank before
 * (a new sheet, or an output region just cleared): plain cells are left as they are.
 */
export function writeBlock(
  sheet: Excel.Worksheet,
  cells: SheetPlan['cells'],
  row: number,
  col: number,
  cols: number,
): void {
  const all = sheet.getRangeByIndexes(row, col, cells.length, cols);
  all.numberFormat = cells.map((r) => r.map((cell) => cell?.format ?? 'General'));
  all.formulas = cells.map((r) => r.map((cell) => formulaCellValue(cell)));
  for (const rect of roleRects(cells)) {
    const style = ROLE_STYLES[rect.role];
    const plain = !style.fill && applyLookCount(rect.role) === 0;
    if (plain) continue;
    applyLook(sheet.getRangeByIndexes(row + rect.row, col + rect.col, rect.rows, rect.cols), rect.role);
  }
}

/** How many properties a role's look sets beyond a plain cell's. */
function applyLookCount(role: CellRole): number {
  const s = ROLE_STYLES[role];
  return [
    s.fill !== null,
    s.fontColor !== PLAIN.fontColor,
    s.bold !== PLAIN.bold,
    s.italic !== PLAIN.italic,
    s.size !== PLAIN.size,
    s.locked !== PLAIN.locked,
  ].filter(Boolean).length;
}

/**
 * Excel on the web refuses a request over 5 MB; a plan whose cells would come near that is
 * written in row chunks with a sync after each but the last (DESIGN.md §5). Small plans are one
 * chunk and cost no extra sync.
 */
export const CHUNK_BYTES = 3 * 1024 * 1024;

export function rowChunks(cells: SheetPlan['cells']): [number, number][] {
  const chunks: [number, number][] = [];
  let start = 0;
  let bytes = 0;
  cells.forEach((row, r) => {
    // Content and number format both travel: about twice the content's JSON; the looks go per
    // rectangle of a role, a few bytes a row.
    const size = 2 * JSON.stringify(row.map((cell) => formulaCellValue(cell))).length + 16;
    if (bytes + size > CHUNK_BYTES && r > start) {
      chunks.push([start, r]);
      start = r;
      bytes = 0;
    }
    bytes += size;
  });
  chunks.push([start, cells.length]);
  return chunks;
}

async function writeCells(context: Excel.RequestContext, sheet: Excel.Worksheet, plan: SheetPlan): Promise<void> {
  const chunks = rowChunks(plan.cells);
  for (const [i, [from, to]] of chunks.entries()) {
    writeBlock(sheet, plan.cells.slice(from, to), from, 0, plan.cols);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- only between chunks of a plan over the 5 MB request limit
    if (i < chunks.length - 1) await context.sync();
  }
  plan.columnWidths.forEach((w, c) => {
    sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w * POINTS_PER_CHAR;
  });
}

function writeRules(sheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const v of plan.validations) {
    const range = sheet.getRange(v.range);
    range.dataValidation.rule = validationRule(v);
    range.dataValidation.errorAlert = { message: v.error, showAlert: true, style: 'Stop', title: 'Gevinst' };
  }
  for (const n of plan.names) sheet.names.add(n.name, 'address' in n ? sheet.getRange(n.address) : n.formula);
  // A sheet has one frozen pane: rows and columns together in one call (a second call replaces the first).
  const { rows, cols } = plan.freeze;
  if (rows > 0 && cols > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, cols));
  else if (cols > 0) sheet.freezePanes.freezeColumns(cols);
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
}

export async function insertPlan(run: RunExcel, plan: SheetPlan, instanceId: string): Promise<InsertedInstance> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();

    const sheetName = uniqueSheetName(
      plan.sheetName,
      sheets.items.map((s) => s.name),
    );
    context.runtime.enableEvents = false;
    try {
      const sheet = sheets.add(sheetName);
      await writeCells(context, sheet, plan);
      writeRules(sheet, plan);
      sheet.names.add(INSTANCE_NAME, instanceNameFormula(instanceId, sheetName));
      for (const chart of plan.charts ?? []) addChart(sheet, chart);
      context.workbook.customXmlParts.add(instanceToXml({ identity: planIdentity(plan), instanceId, sheetName }));
      sheet.activate();
      sheet.getRange(a1Range(0, 0, 1, 1)).select();
      context.runtime.enableEvents = true;
      await context.sync();
    } catch (e) {
      await undoInsert(context, sheetName);
      throw e;
    }
    return { sheetName, instanceId };
  });
}

/**
 * After a failed insert: events on again for the session, and the sheet this insert added
 * removed (only that one: its name was free when the insert began), so no half-built sheet stays.
 */
async function undoInsert(context: Excel.RequestContext, sheetName: string): Promise<void> {
  try {
    context.runtime.enableEvents = true;
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const added = sheets.items.find((s) => s.name === sheetName);
    if (added) {
      added.delete();
      await context.sync();
    }
  } catch {
    // The insert's own error is the one to report; this one would only hide it.
  }
}
