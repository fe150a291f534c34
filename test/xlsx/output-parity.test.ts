/**
 * The output block that Beregn and `gevinst build` write, recalculated by LibreOffice: every
 * formula in it (scenario NPVs and totals, the tornado's line rows, the grid, break-even)
 * equals the engine's figure for the same case.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildXlsx } from '../../src/cli/build';
import { validateCase } from '../../src/engine/case-file';
import type { BusinessCaseFile } from '../../src/engine/business-case-schema';
import { analyse } from '../../src/engine/what-if';
import { OUTPUT_WORDS } from '../../src/templates/output-words';
import { recalculate } from '../helpers/libreoffice';
import { requireTool } from '../helpers/system';
import { expectMoney } from '../helpers/tolerance';

const CASES = join(__dirname, '../fixtures/goldens/cases');
const FILES = [
  'first-year-discounted.json',
  'fifty-years-fm-2013.json',
  'kl-t01-energy-ramp.json',
  'htk-social-investment.json',
];
const ANALYSES = {
  scenarios: [
    { name: 'Pessimistisk', gainFactor: 0.8, costFactor: 1.1, investmentFactor: 1.2 },
    { name: 'Forventet' },
    { name: 'Optimistisk', gainFactor: 1.1, costFactor: 0.95 },
  ],
  sensitivity: { step: 0.1 },
  grid: { rates: [0.02, 0.035, 0.05], gainFactors: [0.6, 1, 1.2] },
  breakEven: { paybackWithin: 8 },
};
const available = requireTool('soffice', 'LibreOffice recalculates the output block');
const sheets = new Map<string, { input: BusinessCaseFile; sheet: ExcelJS.Worksheet }>();

beforeAll(async () => {
  if (!available) return;
  const dir = mkdtempSync(join(tmpdir(), 'gevinst-output-'));
  const paths: string[] = [];
  const inputs: BusinessCaseFile[] = [];
  for (const file of FILES) {
    const parsed = validateCase({ ...(JSON.parse(readFileSync(join(CASES, file), 'utf8')) as object), ...ANALYSES });
    if (!parsed.ok || parsed.value.template !== 'business-case') throw new Error(`${file}: ${JSON.stringify(parsed)}`);
    const bytes = await buildXlsx(parsed.value, 'da');
    if (!bytes.ok) throw new Error(`${file} did not build`);
    const path = join(dir, file.replace('.json', '.xlsx'));
    writeFileSync(path, bytes.value);
    paths.push(path);
    inputs.push(parsed.value);
  }
  const out = recalculate(paths);
  for (const [i, file] of FILES.entries()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out[i] ?? '');
    const sheet = wb.worksheets[0];
    const input = inputs[i];
    if (!sheet || !input) throw new Error(file);
    sheets.set(file, { input, sheet });
  }
}, 300_000);

function computed(sheet: ExcelJS.Worksheet, row: number, col: number): number {
  const cell = sheet.getRow(row).getCell(col);
  const v: unknown = cell.formula ? cell.result : cell.value;
  if (typeof v !== 'number') throw new Error(`${cell.address}: expected a number, got ${JSON.stringify(v)}`);
  return v;
}

/** The rows (1-based) below `heading` whose column A reads `label`. */
function rowOf(sheet: ExcelJS.Worksheet, heading: string, label: string | number): number {
  let inSection = false;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const a = sheet.getRow(r).getCell(1);
    const text = a.formula ? a.result : a.value;
    if (typeof text === 'string' && text.startsWith(heading)) inSection = true;
    else if (inSection && text === label) return r;
  }
  throw new Error(`no row "${label}" under "${heading}"`);
}

const maybe = available ? describe : describe.skip;

maybe.each(FILES)('%s', (file) => {
  test('scenario NPVs, totals and net results equal the engine', () => {
    const { input, sheet } = sheets.get(file) ?? ({} as never);
    for (const s of analyse(input).scenarios ?? []) {
      const r = rowOf(sheet, OUTPUT_WORDS.scenarios.da, s.name);
      expectMoney(computed(sheet, r, 5), s.npv, `${s.name} npv`);
      expectMoney(computed(sheet, r, 8), s.totalGains, `${s.name} gains`);
      expectMoney(computed(sheet, r, 9), s.netResult, `${s.name} net`);
    }
  });

  test('the tornado rows and the swing equal the engine', () => {
    const { input, sheet } = sheets.get(file) ?? ({} as never);
    for (const s of analyse(input).sensitivity ?? []) {
      const label = s.kind === 'discount' ? OUTPUT_WORDS.discountRate.da : s.driver;
      const r = rowOf(sheet, OUTPUT_WORDS.sensitivity.da, label);
      expectMoney(computed(sheet, r, 2), s.low.npv, `${label} low`);
      expectMoney(computed(sheet, r, 3), s.high.npv, `${label} high`);
      expectMoney(computed(sheet, r, 4), s.swing, `${label} swing`);
    }
  });

  test('the tornado is labelled by the change to the driver, shows the base NPV, and a cost moved down raises the NPV', () => {
    const { input, sheet } = sheets.get(file) ?? ({} as never);
    const rows = analyse(input).sensitivity ?? [];
    const first = rowOf(
      sheet,
      OUTPUT_WORDS.sensitivity.da,
      rows[0]?.kind === 'discount' ? OUTPUT_WORDS.discountRate.da : (rows[0]?.driver ?? ''),
    );
    const header = [2, 3, 4, 5].map((c) => sheet.getRow(first - 1).getCell(c).value);
    // The headers break at the compound's joint ("Nutids-" / "værdi"), not mid-word in the year columns.
    expect(header).toEqual([
      'Nutids-\nværdi ved −10 %',
      'Nutids-\nværdi ved +10 %',
      'Udsving',
      'Nutids-\nværdi (basis)',
    ]);
    const base = analyse(input).scenarios?.find((x) => x.name === 'Forventet')?.npv;
    rows.forEach((s, i) => {
      expectMoney(computed(sheet, first + i, 5), base ?? NaN, `${s.driver} base`);
      const line = input.lines.find((l) => l.label === s.driver);
      const down = computed(sheet, first + i, 2);
      if (line?.section === 'cost' && s.swing > 0) expect(down).toBeGreaterThan(base ?? Infinity);
      if (line?.section === 'gain' && s.swing > 0) expect(down).toBeLessThan(base ?? -Infinity);
    });
    // Sorted by swing, the largest first.
    const swings = rows.map((_, i) => computed(sheet, first + i, 4));
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
  });

  test('the grid and break-even equal the engine', () => {
    const { input, sheet } = sheets.get(file) ?? ({} as never);
    const a = analyse(input);
    a.grid?.gainFactors.forEach((f, i) => {
      const r = rowOf(sheet, OUTPUT_WORDS.grid.da, f);
      a.grid?.rates.forEach((_, j) =>
        expectMoney(computed(sheet, r, 2 + j), a.grid?.npv[i]?.[j] ?? NaN, `grid ${i},${j}`),
      );
    });
    const r = rowOf(sheet, OUTPUT_WORDS.breakEven.da, OUTPUT_WORDS.breakEvenNpv.da);
    expectMoney(computed(sheet, r, 2), a.breakEven?.gainFactor ?? NaN, 'break-even');
  });
});
