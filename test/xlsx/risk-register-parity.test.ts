/**
 * The risk register `gevinst build` writes beside a business case with risks, recalculated by
 * LibreOffice: its expected costs, the discounted total (the business case's own discount factors)
 * and the NPV after expected risks equal the engine's (engine/risks.ts, written apart from the
 * sheet), and its matrix equals the sheet language's evaluator, in both languages.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildXlsx } from '../../src/cli/build';
import { validateCase } from '../../src/engine/case-file';
import type { BusinessCaseFile } from '../../src/engine/business-case-schema';
import { calculateBusinessCase } from '../../src/engine/calculate';
import { a1 } from '../../src/sheet/address';
import { rowsOf } from '../../src/sheet/define';
import { planBook } from '../../src/sheet/plan-book';
import { plansForCase } from '../../src/sheet/registry';
import { RISK_REGISTER, RISK_ROWS, riskRegisterParametersOf } from '../../src/sheet/risk-register-plan';
import { businessCaseWithSummary } from '../../src/sheet/business-case-figures';
import { recalculate } from '../helpers/libreoffice';
import { requireTool } from '../helpers/system';
import { expectMoney } from '../helpers/tolerance';

const available = requireTool('soffice', 'LibreOffice recalculates the risk register');
const maybe = available ? test : test.skip;

const EXAMPLE = JSON.parse(readFileSync(join(__dirname, '../../examples/business-case-risks.json'), 'utf8')) as object;
const FLAT = {
  template: 'business-case',
  title: 'Flat rate, År 1 discounted, eight risks',
  discount: 0.04,
  firstYearDiscounted: true,
  lines: [
    { section: 'gain', label: 'Gain', values: [100, 400, 400, 400, 400, 400, 400, 400] },
    { section: 'investment', label: 'System', values: [900, 0, 0, 0, 0, 0, 0, 0] },
  ],
  risks: Array.from({ length: 8 }, (_, i) => ({
    label: `Risk ${i + 1}`,
    probability: [0.05, 0.15, 0.35, 0.55, 0.75, 0.95, 0.1, 0.3][i],
    consequence: { min: 10 * i, likely: 40 + 25 * i, max: 120 + 40 * i },
    year: 1 + i,
    section: (['cost', 'gain', 'investment'] as const)[i % 3],
  })),
};

interface Built {
  readonly name: string;
  readonly c: BusinessCaseFile;
  readonly lang: 'da' | 'en';
  sheet?: ExcelJS.Worksheet | undefined;
}
const built: Built[] = [
  { name: 'example', c: caseOf(EXAMPLE), lang: 'da' },
  { name: 'flat', c: caseOf(FLAT), lang: 'en' },
];

function caseOf(data: object): BusinessCaseFile {
  const v = validateCase(data);
  if (!v.ok || v.value.template !== 'business-case') throw new Error(JSON.stringify(v));
  return v.value;
}

beforeAll(async () => {
  if (!available) return;
  const dir = mkdtempSync(join(tmpdir(), 'gevinst-risks-'));
  const paths: string[] = [];
  for (const b of built) {
    const bytes = await buildXlsx(b.c, b.lang);
    if (!bytes.ok) throw new Error(`${b.name} did not build`);
    const path = join(dir, `${b.name}.xlsx`);
    writeFileSync(path, bytes.value);
    paths.push(path);
  }
  const out = recalculate(paths);
  for (const [i, b] of built.entries()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out[i] ?? '');
    b.sheet = wb.worksheets[2];
  }
}, 300_000);

const value = (sheet: ExcelJS.Worksheet | undefined, row: number, col: number): unknown => {
  const c = sheet?.getCell(a1(row, col));
  return c?.formula ? c.result : c?.value;
};

maybe("the key figures and every risk's mean and expected cost equal the engine", () => {
  for (const b of built) {
    const engine = calculateBusinessCase(b.c);
    const register = engine.risks;
    if (!register) throw new Error('no register');
    const R = RISK_ROWS;
    expectMoney(value(b.sheet, R.npv, 1) as number, engine.npv, `${b.name} npv`);
    expectMoney(value(b.sheet, R.expected, 1) as number, register.expectedCost, `${b.name} expected`);
    expectMoney(value(b.sheet, R.expectedDiscounted, 1) as number, register.expectedCostDiscounted, `${b.name} disc`);
    expectMoney(value(b.sheet, R.npvAfter, 1) as number, register.npvAfterExpectedRisks, `${b.name} after`);
    register.risks.forEach((r, i) => {
      expectMoney(value(b.sheet, R.header + 1 + i, 9) as number, r.mean, `${b.name} mean ${i}`);
      expectMoney(value(b.sheet, R.header + 1 + i, 10) as number, r.expectedCost, `${b.name} expected ${i}`);
    });
  }
});

maybe('the risk matrix equals the evaluator, each risk counted once', () => {
  for (const b of built) {
    const plans = plansForCase(b.c, b.lang);
    const planned = businessCaseWithSummary(b.c, b.lang);
    if (!plans.ok || !planned.ok) throw new Error(b.name);
    const params = riskRegisterParametersOf(b.c, planned.value.summary.businessCase, b.lang);
    const register = plans.value[2];
    if (!register) throw new Error('no register');
    const figures = RISK_REGISTER.figures(params, planBook(plans.value), register.sheetName);
    const matrix = rowsOf(figures.get('matrix'));
    const top = register.metadata.layout['matrix'] ?? 0;
    const fromLibreOffice = matrix.map((row, i) => row.map((_, k) => Number(value(b.sheet, top + 1 + i, 1 + k))));
    expect([b.name, fromLibreOffice]).toEqual([b.name, matrix.map((row) => row.map(Number))]);
    expect(fromLibreOffice.flat().reduce((s, v) => s + v, 0)).toBe(b.c.risks?.length);
  }
});
