/**
 * The management summary sheet that `gevinst build` writes beside every business case, recalculated
 * by LibreOffice: its key figures, the anslået and unstated shares and the økonomiske konsekvenser
 * table by budget area equal what `gevinst calc` reports (the same formulas, read by the evaluator). The golden cases have no evidence or areas (all
 * gains unstated, defaults by section); three cases here set them, with non-budget gains, income,
 * kr. and mio. kr. units.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildXlsx } from '../../src/cli/build';
import { calculateCase, plansForCase } from '../../src/sheet/registry';
import { validateCase } from '../../src/engine/case-file';
import type { Summary } from '../../src/sheet/business-case-figures';
import { a1 } from '../../src/sheet/address';
import { SUMMARY_ROWS, SUMMARY_WORDS } from '../../src/sheet/summary-plan';
import { recalculate } from '../helpers/libreoffice';
import { MIXED_LINES } from '../helpers/summary-lines';
import { requireTool } from '../helpers/system';
import { expectMoney } from '../helpers/tolerance';

const available = requireTool('soffice', 'LibreOffice recalculates the summary sheets');
const maybe = available ? test : test.skip;
const GOLDEN_CASES = join(__dirname, '../fixtures/goldens/cases');

const OWN: Record<string, object> = {
  'areas-and-evidence': {
    template: 'business-case',
    title: 'Udlæg med konsekvenser',
    firstYear: 2027,
    discount: 'fm-2021',
    unit: 't.kr.',
    lines: MIXED_LINES,
  },
  'in-kroner': {
    template: 'business-case',
    title: 'I kroner',
    unit: 'kr.',
    discount: 0.04,
    lines: [
      { section: 'gain', label: 'A', evidence: 'estimated', values: [649070, 649070] },
      { section: 'investment', label: 'Bygning', values: [1000000, 0] },
    ],
  },
  'in-millions': {
    template: 'business-case',
    title: 'I millioner',
    unit: 'mio. kr.',
    lines: [
      { section: 'gain', label: 'A', evidence: 'calculated', values: [1.5, 2.5, 2.5] },
      { section: 'cost', label: 'B', area: 'transfers', values: [0.25, 0.25, 0.25] },
    ],
  },
};

interface Built {
  name: string;
  lang: 'da' | 'en';
  unit: string;
  summary: Summary;
  years: number;
  consequenceRow: number;
  sheet: ExcelJS.Worksheet;
  npv: number;
}
const built: Built[] = [];

beforeAll(async () => {
  if (!available) return;
  const files: [string, unknown][] = readdirSync(GOLDEN_CASES)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f, JSON.parse(readFileSync(join(GOLDEN_CASES, f), 'utf8')) as unknown]);
  files.push(...Object.entries(OWN));
  const dir = mkdtempSync(join(tmpdir(), 'gevinst-summary-'));
  const jobs: Omit<Built, 'sheet'>[] = [];
  const paths: string[] = [];
  for (const [i, [name, data]] of files.entries()) {
    const parsed = validateCase(data);
    if (!parsed.ok || parsed.value.template !== 'business-case') continue;
    const lang = i % 2 === 0 ? 'da' : 'en';
    const plans = plansForCase(parsed.value, lang);
    const bytes = await buildXlsx(parsed.value, lang);
    if (!plans.ok || !bytes.ok || plans.value.length !== 2) throw new Error(`${name} did not build two sheets`);
    const calc = calculateCase(parsed.value);
    const result = calc.ok ? calc.value : undefined;
    if (!result || !('summary' in result) || !('npv' in result)) throw new Error(name);
    const path = join(dir, `${i}.xlsx`);
    writeFileSync(path, bytes.value);
    paths.push(path);
    jobs.push({
      name,
      lang,
      unit: parsed.value.unit ?? 't.kr.',
      summary: result.summary as Summary,
      years: result.result.length,
      npv: result.npv,
      consequenceRow: plans.value[1]?.metadata.layout['consequenceRow'] ?? 0,
    });
  }
  const out = recalculate(paths);
  for (const [i, job] of jobs.entries()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out[i] ?? '');
    const sheet = wb.worksheets[1];
    if (!sheet) throw new Error(`${job.name}: no summary sheet`);
    built.push({ ...job, sheet });
  }
}, 300_000);

const value = (sheet: ExcelJS.Worksheet, row: number, col: number): unknown => {
  const c = sheet.getCell(a1(row, col));
  return c.formula ? c.result : c.value;
};

maybe('every golden business case and the three summary cases got a summary sheet', () => {
  expect(built.length).toBe(15 + 3);
});

maybe('key figures and the anslået and unstated shares equal the engine', () => {
  for (const b of built) {
    const R = SUMMARY_ROWS;
    expectMoney(value(b.sheet, R.npv, 1) as number, b.npv, `${b.name} npv`);
    expectMoney(value(b.sheet, R.gains, 1) as number, b.summary.keyFigures.totals.gains, `${b.name} gains`);
    expectMoney(value(b.sheet, R.investments, 1) as number, b.summary.keyFigures.totals.investments, `${b.name} inv`);
    const shares: [number, number | null][] = [
      [R.estimatedShare, b.summary.estimatedShare],
      [R.unstatedShare, b.summary.unstatedShare],
    ];
    for (const [row, share] of shares) {
      if (share === null) expect([b.name, value(b.sheet, row, 1)]).toEqual([b.name, '–']);
      else expectMoney(value(b.sheet, row, 1) as number, share, `${b.name} share row ${row}`);
    }
  }
  const own = built.find((b) => b.name === 'areas-and-evidence');
  // Of 2,720 t.kr. of gains, 300 + 200 are anslået, 2,150 beregnet and the refusion's 70 unstated.
  expect(own?.summary.estimatedShare).toBeCloseTo(500 / 2720, 12);
  expect(own?.summary.unstatedShare).toBeCloseTo(70 / 2720, 12);
});

maybe('the økonomiske konsekvenser table by budget area equals the engine, in 1.000 kr. with budget signs', () => {
  for (const b of built) {
    const c = b.summary.consequences;
    [c.service, c.construction, c.transfers, c.total].forEach((row, j) =>
      row.forEach((v, k) =>
        expectMoney(value(b.sheet, b.consequenceRow + j, 1 + k) as number, v, `${b.name} ${j} ${k}`),
      ),
    );
  }
  const own = built.find((b) => b.name === 'areas-and-evidence')?.summary.consequences;
  // År 1: service = −200 (gain) + 80 (licence) + 40 (udstyr) = −80; the non-budget 50 is left out.
  expect(own?.service[0]).toBe(-80);
  expect(own?.construction).toEqual([500, 0, 0, 0]);
  expect(own?.transfers).toEqual([-10, -20, -20, -20]);
  const kroner = built.find((b) => b.name === 'in-kroner')?.summary.consequences;
  expect(kroner?.service[0]).toBeCloseTo(-649.07, 9);
  const millions = built.find((b) => b.name === 'in-millions')?.summary.consequences;
  expect(millions?.transfers).toEqual([250, 250, 250]);
});

maybe('the consequence table is headed by calendar years where the case has a first year, else by "År n"', () => {
  const years = (b: Built): unknown[] =>
    Array.from({ length: b.years }, (_, k) => value(b.sheet, b.consequenceRow - 1, 1 + k));
  const dated = built.find((b) => b.name === 'areas-and-evidence');
  if (!dated) throw new Error('no areas-and-evidence case');
  // firstYear 2027 in the case file.
  expect(years(dated)).toEqual(Array.from({ length: dated.years }, (_, k) => 2027 + k));
  const undated = built.find((b) => b.name === 'in-kroner');
  if (!undated) throw new Error('no in-kroner case');
  // The in-kroner case has no first year; its sheet is the English one (every second case).
  expect(years(undated)).toEqual(['Year 1', 'Year 2']);
});

maybe('the amounts among the key figures say their unit, read from the business case (t.kr., kr., mio. kr.)', () => {
  const units = new Set<string>();
  for (const b of built) {
    const R = SUMMARY_ROWS;
    const words = [
      [R.npv, SUMMARY_WORDS.npv],
      [R.gains, SUMMARY_WORDS.gains],
      [R.costs, SUMMARY_WORDS.costs],
      [R.investments, SUMMARY_WORDS.investments],
    ] as const;
    for (const [row, word] of words)
      expect([b.name, value(b.sheet, row, 0)]).toEqual([b.name, `${word[b.lang]} (${b.unit.trim()})`]);
    units.add(b.unit.trim());
  }
  expect([...units].sort()).toEqual(expect.arrayContaining(['kr.', 'mio. kr.', 't.kr.']));
});
