/**
 * Inserts a SheetPlan as a new sheet in two `context.sync` calls whatever its size (DESIGN.md
 * §2): one to learn the sheet and style names in use, one that writes everything (the named cell
 * styles the workbook lacks, the instance's custom XML part and its `Gevinst_Instance` name
 * included); where the host has ExcelApi 1.9, a third sets the page set-up (page-layout.ts). It
 * never touches an existing sheet, and switches events off while it writes so its own writes do
 * not look like the user's edits.
 */
import { a1Range, parseA1Range, qualified } from '../sheet/address';
import { instanceToXml, planIdentity } from '../sheet/instance-xml';
import { formulaCellValue, LINE_POINTS, type PlannedValidation, type SheetPlan } from '../sheet/plan';
import { addMissingStyles, applyStyles, areaChunks, hostWriteOptions, type WriteOptions } from './cell-styles';
import type { RunExcel } from './run';
import { uniqueSheetName } from './unique-name';
import { addChart } from './charts';
import { columnFills, type ColumnFill } from './column-fills';
import { writePageSetup, type PrintOutcome } from './page-layout';

export { roleRects } from './role-rects';

export interface InsertedInstance {
  readonly sheetName: string;
  readonly instanceId: string;
  /** Whether the sheet's page set-up went in (ExcelApi 1.9), is beyond this host, or was refused. */
  readonly print: PrintOutcome;
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

/**
 * Writes a block of planned cells with its top-left at (row, col): each role's named style per
 * rectangle (or per role with RangeAreas), then number formats and content for the whole block at
 * once (after the styles, which carry a number format of their own), long runs of one formula
 * down a column as one R1C1 fill each. The block must be blank before (a new sheet, or an output
 * region just cleared): plain cells are left as they are.
 */
export function writeBlock(
  sheet: Excel.Worksheet,
  cells: SheetPlan['cells'],
  row: number,
  col: number,
  cols: number,
  options: WriteOptions,
  fills: readonly ColumnFill[] = columnFills(cells, row, col),
): void {
  applyStyles(sheet, cells, row, col, options);
  const all = sheet.getRangeByIndexes(row, col, cells.length, cols);
  all.numberFormat = cells.map((r) => r.map((cell) => cell?.format ?? 'General'));
  const content: (string | number | null)[][] = cells.map((r) => r.map((cell) => formulaCellValue(cell)));
  for (const fill of fills) {
    // One R1C1 formula set on the run's whole range fills every cell of it (as Excel's Range.FormulaR1C1
    // does; Office.js takes a single value for a multi-cell range although its typing says 2-D);
    // null leaves those cells of the 2-D array alone (learn.microsoft.com, "Blank and null values").
    if (fill.row < 0 || fill.row + fill.rows > content.length || fill.col >= cols)
      throw new Error(`a column fill at row ${fill.row}, column ${fill.col} lies outside its block`);
    for (let i = 0; i < fill.rows; i++) (content[fill.row + i] as (string | number | null)[])[fill.col] = null;
    const run = sheet.getRangeByIndexes(row + fill.row, col + fill.col, fill.rows, 1);
    run.formulasR1C1 = fill.r1c1 as unknown as string[][];
  }
  all.formulas = content;
}

/**
 * Excel on the web refuses a request over 5 MB; a plan whose cells would come near that is
 * written in row chunks with a sync after each but the last (DESIGN.md §5). Small plans are one
 * chunk and cost no extra sync.
 */
export const CHUNK_BYTES = 3 * 1024 * 1024;

export function rowChunks(
  cells: SheetPlan['cells'],
  fills: readonly ColumnFill[] = columnFills(cells, 0, 0),
): [number, number][] {
  // What a row puts in the request: its content (a cell of a column fill only as null) and its
  // number formats; the looks and the fills go per rectangle and per run, a few bytes a row.
  const filled = new Set(fills.flatMap((f) => Array.from({ length: f.rows }, (_, i) => `${f.row + i}:${f.col}`)));
  const chunks: [number, number][] = [];
  let start = 0;
  let bytes = 0;
  cells.forEach((row, r) => {
    const content = row.map((cell, c) => (filled.has(`${r}:${c}`) ? null : formulaCellValue(cell)));
    const formats = row.map((cell) => cell?.format ?? 'General');
    const size = JSON.stringify(content).length + JSON.stringify(formats).length + 16;
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

async function writeCells(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  options: WriteOptions,
): Promise<void> {
  const fills = columnFills(plan.cells, 0, 0);
  const chunks = rowChunks(plan.cells, fills);
  for (const [i, [from, to]] of chunks.entries()) {
    writeBlock(sheet, plan.cells.slice(from, to), from, 0, plan.cols, options, fillsWithin(fills, from, to));
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- only between chunks of a plan over the 5 MB request limit
    if (i < chunks.length - 1) await context.sync();
  }
  for (const run of widthRuns(plan.columnWidths)) {
    sheet.getRangeByIndexes(0, run.col, 1, run.cols).format.columnWidth = run.width * POINTS_PER_CHAR;
  }
  // A wrapped header that needs more lines gets its row's height (Excel does not grow a row it did not lay out).
  for (const t of plan.tallRows ?? []) sheet.getRangeByIndexes(t.row, 0, 1, 1).format.rowHeight = t.lines * LINE_POINTS;
}

/** The fills of rows [from, to), cut at its edges and counted from its first row. */
function fillsWithin(fills: readonly ColumnFill[], from: number, to: number): ColumnFill[] {
  return fills
    .map((f) => ({ ...f, row: Math.max(f.row, from), rows: Math.min(f.row + f.rows, to) - Math.max(f.row, from) }))
    .filter((f) => f.rows > 0)
    .map((f) => ({ ...f, row: f.row - from }));
}

/** Adjacent columns of one width, so each run is set once. */
export function widthRuns(widths: readonly number[]): { col: number; cols: number; width: number }[] {
  const runs: { col: number; cols: number; width: number }[] = [];
  widths.forEach((width, col) => {
    const last = runs[runs.length - 1];
    if (last && last.width === width && last.col + last.cols === col) last.cols++;
    else runs.push({ col, cols: 1, width });
  });
  return runs;
}

/** A name's reference as formula text (`='Business case'!$B$49`): a range name without a range object to instantiate. */
export function referenceFormula(sheetName: string, address: string): string {
  const { row, col, rows, cols } = parseA1Range(address);
  return `=${qualified(sheetName, a1Range(row, col, rows, cols, true))}`;
}

/**
 * Validations of one rule and message go in together: one RangeAreas each where the host has
 * ExcelApi 1.9 (the amounts of every section of a business case are one), else one range each.
 */
function writeValidations(sheet: Excel.Worksheet, plan: SheetPlan, options: WriteOptions): void {
  const groups = new Map<string, PlannedValidation[]>();
  for (const v of plan.validations) {
    const key = options.rangeAreas ? JSON.stringify([v.rule, v.error]) : v.range;
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  for (const group of groups.values()) {
    const first = group[0] as PlannedValidation;
    for (const addresses of areaChunks(group.map((v) => v.range))) {
      const target = options.rangeAreas ? sheet.getRanges(addresses.join(',')) : sheet.getRange(first.range);
      target.dataValidation.rule = validationRule(first);
      target.dataValidation.errorAlert = { message: first.error, showAlert: true, style: 'Stop', title: 'Gevinst' };
    }
  }
}

/** Conditional fills (ExcelApi 1.6), as `gevinst build` writes them: a heatmap's fill above a value. */
function writeConditionalFills(sheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const f of plan.conditionalFills ?? []) {
    const cf = sheet.getRange(f.range).conditionalFormats.add('CellValue').cellValue;
    cf.rule = { formula1: String(f.above), operator: 'GreaterThan' };
    cf.format.fill.color = f.fill;
  }
}

function writeRules(sheet: Excel.Worksheet, plan: SheetPlan, sheetName: string, options: WriteOptions): void {
  writeValidations(sheet, plan, options);
  writeConditionalFills(sheet, plan);
  for (const n of plan.names)
    sheet.names.add(n.name, 'address' in n ? referenceFormula(sheetName, n.address) : n.formula);
  // A sheet has one frozen pane: rows and columns together in one call (a second call replaces the first).
  const { rows, cols } = plan.freeze;
  // An address rather than a range object: one action, not two.
  if (rows > 0 && cols > 0) sheet.freezePanes.freezeAt(a1Range(0, 0, rows, cols));
  else if (cols > 0) sheet.freezePanes.freezeColumns(cols);
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
}

export async function insertPlan(
  run: RunExcel,
  plan: SheetPlan,
  instanceId: string,
  options: WriteOptions = hostWriteOptions(),
): Promise<InsertedInstance> {
  const inserted = await run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    const styles = context.workbook.styles;
    styles.load('items/name');
    await context.sync();

    const sheetName = uniqueSheetName(
      plan.sheetName,
      sheets.items.map((s) => s.name),
    );
    context.runtime.enableEvents = false;
    try {
      const sheet = sheets.add(sheetName);
      addMissingStyles(context.workbook, new Set(styles.items.map((st) => st.name.toLowerCase())));
      await writeCells(context, sheet, plan, options);
      writeRules(sheet, plan, sheetName, options);
      sheet.names.add(INSTANCE_NAME, instanceNameFormula(instanceId, sheetName));
      for (const chart of plan.charts ?? []) addChart(sheet, chart);
      context.workbook.customXmlParts.add(instanceToXml({ identity: planIdentity(plan), instanceId, sheetName }));
      // A new sheet's selection is A1, so activating it is enough to land the user at its top.
      sheet.activate();
      context.runtime.enableEvents = true;
      await context.sync();
    } catch (e) {
      await undoInsert(context, sheetName);
      throw e;
    }
    return { sheetName, instanceId };
  });
  const print = await writePageSetup(run, inserted.sheetName, plan, options.pageLayout === true);
  return { ...inserted, print };
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
