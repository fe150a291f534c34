/**
 * Reads the range the user has selected, values only, in two syncs; it writes nothing. Only the
 * part of the selection that holds anything is read (a whole column is a million rows, of which
 * the sheet fills a few hundred), and no more than MAX_SELECTED_CELLS in one read. Several areas
 * (Ctrl+click) or a chart are no range: Excel refuses them with InvalidSelection, which the pane
 * says in plain words.
 */
import { a1Range } from '../sheet/address';
import { intersection } from './read-instance';
import type { RunExcel } from './run';

export interface SelectedTable {
  readonly sheetName: string;
  /** A1 address of what was read, without the sheet, such as `B3:F101`. */
  readonly address: string;
  readonly values: readonly (readonly unknown[])[];
}

/** The most cells one read asks Excel for: a table of 5,000 rows by 50 columns. */
export const MAX_SELECTED_CELLS = 250_000;

export class SelectionTooLargeError extends Error {
  constructor(readonly cells: number) {
    super(`the selection holds ${cells} cells; at most ${MAX_SELECTED_CELLS} are read`);
    this.name = 'SelectionTooLargeError';
  }
}

const boxOf = (r: Excel.Range): { row: number; col: number; rows: number; cols: number } => ({
  row: r.rowIndex,
  col: r.columnIndex,
  rows: r.rowCount,
  cols: r.columnCount,
});

export async function readSelection(run: RunExcel): Promise<SelectedTable> {
  return run(async (context) => {
    const selected = context.workbook.getSelectedRange();
    selected.load('address,rowIndex,columnIndex,rowCount,columnCount');
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    await context.sync();
    const bang = selected.address.lastIndexOf('!');
    const sheetName = selected.address.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'");
    const area = used.isNullObject ? null : intersection(boxOf(selected), boxOf(used));
    if (area === null) {
      const first = boxOf(selected);
      return { sheetName, address: a1Range(first.row, first.col, 1, 1), values: [] };
    }
    if (area.rows * area.cols > MAX_SELECTED_CELLS) throw new SelectionTooLargeError(area.rows * area.cols);
    const range = sheet.getRangeByIndexes(area.row, area.col, area.rows, area.cols);
    range.load('values');
    await context.sync();
    return { sheetName, address: a1Range(area.row, area.col, area.rows, area.cols), values: range.values };
  });
}
