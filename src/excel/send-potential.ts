/**
 * Moving a benchmark potential into a business case: list the business-case sheets and read the
 * active benchmark's potentials (one sync), then read the chosen business case and write the new
 * gain line (one sync each). Only an empty gain line is used; nothing the user typed is replaced.
 */
import { templateOf } from '../sheet/identity';
import { SHAPE_NAME } from '../sheet/shape';
import { literalText } from '../sheet/plan';
import { writeWithEventsOff, type RunExcel } from './run';

export interface PotentialSource {
  readonly benchmarkSheet: string;
  /** Named potentials of the benchmark and what Excel computed for them. */
  readonly potentials: ReadonlyMap<string, unknown>;
  /** Sheets whose shape says they are business cases. */
  readonly businessCases: readonly string[];
}

export async function readPotentials(run: RunExcel, names: readonly string[]): Promise<PotentialSource> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    const active = sheets.getActiveWorksheet();
    active.load('name');
    active.names.load('items/name');
    await context.sync();
    const shapes = sheets.items.map((s) => s.names.getItemOrNullObject(SHAPE_NAME));
    for (const shape of shapes) shape.load('formula');
    // Only names the sheet has: a range is never asked of a name that is not there.
    const present = new Set(active.names.items.map((n) => n.name.toLowerCase()));
    const wanted = names.filter((n) => present.has(n.toLowerCase()));
    const ranges = wanted.map((n) => active.names.getItem(n).getRange());
    for (const range of ranges) range.load('values');
    await context.sync();
    const potentials = new Map<string, unknown>();
    wanted.forEach((n, i) => potentials.set(n, ranges[i]?.values[0]?.[0]));
    const businessCases = sheets.items
      .filter((_, i) => {
        const shape = shapes[i];
        return shape !== undefined && !shape.isNullObject && templateOf(shape.formula) === 'business-case';
      })
      .map((s) => s.name);
    return { benchmarkSheet: active.name, potentials, businessCases };
  });
}

/** Writes a label and yearly amounts into row `row` (0-based) of a sheet, from column `col`. */
export async function writeGainLine(
  run: RunExcel,
  sheetName: string,
  row: number,
  col: number,
  label: string,
  values: readonly number[],
): Promise<void> {
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    await writeWithEventsOff(context, () => {
      sheet.getRangeByIndexes(row, 0, 1, 1).formulas = [[literalText(label)]];
      sheet.getRangeByIndexes(row, col, 1, values.length).formulas = [values.map((v) => v)];
      sheet.activate();
    });
  });
}
