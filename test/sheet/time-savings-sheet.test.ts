/**
 * Time savings as a sheet `gevinst build` writes: the sheet's formulas and LibreOffice's
 * recalculation agree with the engine's computeTimeSavings, which calc prints, on the catalogue's
 * worked example (A07, Side 36: 2.762 × 235 = 649.070 kr.; 10.000 transactions (ours) × 5 minutes at
 * 306 kr. = 255.000 kr.) in both languages; a blank input leaves the totals to be filled in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateCase } from '../../src/engine/case-file';
import type { TimeSavingsFile } from '../../src/engine/time-savings-schema';
import { computeTimeSavings } from '../../src/engine/time-savings';
import { planBook } from '../../src/sheet/plan-book';
import { TIME_ROWS, TIME_SAVINGS_SHEET } from '../../src/sheet/time-savings-plan';
import { recalculatedInBothLanguages } from '../helpers/both-languages';
import { requireTool } from '../helpers/system';

const GOLDEN = join(__dirname, '../fixtures/goldens/cases/kl-a07-expenses.json');

function file(data: unknown): TimeSavingsFile {
  const v = validateCase(data);
  if (!v.ok || v.value.template !== 'time-savings') throw new Error('not a time-savings case');
  return v.value;
}

const example = file(JSON.parse(readFileSync(GOLDEN, 'utf8')));

function sheetFigures(f: TimeSavingsFile, language: 'da' | 'en') {
  const params = { language, file: f };
  const plan = TIME_SAVINGS_SHEET.plan(params);
  return { plan, figures: TIME_SAVINGS_SHEET.figures(params, planBook([plan]), plan.sheetName) };
}

test('the sheet computes what calc prints: 649.070 + 255.000 kr., 833,3 hours, their årsværk', () => {
  const engine = computeTimeSavings(example);
  expect(engine.kr).toBeCloseTo(649070 + 255000, 6);
  const { figures } = sheetFigures(example, 'da');
  expect(figures.get('kr')).toBeCloseTo(engine.kr, 6);
  expect(figures.get('hours')).toBeCloseTo(engine.hours, 9);
  expect(figures.get('fte')).toBeCloseTo(engine.fte, 12);
});

test('a blank input makes the line and the totals say what to fill in, never a sum that skips it', () => {
  const v = validateCase(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  if (!v.ok || v.value.template !== 'time-savings') throw new Error('invalid');
  const { plan } = sheetFigures(v.value, 'en');
  const book = planBook([
    { ...plan, cells: plan.cells.map((r, i) => (i === 13 ? r.map((c, k) => (k === 5 ? null : c)) : r)) },
  ]);
  // Row 14 (the first line, per unit) loses its unit count.
  expect(book.cell(plan.sheetName, 13, 8)).toBe('fill in');
  expect(book.cell(plan.sheetName, TIME_ROWS.kr, 1)).toBe('fill in');
});

const available = requireTool('soffice', 'LibreOffice recalculates the time-savings sheet');
(available ? test : test.skip)(
  'LibreOffice recalculates the built sheet to the engine figures, in Danish and English',
  async () => {
    const engine = computeTimeSavings(example);
    for (const sheet of await recalculatedInBothLanguages(example)) {
      const value = (row: number): unknown => sheet.value(row, 1);
      expect(value(TIME_ROWS.kr)).toBeCloseTo(engine.kr, 6);
      expect(value(TIME_ROWS.hours)).toBeCloseTo(engine.hours, 9);
      expect(value(TIME_ROWS.fte)).toBeCloseTo(engine.fte, 12);
    }
  },
  120_000,
);
