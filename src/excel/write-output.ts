/**
 * Writes Beregn's output block and its charts into the region the add-in owns, in one sync:
 * the previous block and the add-in's own charts go, the new ones come, and the region's
 * address and a fingerprint of what was written are kept in sheet-scoped names, so the next
 * run can tell whether the user typed into the region. Events are off while it writes.
 */
import { OUTPUT_HASH_NAME, OUTPUT_NAME, type OutputPlan } from '../sheet/output-plan';
import { LINE_POINTS } from '../sheet/plan';
import { addChart } from './charts';
import type { Repair } from '../sheet/read-business-case';
import { writeWithEventsOff, type RunExcel } from './run';
import { writeBlock } from './insert-plan';
import { addMissingStyles, hostWriteOptions, type WriteOptions } from './cell-styles';

export interface OutputWrite {
  readonly plan: OutputPlan;
  readonly fingerprint: string;
  /** The region written last time (from `Gevinst_Output`), cleared first. */
  readonly previousRegion: string | null;
  /** Names and charts that exist now, so they can be replaced rather than duplicated. */
  readonly existingNames: ReadonlySet<string>;
  readonly existingCharts: readonly string[];
  /** The workbook's cell style names, lower-cased (from the read), so only missing styles are added. */
  readonly existingStyles: ReadonlySet<string>;
}

export async function writeOutput(
  run: RunExcel,
  w: OutputWrite,
  options: WriteOptions = hostWriteOptions(),
): Promise<void> {
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    await writeWithEventsOff(context, () => {
      if (w.previousRegion) sheet.getRange(w.previousRegion).clear();
      for (const name of w.existingCharts.filter((n) => w.plan.charts.some((c) => c.name === n)))
        sheet.charts.getItem(name).delete();
      addMissingStyles(context.workbook, w.existingStyles);
      writeBlock(sheet, w.plan.cells, w.plan.row, w.plan.col, w.plan.cols, options);
      // Wrapped headers get the lines they need (Excel does not grow a row written through the API).
      for (const t of w.plan.tallRows) sheet.getRangeByIndexes(t.row, 0, 1, 1).format.rowHeight = t.lines * LINE_POINTS;
      for (const name of [OUTPUT_NAME, OUTPUT_HASH_NAME].filter((n) => w.existingNames.has(n)))
        sheet.names.getItem(name).delete();
      for (const n of w.plan.names) sheet.names.add(n.name, 'address' in n ? sheet.getRange(n.address) : n.formula);
      sheet.names.add(OUTPUT_HASH_NAME, `="${w.fingerprint}"`);
      for (const c of w.plan.charts) addChart(sheet, c);
    });
  });
}

/** Puts back template formulas and re-points key names; the user's inputs are not touched. */
export async function applyRepairs(run: RunExcel, repairs: readonly Repair[]): Promise<void> {
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    await writeWithEventsOff(context, () => {
      for (const r of repairs) {
        if (r.kind === 'formula') sheet.getRange(r.address).formulas = [[r.formula]];
        else {
          // Known from the read: only an existing name is deleted before it is added again.
          if (r.exists) sheet.names.getItem(r.name).delete();
          sheet.names.add(r.name, sheet.getRange(r.address));
        }
      }
    });
  });
}
