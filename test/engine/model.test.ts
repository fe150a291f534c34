/**
 * The catalogue's small spreadsheet language, evaluated by the engine alone: each expression kind
 * with Excel's semantics (blank is 0 in arithmetic and blank to ISBLANK, text in arithmetic is
 * #VALUE!, division by zero is #DIV/0! that IFERROR catches, errors propagate), the cell
 * definitions a table gives (inputs, row and column formulas, totals), and the guard that shows
 * "udfyld input" instead of a figure computed from a blank. Expected values are worked by hand;
 * test/xlsx/catalogue-parity.test.ts checks the same semantics against LibreOffice.
 */
import { evaluateModel } from '../../src/engine/model-formula';
import {
  cellDef,
  cellsOf,
  guardedResult,
  isError,
  keyOf,
  MISSING_INPUT,
  requiredInputsOf,
  resolve,
  sumRange,
  withInputs,
  type Expr,
  type Model,
  type ModelTable,
  type Value,
} from '../../src/engine/model';

const w = (s: string) => ({ da: `${s} (da)`, en: s });
const n = (v: number): Expr => ({ k: 'n', v });
const c = (row: string, col?: string, table?: string): Expr => ({
  k: 'cell',
  row,
  ...(col ? { col } : {}),
  ...(table ? { table } : {}),
});

/** A table t with columns y1..y3 and rows a (inputs), b (inputs), s (a + b), tot (total). */
const grid: ModelTable = {
  id: 't',
  title: w('Table'),
  columns: [
    { id: 'y1', label: w('Y1') },
    { id: 'y2', label: w('Y2') },
    { id: 'y3', label: w('Y3') },
  ],
  rows: [
    { id: 'a', label: w('A'), values: [1, 2, 3] },
    { id: 'b', label: w('B'), values: [10, null, 30], optional: true },
    { id: 's', label: w('S'), formula: { k: 'op', op: '+', a: c('a'), b: c('b') } },
    { id: 'run', label: w('Running'), helper: true, formula: { k: 'sum', row: 'a', to: true } },
    { id: 'tot', label: w('Total'), total: true },
  ],
};

/** Evaluates one expression as the model's only result, over a one-cell scratch table and `grid`. */
function value(expr: Expr, inputs: Record<string, number | string> = {}, lang: 'da' | 'en' = 'en'): Value {
  const model: Model = {
    tables: [
      grid,
      {
        id: 'x',
        title: w('X'),
        columns: [{ id: 'v', label: w('V') }],
        rows: [{ id: 'r', label: w('R'), optional: true }],
      },
    ],
    results: [{ id: 'out', label: w('Out'), expr, format: 'decimal' }],
  };
  return evaluateModel(model, new Map(Object.entries(inputs)), lang).results.get('out') as Value;
}
const blank = c('r', undefined, 'x');

describe('arithmetic', () => {
  test.each([
    ['+', 7, 2, 9],
    ['-', 7, 2, 5],
    ['*', 7, 2, 14],
    ['/', 7, 2, 3.5],
  ] as const)('%s', (op, a, b, expected) => {
    expect(value({ k: 'op', op, a: n(a), b: n(b) })).toBe(expected);
  });

  test('division by zero, or by a blank, is #DIV/0!', () => {
    expect(value({ k: 'op', op: '/', a: n(1), b: n(0) })).toEqual({ error: '#DIV/0!' });
    expect(value({ k: 'op', op: '/', a: n(1), b: blank })).toEqual({ error: '#DIV/0!' });
    expect(value({ k: 'op', op: '/', a: n(0), b: n(4) })).toBe(0);
  });

  test('a blank is 0, TRUE is 1 and text is #VALUE! in arithmetic', () => {
    expect(value({ k: 'op', op: '+', a: blank, b: n(4) })).toBe(4);
    expect(value({ k: 'op', op: '*', a: blank, b: n(4) })).toBe(0);
    expect(value({ k: 'op', op: '+', a: { k: 'cmp', op: '=', a: n(1), b: n(1) }, b: n(4) })).toBe(5);
    expect(value({ k: 'op', op: '+', a: { k: 'cmp', op: '=', a: n(1), b: n(2) }, b: n(4) })).toBe(4);
    expect(value({ k: 'op', op: '+', a: { k: 't', v: w('tekst') }, b: n(4) })).toEqual({ error: '#VALUE!' });
    expect(value({ k: 'op', op: '+', a: n(4), b: { k: 't', v: w('tekst') } })).toEqual({ error: '#VALUE!' });
    expect(value({ k: 'op', op: '+', a: blank, b: n(1) }, { 'x.r.v': '' })).toBe(1);
  });

  test('the first error wins and propagates through every operator', () => {
    const div0: Expr = { k: 'op', op: '/', a: n(1), b: n(0) };
    const text: Expr = { k: 'op', op: '*', a: { k: 't', v: w('x') }, b: n(1) };
    expect(value({ k: 'op', op: '-', a: div0, b: text })).toEqual({ error: '#DIV/0!' });
    expect(value({ k: 'op', op: '-', a: text, b: div0 })).toEqual({ error: '#VALUE!' });
    expect(value({ k: 'op', op: '-', a: n(1), b: div0 })).toEqual({ error: '#DIV/0!' });
  });
});

describe('functions', () => {
  test('MAX and MIN skip a blank cell, as Excel does, and pass the first error on', () => {
    expect(value({ k: 'max', args: [n(-3), n(2), n(1)] })).toBe(2);
    expect(value({ k: 'min', args: [n(-3), n(2), n(1)] })).toBe(-3);
    expect(value({ k: 'max', args: [n(-3), blank] })).toBe(-3);
    expect(value({ k: 'min', args: [n(3), blank] })).toBe(3);
    expect(value({ k: 'max', args: [blank] })).toBe(0);
    expect(value({ k: 'max', args: [n(3), { k: 'op', op: '/', a: n(1), b: n(0) }] })).toEqual({ error: '#DIV/0!' });
    expect(value({ k: 'min', args: [n(3), { k: 't', v: w('x') }] })).toEqual({ error: '#VALUE!' });
  });

  test('comparisons of numbers, of blanks as 0, and of text without regard to case', () => {
    expect(value({ k: 'cmp', op: '>=', a: n(2), b: n(2) })).toBe(true);
    expect(value({ k: 'cmp', op: '>=', a: n(1), b: n(2) })).toBe(false);
    expect(value({ k: 'cmp', op: '<=', a: n(2), b: n(2) })).toBe(true);
    expect(value({ k: 'cmp', op: '<=', a: n(3), b: n(2) })).toBe(false);
    expect(value({ k: 'cmp', op: '=', a: n(2), b: n(3) })).toBe(false);
    expect(value({ k: 'cmp', op: '=', a: blank, b: n(0) })).toBe(true);
    expect(value({ k: 'cmp', op: '=', a: { k: 't', v: w('Ja') }, b: { k: 't', v: { da: 'JA', en: 'JA' } } })).toBe(
      true,
    );
    expect(value({ k: 'cmp', op: '>=', a: { k: 't', v: w('b') }, b: { k: 't', v: w('a') } })).toBe(true);
    expect(value({ k: 'cmp', op: '<=', a: { k: 't', v: w('b') }, b: { k: 't', v: w('a') } })).toBe(false);
    expect(value({ k: 'cmp', op: '=', a: blank, b: { k: 't', v: { da: '', en: '' } } })).toBe(true);
    expect(value({ k: 'cmp', op: '=', a: { k: 'op', op: '/', a: n(1), b: n(0) }, b: n(1) })).toEqual({
      error: '#DIV/0!',
    });
    expect(value({ k: 'cmp', op: '=', a: n(1), b: { k: 'op', op: '/', a: n(1), b: n(0) } })).toEqual({
      error: '#DIV/0!',
    });
  });

  test('IF takes any non-zero as true, evaluates only its branch and passes an error in the test on', () => {
    expect(value({ k: 'if', c: n(2), a: n(10), b: n(20) })).toBe(10);
    expect(value({ k: 'if', c: n(0), a: n(10), b: n(20) })).toBe(20);
    expect(value({ k: 'if', c: blank, a: n(10), b: n(20) })).toBe(20);
    expect(value({ k: 'if', c: n(1), a: n(10), b: { k: 'op', op: '/', a: n(1), b: n(0) } })).toBe(10);
    expect(value({ k: 'if', c: { k: 'op', op: '/', a: n(1), b: n(0) }, a: n(10), b: n(20) })).toEqual({
      error: '#DIV/0!',
    });
  });

  test('ISBLANK is true for a blank and for empty text, false for 0', () => {
    expect(value({ k: 'blank', a: blank })).toBe(true);
    expect(value({ k: 'blank', a: blank }, { 'x.r.v': '' })).toBe(true);
    expect(value({ k: 'blank', a: blank }, { 'x.r.v': 0 })).toBe(false);
    expect(value({ k: 'blank', a: blank }, { 'x.r.v': 'x' })).toBe(false);
  });

  test('OR is true when any argument is non-zero and passes an error on', () => {
    expect(value({ k: 'or', args: [n(0), blank, n(3)] })).toBe(true);
    expect(value({ k: 'or', args: [n(0), blank] })).toBe(false);
    expect(value({ k: 'or', args: [n(1), { k: 'op', op: '/', a: n(1), b: n(0) }] })).toEqual({ error: '#DIV/0!' });
  });

  test('IFERROR catches every error and leaves a value alone', () => {
    expect(value({ k: 'iferr', a: { k: 'op', op: '/', a: n(1), b: n(0) }, b: n(-1) })).toBe(-1);
    expect(value({ k: 'iferr', a: { k: 'op', op: '+', a: { k: 't', v: w('x') }, b: n(0) }, b: n(-1) })).toBe(-1);
    expect(value({ k: 'iferr', a: n(5), b: n(-1) })).toBe(5);
  });

  test('MATCH(1, row, 0) gives the 1-based column of the first 1, #N/A when there is none', () => {
    expect(value({ k: 'match1', table: 't', row: 'a' }, { 't.a.y1': 0, 't.a.y2': 1, 't.a.y3': 1 })).toBe(2);
    expect(value({ k: 'match1', table: 't', row: 'a' }, { 't.a.y1': 1 })).toBe(1);
    expect(value({ k: 'match1', table: 't', row: 'a' }, { 't.a.y1': 0, 't.a.y2': 0, 't.a.y3': 0 })).toEqual({
      error: '#N/A',
    });
  });

  test('text is shown in the sheet language', () => {
    expect(value({ k: 't', v: w('tekst') }, {}, 'da')).toBe('tekst (da)');
    expect(value({ k: 't', v: w('tekst') }, {}, 'en')).toBe('tekst');
  });
});

describe('references and sums', () => {
  test('a row formula is computed in every column; a given input replaces the prefilled one', () => {
    const model: Model = { tables: [grid], results: [] };
    const { cells } = evaluateModel(model, new Map([['t.b.y2', 5]]), 'en');
    expect([1, 2, 3].map((y) => cells.get(`t.s.y${y}`))).toEqual([11, 7, 33]);
  });

  test('a total row adds the data rows above it and leaves helper rows out', () => {
    const { cells } = evaluateModel({ tables: [grid], results: [] }, new Map(), 'en');
    // y1: a 1 + b 10 + s 11 = 22 (the running row is a helper and is not counted).
    expect([1, 2, 3].map((y) => cells.get(`t.tot.y${y}`))).toEqual([22, 4, 66]);
  });

  test('a running sum adds its row from the first column to its own', () => {
    const { cells } = evaluateModel({ tables: [grid], results: [] }, new Map(), 'en');
    expect([1, 2, 3].map((y) => cells.get(`t.run.y${y}`))).toEqual([1, 3, 6]);
  });

  test('a result sums a whole row, or a whole column of data rows; SUM skips text and blanks', () => {
    expect(value({ k: 'sum', table: 't', row: 'a' })).toBe(6);
    expect(value({ k: 'sum', table: 't', col: 'y3' })).toBe(3 + 30 + 33);
    expect(value({ k: 'sum', table: 't', row: 'b' })).toBe(40);
    expect(value({ k: 'sum', table: 't', row: 'b' }, { 't.b.y1': 'tekst' })).toBe(30);
    expect(value({ k: 'sum', table: 't', row: 'a' }, { 't.a.y2': 'x' })).toBe(4);
  });

  test('a sum of a range with an error is that error', () => {
    const model: Model = {
      tables: [
        {
          id: 'q',
          title: w('Q'),
          columns: [{ id: 'v', label: w('V'), formula: { k: 'op', op: '/', a: n(1), b: c('d', 'v') } }],
          rows: [
            { id: 'd', label: w('D'), formula: n(0) },
            { id: 'e', label: w('E') },
          ],
        },
      ],
      results: [{ id: 'sum', label: w('Sum'), expr: { k: 'sum', table: 'q', col: 'v' }, format: 'decimal' }],
    };
    const { cells, results } = evaluateModel(model, new Map(), 'en');
    expect(cells.get('q.e.v')).toEqual({ error: '#DIV/0!' });
    expect(results.get('sum')).toEqual({ error: '#DIV/0!' });
  });

  test('a reference to another table names its row and column; a one-column table needs no column', () => {
    expect(value(c('a', 'y2', 't'))).toBe(2);
    expect(value(blank, { 'x.r.v': 9 })).toBe(9);
    const model: Model = { tables: [grid], results: [] };
    expect(resolve(model, { table: 't', row: 'a', col: 'y1' })).toEqual({ table: 't', row: 'a', col: 'y1' });
    expect(resolve(model, { row: 'b' }, { table: 't', row: 's', col: 'y3' })).toEqual({
      table: 't',
      row: 'b',
      col: 'y3',
    });
    // Naming another table without a row does not borrow the current cell's row.
    expect(() => resolve(model, { table: 't', col: 'y1' }, { table: 't', row: 'a', col: 'y1' })).toThrow(
      /incomplete reference/,
    );
    expect(() => resolve(model, { row: 'a' })).toThrow(/no table ""/);
    expect(() => resolve(model, { table: 'nope', row: 'a', col: 'y1' })).toThrow(/no table "nope"/);
  });

  test('the range of a sum: a row, a running row up to the current column, a column above the current row', () => {
    const model: Model = { tables: [grid], results: [] };
    const ids = (r: ReturnType<typeof sumRange>) => [r.rows.map((x) => x.id), r.cols.map((x) => x.id)];
    expect(ids(sumRange(model, { k: 'sum', table: 't', row: 'a' }))).toEqual([['a'], ['y1', 'y2', 'y3']]);
    expect(ids(sumRange(model, { k: 'sum', row: 'a', to: true }, { table: 't', row: 'run', col: 'y2' }))).toEqual([
      ['a'],
      ['y1', 'y2'],
    ]);
    expect(ids(sumRange(model, { k: 'sum', col: 'y2' }, { table: 't', row: 's', col: 'y2' }))).toEqual([
      ['a', 'b'],
      ['y2'],
    ]);
    expect(ids(sumRange(model, { k: 'sum', table: 't', col: 'y2' }))).toEqual([['a', 'b', 's'], ['y2']]);
    // From another table, a column sum takes every data row.
    expect(ids(sumRange(model, { k: 'sum', table: 't', col: 'y1' }, { table: 'x', row: 'a', col: 'y1' }))).toEqual([
      ['a', 'b', 's'],
      ['y1'],
    ]);
    expect(() => sumRange(model, { k: 'sum', table: 't', row: 'zz' })).toThrow(/no row zz/);
    expect(() => sumRange(model, { k: 'sum', table: 't', col: 'zz' })).toThrow(/no column zz/);
  });

  test('a circular reference is a programming error named by its cell', () => {
    const loop: Model = {
      tables: [
        {
          id: 'l',
          title: w('L'),
          columns: [{ id: 'v', label: w('V') }],
          rows: [
            { id: 'p', label: w('P'), formula: c('q') },
            { id: 'q', label: w('Q'), formula: c('p') },
          ],
        },
      ],
      results: [],
    };
    expect(() => evaluateModel(loop, new Map(), 'en')).toThrow('model: circular reference at l.p.v');
  });
});

describe('cell definitions', () => {
  const ratio: ModelTable = {
    id: 'r',
    title: w('R'),
    columns: [
      { id: 'cost', label: w('Cost') },
      { id: 'units', label: w('Units') },
      { id: 'price', label: w('Price'), noTotal: true },
      {
        id: 'per',
        label: w('Per unit'),
        formula: { k: 'op', op: '/', a: { k: 'cell', col: 'cost' }, b: { k: 'cell', col: 'units' } },
        totalByFormula: true,
      },
      { id: 'kind', label: w('Kind'), choices: [w('Ja'), w('Nej')] },
    ],
    rows: [
      { id: 'one', label: w('One'), values: [100, 4, 7, null, w('Ja')], optional: true },
      { id: 'tot', label: w('Total'), total: true },
    ],
  };
  const model: Model = { tables: [ratio], results: [] };

  test('inputs carry their prefilled value, whether blank means 0, and their list of choices', () => {
    expect(cellDef(model, { table: 'r', row: 'one', col: 'cost' })).toEqual({
      kind: 'input',
      value: 100,
      optional: true,
    });
    expect(cellDef(model, { table: 'r', row: 'one', col: 'kind' })).toEqual({
      kind: 'input',
      value: w('Ja'),
      optional: true,
      choices: [w('Ja'), w('Nej')],
    });
    expect(cellDef({ tables: [grid], results: [] }, { table: 't', row: 'a', col: 'y1' })).toEqual({
      kind: 'input',
      value: 1,
      optional: false,
    });
  });

  test('a total row sums, leaves a no-total column empty, and applies a ratio column to its own cells', () => {
    expect(cellDef(model, { table: 'r', row: 'tot', col: 'cost' })).toEqual({
      kind: 'formula',
      expr: { k: 'sum', col: 'cost' },
    });
    expect(cellDef(model, { table: 'r', row: 'tot', col: 'price' })).toEqual({ kind: 'empty' });
    expect(cellDef(model, { table: 'r', row: 'tot', col: 'per' }).kind).toBe('formula');
    const { cells } = evaluateModel(model, new Map(), 'da');
    expect(cells.get('r.tot.price')).toBeNull();
    expect(cells.get('r.one.per')).toBe(25);
    expect(cells.get('r.tot.per')).toBe(25);
    expect(cells.get('r.one.kind')).toBe('Ja (da)');
  });

  test('a row formula wins over a column formula; an unknown cell is a programming error', () => {
    const both: Model = {
      tables: [{ ...ratio, rows: [{ id: 'f', label: w('F'), formula: n(1) }] }],
      results: [],
    };
    expect(cellDef(both, { table: 'r', row: 'f', col: 'per' })).toEqual({ kind: 'formula', expr: n(1) });
    expect(() => cellDef(model, { table: 'r', row: 'nope', col: 'cost' })).toThrow('model: no cell r.nope.cost');
    expect(() => cellDef(model, { table: 'r', row: 'one', col: 'nope' })).toThrow('model: no cell r.one.nope');
  });

  test('every cell is listed table by table, row by row', () => {
    expect(
      cellsOf({ tables: [grid], results: [] })
        .map(keyOf)
        .slice(0, 4),
    ).toEqual(['t.a.y1', 't.a.y2', 't.a.y3', 't.b.y1']);
    expect(cellsOf({ tables: [grid], results: [] })).toHaveLength(15);
  });

  test('isError tells an error value from every other value', () => {
    expect(isError({ error: '#N/A' })).toBe(true);
    expect([0, '', 'x', true, null].map((v) => isError(v))).toEqual([false, false, false, false, false]);
  });
});

describe('the blank-input guard', () => {
  const table: ModelTable = {
    id: 'g',
    title: w('G'),
    columns: [{ id: 'v', label: w('V') }],
    rows: [
      { id: 'hours', label: w('Hours') },
      { id: 'rate', label: w('Rate'), values: [300] },
      { id: 'extra', label: w('Extra'), optional: true },
      { id: 'flag', label: w('Flag') },
      { id: 'cost', label: w('Cost'), formula: { k: 'op', op: '*', a: c('hours'), b: c('rate') } },
      { id: 'tot', label: w('Total'), total: true },
    ],
  };
  const all = (e: Expr): Model => ({
    tables: [table],
    results: [{ id: 'r', label: w('R'), expr: e, format: 'amount' }],
  });
  const ids = (m: Model, e: Expr, prefilled = false) => requiredInputsOf(m, e, undefined, prefilled).map(keyOf);

  test('a result depends on the required blank inputs behind its formulas, not on optional ones', () => {
    const e: Expr = { k: 'op', op: '+', a: c('cost', 'v', 'g'), b: c('extra', 'v', 'g') };
    expect(ids(all(e), e)).toEqual(['g.hours.v']);
    expect(ids(all(e), e, true)).toEqual(['g.hours.v', 'g.rate.v']);
  });

  test('every kind of expression passes its inputs on', () => {
    const h = c('hours', 'v', 'g');
    const f = c('flag', 'v', 'g');
    const kinds: Expr[] = [
      { k: 'cmp', op: '=', a: n(1), b: h },
      { k: 'iferr', a: n(1), b: h },
      { k: 'iferr', a: h, b: n(1) },
      { k: 'if', c: h, a: n(1), b: n(2) },
      { k: 'if', c: n(1), a: h, b: n(2) },
      { k: 'if', c: n(1), a: n(2), b: h },
      { k: 'max', args: [n(1), h] },
      { k: 'min', args: [h] },
      { k: 'or', args: [n(0), h] },
      { k: 'blank', a: h },
      { k: 'op', op: '-', a: n(1), b: h },
    ];
    for (const e of kinds) expect(ids(all(e), e)).toEqual(['g.hours.v']);
    expect(ids(all({ k: 'sum', table: 'g', col: 'v' }), { k: 'sum', table: 'g', col: 'v' })).toEqual([
      'g.hours.v',
      'g.flag.v',
    ]);
    expect(ids(all({ k: 'match1', table: 'g', row: 'flag' }), { k: 'match1', table: 'g', row: 'flag' })).toEqual([
      'g.flag.v',
    ]);
    expect(ids(all({ k: 'op', op: '+', a: f, b: f }), { k: 'op', op: '+', a: f, b: f })).toEqual(['g.flag.v']);
    expect(ids(all(n(1)), n(1))).toEqual([]);
    expect(ids(all({ k: 't', v: w('x') }), { k: 't', v: w('x') })).toEqual([]);
  });

  test('a result on blank inputs says "fill in inputs"; filled in, it is the figure', () => {
    const m = all(c('cost', 'v', 'g'));
    const r = m.results[0]!;
    expect(guardedResult(m, r)).toEqual({
      k: 'if',
      c: {
        k: 'or',
        args: [
          { k: 'blank', a: { k: 'cell', table: 'g', row: 'hours', col: 'v' } },
          { k: 'blank', a: { k: 'cell', table: 'g', row: 'rate', col: 'v' } },
        ],
      },
      a: { k: 't', v: MISSING_INPUT },
      b: r.expr,
    });
    expect(evaluateModel(m, new Map(), 'da').results.get('r')).toBe('udfyld input');
    expect(evaluateModel(m, new Map(), 'en').results.get('r')).toBe('fill in inputs');
    expect(evaluateModel(m, new Map([['g.hours.v', 2]]), 'en').results.get('r')).toBe(600);
    // The user cleared a prefilled rate: the guard holds for prefilled inputs too.
    expect(
      evaluateModel(
        m,
        new Map<string, number | string>([
          ['g.hours.v', 2],
          ['g.rate.v', ''],
        ]),
        'en',
      ).results.get('r'),
    ).toBe('fill in inputs');
  });

  test('one dependency is guarded without OR; none leaves the result as it is', () => {
    const one = all(c('hours', 'v', 'g'));
    expect(guardedResult(one, one.results[0]!)).toEqual({
      k: 'if',
      c: { k: 'blank', a: { k: 'cell', table: 'g', row: 'hours', col: 'v' } },
      a: { k: 't', v: MISSING_INPUT },
      b: c('hours', 'v', 'g'),
    });
    const none = all(c('extra', 'v', 'g'));
    expect(guardedResult(none, none.results[0]!)).toBe(none.results[0]!.expr);
  });
});

describe('withInputs', () => {
  const table: ModelTable = {
    id: 'k',
    title: w('K'),
    columns: [
      { id: 'n', label: w('N') },
      {
        id: 'kind',
        label: w('Kind'),
        choices: [
          { da: 'Ja', en: 'Yes' },
          { da: 'Nej', en: 'No' },
        ],
      },
    ],
    rows: [
      { id: 'a', label: w('A'), values: [5, null] },
      { id: 'b', label: w('B') },
    ],
  };
  const model: Model = { tables: [table], results: [] };

  test('writes numbers, matches a choice in either language and keeps other text as it is', () => {
    const out = withInputs(
      model,
      new Map<string, number | string>([
        ['k.a.kind', 'No'],
        ['k.b.n', 7],
        ['k.b.kind', 'Måske'],
      ]),
    );
    expect(out.tables[0]!.rows[0]!.values).toEqual([5, { da: 'Nej', en: 'No' }]);
    expect(out.tables[0]!.rows[1]!.values).toEqual([7, { da: 'Måske', en: 'Måske' }]);
    const da = withInputs(model, new Map([['k.b.kind', 'Ja']]));
    expect(da.tables[0]!.rows[1]!.values).toEqual([null, { da: 'Ja', en: 'Yes' }]);
  });

  test('a cleared cell ("") is blank, not an empty text', () => {
    const out = withInputs(model, new Map([['k.a.n', '']]));
    expect(out.tables[0]!.rows[0]!.values).toEqual([null, null]);
  });

  test('leaves a row without inputs untouched', () => {
    const out = withInputs(model, new Map([['k.b.n', 1]]));
    expect(out.tables[0]!.rows[0]).toBe(table.rows[0]);
  });
});
