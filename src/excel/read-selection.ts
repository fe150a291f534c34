/** Reads the range the user has selected, values only, in one sync; it writes nothing. */
import type { RunExcel } from './run';

export interface SelectedTable {
  readonly sheetName: string;
  /** A1 address of the selection without the sheet, such as `B3:F101`. */
  readonly address: string;
  readonly values: readonly (readonly unknown[])[];
}

export async function readSelection(run: RunExcel): Promise<SelectedTable> {
  return run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load('address,values');
    await context.sync();
    const bang = range.address.lastIndexOf('!');
    return {
      sheetName: range.address.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'"),
      address: range.address.slice(bang + 1),
      values: range.values,
    };
  });
}
