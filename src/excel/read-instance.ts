/**
 * Reads the template instance on the active sheet in two syncs: the sheet's name, its sheet-scoped
 * names with their formulas (the shape, the instance id, the key cells), and the values and
 * formulas of the instance's own cells. The sheet layer makes sense of it.
 */
import { IDENTITY_NAME } from '../sheet/identity';
import { instanceExtent } from '../sheet/instance-extent';
import type { SheetCells } from '../sheet/read-business-case';
import type { RunExcel } from './run';

export interface InstanceSnapshot {
  readonly sheetName: string;
  /** Sheet-scoped names and their formulas, such as `Gevinst_NPV` → `='Business case'!$B$49`. */
  readonly names: ReadonlyMap<string, string>;
  readonly cells: SheetCells | null;
  /** Names of the charts on the sheet. */
  readonly charts: readonly string[];
  /** The workbook's cell style names, lower-cased. */
  readonly styles: ReadonlySet<string>;
}

/**
 * The active sheet, or the sheet of that name. The first sync reads the sheet's names (and where
 * its filled cells are); a sheet without an instance identity is done with then, whatever it holds.
 * The second reads the instance's own cells only: what its identity says it can occupy.
 */
export async function readActiveSheet(run: RunExcel, sheetName?: string): Promise<InstanceSnapshot> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    const sheet = sheetName === undefined ? sheets.getActiveWorksheet() : sheets.getItem(sheetName);
    sheet.load('name');
    sheet.names.load('items/name,items/formula');
    sheet.charts.load('items/name');
    const styles = context.workbook.styles;
    styles.load('items/name');
    const used = sheet.getUsedRangeOrNullObject();
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    await context.sync();
    const names = new Map(sheet.names.items.map((n) => [n.name, n.formula]));
    const charts = sheet.charts.items.map((c) => c.name);
    const styleNames = new Set(styles.items.map((st) => st.name.toLowerCase()));
    const identity = names.get(IDENTITY_NAME);
    const extent = identity === undefined ? null : instanceExtent(identity, names);
    const area =
      extent === null || used.isNullObject
        ? null
        : intersection(
            { row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount },
            { row: 0, col: 0, ...extent },
          );
    if (area === null) return { sheetName: sheet.name, names, cells: null, charts, styles: styleNames };
    const range = sheet.getRangeByIndexes(area.row, area.col, area.rows, area.cols);
    range.load('values,formulas');
    await context.sync();
    return {
      sheetName: sheet.name,
      names,
      cells: {
        sheetName: sheet.name,
        values: range.values,
        formulas: range.formulas,
        rowOffset: area.row,
        colOffset: area.col,
      },
      charts,
      styles: styleNames,
    };
  });
}

interface Box {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** The cells two boxes share; null when they share none. */
export function intersection(a: Box, b: Box): Box | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rows = Math.min(a.row + a.rows, b.row + b.rows) - row;
  const cols = Math.min(a.col + a.cols, b.col + b.cols) - col;
  return rows > 0 && cols > 0 ? { row, col, rows, cols } : null;
}
