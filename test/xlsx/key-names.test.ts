/**
 * Names mean one thing: every named key figure of a built business case, as LibreOffice computes
 * it, holds what `gevinst calc` prints under the field of the same name, whatever the parameters
 * (a first year or none, År 1 discounted or not, a preset or a flat rate, a case that never pays
 * back). Gevinst_PaybackYear is the År number, as calc's paybackYear; the calendar year has its
 * own name.
 */
import ExcelJS from 'exceljs';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { a1 } from '../../src/sheet/address';
import { businessCaseLayout, KEY_FIGURES } from '../../src/sheet/business-case-layout';
import { planBusinessCase, topFigures } from '../../src/sheet/business-case-plan';
import { businessCaseParameters, WORDS } from '../../src/templates/business-case';
import { planToXlsx } from '../../src/xlsx/write-plan';
import { cli, written } from '../helpers/cli';
import { recalculate } from '../helpers/libreoffice';
import { requireTool } from '../helpers/system';
import { closeMoney } from '../helpers/tolerance';

const available = requireTool('soffice', 'LibreOffice recalculates the built business cases');
const maybe = available ? test : test.skip;

const example = JSON.parse(readFileSync(join(__dirname, '../../examples/business-case.json'), 'utf8')) as Record<
  string,
  unknown
>;

const VARIANTS: [string, Record<string, unknown>][] = [
  ['the example (first year 2026, fm-2021)', {}],
  ['no first year', { firstYear: undefined }],
  ['År 1 discounted, fm-2013', { firstYearDiscounted: true, discount: 'fm-2013' }],
  ['a flat rate of 7 %, first year 2019', { discount: 0.07, firstYear: 2019 }],
  [
    'never paying back',
    {
      lines: [
        { section: 'gain', label: 'Lille gevinst', gainType: 'budget', values: [10, 10, 10, 10, 10] },
        { section: 'investment', label: 'Stor investering', values: [1000, 0, 0, 0, 0] },
      ],
    },
  ],
];

/** Each name and the calc field of the same meaning. */
const FIELDS: [string, string][] = [
  ['Gevinst_NPV', 'npv'],
  ['Gevinst_IRR', 'irr'],
  ['Gevinst_PaybackYear', 'paybackYear'],
  ['Gevinst_PaybackCalendarYear', 'paybackCalendarYear'],
  ['Gevinst_PaybackYears', 'paybackYears'],
  ['Gevinst_DiscountedPaybackYear', 'discountedPaybackYear'],
  ['Gevinst_DiscountedPaybackCalendarYear', 'discountedPaybackCalendarYear'],
];

interface Job {
  readonly what: string;
  /** The case file's first year, if it has one. */
  readonly firstYear: number | undefined;
  readonly calc: Record<string, unknown>;
  readonly path: string;
}
const jobs: Job[] = [];
const books: ExcelJS.Workbook[] = [];
/** A business case as the add-in inserts it, nothing filled in, in each language, recalculated. */
const fresh = new Map<'da' | 'en', ExcelJS.Worksheet>();

beforeAll(async () => {
  if (!available) return;
  const dir = mkdtempSync(join(tmpdir(), 'gevinst-names-'));
  for (const [i, [what, change]] of VARIANTS.entries()) {
    const c = { ...example, ...change };
    const file = JSON.stringify(c);
    const calc = await cli(['calc', 'case.json'], { 'case.json': file });
    if (calc.code !== 0) throw new Error(`${what}: ${calc.err}`);
    const out = `/tmp/names-${i}.xlsx`;
    const build = await cli(['build', 'case.json', '-o', out], { 'case.json': file });
    if (build.code !== 0) throw new Error(`${what}: ${build.err}`);
    const path = join(dir, `${i}.xlsx`);
    writeFileSync(path, written[out] ?? Buffer.alloc(0));
    const firstYear = typeof c['firstYear'] === 'number' ? c['firstYear'] : undefined;
    jobs.push({ what, firstYear, calc: JSON.parse(calc.out) as Record<string, unknown>, path });
  }
  const freshPaths = await Promise.all(
    (['da', 'en'] as const).map(async (language) => {
      const path = join(dir, `fresh-${language}.xlsx`);
      writeFileSync(
        path,
        await planToXlsx(planBusinessCase(businessCaseParameters.parse({ language, firstYear: 2026 }))),
      );
      return path;
    }),
  );
  const out = recalculate([...jobs.map((j) => j.path), ...freshPaths]);
  for (const path of out.slice(0, jobs.length)) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    books.push(wb);
  }
  for (const [i, language] of (['da', 'en'] as const).entries()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out[jobs.length + i] ?? '');
    if (wb.worksheets[0]) fresh.set(language, wb.worksheets[0]);
  }
}, 300_000);

/** A named cell's value, as LibreOffice left it; the name's sheet is the business case. */
function named(wb: ExcelJS.Workbook, name: string): unknown {
  const model = wb.definedNames.model as { name: string; ranges: string[] }[];
  const range = model.find((n) => n.name === name)?.ranges[0];
  if (!range) return undefined;
  const [sheet, address] = range.split('!') as [string, string];
  const cell = wb.getWorksheet(sheet.replace(/^'|'$/g, '').replace(/''/g, "'"))?.getCell(address.replace(/\$/g, ''));
  const v = cell?.formula ? cell.result : cell?.value;
  return v ?? null;
}

maybe('every named key figure holds the calc field of the same name, whatever the parameters', () => {
  const wrong: string[] = [];
  let numbers = 0;
  jobs.forEach((job, i) => {
    const wb = books[i];
    if (!wb) throw new Error(job.what);
    for (const [name, field] of FIELDS) {
      const sheet = named(wb, name);
      const calc = job.calc[field];
      if (typeof calc === 'number') {
        numbers++;
        if (typeof sheet !== 'number' || !closeMoney(sheet, calc))
          wrong.push(`${job.what}: ${name} ${JSON.stringify(sheet)}, calc ${field} ${calc}`);
      } else if (typeof sheet === 'number') {
        // calc has none (never pays back, no first year, no unique rate): the sheet says so in words or blank.
        wrong.push(`${job.what}: ${name} ${sheet}, calc ${field} ${JSON.stringify(calc)}`);
      }
    }
  });
  expect(wrong).toEqual([]);
  // Measured: 28 of the 35 pairs are numbers (no calendar years without a first year, no payback in one case).
  expect(numbers).toBeGreaterThanOrEqual(28);
});

maybe('År numbers lie within the horizon, and each calendar year is the first year plus the År number less one', () => {
  // calc reads its figures from the same formulas, so agreeing with it is not enough: this holds
  // the meaning itself, independently of both.
  const wrong: string[] = [];
  jobs.forEach((job, i) => {
    const wb = books[i];
    if (!wb) throw new Error(job.what);
    const horizon = (job.calc['result'] as unknown[]).length;
    const firstYear = job.firstYear;
    for (const [year, calendar] of [
      ['Gevinst_PaybackYear', 'Gevinst_PaybackCalendarYear'],
      ['Gevinst_DiscountedPaybackYear', 'Gevinst_DiscountedPaybackCalendarYear'],
    ] as const) {
      const y = named(wb, year);
      const cy = named(wb, calendar);
      if (typeof y === 'number' && (y < 1 || y > horizon || !Number.isInteger(y)))
        wrong.push(`${job.what}: ${year} ${y}`);
      const expected = typeof y === 'number' && firstYear !== undefined ? firstYear + y - 1 : null;
      if ((cy === '' ? null : cy) !== expected)
        wrong.push(`${job.what}: ${calendar} ${JSON.stringify(cy)}, expected ${JSON.stringify(expected)}`);
    }
  });
  expect(wrong).toEqual([]);
});

maybe('the payback year is the År number (2), and the calendar year stands beside it (2027)', () => {
  const wb = books[0];
  if (!wb) throw new Error('not built');
  expect(jobs[0]?.calc['paybackYear']).toBe(2);
  expect(named(wb, 'Gevinst_PaybackYear')).toBe(2);
  expect(named(wb, 'Gevinst_PaybackCalendarYear')).toBe(2027);
});

maybe.each(['da', 'en'] as const)(
  'a freshly inserted, empty business case (%s) shows no NPV, IRR or payback year, but what to do',
  (language) => {
    const sheet = fresh.get(language);
    if (!sheet) throw new Error('not built');
    const layout = businessCaseLayout(10, { gain: 3, cost: 2, investment: 2 });
    const shown = KEY_FIGURES.map((name) => {
      const cell = sheet.getCell(a1(layout.keyFigures[name], 1));
      return [name, cell.formula ? cell.result : cell.value];
    });
    const fillIn = WORDS.fillIn[language];
    expect(shown).toEqual(KEY_FIGURES.map((name) => [name, fillIn]));
  },
);

maybe('the key figures at the top of the sheet show what the key figures below show, whatever the parameters', () => {
  const wrong: string[] = [];
  let compared = 0;
  jobs.forEach((job, i) => {
    const sheet = books[i]?.worksheets[0];
    if (!sheet) throw new Error(job.what);
    const layout = businessCaseLayout((job.calc['result'] as unknown[]).length, { gain: 1, cost: 1, investment: 1 });
    const top = topFigures(layout);
    if (!top) throw new Error(`${job.what}: no room at the top`);
    const shown = (address: string): unknown => {
      const cell = sheet.getCell(address);
      return cell.formula ? cell.result : cell.value;
    };
    (['Gevinst_NPV', 'Gevinst_IRR', 'Gevinst_PaybackYear'] as const).forEach((name, k) => {
      compared++;
      const below = shown(a1(layout.keyFigures[name], 1));
      const above = shown(a1(top.row + 1 + k, top.valueCol));
      if (JSON.stringify(above) !== JSON.stringify(below) || above === null || above === undefined)
        wrong.push(`${job.what}: ${name} ${JSON.stringify(above)} at the top, ${JSON.stringify(below)} below`);
    });
  });
  expect(compared).toBe(VARIANTS.length * 3);
  expect(wrong).toEqual([]);
});

maybe('beside the flat rate the sheet says it is not used while a preset is chosen, and nothing when it is', () => {
  const at = a1(businessCaseLayout(5, { gain: 1, cost: 1, investment: 1 }).assumption.flatRate, 2);
  const shown = jobs.map((job, i) => {
    const cell = books[i]?.worksheets[0]?.getCell(at);
    // A formula in every variant; LibreOffice leaves an empty text result as none.
    return [job.what, typeof cell?.formula, cell?.result ?? ''];
  });
  // The variants: the example and three more on a preset, one on a flat rate of 7 %.
  expect(shown).toEqual(
    VARIANTS.map(([what, change]) => [
      what,
      'string',
      typeof change['discount'] === 'number' ? '' : WORDS.flatRateIgnored.da,
    ]),
  );
});
