/**
 * One spec per function of the sheet language's table, against LibreOffice: each function's
 * cases (blanks, text, errors, ties, empty ranges, guesses) written into a workbook beside a small
 * data table, recalculated by LibreOffice, and each cell compared with the engine's evaluator on
 * the same formula. Where Excel's documentation and LibreOffice disagree, the evaluator follows
 * Excel, and the case says so with its source.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FUNCTIONS } from '../../src/engine/formula/functions';
import { parseFormula } from '../../src/engine/formula/parse';
import type { Scalar } from '../../src/engine/formula/value';
import { a1 } from '../../src/sheet/address';
import { Grid } from '../../src/sheet/grid';
import { planBook } from '../../src/sheet/plan-book';
import { plansToXlsx } from '../../src/xlsx/write-plan';
import { FORMULA_DATA } from '../helpers/formula-data';
import { recalculate } from '../helpers/libreoffice';
import { same, shown } from '../helpers/recalculated';
import { requireTool } from '../helpers/system';

const available = requireTool('soffice', 'LibreOffice recalculates the function cases');
const maybe = available ? test : test.skip;

/** Each function's cases; every function of the table has some. */
const CASES: Record<string, readonly string[]> = {
  SUM: ['=SUM(A1:A3)', '=SUM(A2)', '=SUM("3",1)', '=SUM(TRUE,1)', '=SUM(B1:C2)', '=SUM(Z1:Z3)', '=SUM(C1)'],
  COUNT: ['=COUNT(A1:A3,C1,"5","x",TRUE)', '=COUNT(C2)', '=COUNT(Z1:Z9)'],
  AVERAGE: ['=AVERAGE(A1:A3)', '=AVERAGE(A2)', '=AVERAGE(D1:D5,100)', '=AVERAGE(B1:C2)'],
  MEDIAN: ['=MEDIAN(D1:D5)', '=MEDIAN(F1:F8)', '=MEDIAN(A3)', '=MEDIAN(B1:C2)'],
  MIN: ['=MIN(D1:D5)', '=MIN(A2,C1)', '=MIN(-3,Z1)', '=MIN(B1:C2)'],
  MAX: ['=MAX(D1:D5,8)', '=MAX(A2)', '=MAX(-3,Z1)', '=MAX("4",1)'],
  SMALL: ['=SMALL(D1:D5,2)', '=SMALL(D1:D5,6)', '=SMALL(D1:D5,1)', '=SMALL(A1:A3,2)'],
  LARGE: ['=LARGE(D1:D5,2)', '=LARGE(D1:D5,0)', '=LARGE(D1:D5,5)', '=LARGE(F1:F8,3)'],
  'QUARTILE.INC': [
    '=QUARTILE.INC(F1:F8,1)',
    '=QUARTILE.INC(F1:F8,3.9)',
    '=QUARTILE.INC(F1:F8,0)',
    '=QUARTILE.INC(F1:F8,4)',
    '=QUARTILE.INC(F1:F8,5)',
    '=QUARTILE.INC(A3,3)',
    '=QUARTILE.INC(D1:D5,2)',
  ],
  'RANK.EQ': [
    '=RANK.EQ(7,D1:D5,1)',
    '=RANK.EQ(2,D1:D5)',
    '=RANK.EQ(3.5,D1:D5,1)',
    '=RANK.EQ(3.5,D1:D5)',
    '=RANK.EQ(5,D1:D5)',
    '=RANK.EQ(A3,A1:A3)',
  ],
  SUMPRODUCT: [
    '=SUMPRODUCT(A1:A3,B1:B3)',
    '=SUMPRODUCT(B1:B3)',
    '=SUMPRODUCT(--(B1:B3>15))',
    '=SUMPRODUCT(B1:B3,(1+0.1)^-(F1:F3-1))',
    '=SUMPRODUCT(B1:B3,D1:D2)',
    '=SUMPRODUCT(B1:B2,C1:C2)',
    '=SUMPRODUCT((G1:G3="service")*B1:B3)',
  ],
  SUMIF: [
    '=SUMIF(G1:G3,"Service",B1:B3)',
    '=SUMIF(G1:G3,"<>service",B1:B3)',
    '=SUMIF(B1:B3,">15")',
    '=SUMIF(B1:B3,"<=20")',
    '=SUMIF(B1:B3,20)',
    '=SUMIF(B1:B3,"=30")',
    '=SUMIF(B1:B3,">=20",D1:D3)',
  ],
  COUNTIF: ['=COUNTIF(A1:A4,"")', '=COUNTIF(G1:G3,"service")', '=COUNTIF(A1:A3,">0")', '=COUNTIF(D1:D5,3.5)'],
  NPV: ['=NPV(10%,-10000,3000,4200,6800)', '=NPV(0.05,B1:B3)', '=NPV(0.05,A1:A3)', '=NPV(0,B1:B3)'],
  IRR: ['=IRR(E1:E6)', '=IRR(E1:E4)', '=IRR(E1:E6,0.2)', '=IRR(H2:H4)', '=IRR(H2:H4,0.3)'],
  ABS: ['=ABS(-3)', '=ABS(A2)', '=ABS(Z1)', '=ABS(C2)'],
  SIGN: ['=SIGN(-3)', '=SIGN(0)', '=SIGN(4.5)', '=SIGN(Z1)'],
  INT: ['=INT(-2.5)', '=INT(2.9)', '=INT("3.7")', '=INT(Z1)'],
  ROUND: [
    '=ROUND(2.5,0)',
    '=ROUND(-2.5,0)',
    '=ROUND(1.005,2)',
    '=ROUND(1234.5678,-2)',
    '=ROUND(0.000123456,5)',
    '=ROUND(A2,2)',
    '=ROUND(2.675,2)',
  ],
  IF: ['=IF(A1>0,"ja","nej")', '=IF(Z1,1,2)', '=IF(C2,1,2)', '=IF(1,,2)', '=IF(0,1)', '=IF("true",1,2)'],
  IFERROR: ['=IFERROR(1/0,7)', '=IFERROR(5,7)', '=IFERROR(A2*1,"–")', '=IFERROR(C2,Z1)'],
  IFNA: ['=IFNA(NA(),3)', '=IFNA(1/0,3)', '=IFNA(4,3)'],
  AND: ['=AND(A1:A3)', '=AND(1,0)', '=AND(1,"x")', '=AND(C2,1)', '=AND(TRUE,B1>5)'],
  OR: ['=OR(0,Z1,1)', '=OR(Z1:Z3)', '=OR(C2,1)', '=OR(0,0)'],
  NOT: ['=NOT(0)', '=NOT(2)', '=NOT("x")', '=NOT(Z1)'],
  ISNUMBER: ['=ISNUMBER(A1)', '=ISNUMBER(A2)', '=ISNUMBER(Z1)', '=ISNUMBER(C2)'],
  ISTEXT: ['=ISTEXT(A2)', '=ISTEXT(C1)', '=ISTEXT(A1)', '=ISTEXT(Z1)'],
  ISBLANK: ['=ISBLANK(Z1)', '=ISBLANK(C1)', '=ISBLANK(A1)', '=ISBLANK(C2)'],
  ISERROR: ['=ISERROR(C2)', '=ISERROR(A1)', '=ISERROR(NA())'],
  NA: ['=NA()', '=IFERROR(NA(),1)', '=ISERROR(NA())'],
  N: ['=N("x")+N(TRUE)+N(5)', '=N(C2)', '=N(Z1)', '=N(A1)'],
  INDEX: [
    '=INDEX(B1:B3,2)',
    '=INDEX(A1:B3,3,2)',
    '=INDEX(A1:B1,2)',
    '=INDEX(B1:B3,4)',
    '=INDEX(D1:D5,1,1)',
    '=INDEX(Z1:Z3,2)',
    '=ISBLANK(INDEX(Z1:Z3,2))',
    '=INDEX(Z1:Z3,1,1)+1',
  ],
  MATCH: [
    '=MATCH("SERVICE",G1:G3,0)',
    '=MATCH(3,A1:A3,0)',
    '=MATCH("3",A1:A3,0)',
    '=MATCH(25,B1:B3,1)',
    '=MATCH(25,B1:B3)',
    '=MATCH(5,B1:B3,1)',
    '=MATCH(1,F1:F8,0)',
  ],
  ROW: ['=ROW()', '=ROW(B7)', '=ROW(A9:A3)', '=ROW(C2:E5)'],
  COLUMN: ['=COLUMN()', '=COLUMN(C1:E1)', '=COLUMN(H4)'],
  TRIM: ['=TRIM("  Mio.   kr.  ")', '=TRIM(H1)', '=TRIM(Z1)', '=TRIM(12.5)'],
  LOWER: ['=LOWER(H1)', '=LOWER("ÆØÅ")', '=LOWER(A1)'],
  UPPER: ['=UPPER("kr.")', '=UPPER(G2)', '=UPPER(TRUE)'],
  LEN: ['=LEN(H1)', '=LEN(12.5)', '=LEN(Z1)', '=LEN(C1)'],
  LEFT: ['=LEFT(H1,3)', '=LEFT(H1)', '=LEFT(H1,-1)', '=LEFT(H1,100)', '=LEFT(1234,2)'],
  RIGHT: ['=RIGHT(H1,3)', '=RIGHT(H1,0)', '=RIGHT(H1)', '=RIGHT(1234,2)'],
  CONCATENATE: ['=CONCATENATE("a",1,TRUE)', '=CONCATENATE("a",C2)', '=CONCATENATE(A1,"-",G1)'],
};

/** Operators and coercions the functions rest on. */
const OPERATORS = [
  '=-2^2',
  '=2^-1',
  '=2^3^2',
  '=50%',
  '=1+2=3',
  '="a"&1+2',
  '=Z1+1',
  '=Z1&"x"',
  '=Z1=0',
  '=Z1=""',
  '=C1+1',
  '="3"+1',
  '=" 3 "*2',
  '="1e3"+0',
  '=A2*1',
  '=(1/0)+A2',

  '=0^0',
  '=0^-1',
  '=1<"a"',
  '="a"<TRUE',
  '="ABC"="abc"',
  '="b">"A"',
  '=1.5&""',
  '=(0.1+0.2)&""',
  '=-1/3&""',
  '=TRUE&""',
  '=Z1',
];

/** Where Excel's documentation and LibreOffice differ, by formula: what LibreOffice shows, and why the evaluator differs. */
const MS = 'learn.microsoft.com, WorksheetFunction';
const EXCEL_DIFFERS: Record<string, { libreOffice: Scalar; source: string }> = {
  '=SUM("3",1)': {
    libreOffice: { error: '#VALUE!' },
    source: `${MS}.Sum: text representations of numbers typed directly into the list of arguments are counted`,
  },
  '=MAX("4",1)': {
    libreOffice: { error: '#VALUE!' },
    source: `${MS}.Max: text representations of numbers typed directly into the list of arguments are counted`,
  },
  '=SMALL(D1:D5,6)': {
    libreOffice: { error: '#VALUE!' },
    source: `${MS}.Small: k greater than the number of data points gives #NUM!`,
  },
  '=LARGE(D1:D5,0)': { libreOffice: { error: '#VALUE!' }, source: `${MS}.Large: k <= 0 gives #NUM!` },
  '=QUARTILE.INC(F1:F8,5)': { libreOffice: { error: '#VALUE!' }, source: `${MS}.Quartile_Inc: quart > 4 gives #NUM!` },
  '=INDEX(B1:B3,4)': {
    libreOffice: { error: '#VALUE!' },
    source: `${MS}.Index: a row outside the array gives #REF!`,
  },
  '=RANK.EQ(5,D1:D5)': {
    libreOffice: 2,
    source: 'Excel ranks a number within the list; one not in it is #N/A (LibreOffice ranks it as if it were)',
  },
  '=MATCH("3",A1:A3,0)': {
    libreOffice: 3,
    source: 'Excel matches exactly by type: the text "3" is not the number 3 (LibreOffice converts it)',
  },
  '=UPPER(TRUE)': { libreOffice: '1', source: 'Excel turns TRUE into the text TRUE; LibreOffice into 1' },
  '=CONCATENATE("a",1,TRUE)': { libreOffice: 'a11', source: 'Excel turns TRUE into the text TRUE; LibreOffice into 1' },
  '=TRUE&""': { libreOffice: '1', source: 'Excel turns TRUE into the text TRUE; LibreOffice into 1' },
  '=0^0': { libreOffice: 1, source: 'Excel gives #NUM! for 0^0 (LibreOffice 1)' },
  '=0^-1': { libreOffice: { error: '#NUM!' }, source: 'Excel gives #DIV/0! for 0 to a negative power' },
  '="a"<TRUE': {
    libreOffice: false,
    source: "Excel's order of types in comparisons and sorting: numbers, text, logical values",
  },
};

const CASE_COL = 27; // AB: clear of the data and of the blank Z column the cases read

interface Case {
  readonly formula: string;
  readonly row: number;
}

const cases: Case[] = [...Object.values(CASES).flat(), ...OPERATORS].map((formula, row) => ({ formula, row }));

function plan() {
  const g = new Grid();
  for (const [address, v] of Object.entries(FORMULA_DATA)) {
    const col = (address.charCodeAt(0) - 65) as number;
    const row = Number(address.slice(1)) - 1;
    if (typeof v === 'number') g.number(row, col, v, 'input');
    else if (v.startsWith('=')) g.formula(row, col, v);
    else g.text(row, col, v, 'input');
  }
  for (const c of cases) g.formula(c.row, CASE_COL, c.formula);
  return g.toPlan(
    'Cases',
    [],
    { rows: 0, cols: 0 },
    { templateId: 'cases', templateVersion: 1, language: 'en', layout: {} },
  );
}

let sheet: ExcelJS.Worksheet | undefined;

beforeAll(async () => {
  if (!available) return;
  const dir = mkdtempSync(join(tmpdir(), 'gevinst-functions-'));
  const path = join(dir, 'functions.xlsx');
  writeFileSync(path, await plansToXlsx([plan()]));
  const [out] = recalculate([path]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out ?? '');
  sheet = wb.worksheets[0];
}, 300_000);

test('every function of the table has cases, and every case parses', () => {
  for (const name of FUNCTIONS.keys()) expect(CASES[name]?.length ?? 0).toBeGreaterThanOrEqual(3);
  for (const c of cases) expect(() => parseFormula(c.formula)).not.toThrow();
});

maybe('each case shows in LibreOffice what the evaluator computes', () => {
  const p = plan();
  const book = planBook([p]);
  const wrong: string[] = [];
  for (const c of cases) {
    const office = shown((sheet as ExcelJS.Worksheet).getCell(a1(c.row, CASE_COL)));
    const engine = book.cell('Cases', c.row, CASE_COL);
    const known = EXCEL_DIFFERS[c.formula];
    if (known) {
      expect({ formula: c.formula, office }).toEqual({ formula: c.formula, office: known.libreOffice });
      continue;
    }
    if (!same(office, engine))
      wrong.push(`${c.formula}: LibreOffice ${JSON.stringify(office)}, engine ${JSON.stringify(engine)}`);
  }
  expect(wrong).toEqual([]);
  expect(cases.length).toBeGreaterThan(150);
});
