/**
 * An inserted sheet's page set-up (ExcelApi 1.9 `worksheet.pageLayout`): the same description
 * `gevinst build` writes (sheet/print.ts). It goes in a batch of its own after the insert, so a
 * host that refuses part of it costs the print set-up only, never the sheet. Known issue: Excel
 * may not apply the fit-to-width zoom while another ribbon tab than Page Layout is shown
 * (OfficeDev/office-js#1860); the rest applies.
 */
import type { SheetPlan } from '../sheet/plan';
import { pageSetupOf } from '../sheet/print';
import type { RunExcel } from './run';

export type PrintOutcome = 'set' | 'unsupported' | 'failed';

export async function writePageSetup(
  run: RunExcel,
  sheetName: string,
  plan: SheetPlan,
  supported: boolean,
): Promise<PrintOutcome> {
  if (!supported) return 'unsupported';
  const page = pageSetupOf(plan);
  try {
    await run(async (context) => {
      const layout = context.workbook.worksheets.getItem(sheetName).pageLayout;
      layout.paperSize = 'A4';
      layout.orientation = page.landscape ? 'Landscape' : 'Portrait';
      // One page wide, as many tall as needed (Excel's "Fit all columns on one page").
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintArea(page.area);
      if (page.titleRows) layout.setPrintTitleRows(page.titleRows);
      if (page.titleCols) layout.setPrintTitleColumns(page.titleCols);
      const all = layout.headersFooters.defaultForAllPages;
      all.leftHeader = page.header.left;
      all.rightHeader = page.header.right;
      all.leftFooter = page.footer.left;
      all.rightFooter = page.footer.right;
      await context.sync();
    });
    return 'set';
  } catch {
    // The sheet is in and whole; only its print set-up is missing, which the outcome says.
    return 'failed';
  }
}
