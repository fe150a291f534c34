/**
 * Text the add-in writes stays text in Excel. Written through `range.formulas`, Excel reads a
 * string as if typed: "1-35" and "36-70" (the discount bands on every business case) would become
 * dates, "50 %" a number. Every text cell of every plan the add-in can write (every template, both
 * languages, the largest sizes) that Excel would convert is written with the hidden quote prefix.
 */
import { businessCaseParameters } from '../../src/templates/business-case';
import { planBusinessCase } from '../../src/sheet/business-case-plan';
import { excelConverts, formulaCellValue, literalText, type SheetPlan } from '../../src/sheet/plan';
import { everyPlanSet } from '../helpers/all-plans';

test.each([
  ['1-35', true],
  ['36-70', true],
  ['71-', true],
  ['50 %', true],
  ['3,5 %', true],
  ['1.234,5', true],
  ['-12', true],
  ['1/2', true],
  ['2026-01-05', true],
  ['5. maj', true],
  ['jan-26', true],
  ['12:30', true],
  ['TRUE', true],
  ['falsk', true],
  ['(120)', true],
  ['100 kr.', true],
  ['1E5', true],
  ['Forlods', false],
  ['År 1', false],
  ['t.kr.', false],
  ['A07 Digitalisering af udlægshåndtering', false],
  ['Kommune 12', false],
  ['fm-2021', false],
  ['', false],
])('%j is converted by Excel: %s', (text, converts) => {
  expect(excelConverts(text)).toBe(converts);
  expect(literalText(text)).toBe(converts ? `'${text}` : text);
});

/** The text cells of a plan that Excel would convert, as the adapter writes them. */
function convertedUnquoted(plan: SheetPlan): string[] {
  return plan.cells.flatMap((row, r) =>
    row.flatMap((cell, c) => {
      if (cell?.content.kind !== 'text' || !excelConverts(cell.content.text)) return [];
      const written = formulaCellValue(cell);
      return typeof written === 'string' && written.startsWith("'")
        ? []
        : [`${plan.sheetName} R${r + 1}C${c + 1}: ${written}`];
    }),
  );
}

test('no text cell of any plan is written so that Excel would turn it into a number or a date', () => {
  const largest = (['da', 'en'] as const).map((language) =>
    planBusinessCase(
      businessCaseParameters.parse({ language, horizon: 50, lines: { gain: 100, cost: 100, investment: 100 } }),
    ),
  );
  const plans = [...everyPlanSet().flatMap((s) => s.plans), ...largest];
  expect(plans.flatMap(convertedUnquoted)).toEqual([]);
  // The discount bands are among them, on every business case.
  const bands = largest[0]?.cells.flat().filter((c) => c?.content.kind === 'text' && c.content.text === '1-35');
  expect(bands?.map((c) => formulaCellValue(c ?? null))).toEqual(["'1-35"]);
});
