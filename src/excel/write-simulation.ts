/**
 * Rewrites a simulation sheet's own block in place, in one sync: the previous block and the
 * add-in's own charts go, the new ones come, with the block's region and fingerprint in their
 * sheet-scoped names. Only the block's cells (A to D, as far down as either run reached) and the
 * charts by their names are touched; anything else on the sheet stays. Events are off while it writes.
 */
import { LINE_POINTS, type SheetPlan } from '../sheet/plan';
import { SIMULATION_CHARTS, SIMULATION_COLS, SIMULATION_HASH_NAME, SIMULATION_NAME } from '../sheet/simulation-plan';
import { addMissingStyles, hostWriteOptions, type WriteOptions } from './cell-styles';
import { addChart } from './charts';
import { referenceFormula, writeBlock } from './insert-plan';
import { writeWithEventsOff, type RunExcel } from './run';

export interface SimulationRewrite {
  readonly sheetName: string;
  readonly plan: SheetPlan;
  /** The region the last run wrote (`A1:D84`), cleared first. */
  readonly previousRegion: string;
  readonly existingNames: ReadonlySet<string>;
  readonly existingCharts: readonly string[];
  readonly existingStyles: ReadonlySet<string>;
}

export async function rewriteSimulation(
  run: RunExcel,
  w: SimulationRewrite,
  options: WriteOptions = hostWriteOptions(),
): Promise<void> {
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(w.sheetName);
    await writeWithEventsOff(context, () => {
      sheet.getRange(w.previousRegion).clear();
      for (const name of w.existingCharts.filter((n) => (SIMULATION_CHARTS as readonly string[]).includes(n)))
        sheet.charts.getItem(name).delete();
      addMissingStyles(context.workbook, w.existingStyles);
      const block = w.plan.cells.map((row) => row.slice(0, SIMULATION_COLS));
      writeBlock(sheet, block, 0, 0, SIMULATION_COLS, options);
      for (const t of w.plan.tallRows ?? [])
        sheet.getRangeByIndexes(t.row, 0, 1, 1).format.rowHeight = t.lines * LINE_POINTS;
      for (const name of [SIMULATION_NAME, SIMULATION_HASH_NAME].filter((n) => w.existingNames.has(n)))
        sheet.names.getItem(name).delete();
      for (const n of w.plan.names.filter((x) => x.name === SIMULATION_NAME || x.name === SIMULATION_HASH_NAME))
        sheet.names.add(n.name, 'address' in n ? referenceFormula(w.sheetName, n.address) : n.formula);
      for (const c of w.plan.charts ?? []) addChart(sheet, c);
      sheet.activate();
    });
  });
}
