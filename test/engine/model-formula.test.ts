/**
 * The catalogue model language written as the sheet language: where each table sits, and the
 * exact formula text each kind of expression becomes (ranges for runs of cells, parentheses where
 * the meaning needs them and where the sheets have always had them, MATCH for the payback flag).
 * The values are held against LibreOffice in test/xlsx/catalogue-parity.test.ts.
 */
import { renderFormula } from '../../src/engine/formula/render';
import { compileExpr, evaluateModel, layoutModel } from '../../src/engine/model-formula';
import type { Expr, Model } from '../../src/engine/model';

const w = (s: string) => ({ da: s, en: s });
const model: Model = {
  tables: [
    {
      id: 't',
      title: w('T'),
      note: w('A note under the table'),
      columns: [
        { id: 'y1', label: w('Y1') },
        { id: 'y2', label: w('Y2') },
        { id: 'y3', label: w('Y3') },
      ],
      rows: [
        { id: 'a', label: w('A'), values: [1, 2, 3] },
        { id: 'b', label: w('B'), values: [4, 5, 6] },
        { id: 'flag', label: w('Flag'), helper: true, values: [0, 1, 1] },
        { id: 'c', label: w('C'), values: [7, 8, 9] },
        { id: 'tot', label: w('Total'), total: true },
      ],
    },
    { id: 'u', title: w('U'), columns: [{ id: 'v', label: w('V') }], rows: [{ id: 'x', label: w('X'), values: [2] }] },
  ],
  results: [],
};
const { cells } = layoutModel(model, 3);
const text = (e: Expr, at?: { table: string; row: string; col: string }) =>
  renderFormula(compileExpr(model, cells, e, 'en', at));
const ref = (row: string, col?: string, table = 't'): Expr => ({ k: 'cell', table, row, ...(col ? { col } : {}) });

test('tables sit one under the other: title, header, rows, a note row when there is one, a blank row', () => {
  const { tableRows, end } = layoutModel(model, 3);
  expect(tableRows.get('t')).toBe(3);
  expect(cells.get('t.a.y1')).toEqual({ row: 5, col: 1 });
  expect(cells.get('t.tot.y3')).toEqual({ row: 9, col: 3 });
  // Row 10 holds the note, row 11 is blank.
  expect(tableRows.get('u')).toBe(12);
  expect(cells.get('u.x.v')).toEqual({ row: 14, col: 1 });
  expect(end).toBe(16);
});

test('a sum is written as runs of cells: down a column, across a row, and separate pieces', () => {
  expect(text({ k: 'sum', table: 't', row: 'a' })).toBe('=SUM(B6:D6)');
  expect(text({ k: 'sum', col: 'y2' }, { table: 't', row: 'tot', col: 'y2' })).toBe('=SUM(C6:C7,C9)');
  expect(text({ k: 'sum', table: 't', col: 'y1' })).toBe('=SUM(B6:B7,B9)');
  expect(text({ k: 'sum', row: 'b', to: true }, { table: 't', row: 'c', col: 'y2' })).toBe('=SUM(B7:C7)');
  expect(text({ k: 'sum', row: 'a', to: true }, { table: 't', row: 'c', col: 'y1' })).toBe('=SUM(B6)');
});

test('parentheses where the meaning needs them, and around a negative number inside arithmetic', () => {
  const op = (o: '+' | '-' | '*' | '/', a: Expr, b: Expr): Expr => ({ k: 'op', op: o, a, b });
  const n = (v: number): Expr => ({ k: 'n', v });
  expect(text(op('*', op('+', ref('a', 'y1'), ref('b', 'y1')), n(2)))).toBe('=(B6+B7)*2');
  expect(text(op('+', ref('a', 'y1'), op('*', ref('b', 'y1'), n(2))))).toBe('=B6+B7*2');
  expect(text(op('-', n(10), op('-', n(4), n(3))))).toBe('=10-(4-3)');
  expect(text(op('-', op('-', n(10), n(4)), n(3)))).toBe('=10-4-3');
  expect(text(op('/', n(1), op('*', n(2), n(3))))).toBe('=1/(2*3)');
  expect(text(op('/', n(1), op('/', n(2), n(3))))).toBe('=1/(2/3)');
  expect(text(op('*', n(2), n(-5)))).toBe('=2*(-5)');
  expect(text(n(-5))).toBe('=-5');
  expect(text({ k: 'cmp', op: '>=', a: op('+', n(1), n(2)), b: n(3) })).toBe('=1+2>=3');
  expect(text({ k: 'max', args: [n(-1), ref('x', undefined, 'u')] })).toBe('=MAX(-1,B15)');
});

test('blank, IF, OR, IFERROR, MIN and the payback flag', () => {
  expect(text({ k: 'blank', a: ref('a', 'y1') })).toBe('=B6=""');
  expect(
    text({
      k: 'if',
      c: { k: 'or', args: [ref('a', 'y1'), ref('b', 'y2')] },
      a: { k: 't', v: w('ja') },
      b: { k: 'n', v: 0 },
    }),
  ).toBe('=IF(OR(B6,C7),"ja",0)');
  expect(text({ k: 'iferr', a: ref('a', 'y1'), b: { k: 'n', v: 0 } })).toBe('=IFERROR(B6,0)');
  expect(text({ k: 'min', args: [ref('a', 'y1'), ref('c', 'y3')] })).toBe('=MIN(B6,D9)');
  expect(text({ k: 'match1', table: 't', row: 'flag' })).toBe('=MATCH(1,B8:D8,0)');
  expect(text({ k: 'match1', row: 'flag' }, { table: 't', row: 'c', col: 'y1' })).toBe('=MATCH(1,B8:D8,0)');
  expect(() => text({ k: 'cell', table: 't', row: 'nope', col: 'y1' })).toThrow('model: no cell t.nope.y1');
});

test('the evaluation reads each cell once, and results sit below the tables', () => {
  const withResults: Model = {
    ...model,
    results: [
      { id: 'total', label: w('Total'), expr: { k: 'sum', table: 't', row: 'tot' }, format: 'amount' },
      { id: 'paid', label: w('Paid'), expr: { k: 'match1', table: 't', row: 'flag' }, format: 'count' },
    ],
  };
  const { cells: values, results } = evaluateModel(withResults, new Map(), 'en');
  expect(values.get('t.tot.y1')).toBe(12);
  expect(results.get('total')).toBe(12 + 15 + 18);
  expect(results.get('paid')).toBe(2);
});
