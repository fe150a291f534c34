/**
 * Reads the template instance on the active sheet in one `context.sync`: the sheet's name, its
 * sheet-scoped names with their formulas (the shape, the instance id, the key cells), and the
 * used range's values and formulas. The sheet layer makes sense of it.
 */
import type { SheetCells } from '../sheet/read-business-case';
import type { RunExcel } from './run';

export interface InstanceSnapshot {
  readonly sheetName: string;
  /** Sheet-scoped names and their formulas, such as `Gevinst_NPV` → `='Business case'!$B$49`. */
  readonly names: ReadonlyMap<string, string>;
  readonly cells: SheetCells | null;
  /** Names of the charts on the sheet. */
  readonly charts: readonly string[];
}

/** `Sheet!B3:K40` → the 0-based row and column of its top-left cell. */
export function topLeft(address: string): { row: number; col: number } {
  const m = /\$?([A-Z]+)\$?(\d+)/.exec(address.slice(address.lastIndexOf('!') + 1));
  if (!m) return { row: 0, col: 0 };
  let col = 0;
  for (const ch of m[1] ?? 'A') col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** The active sheet, or the sheet of that name. */
export async function readActiveSheet(run: RunExcel, sheetName?: string): Promise<InstanceSnapshot> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    const sheet = sheetName === undefined ? sheets.getActiveWorksheet() : sheets.getItem(sheetName);
    sheet.load('name');
    sheet.names.load('items/name,items/formula');
    sheet.charts.load('items/name');
    const used = sheet.getUsedRangeOrNullObject();
    used.load('values,formulas,address');
    await context.sync();
    const names = new Map(sheet.names.items.map((n) => [n.name, n.formula]));
    const charts = sheet.charts.items.map((c) => c.name);
    if (used.isNullObject) return { sheetName: sheet.name, names, cells: null, charts };
    const origin = topLeft(used.address);
    return {
      sheetName: sheet.name,
      names,
      cells: {
        sheetName: sheet.name,
        values: used.values,
        formulas: used.formulas,
        rowOffset: origin.row,
        colOffset: origin.col,
      },
      charts,
    };
  });
}
