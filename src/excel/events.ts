/**
 * Following the workbook: the task pane hears when another sheet is activated and when cells
 * of a watched sheet change. The add-in's own writes run with events off, so they are not heard.
 */
import type { RunExcel } from './run';

export interface Watchers {
  readonly onActivated: () => void;
  /** The changed range's address, such as `D23` or `B20:C21`. */
  readonly onChanged: (address: string) => void;
}

/**
 * Registers for sheet activation (ExcelApi 1.7) and for changes on each sheet (1.7, per sheet).
 * Sheets added while events are off (our own inserts) raise no onAdded, so `watchActive`
 * registers the active sheet too; each sheet is registered once.
 */
export function createWatcher(run: RunExcel, w: Watchers): { start(): Promise<void>; watchActive(): Promise<void> } {
  const watched = new Set<string>();
  const register = (sheet: Excel.Worksheet): void => {
    sheet.onChanged.add(async (e) => w.onChanged(e.address));
  };
  return {
    async start() {
      await run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/id');
        await context.sync();
        sheets.onActivated.add(async () => w.onActivated());
        for (const sheet of sheets.items) {
          watched.add(sheet.id);
          register(sheet);
        }
        await context.sync();
      });
    },
    async watchActive() {
      await run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.load('id');
        await context.sync();
        if (watched.has(sheet.id)) return;
        watched.add(sheet.id);
        register(sheet);
        await context.sync();
      });
    },
  };
}

/** Starts watching: activation, and changes on every sheet there is now. */
export async function watchWorkbook(run: RunExcel, w: Watchers): Promise<{ watchActive(): Promise<void> }> {
  const watcher = createWatcher(run, w);
  await watcher.start();
  return watcher;
}

/** Selects a cell such as `Business case!D23` for the user. */
export async function selectCell(run: RunExcel, qualified: string): Promise<void> {
  const bang = qualified.lastIndexOf('!');
  const sheetName = qualified.slice(0, bang).replace(/^'|'$/g, '');
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRange(qualified.slice(bang + 1)).select();
    await context.sync();
  });
}
