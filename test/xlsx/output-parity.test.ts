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

describe('three-point estimates: their ends are input cells, and the scenarios on them are formulas over those cells', () => {
  const threePoint = {
    template: 'business-case',
    title: 'Digital post i borgerservice',
    firstYear: 2027,
    discount: 'fm-2021',
    lines: [
      {
        section: 'gain',
        label: 'Færre breve og porto',
        values: [{ min: 200, likely: 400, max: 500 }, { min: 600, likely: 800, max: 900 }, 800, 800, 800],
      },
      { section: 'gain', label: 'Fast gevinst', values: [100, 100, 100, 100, 100] },
      { section: 'cost', label: 'Licens', values: [{ min: 150, likely: 180, max: 260 }, 180, 180, 180, 180] },
      { section: 'investment', label: 'Implementering', values: [{ min: 900, likely: 1100, max: 1600 }, 0, 0, 0, 0] },
    ],
    scenarios: [
      { name: 'Pessimistisk', estimate: 'pessimistic', costFactor: 1.1 },
      { name: 'Forventet' },
      { name: 'Optimistisk', estimate: 'optimistic', gainFactor: 1.1 },
    ],
  };
  // The minimum of the first gain's År 1, as a user would change it in the sheet: 200 → 50.
  const edited = structuredClone(threePoint);
  const firstGain = edited.lines[0]?.values[0];
  if (typeof firstGain === 'object') firstGain.min = 50;
  const recalculated = new Map<string, { input: BusinessCaseFile; sheet: ExcelJS.Worksheet }>();

  beforeAll(async () => {
    if (!available) return;
    const dir = mkdtempSync(join(tmpdir(), 'gevinst-three-point-'));
    const parsed = validateCase(threePoint);
    const changed = validateCase(edited);
    if (!parsed.ok || parsed.value.template !== 'business-case') throw new Error(JSON.stringify(parsed));
    if (!changed.ok || changed.value.template !== 'business-case') throw new Error(JSON.stringify(changed));
    const bytes = await buildXlsx(parsed.value, 'da');
    if (!bytes.ok) throw new Error('did not build');
    writeFileSync(join(dir, 'built.xlsx'), bytes.value);
    // The same file with one end typed over in the sheet, not rebuilt: the scenarios must follow.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.value as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    // Row 22 is the first gain line. Label A, five years B–F, total G, gain type H, a gap I: its År 1 minimum is J.
    const end = ws.getCell('J22');
    expect(end.value).toBe(200);
    end.value = 50;
    await wb.xlsx.writeFile(join(dir, 'edited.xlsx'));
    const [built, typed] = recalculate([join(dir, 'built.xlsx'), join(dir, 'edited.xlsx')]);
    for (const [name, path, input] of [
      ['built', built, parsed.value],
      ['edited', typed, changed.value],
    ] as const) {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(path ?? '');
      const sheet = book.worksheets[0];
      if (!sheet) throw new Error(name);
      recalculated.set(name, { input, sheet });
    }
  }, 300_000);

  const maybeTest = available ? test : test.skip;

  maybeTest.each(['built', 'edited'])(
    '%s: every scenario NPV, total and net result is a formula that LibreOffice brings to the engine figure',
    (name) => {
      const { input, sheet } = recalculated.get(name) ?? ({} as never);
      const scenarios = analyse(input).scenarios ?? [];
      expect(scenarios.map((s) => s.name)).toEqual(['Pessimistisk', 'Forventet', 'Optimistisk']);
      for (const s of scenarios) {
        const r = rowOf(sheet, OUTPUT_WORDS.scenarios.da, s.name);
        for (const col of [5, 8, 9]) expect(sheet.getRow(r).getCell(col).formula).toMatch(/SUMPRODUCT/);
        expectMoney(computed(sheet, r, 5), s.npv, `${s.name} npv`);
        expectMoney(computed(sheet, r, 8), s.totalGains, `${s.name} gains`);
        expectMoney(computed(sheet, r, 9), s.netResult, `${s.name} net`);
      }
    },
  );

  maybeTest('a three-point year cell is the PERT mean over its ends, which are input cells in its row', () => {
    const { sheet } = recalculated.get('built') ?? ({} as never);
    const year1 = sheet.getRow(22).getCell(2);
    expect(year1.formula).toBe('(J22+4*O22+T22)/6');
    expectMoney(computed(sheet, 22, 2), (200 + 4 * 400 + 500) / 6, 'PERT mean');
    // A plain number in a three-point line is its own three ends.
    // År 3's ends (L, Q, V) and its cell.
    expect(['L22', 'Q22', 'V22'].map((a) => sheet.getCell(a).value)).toEqual([800, 800, 800]);
    expect(sheet.getCell('D22').formula).toBe('(L22+4*Q22+V22)/6');
  });
});
