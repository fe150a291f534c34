/**
 * Files from `gevinst build` carry each formula's computed value (file previews and mail clients
 * show numbers without recalculating), and LibreOffice, the tests' independent engine, still
 * recalculates every formula rather than reading those values back.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildXlsx } from '../../src/cli/build';
import { validateCase } from '../../src/engine/case-file';
import type { SheetPlan } from '../../src/sheet/plan';
import { planBook } from '../../src/sheet/plan-book';
import { calculateCase, plansForCase } from '../../src/sheet/registry';
import { recalculate } from '../helpers/libreoffice';
import { requireTool } from '../helpers/system';

const available = requireTool('soffice', 'LibreOffice recalculates the built workbook');
const maybe = available ? test : test.skip;

async function built(): Promise<{ wb: ExcelJS.Workbook; npv: number; plan: SheetPlan; plans: SheetPlan[] }> {
  const c = validateCase(JSON.parse(readFileSync(join(__dirname, '../../examples/business-case.json'), 'utf8')));
  if (!c.ok) throw new Error('example');
  const bytes = await buildXlsx(c.value, 'da');
  const calc = calculateCase(c.value);
  const plans = plansForCase(c.value, 'da');
  if (!bytes.ok || !calc.ok || !('npv' in calc.value) || !plans.ok || !plans.value[0]) throw new Error('build');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.value as unknown as ArrayBuffer);
  return { wb, npv: calc.value.npv, plan: plans.value[0], plans: plans.value };
}

test('every formula cell of a built business case caches its value; the NPV cell holds what calc says', async () => {
  const { wb, npv, plan, plans } = await built();
  const book = planBook(plans);
  let formulas = 0;
  const missing: string[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (!cell.formula) return;
        formulas++;
        // A formula that shows nothing (an empty text, as an unfilled owner line) has nothing to cache.
        const shown = book.cell(ws.name, Number(cell.row) - 1, Number(cell.col) - 1);
        if (cell.result === undefined && shown !== '' && shown !== null) missing.push(`${ws.name}!${cell.address}`);
      }),
    );
  }
  expect(formulas).toBeGreaterThan(100);
  expect(missing).toEqual([]);
  const at = plan.names.find((n) => n.name === 'Gevinst_NPV');
  if (!at || !('address' in at)) throw new Error('no NPV name');
  expect(wb.worksheets[0]?.getCell(at.address.replace(/\$/g, '')).result).toBeCloseTo(npv, 9);
});

maybe('LibreOffice recalculates a formula whatever value the file caches', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('S').getCell('A1').value = { formula: '1+1', result: 5 } as ExcelJS.CellFormulaValue;
  const dir = mkdtempSync(join(tmpdir(), 'gevinst-cached-'));
  const file = join(dir, 'wrong.xlsx');
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  const [out] = recalculate([file]);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(out ?? '');
  expect(back.getWorksheet('S')?.getCell('A1').result).toBe(2);
});
