/**
 * Sheet plans as a workbook for the evaluator: constants as written, a user's typing over them,
 * names (a cell or a constant), other sheets, and a circular reference named by its cell.
 */
import { CircularReferenceError, planBook } from '../../src/sheet/plan-book';
import { Grid } from '../../src/sheet/grid';

function plan(name: string, fill: (g: Grid) => void) {
  const g = new Grid();
  fill(g);
  return g.toPlan(name, [], { rows: 0, cols: 0 }, { templateId: 't', templateVersion: 1, language: 'en', layout: {} });
}

const data = plan('Data', (g) => {
  g.number(0, 0, 2, 'input');
  g.text(1, 0, 'Holbæk', 'label');
  g.formula(2, 0, '=A1*10');
  g.names.push({ name: 'Gevinst_Rate', address: '$A$1' }, { name: 'Gevinst_Shape', formula: '="t@1;lang=en"' });
});
const other = plan('Other sheet', (g) => g.formula(0, 0, '=Data!A3+SUM(Data!A1:A3)'));

test('constants, formulas, names and another sheet', () => {
  const book = planBook([data, other]);
  expect(book.cell('Data', 0, 0)).toBe(2);
  expect(book.cell('Data', 1, 0)).toBe('Holbæk');
  expect(book.cell('Data', 2, 0)).toBe(20);
  expect(book.cell('Data', 5, 5)).toBeNull();
  expect(book.cell('Other sheet', 0, 0)).toBe(42);
  expect(book.name('Data', 'gevinst_rate')).toEqual({ k: 'ref', sheet: 'Data', at: { row: 0, col: 0 } });
  expect(book.name('Data', 'Gevinst_Shape')).toEqual({ k: 'str', v: 't@1;lang=en' });
  expect(book.name('Data', 'Gevinst_Nothing')).toBeUndefined();
  expect(book.hasSheet('Other sheet')).toBe(true);
  expect(book.hasSheet('Nope')).toBe(false);
});

test('a user typing over a cell is what the formulas read; sheets can be written under other names', () => {
  const book = planBook([data, other], ['Data', 'Andet ark'], new Map([['Data!0,0', 5]]));
  expect(book.cell('Data', 2, 0)).toBe(50);
  expect(book.cell('Andet ark', 0, 0)).toBe(50 + 5 + 50);
});

test('a circular reference is named by its cell', () => {
  const loop = plan('Loop', (g) => {
    g.formula(0, 0, '=B1+1');
    g.formula(0, 1, '=A1+1');
  });
  expect(() => planBook([loop]).cell('Loop', 0, 0)).toThrow(CircularReferenceError);
  expect(() => planBook([loop]).cell('Loop', 0, 0)).toThrow('circular reference at Loop!0,0');
});
