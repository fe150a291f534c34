/**
 * The sheet language: its parser (Excel's precedence, sheet-qualified references, `_xlfn.`),
 * its renderer (parentheses where the tree needs them) and its evaluator with Excel's rules for
 * blanks, text, logicals and errors, function by function. Where a figure is Microsoft's own
 * worked example, the page is named beside it; the rest is worked by hand. The whole table is also
 * held against LibreOffice on every formula the product writes (test/xlsx/formula-parity.test.ts).
 */
import type { Formula } from '../../src/engine/formula/ast';
import { evaluate, evaluateCell, formulaProblems, type Book } from '../../src/engine/formula/evaluate';
import { FUNCTIONS } from '../../src/engine/formula/functions';
import { columnIndex, FormulaSyntaxError, parseFormula } from '../../src/engine/formula/parse';
import { columnLetters, renderFormula } from '../../src/engine/formula/render';
import type { Scalar, Value } from '../../src/engine/formula/value';
import { FORMULA_DATA } from '../helpers/formula-data';

type Content = number | string | boolean;

/** A small workbook: cells by A1 address per sheet; a string starting with = is a formula. */
function bookOf(sheets: Record<string, Record<string, Content>>, names: Record<string, string> = {}): Book {
  const memo = new Map<string, Scalar>();
  const book: Book = {
    hasSheet: (s) => s in sheets,
    name: (_sheet, n) => (names[n] === undefined ? undefined : parseFormula(names[n])),
    cell(sheet, row, col) {
      const address = `${columnLetters(col)}${row + 1}`;
      const c = sheets[sheet]?.[address];
      if (c === undefined) return null;
      if (typeof c !== 'string' || !c.startsWith('=')) return c;
      const key = `${sheet}!${address}`;
      if (!memo.has(key)) memo.set(key, evaluateCell(parseFormula(c), book, { sheet, row, col }));
      return memo.get(key) ?? null;
    },
  };
  return book;
}

const book = bookOf(
  { S: FORMULA_DATA, 'Business case': { B7: 42, C7: '=B7*2' } },
  { Gevinst_npv: "'Business case'!B7" },
);
/** A formula's value as cell Z99 of sheet S shows it. */
const at = (f: string): Scalar => evaluateCell(parseFormula(f), book, { sheet: 'S', row: 98, col: 25 });
const array = (f: string): Value => evaluate(parseFormula(f), book, { sheet: 'S', row: 98, col: 25 });

describe('parsing and precedence', () => {
  test.each([
    ['=-2^2', 4],
    ['=2^-1', 0.5],
    ['=2+3*4', 14],
    ['=(2+3)*4', 20],
    ['=2*3^2', 18],
    ['=10-2-3', 5],
    ['=2^3^2', 64],
    ['=50%', 0.5],
    ['=200%*3', 6],
    ['=1+2=3', true],
    ['="a"&1+2', 'a3'],
    ['=1.5E3+.5', 1500.5],
    ['= 1 + 2 ', 3],
    ['=--TRUE', 1],
    ['=+5', 5],
  ])('%s is %p', (f, expected) => {
    expect(at(f)).toBe(expected);
  });

  test('references: own sheet, other sheets quoted or not, absolute parts and ranges', () => {
    expect(parseFormula("='Business case'!$B$7")).toEqual({
      k: 'ref',
      sheet: 'Business case',
      at: { row: 6, col: 1, absCol: true, absRow: true },
    });
    expect(parseFormula("='It''s'!A1")).toEqual({ k: 'ref', sheet: "It's", at: { row: 0, col: 0 } });
    expect(parseFormula('=Ark2!B$3:$C4')).toEqual({
      k: 'range',
      sheet: 'Ark2',
      from: { row: 2, col: 1, absRow: true },
      to: { row: 3, col: 2, absCol: true },
    });
    expect(at("='Business case'!C7")).toBe(84);
    expect(at('=Gevinst_npv+1')).toBe(43);
    expect(at('=AA1')).toBe(0);
  });

  test('functions: names in any case, `_xlfn.` dropped, arguments left out', () => {
    expect(parseFormula('=_xlfn.QUARTILE.INC(A1:A3,1)')).toMatchObject({ k: 'call', fn: 'QUARTILE.INC' });
    expect(parseFormula('=sum(1)')).toMatchObject({ k: 'call', fn: 'SUM' });
    expect(parseFormula('=IF(A1,,2)')).toMatchObject({ args: [{ k: 'ref' }, { k: 'missing' }, { k: 'num', v: 2 }] });
    expect(parseFormula('=NA()')).toEqual({ k: 'call', fn: 'NA', args: [] });
    expect(at('=IF(TRUE,,2)')).toBe(0);
    expect(at('="say ""hi"""')).toBe('say "hi"');
    expect(at('=#N/A')).toEqual({ error: '#N/A' });
  });

  test.each([
    ['=SUM(1,2', 9, 'expected ")"'],
    ['=1+', 4, 'ends too early'],
    ['=1 ~ 2', 4, 'unexpected "~"'],
    ['=#FOO', 2, 'unknown error value'],
    ['="open', 2, 'closing "'],
    ["='Sheet!A1", 2, "closing '"],
    ['=Ark2!', 2, 'followed by a cell address'],
    ['=1 2', 4, 'after the formula'],
    ['=A1:3', 5, 'must end in a cell address'],
    ['=)', 2, 'unexpected ")"'],
    ['=A1:Ark2!B2', 5, 'stay on one sheet'],
  ])('%s is refused at character %d (counting its =): %s', (f, position, detail) => {
    let thrown: unknown;
    try {
      parseFormula(f);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(FormulaSyntaxError);
    expect((thrown as FormulaSyntaxError).at + 1).toBe(position);
    expect((thrown as Error).message).toContain(detail);
    expect((thrown as Error).message).toContain(JSON.stringify(f));
  });

  test('column letters both ways', () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16383].map(columnLetters)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
      'XFD',
    ]);
    expect(['A', 'z', 'AA', 'XFD'].map(columnIndex)).toEqual([0, 25, 26, 16383]);
  });
});

describe('rendering', () => {
  const n = (v: number): Formula => ({ k: 'num', v });
  const bin = (op: '+' | '-' | '*' | '/' | '^', a: Formula, b: Formula): Formula => ({ k: 'bin', op, a, b });

  test('a parsed formula renders as it was written', () => {
    for (const f of [
      '=IF(\'Business case\'!$B$7="Ikke-budget",0,-1)*$B$14',
      '=SUMPRODUCT(--(A1:A3>2),(1+$B$1)^-(B1:B3-1))',
      '=IFERROR(SUMIF(G1:G3,"Service",B1:B3)/SUM(B1:B3),"–")',
      '=-2^2+50%',
      '=IF(A1,,2)',
    ])
      expect(renderFormula(parseFormula(f))).toBe(f);
  });

  test('a built tree gets the parentheses its meaning needs, and no more', () => {
    expect(renderFormula(bin('*', bin('+', n(1), n(2)), n(3)))).toBe('=(1+2)*3');
    expect(renderFormula(bin('+', n(1), bin('*', n(2), n(3))))).toBe('=1+2*3');
    expect(renderFormula(bin('-', n(1), bin('-', n(2), n(3))))).toBe('=1-(2-3)');
    expect(renderFormula(bin('-', bin('-', n(1), n(2)), n(3)))).toBe('=1-2-3');
    expect(renderFormula({ k: 'neg', a: bin('^', n(2), n(2)) })).toBe('=-(2^2)');
    expect(renderFormula(bin('^', { k: 'neg', a: n(2) }, n(2)))).toBe('=-2^2');
    expect(renderFormula(bin('^', n(2), { k: 'neg', a: n(1) }))).toBe('=2^-1');
    expect(renderFormula({ k: 'pct', a: bin('+', n(1), n(2)) })).toBe('=(1+2)%');
    expect(renderFormula(n(1e21))).toBe('=1E21');
    expect(renderFormula({ k: 'str', v: 'a"b' })).toBe('="a""b"');
    expect(renderFormula({ k: 'ref', sheet: 'A1', at: { row: 0, col: 0 } })).toBe("='A1'!A1");
    // ARK2 is also a cell address (column ARK), so it is quoted too.
    expect(renderFormula({ k: 'ref', sheet: 'Ark2', at: { row: 0, col: 0 } })).toBe("='Ark2'!A1");
    expect(renderFormula({ k: 'ref', sheet: 'Data', at: { row: 0, col: 0 } })).toBe('=Data!A1');
  });

  test('for a file, newer functions carry their _xlfn. prefix', () => {
    const f = parseFormula('=QUARTILE.INC(A1:A3,1)+RANK.EQ(1,A1:A3)+SUM(A1)');
    expect(renderFormula(f, { file: true })).toBe('=_xlfn.QUARTILE.INC(A1:A3,1)+_xlfn.RANK.EQ(1,A1:A3)+SUM(A1)');
    expect(renderFormula(f)).toBe('=QUARTILE.INC(A1:A3,1)+RANK.EQ(1,A1:A3)+SUM(A1)');
    expect([...FUNCTIONS.values()].filter((d) => d.xlfn).map((d) => d.name)).toEqual([
      'QUARTILE.INC',
      'RANK.EQ',
      'IFNA',
    ]);
  });
});

describe('blanks, text, logicals and errors', () => {
  test('a blank is 0 in arithmetic, "" in text, FALSE in logic and blank to ISBLANK; a formula shows it as 0', () => {
    expect(at('=Z1+1')).toBe(1);
    expect(at('=Z1&"x"')).toBe('x');
    expect(at('=IF(Z1,1,2)')).toBe(2);
    expect(at('=ISBLANK(Z1)')).toBe(true);
    expect(at('=Z1')).toBe(0);
    expect(at('=Z1=0')).toBe(true);
    expect(at('=Z1=""')).toBe(true);
  });

  test('a formula\'s "" is text: not blank, and #VALUE! in arithmetic', () => {
    expect(at('=ISBLANK(C1)')).toBe(false);
    expect(at('=C1+1')).toEqual({ error: '#VALUE!' });
    expect(at('=ISTEXT(C1)')).toBe(true);
  });

  test('text that reads as a number counts as one in arithmetic; Danish decimals do not', () => {
    expect(at('="3"+1')).toBe(4);
    expect(at('=" 3 "*2')).toBe(6);
    expect(at('="1e3"+0')).toBe(1000);
    expect(at('="3,5"+1')).toEqual({ error: '#VALUE!' });
    expect(at('=A2*1')).toEqual({ error: '#VALUE!' });
  });

  test('errors propagate; the left operand first; IFERROR catches any', () => {
    expect(at('=1/0')).toEqual({ error: '#DIV/0!' });
    expect(at('=(1/0)+A2')).toEqual({ error: '#DIV/0!' });
    expect(at('=A2+(1/0)')).toEqual({ error: '#VALUE!' });
    expect(at('=C2&"x"')).toEqual({ error: '#DIV/0!' });
    expect(at('=C2=1')).toEqual({ error: '#DIV/0!' });
    expect(at('=-C2')).toEqual({ error: '#DIV/0!' });
    expect(at('=IFERROR(1/0,7)')).toBe(7);
    expect(at('=IFERROR(5,7)')).toBe(5);
    expect(at('=IF(1/0,1,2)')).toEqual({ error: '#DIV/0!' });
    expect(at('=IF("maybe",1,2)')).toEqual({ error: '#VALUE!' });
    expect(at('=IF("true",1,2)')).toBe(1);
    expect(at('=IFNA(NA(),3)')).toBe(3);
    expect(at('=IFNA(1/0,3)')).toEqual({ error: '#DIV/0!' });
    expect(at('=ISERROR(C2)')).toBe(true);
  });

  test('powers and overflow: 0^0 and too big are #NUM!, 0 to a negative power #DIV/0!', () => {
    expect(at('=0^0')).toEqual({ error: '#NUM!' });
    expect(at('=0^-1')).toEqual({ error: '#DIV/0!' });
    expect(at('=10^400')).toEqual({ error: '#NUM!' });
    expect(at('=(-8)^(1/3)')).toEqual({ error: '#NUM!' });
  });

  test('comparisons: numbers < text < logicals, text without case, blanks as the other side', () => {
    expect(at('=1<"a"')).toBe(true);
    expect(at('="a"<TRUE')).toBe(true);
    expect(at('=FALSE<TRUE')).toBe(true);
    expect(at('="ABC"="abc"')).toBe(true);
    expect(at('="b">"A"')).toBe(true);
    expect(at('="a"<>"b"')).toBe(true);
    expect(at('=2>=2')).toBe(true);
    expect(at('=2<=1')).toBe(false);
    expect(at('=Z1=FALSE')).toBe(true);
  });

  test('numbers in text as General shows them: 15 significant digits', () => {
    expect(at('=1.5&""')).toBe('1.5');
    expect(at('=(0.1+0.2)&""')).toBe('0.3');
    expect(at('=TRUE&""')).toBe('TRUE');
    expect(at('=1E+20&""')).toBe('1E+20');
    expect(at('=123456789012345&""')).toBe('123456789012345');
    expect(at('=1.5E-12&""')).toBe('1.5E-12');
    expect(at('=-1/3&""')).toBe('-0.333333333333333');
  });

  test('unknown names and functions are #NAME?; another sheet that does not exist is #REF!', () => {
    expect(at('=Gevinst_nothing')).toEqual({ error: '#NAME?' });
    expect(at('=FOO(1)')).toEqual({ error: '#NAME?' });
    expect(at("='No such'!A1")).toEqual({ error: '#REF!' });
    expect(at("=SUM('No such'!A1:A2)")).toEqual({ error: '#REF!' });
  });

  test('a call with the wrong number of arguments is a template bug, said before it is evaluated', () => {
    expect(formulaProblems(parseFormula('=IF(1)+FOO(2)+ROUND(1)+SUM(1,2)'))).toEqual([
      'IF takes 2 to 3 arguments, not 1',
      'FOO is not in the function table',
      'ROUND takes 2 arguments, not 1',
    ]);
    expect(formulaProblems(parseFormula('=-(1+IFERROR(1%,2))'))).toEqual([]);
    expect(() => at('=ROUND(1)')).toThrow('ROUND takes 2 arguments, not 1');
  });

  test('a range in a cell gives the element in its own row or column; a block is #VALUE!', () => {
    const inRow2 = (f: string) => evaluateCell(parseFormula(f), book, { sheet: 'S', row: 1, col: 25 });
    expect(inRow2('=B1:B3')).toBe(20);
    expect(inRow2('=(B1:B3)')).toBe(20);
    expect(evaluateCell(parseFormula('=A1:C1'), book, { sheet: 'S', row: 50, col: 1 })).toBe(10);
    expect(inRow2('=A1:B2')).toEqual({ error: '#VALUE!' });
    expect(inRow2('=B1:B3*2')).toEqual({ error: '#VALUE!' });
    expect(at('=B1:B3')).toEqual({ error: '#VALUE!' });
  });
});

describe('array arithmetic', () => {
  test('operators work element by element and broadcast a single row or column', () => {
    expect(array('=B1:B3*2')).toEqual([[20], [40], [60]]);
    expect(array('=B1:B3+D1:D3')).toEqual([[17], [23.5], [33.5]]);
    expect(array('=B1:B3>15')).toEqual([[false], [true], [true]]);
    expect(array('=--(B1:B3>15)')).toEqual([[0], [1], [1]]);
    expect(array('=B1:B3+D1:D5')).toEqual([[17], [23.5], [33.5], [{ error: '#N/A' }], [{ error: '#N/A' }]]);
    expect(array('=B1:B2+A1:B1')).toEqual([
      [11, 20],
      [21, 30],
    ]);
    expect(array('=ABS(-B1:B2)')).toEqual([[10], [20]]);
    expect(array('=IF(B1:B3>15,1,0)')).toEqual([[0], [1], [1]]);
    expect(array('=IFERROR(1/(B1:B2-10),"–")')).toEqual([['–'], [0.1]]);
  });
});

describe('functions', () => {
  test('SUM counts numbers in references and converts what is typed', () => {
    expect(at('=SUM(A1:A3)')).toBe(4);
    expect(at('=SUM(A2)')).toBe(0);
    expect(at('=SUM("3",1)')).toBe(4);
    expect(at('=SUM(TRUE,1)')).toBe(2);
    expect(at('=SUM("x")')).toEqual({ error: '#VALUE!' });
    expect(at('=SUM(B1:C2)')).toEqual({ error: '#DIV/0!' });
    expect(at('=SUM(Gevinst_npv,1)')).toBe(43);
  });

  test('COUNT, AVERAGE, MEDIAN, MIN and MAX over what is a number', () => {
    expect(at('=COUNT(A1:A3,C1,"5","x",TRUE)')).toBe(4);
    expect(at('=COUNT(C2)')).toBe(0);
    expect(at('=AVERAGE(A1:A3)')).toBe(2);
    expect(at('=AVERAGE(A2)')).toEqual({ error: '#DIV/0!' });
    expect(at('=MEDIAN(D1:D5)')).toBe(3.5);
    expect(at('=MEDIAN(F1:F8)')).toBe(7.5);
    expect(at('=MEDIAN(A2)')).toEqual({ error: '#NUM!' });
    expect(at('=MIN(D1:D5)')).toBe(1);
    expect(at('=MAX(D1:D5,8)')).toBe(8);
    expect(at('=MAX(A2)')).toBe(0);
    expect(at('=MIN(A2,C1)')).toBe(0);
  });

  test('SMALL, LARGE and QUARTILE.INC', () => {
    expect(at('=SMALL(D1:D5,2)')).toBe(2);
    expect(at('=LARGE(D1:D5,2)')).toBe(3.5);
    expect(at('=SMALL(D1:D5,6)')).toEqual({ error: '#NUM!' });
    expect(at('=LARGE(D1:D5,0)')).toEqual({ error: '#NUM!' });
    // Microsoft's QUARTILE.INC example (support.microsoft.com, QUARTILE.INC function): 1,2,4,7,8,9,10,12 → Q1 3.5.
    expect(at('=QUARTILE.INC(F1:F8,1)')).toBe(3.5);
    // A quart of 3.9 is truncated to 3: position 7 × 0.75 = 5.25 between 9 and 10.
    expect(at('=QUARTILE.INC(F1:F8,3.9)')).toBe(9.25);
    expect(at('=QUARTILE.INC(F1:F8,0)')).toBe(1);
    expect(at('=QUARTILE.INC(F1:F8,4)')).toBe(12);
    expect(at('=QUARTILE.INC(F1:F8,5)')).toEqual({ error: '#NUM!' });
    expect(at('=QUARTILE.INC(F1:F8,-1)')).toEqual({ error: '#NUM!' });
    expect(at('=QUARTILE.INC(A2,1)')).toEqual({ error: '#NUM!' });
  });

  test("RANK.EQ, with Microsoft's worked example", () => {
    // support.microsoft.com, RANK.EQ function: 7, 3.5, 3.5, 1, 2.
    expect(at('=RANK.EQ(7,D1:D5,1)')).toBe(5);
    expect(at('=RANK.EQ(2,D1:D5)')).toBe(4);
    expect(at('=RANK.EQ(3.5,D1:D5,1)')).toBe(3);
    expect(at('=RANK.EQ(3.5,D1:D5)')).toBe(2);
    expect(at('=RANK.EQ(5,D1:D5)')).toEqual({ error: '#N/A' });
  });

  test('SUMPRODUCT multiplies arrays of one size, text as 0', () => {
    expect(at('=SUMPRODUCT(A1:A3,B1:B3)')).toBe(10 + 0 + 90);
    expect(at('=SUMPRODUCT(B1:B3)')).toBe(60);
    expect(at('=SUMPRODUCT(--(B1:B3>15))')).toBe(2);
    expect(at('=SUMPRODUCT(B1:B3,(1+0.1)^-(F1:F3-1))')).toBeCloseTo(10 + 20 / 1.1 + 30 / 1.331, 12);
    // Text in an array that arithmetic made is an error, and SUMPRODUCT passes it on.
    expect(at('=SUMPRODUCT(B1:B3,(1+0.1)^-(A1:A3-1))')).toEqual({ error: '#VALUE!' });
    expect(at('=SUMPRODUCT(B1:B3,D1:D2)')).toEqual({ error: '#VALUE!' });
    expect(at('=SUMPRODUCT(B1:B2,C1:C2)')).toEqual({ error: '#DIV/0!' });
  });

  test('SUMIF and COUNTIF criteria: a word without case or with wildcards, an operator, a blank', () => {
    expect(at('=SUMIF(G1:G3,"Service",B1:B3)')).toBe(40);
    expect(at('=SUMIF(G1:G3,"<>service",B1:B3)')).toBe(20);
    expect(at('=SUMIF(G1:G3,"S*",B1:B3)')).toBe(40);
    expect(at('=SUMIF(G1:G3,"Anl?g",B1:B3)')).toBe(20);
    expect(at('=SUMIF(B1:B3,">15")')).toBe(50);
    expect(at('=SUMIF(B1:B3,"<=20")')).toBe(30);
    expect(at('=SUMIF(B1:B3,20)')).toBe(20);
    expect(at('=SUMIF(B1:B3,"=30")')).toBe(30);
    expect(at('=SUMIF(B1:B3,">=20",D1:D3)')).toBe(7);
    expect(at('=SUMIF(B1:B3,"<25")')).toBe(30);
    expect(at('=COUNTIF(A1:A4,"")')).toBe(1);
    expect(at('=COUNTIF(A1:A4,"<>")')).toBe(3);
    expect(at('=COUNTIF(G1:G3,"service")')).toBe(2);
    expect(at('=COUNTIF(A1:A3,"<>x")')).toBe(2);
    expect(at('=COUNTIF(A1:A3,">0")')).toBe(2);
  });

  test('ROUND half away from zero on the decimal shown; INT down; SIGN and ABS', () => {
    expect(at('=ROUND(2.5,0)')).toBe(3);
    expect(at('=ROUND(-2.5,0)')).toBe(-3);
    expect(at('=ROUND(1.005,2)')).toBe(1.01);
    expect(at('=ROUND(1234.5678,-2)')).toBe(1200);
    expect(at('=ROUND(0.000123456,5)')).toBe(0.00012);
    expect(at('=ROUND(1E+20,2)')).toBe(1e20);
    expect(at('=ROUND("x",2)')).toEqual({ error: '#VALUE!' });
    expect(at('=INT(-2.5)')).toBe(-3);
    expect(at('=INT(2.9)')).toBe(2);
    expect(at('=SIGN(-3)+SIGN(0)*10+SIGN(4)*100')).toBe(99);
    expect(at('=ABS(-3)')).toBe(3);
  });

  test('MATCH exact, sorted and descending; INDEX by row, by column and along a row', () => {
    expect(at('=MATCH("SERVICE",G1:G3,0)')).toBe(1);
    expect(at('=MATCH(3,A1:A3,0)')).toBe(3);
    expect(at('=MATCH("3",A1:A3,0)')).toEqual({ error: '#N/A' });
    expect(at('=MATCH(25,B1:B3,1)')).toBe(2);
    expect(at('=MATCH(25,B1:B3)')).toBe(2);
    expect(at('=MATCH(5,B1:B3,1)')).toEqual({ error: '#N/A' });
    expect(at('=MATCH(2.5,D2:D5,-1)')).toBe(2);
    expect(at('=MATCH(1,B1:C2,0)')).toEqual({ error: '#N/A' });
    expect(at('=INDEX(B1:B3,2)')).toBe(20);
    expect(at('=INDEX(A1:B3,3,2)')).toBe(30);
    expect(at('=INDEX(A1:B1,2)')).toBe(10);
    expect(at('=INDEX(B1:B3,4)')).toEqual({ error: '#REF!' });
    expect(at('=INDEX(B1:B3,-1)')).toEqual({ error: '#VALUE!' });
  });

  test('ROW and COLUMN of a reference or of the cell itself', () => {
    expect(at('=ROW()')).toBe(99);
    expect(at('=ROW(B7)')).toBe(7);
    expect(at('=ROW(A9:A3)')).toBe(3);
    expect(at('=COLUMN()')).toBe(26);
    expect(at('=COLUMN(C1:E1)')).toBe(3);
    expect(at('=ROW(1)')).toEqual({ error: '#VALUE!' });
  });

  test("NPV and IRR, with Microsoft's worked examples", () => {
    // support.microsoft.com, NPV function: rate 10 %, −10,000, 3,000, 4,200, 6,800 → 1,188.44.
    expect(at('=NPV(10%,-10000,3000,4200,6800)')).toBeCloseTo(1188.44, 2);
    expect(at('=NPV(-1,1)')).toEqual({ error: '#DIV/0!' });
    // support.microsoft.com, IRR function: −70,000, 12,000, 15,000, 18,000, 21,000, 26,000 → 8.66 %.
    expect(at('=IRR(E1:E6)')).toBeCloseTo(0.0866, 4);
    expect(at('=IRR(E1:E4)')).toBeCloseTo(-0.1821, 4);
    expect(at('=IRR(B1:B3)')).toEqual({ error: '#NUM!' });
  });

  test('IRR of flows with two rates gives the one nearer the guess', () => {
    const two = bookOf({ S: { A1: -100, A2: 230, A3: -132 } });
    const irr = (f: string) => evaluateCell(parseFormula(f), two, { sheet: 'S', row: 9, col: 9 });
    expect(irr('=IRR(A1:A3)')).toBeCloseTo(0.1, 9);
    expect(irr('=IRR(A1:A3,0.3)')).toBeCloseTo(0.2, 9);
  });

  test('logic over ranges skips text and blanks; no logical value at all is #VALUE!', () => {
    expect(at('=AND(A1:A3)')).toBe(true);
    expect(at('=OR(Z1:Z3)')).toEqual({ error: '#VALUE!' });
    expect(at('=OR(0,Z1,1)')).toBe(true);
    expect(at('=AND(1,0)')).toBe(false);
    expect(at('=AND(1,"x")')).toEqual({ error: '#VALUE!' });
    expect(at('=OR(C2,1)')).toEqual({ error: '#DIV/0!' });
    expect(at('=NOT(0)')).toBe(true);
    expect(at('=NOT("x")')).toEqual({ error: '#VALUE!' });
  });

  test('text functions', () => {
    expect(at('=TRIM("  Mio.   kr.  ")')).toBe('Mio. kr.');
    expect(at('=LOWER(H1)')).toBe('mio. kr.');
    expect(at('=UPPER("kr.")')).toBe('KR.');
    expect(at('=LEFT(H1,3)')).toBe('Mio');
    expect(at('=LEFT(H1)')).toBe('M');
    expect(at('=LEFT(H1,-1)')).toEqual({ error: '#VALUE!' });
    expect(at('=RIGHT(H1,3)')).toBe('kr.');
    expect(at('=RIGHT(H1,0)')).toBe('');
    expect(at('=LEN(H1)')).toBe(8);
    expect(at('=LEN(12.5)')).toBe(4);
    expect(at('=CONCATENATE("a",1,TRUE)')).toBe('a1TRUE');
    expect(at('=CONCATENATE("a",C2)')).toEqual({ error: '#DIV/0!' });
    expect(at('=N("x")+N(TRUE)+N(5)')).toBe(6);
    expect(at('=N(C2)')).toEqual({ error: '#DIV/0!' });
  });
});

describe('rendering, every kind of node', () => {
  const n = (v: number): Formula => ({ k: 'num', v });
  const bin = (op: '+' | '-' | '*' | '/' | '^' | '&' | '=' | '<', a: Formula, b: Formula): Formula => ({
    k: 'bin',
    op,
    a,
    b,
  });

  test('logicals, errors, names, a unary plus and a left-out argument', () => {
    expect(renderFormula({ k: 'bool', v: true })).toBe('=TRUE');
    expect(renderFormula({ k: 'bool', v: false })).toBe('=FALSE');
    expect(renderFormula({ k: 'err', v: '#N/A' })).toBe('=#N/A');
    expect(renderFormula({ k: 'name', name: 'Gevinst_NPV' })).toBe('=Gevinst_NPV');
    expect(renderFormula({ k: 'pos', a: n(5) })).toBe('=+5');
    expect(renderFormula({ k: 'pos', a: bin('+', n(1), n(2)) })).toBe('=+(1+2)');
    expect(renderFormula({ k: 'call', fn: 'IF', args: [n(1), { k: 'missing' }, n(2)] })).toBe('=IF(1,,2)');
    expect(renderFormula({ k: 'call', fn: 'FOO', args: [n(1)] }, { file: true })).toBe('=FOO(1)');
  });

  test('each operator binds as Excel binds it: comparison < & < + - < * / < ^ < % < unary minus', () => {
    expect(renderFormula(bin('&', bin('+', n(1), n(2)), n(3)))).toBe('=1+2&3');
    expect(renderFormula(bin('+', bin('&', n(1), n(2)), n(3)))).toBe('=(1&2)+3');
    expect(renderFormula(bin('=', bin('&', n(1), n(2)), n(3)))).toBe('=1&2=3');
    expect(renderFormula(bin('&', bin('=', n(1), n(2)), n(3)))).toBe('=(1=2)&3');
    expect(renderFormula(bin('&', n(1), bin('&', n(2), n(3))))).toBe('=1&(2&3)');
    expect(renderFormula(bin('*', n(1), bin('/', n(2), n(3))))).toBe('=1*(2/3)');
    expect(renderFormula(bin('/', bin('*', n(1), n(2)), n(3)))).toBe('=1*2/3');
    expect(renderFormula(bin('-', n(1), bin('*', n(2), n(3))))).toBe('=1-2*3');
    expect(renderFormula(bin('^', bin('*', n(1), n(2)), n(3)))).toBe('=(1*2)^3');
    expect(renderFormula(bin('<', n(1), bin('<', n(2), n(3))))).toBe('=1<(2<3)');
    expect(renderFormula({ k: 'pct', a: { k: 'neg', a: n(5) } })).toBe('=-5%');
    expect(renderFormula({ k: 'pct', a: { k: 'pct', a: n(5) } })).toBe('=5%%');
    expect(renderFormula({ k: 'pct', a: bin('^', n(2), n(2)) })).toBe('=(2^2)%');
    expect(renderFormula({ k: 'neg', a: { k: 'pct', a: n(5) } })).toBe('=-(5%)');
  });

  test('numbers: plain up to 12 characters, small ones written out, large ones scientific', () => {
    expect(renderFormula(n(1e-7))).toBe('=0.0000001');
    expect(renderFormula(n(1.5e-7))).toBe('=0.00000015');
    expect(renderFormula(n(1e-9))).toBe('=0.000000001');
    expect(renderFormula(n(-2.5e-7))).toBe('=-0.00000025');
    expect(renderFormula(n(0.000001))).toBe('=0.000001');
    expect(renderFormula(n(123456789012))).toBe('=123456789012');
    expect(renderFormula(n(1234567890123))).toBe('=1.234567890123E12');
    expect(renderFormula(n(1e-13))).toBe('=1E-13');
    expect(renderFormula(n(0))).toBe('=0');
  });

  test('a sheet name is quoted when it is not a plain name or could be read as a cell', () => {
    const at = (sheet: string) => renderFormula({ k: 'ref', sheet, at: { row: 0, col: 0 } });
    expect(at('AB12')).toBe("='AB12'!A1");
    expect(at('AB123')).toBe("='AB123'!A1");
    expect(at('AB12x')).toBe('=AB12x!A1');
    expect(at('XAB12')).toBe("='XAB12'!A1");
    expect(at('wxAB12')).toBe('=wxAB12!A1');
    expect(at('Ark 1')).toBe("='Ark 1'!A1");
    expect(at("It's")).toBe("='It''s'!A1");
    expect(at('_data')).toBe('=_data!A1');
    expect(at('1st')).toBe("='1st'!A1");
  });
});

describe('an error in any argument is the result', () => {
  test.each([
    '=ROUND(C2,2)',
    '=ROUND(1,C2)',
    '=SMALL(D1:D5,C2)',
    '=SMALL(B1:C2,1)',
    '=MEDIAN(B1:C2)',
    '=RANK.EQ(C2,D1:D5)',
    '=RANK.EQ(1,B1:C2)',
    '=RANK.EQ(1,D1:D5,C2)',
    '=IRR(B1:C2)',
    '=IRR(E1:E6,C2)',
    '=NPV(C2,1)',
    '=NPV(0.1,B1:C2)',
    '=LEFT(C2)',
    '=LEFT("a",C2)',
    '=RIGHT(C2)',
    '=RIGHT("a",C2)',
    '=MATCH(C2,B1:B3,0)',
    '=MATCH(1,B1:B3,C2)',
    '=INDEX(B1:B3,C2)',
    '=INDEX(A1:B3,1,C2)',
    '=SUMIF(B1:B3,">0",C1:C3)',
    '=IF(C2,1,2)',
    '=AND(1,C2)',
    '=OR(C2)',
    '=NOT(C2)',
    '=ABS(C2)',
    '=LOWER(C2)',
    '=C2^2',
    '=2^C2',
  ])('%s is #DIV/0!', (f) => {
    expect(at(f)).toEqual({ error: '#DIV/0!' });
  });
});

describe('the corners of the table', () => {
  test('SUMIF criteria against cells of another type, blanks and errors', () => {
    expect(at('=SUMIF(A1:A3,">0",B1:B3)')).toBe(40);
    expect(at('=SUMIF(A1:A3,"x",B1:B3)')).toBe(20);
    expect(at('=SUMIF(A1:A3,"<>x",B1:B3)')).toBe(40);
    expect(at('=SUMIF(A1:A3,"<>3",B1:B3)')).toBe(30);
    expect(at('=SUMIF(A1:A3,"?",B1:B3)')).toBe(20);
    expect(at('=SUMIF(A1:A3,"<>?",B1:B3)')).toBe(40);
    expect(at('=SUMIF(A1:A3,TRUE,B1:B3)')).toBe(0);
    expect(at('=SUMIF(A1:B3,"<>")')).toBe(64);
    expect(at('=COUNTIF(A1:A5,"<>")')).toBe(3);
    expect(at('=COUNTIF(A1:A5,"")')).toBe(2);
    expect(at('=COUNTIF(C1:C2,"<>1")')).toBe(2);
    expect(at('=COUNTIF(G1:G3,"serv*")')).toBe(2);
    expect(at('=COUNTIF(G1:G3,"a.l*")')).toBe(0);
    expect(at('=SUMIF(G1:G3,"service",A1:A3)')).toBe(4);
    expect(at('=SUMIF(D1:D5,"<3.5",D1:D5)')).toBe(3);
    expect(at('=SUMIF(D1:D5,">3.5")')).toBe(7);
  });

  test('MATCH sorted and descending stop where the order is passed; text and numbers do not match', () => {
    expect(at('=MATCH(3.5,D2:D5,-1)')).toBe(2);
    expect(at('=MATCH(0.5,D2:D5,-1)')).toBe(4);
    expect(at('=MATCH(30,B1:B3,1)')).toBe(3);
    expect(at('=MATCH(10,B1:B3,1)')).toBe(1);
    expect(at('=MATCH(2,A1:A3,1)')).toBe(1);
    expect(at('=MATCH("x",A1:A3,0)')).toBe(2);
    expect(at('=MATCH("Z",G1:G3,1)')).toBe(3);
    expect(at('=MATCH(1,C1:C2,0)')).toEqual({ error: '#N/A' });
    expect(at('=MATCH(20,A2:B2,0)')).toBe(2);
  });

  test('INDEX of a block needs a column; a zero row is #VALUE!', () => {
    expect(at('=INDEX(A1:B3,2)')).toEqual({ error: '#VALUE!' });
    expect(at('=INDEX(B1:B3,0)')).toEqual({ error: '#VALUE!' });
    expect(at('=INDEX(A1:B3,1,0)')).toEqual({ error: '#VALUE!' });
    expect(at('=INDEX(B1:B3,2,0)')).toBe(20);
    expect(at('=INDEX(A1:B3,3,3)')).toEqual({ error: '#REF!' });
  });

  test('IF without its third argument is FALSE; with it left out, 0', () => {
    expect(at('=IF(0,1)')).toBe(false);
    expect(at('=IF(0,1,)')).toBe(0);
    expect(at('=IF("false",1,2)')).toBe(2);
    expect(at('=IF(" TRUE ",1,2)')).toBe(1);
    expect(at('=IF(TRUE,A2,2)')).toBe('x');
  });

  test('SUMPRODUCT and aggregates count only numbers in arrays; logicals in an array are skipped', () => {
    expect(at('=SUMPRODUCT(B1:B3>15)')).toBe(0);
    expect(at('=SUM(B1:B3>15)')).toBe(0);
    expect(at('=SUMPRODUCT(B1:B3,B1:B3)')).toBe(1400);
    expect(at('=SUMPRODUCT(A1:B3)')).toBe(64);
    expect(at('=COUNT(B1:B3>15,1)')).toBe(1);
    expect(at('=LARGE(D1:D5,1)-SMALL(D1:D5,1)')).toBe(6);
    expect(at('=MEDIAN(D1:D4)')).toBe(3.5);
    expect(at('=MEDIAN(3,1,2)')).toBe(2);
  });

  test('text of numbers, IRR nearest the guess, LEFT and RIGHT of nothing', () => {
    expect(at('=1E+15&""')).toBe('1E+15');
    expect(at('=999999999999999&""')).toBe('999999999999999');
    expect(at('=0.000000001&""')).toBe('0.000000001');
    expect(at('=0.0000001&""')).toBe('0.0000001');
    expect(at('=1E-10&""')).toBe('1E-10');
    expect(at('=-1E+20&""')).toBe('-1E+20');
    expect(at('=LEFT(H1,0)')).toBe('');
    expect(at('=RIGHT(H1,1)')).toBe('.');
    expect(at('=ISTEXT(Z1)')).toBe(false);
    expect(at('=ISNUMBER(C2)')).toBe(false);
    expect(at('=ISNUMBER("1")')).toBe(false);
  });

  test('comparisons of every order', () => {
    expect(at('=2<>2')).toBe(false);
    expect(at('=1<2')).toBe(true);
    expect(at('=2<1')).toBe(false);
    expect(at('=2>1')).toBe(true);
    expect(at('=1>1')).toBe(false);
    expect(at('="b"<"a"')).toBe(false);
    expect(at('=TRUE>FALSE')).toBe(true);
    expect(at('=TRUE>1')).toBe(true);
    expect(at('="1"=1')).toBe(false);
  });
});

describe("R1C1 rendering (Excel's notation: R[n]/C[n] relative, Rn/Cn absolute, a bare R or C this row or column)", () => {
  // Worked by hand for cell C5 (row 4, column 2, 0-based).
  test.each([
    ['=B4', '=R[-1]C[-1]'],
    ['=$B$4', '=R4C2'],
    ['=B$4', '=R4C[-1]'],
    ['=$B4', '=R[-1]C2'],
    ['=C5*2', '=RC*2'],
    ['=SUM(A1:C3)', '=SUM(R[-4]C[-2]:R[-2]C)'],
    ['=IF(D6="B4",\'Mine tal\'!E5,"")', '=IF(R[1]C[1]="B4",\'Mine tal\'!RC[2],"")'],
  ])('%s in C5 is %s', (a1, r1c1) => {
    expect(renderFormula(parseFormula(a1), { r1c1At: { row: 4, col: 2 } })).toBe(r1c1);
  });

  test('one formula filled down a column has one R1C1 text', () => {
    const at = (row: number): string =>
      renderFormula(parseFormula(`=IF(ISNUMBER(D${row + 1}),D${row + 1}/$B$9,"")`), { r1c1At: { row, col: 5 } });
    expect(new Set([at(13), at(14), at(500)])).toEqual(new Set(['=IF(ISNUMBER(RC[-2]),RC[-2]/R9C2,"")']));
  });
});
