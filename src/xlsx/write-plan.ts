/**
 * Writes a SheetPlan into an exceljs workbook: the same cells, formulas, number formats,
 * roles' looks, sheet-scoped names and data validation the add-in writes into Excel. The
 * instance's identity travels in the `Gevinst_Template` name and cell (exceljs cannot write
 * custom XML parts; the add-in recognises an instance by either).
 */
import ExcelJS from 'exceljs';
import { withCharts } from './charts';
import { parseFormula } from '../engine/formula/parse';
import { renderFormula } from '../engine/formula/render';
import { a1 } from '../sheet/address';
import type { PlannedValidation, SheetPlan } from '../sheet/plan';
import { ROLE_STYLES } from '../sheet/styles';
import { pageSetupOf, sectioned } from '../sheet/print';
import { LINE_POINTS } from '../sheet/plan';
import { planBook } from '../sheet/plan-book';
import type { Book } from '../engine/formula/evaluate';
import { isErrorValue, type Scalar } from '../engine/formula/value';

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

/**
 * A formula as an .xlsx file stores it: functions newer than Excel 2007 carry the `_xlfn.` prefix
 * (Office.js and Excel's formula bar take them without it; without it in a file Excel and
 * LibreOffice show #NAME?). Which functions those are is the sheet language's function table.
 */
export function fileFormula(formula: string): string {
  const written = renderFormula(parseFormula(formula), { file: true });
  return formula.startsWith('=') ? written : written.slice(1);
}

function validation(v: PlannedValidation): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop' as const, error: v.error };
  switch (v.rule.kind) {
    case 'list':
      return { ...common, type: 'list', formulae: [`"${v.rule.items.join(',')}"`] };
    case 'decimal':
    case 'whole':
      return { ...common, type: v.rule.kind, operator: 'between', formulae: [v.rule.min, v.rule.max] };
  }
}

interface ScopedName {
  name: string;
  ranges: string[];
  localSheetId: number;
}

const scopedNames = new WeakMap<ExcelJS.Workbook, ScopedName[]>();

/**
 * exceljs writes only workbook-wide names; the plan's names are sheet-scoped (several instances
 * can share a workbook), so they are added to the model exceljs serialises, with localSheetId.
 */
function addScopedNames(wb: ExcelJS.Workbook, names: ScopedName[]): void {
  const existing = scopedNames.get(wb);
  if (existing) {
    existing.push(...names);
    return;
  }
  scopedNames.set(wb, [...names]);
  const descriptor = Object.getOwnPropertyDescriptor(ExcelJS.Workbook.prototype, 'model');
  const getModel = descriptor?.get;
  const setModel = descriptor?.set;
  if (!getModel || !setModel) throw new Error('exceljs: Workbook.model is not an accessor');
  Object.defineProperty(wb, 'model', {
    configurable: true,
    get(this: ExcelJS.Workbook) {
      const model = getModel.call(this) as { definedNames: unknown[] };
      model.definedNames = [...model.definedNames, ...(scopedNames.get(this) ?? [])];
      return model;
    },
    set: setModel,
  });
}

interface WithValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/** What a formula cell shows, as a file caches it: a number, text, a logical or an error; none for a blank. */
function cachedResult(v: Scalar): ExcelJS.CellFormulaValue['result'] | undefined {
  if (v === null) return undefined;
  if (isErrorValue(v)) return { error: v.error as ExcelJS.CellErrorValue['error'] };
  return v;
}

export function addPlanSheet(
  wb: ExcelJS.Workbook,
  plan: SheetPlan,
  sheetName = plan.sheetName,
  book: Book | null = null,
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheetName);
  const sheetIndex = wb.worksheets.indexOf(ws);
  plan.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === null) return;
      const target = ws.getCell(a1(r, c));
      const content = cell.content;
      if (content.kind === 'formula') {
        // The value the formula computes (the one evaluator), so previews and mail clients show numbers.
        const result = book ? cachedResult(book.cell(sheetName, r, c)) : undefined;
        target.value = {
          formula: fileFormula(content.formula.slice(1)),
          ...(result === undefined ? {} : { result }),
        } as ExcelJS.CellFormulaValue;
      } else if (content.kind === 'number') {
        // A plan never holds a non-finite number (the schemas bound every input); should one slip
        // through, the cell shows Excel's #NUM! instead of an `Infinity` that breaks the file.
        target.value = Number.isFinite(content.value) ? content.value : { error: '#NUM!' };
      } else if (content.text !== '') target.value = content.text;
      if (cell.format) target.numFmt = cell.format;
      const style = ROLE_STYLES[cell.role];
      target.font = {
        bold: style.bold,
        italic: style.italic,
        size: style.size,
        color: { argb: argb(style.fontColor) },
      };
      if (style.fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
      if (!style.locked) target.protection = { locked: false };
      if (style.wrap) target.alignment = { wrapText: true, vertical: 'top' };
    }),
  );
  plan.columnWidths.forEach((w, c) => (ws.getColumn(c + 1).width = w));
  for (const t of plan.tallRows ?? []) ws.getRow(t.row + 1).height = t.lines * LINE_POINTS;
  for (const v of plan.validations) (ws as unknown as WithValidations).dataValidations.add(v.range, validation(v));
  for (const f of plan.conditionalFills ?? [])
    ws.addConditionalFormatting({
      ref: f.range,
      rules: [
        {
          type: 'cellIs',
          operator: 'greaterThan',
          formulae: [String(f.above)],
          priority: 1,
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(f.fill) } } },
        },
      ],
    });
  ws.views = [{ state: 'frozen', xSplit: plan.freeze.cols, ySplit: plan.freeze.rows }];
  const page = pageSetupOf(plan);
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: page.landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0, // as many pages tall as it needs
    // exceljs puts a `$` before each end's column: rows made absolute here give `$A$1:$M$58`.
    printArea: page.area.replace(/([A-Z]+)(\d+)/g, '$1$$$2'),
    ...(page.titleRows ? { printTitlesRow: page.titleRows.replace(/\$/g, '') } : {}),
    ...(page.titleCols ? { printTitlesColumn: page.titleCols.replace(/\$/g, '') } : {}),
    margins: { left: 0.6, right: 0.6, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { ...ws.headerFooter, oddHeader: sectioned(page.header), oddFooter: sectioned(page.footer) };
  const quoted = `'${sheetName.replace(/'/g, "''")}'`;
  addScopedNames(
    wb,
    plan.names.map((n) => ({
      name: n.name,
      ranges: ['address' in n ? `${quoted}!${n.address}` : n.formula.replace(/^=/, '')],
      localSheetId: sheetIndex,
    })),
  );
  return ws;
}

/** A workbook holding one plan, as xlsx bytes. */
export async function planToXlsx(plan: SheetPlan): Promise<Buffer> {
  return plansToXlsx([plan]);
}

/** A workbook holding several plans, a sheet each, in order. */
export async function plansToXlsx(plans: readonly SheetPlan[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Gevinst';
  const book = planBook(plans);
  for (const plan of plans) addPlanSheet(wb, plan, plan.sheetName, book);
  const file = Buffer.from(await wb.xlsx.writeBuffer());
  return withCharts(
    file,
    plans.map((p, sheetIndex) => ({ sheetIndex, sheetName: p.sheetName, charts: p.charts ?? [] })),
  );
}
