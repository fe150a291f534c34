/** Runs of one formula down a column, written as one R1C1 fill each. */
import { columnFills, MIN_FILL_ROWS, r1c1Formula } from '../../src/excel/column-fills';
import { parseFormula } from '../../src/engine/formula/parse';
import { renderFormula } from '../../src/engine/formula/render';
import { a1 } from '../../src/sheet/address';
import { everyPlanSet } from '../helpers/all-plans';
import type { SheetPlan } from '../../src/sheet/plan';
import { a1FromR1C1 } from '../fakes/r1c1';

const formula = (f: string): SheetPlan['cells'][number][number] => ({
  content: { kind: 'formula', formula: f },
  role: 'formula',
});
const number = (v: number): SheetPlan['cells'][number][number] => ({
  content: { kind: 'number', value: v },
  role: 'input',
});

test('a run is the rows where the R1C1 text stays the same; a different formula or a constant ends it', () => {
  const n = MIN_FILL_ROWS;
  const cells: SheetPlan['cells'] = [
    ...Array.from({ length: n }, (_, r) => [number(r), formula(`=A${r + 11}*2`)]),
    [number(0), formula('=A99')],
    ...Array.from({ length: n - 1 }, (_, r) => [number(r), formula(`=A${r + 12 + n}*2`)]),
  ];
  // The block starts at row 10 of the sheet, column 0.
  expect(columnFills(cells, 10, 0)).toEqual([{ row: 0, col: 1, rows: n, r1c1: '=RC[-1]*2' }]);
});

test("the fake reads R1C1 back to A1 on its own terms (Excel's notation, worked by hand for C5)", () => {
  expect(a1FromR1C1('=R[-1]C[-1]+R4C2+R4C[-1]+R[-1]C2+RC', 4, 2)).toBe('=B4+$B$4+B$4+$B4+C5');
  expect(a1FromR1C1('=SUM(R[-4]C[-2]:R[-2]C)&"R1C1"&ROUND(RC,0)', 4, 2)).toBe('=SUM(A1:C3)&"R1C1"&ROUND(C5,0)');
});

test('the quick R1C1 rewrite says what the parsed formula renders, for every formula of every plan', () => {
  const differ: string[] = [];
  let checked = 0;
  for (const plan of everyPlanSet().flatMap((s) => s.plans)) {
    plan.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.content.kind !== 'formula') return;
        checked++;
        const quick = r1c1Formula(cell.content.formula, r, c);
        const parsed = renderFormula(parseFormula(cell.content.formula), { r1c1At: { row: r, col: c } });
        if (quick !== parsed && differ.length < 5) differ.push(`${plan.sheetName}!${a1(r, c)}: ${quick} ≠ ${parsed}`);
      }),
    );
  }
  expect(checked).toBeGreaterThan(5_000);
  expect(differ).toEqual([]);
});

test('quoted sheet names and text that look like references are left alone', () => {
  expect(r1c1Formula(`='Q1 2024'!B4&"A1"&Gevinst_Q1&LOG10(A1)+1E12`, 4, 2)).toBe(
    `='Q1 2024'!R[-1]C[-1]&"A1"&Gevinst_Q1&LOG10(R[-4]C[-2])+1E12`,
  );
});
