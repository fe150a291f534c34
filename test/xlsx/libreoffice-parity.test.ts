/**
 * What a colleague without Gevinst sees: every business-case golden case is built into a
 * workbook by `gevinst build`'s path, recalculated by LibreOffice, and each named key figure
 * and yearly row is compared with the engine (money 1e-9 relative, rates 1e-7).
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildXlsx } from '../../src/cli/build';
import { plansForCase } from '../../src/sheet/registry';
import { computeBusinessCase, type BusinessCaseResult } from '../../src/engine/business-case';
import type { BusinessCaseFile } from '../../src/engine/business-case-schema';
import { parseCase } from '../../src/engine/case-file';
import { a1 } from '../../src/sheet/address';
import { NAMES } from '../../src/sheet/business-case-plan';
import { recalculate } from '../helpers/libreoffice';
import { requireTool } from '../helpers/system';
import { expectMoney, expectMoneyRow, expectRate } from '../helpers/tolerance';

const CASES = join(__dirname, '../fixtures/goldens/cases');
const available = requireTool('soffice', 'LibreOffice recalculates the built workbooks');

interface Built {
  file: string;
  language: 'da' | 'en';
  input: BusinessCaseFile;
  engine: BusinessCaseResult;
  layout: Readonly<Record<string, number>>;
  sheet: ExcelJS.Worksheet;
  names: Map<string, string>;
}

const built: Built[] = [];

function loadCase(file: string): BusinessCaseFile | undefined {
  const parsed = parseCase(readFileSync(join(CASES, file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.issues)}`);
  return parsed.value.template === 'business-case' ? parsed.value : undefined;
}

beforeAll(async () => {
  if (!available) return;
  const dir = mkdtempSync(join(tmpdir(), 'gevinst-parity-'));
  const jobs: Omit<Built, 'sheet' | 'names'>[] = [];
  const paths: string[] = [];
  for (const file of readdirSync(CASES).filter((f) => f.endsWith('.json'))) {
    const input = loadCase(file);
    if (!input) continue;
    // Alternate the sheet language so both sets of labels and texts are recalculated.
    const language = jobs.length % 2 === 0 ? 'da' : 'en';
    const bytes = await buildXlsx(input, language);
    const plans = plansForCase(input, language);
    const plan = plans.ok ? plans.value[0] : undefined;
    if (!bytes.ok || !plan) throw new Error(`${file} did not build`);
    const path = join(dir, file.replace(/\.json$/, '.xlsx'));
    writeFileSync(path, bytes.value);
    paths.push(path);
    jobs.push({ file, language, input, engine: computeBusinessCase(input), layout: plan.metadata.layout });
  }
  const recalculated = recalculate(paths);
  for (const [i, job] of jobs.entries()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recalculated[i] ?? '');
    const sheet = wb.worksheets[0];
    if (!sheet) throw new Error(`${job.file}: no sheet`);
    const names = new Map(
      (wb.definedNames.model as { name: string; ranges: string[] }[]).map((n) => [
        n.name,
        n.ranges[0]?.split('!')[1] ?? '',
      ]),
    );
    built.push({ ...job, sheet, names });
  }
}, 300_000);

/** The computed value of a cell: `cell.result` for formulas (exceljs drops a result of 0 from `value`). */
function computed(sheet: ExcelJS.Worksheet, address: string): number | string | null {
  const cell = sheet.getCell(address.replace(/\$/g, ''));
  const v: unknown = cell.formula ? cell.result : cell.value;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (v === undefined || v === null) return null;
  throw new Error(`${address}: unexpected ${JSON.stringify(v)}`);
}

function named(b: Built, name: string): number | string | null {
  const address = b.names.get(name);
  if (!address) throw new Error(`${b.file}: the recalculated workbook has no name ${name}`);
  return computed(b.sheet, address);
}

const maybe = available ? test : test.skip;

maybe('every business-case golden case was built and recalculated', () => {
  expect(built.length).toBeGreaterThanOrEqual(10);
});

maybe('each named key figure equals the engine', () => {
  for (const b of built) {
    const e = b.engine;
    expectMoney(named(b, NAMES.npv) as number, e.npv, `${b.file} NPV`);
    const irr = named(b, NAMES.irr);
    if (e.irr === null) expect([b.file, typeof irr]).toEqual([b.file, 'string']);
    else expectRate(irr as number, e.irr, `${b.file} IRR`);
    // The År number, as the engine's paybackYear; the calendar year under its own name (version 2).
    const never = b.language === 'da' ? 'ikke inden for horisonten' : 'not within the horizon';
    expect([b.file, named(b, NAMES.paybackYear)]).toEqual([b.file, e.paybackYear ?? never]);
    expect([b.file, named(b, NAMES.paybackCalendarYear) ?? '']).toEqual([b.file, e.paybackCalendarYear ?? '']);
    const years = named(b, NAMES.paybackYears);
    if (e.paybackYears === null) expect(typeof years).toBe('string');
    else expectMoney(years as number, e.paybackYears, `${b.file} payback years`);
    expect([b.file, named(b, NAMES.discountedPaybackYear)]).toEqual([b.file, e.discountedPaybackYear ?? never]);
    expect([b.file, named(b, NAMES.discountedPaybackCalendarYear) ?? '']).toEqual([
      b.file,
      e.discountedPaybackCalendarYear ?? '',
    ]);
  }
});

maybe('the yearly rows equal the engine', () => {
  for (const b of built) {
    const row = (key: string): number[] =>
      Array.from({ length: b.engine.result.length }, (_, k) => {
        const v = computed(b.sheet, a1(b.layout[key] ?? -1, (b.layout['firstYearCol'] ?? 1) + k));
        return typeof v === 'number' ? v : NaN;
      });
    expectMoneyRow(row('gain.total'), b.engine.gains, `${b.file} gains`);
    expectMoneyRow(row('cost.total'), b.engine.costs, `${b.file} costs`);
    expectMoneyRow(row('investment.total'), b.engine.investments, `${b.file} investments`);
    expectMoneyRow(row('result'), b.engine.result, `${b.file} result`);
    expectMoneyRow(row('cumulative'), b.engine.cumulative, `${b.file} cumulative`);
    expectMoneyRow(row('discountFactor'), b.engine.discountFactors, `${b.file} factors`);
  }
});
