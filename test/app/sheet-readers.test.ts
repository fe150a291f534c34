/**
 * What a hand-edited sheet does to the readers (issue: reliability): every issue carries its
 * cell, an edited layout name is refused by name instead of throwing, and values the case-file
 * schema refuses are refused on the sheet too.
 */
import {
  checkActiveInstance,
  insertBusinessCase,
  insertBenchmarkFromTable,
  readSelectedTable,
  type Deps,
} from '../../src/app/use-cases';
import { a1 } from '../../src/sheet/address';
import { planBusinessCase } from '../../src/sheet/business-case-plan';
import { SHAPE_NAME } from '../../src/sheet/shape';
import { businessCaseParameters } from '../../src/templates/business-case';
import { FakeExcelHost } from '../fakes/fake-excel';
import { newSheet } from '../fakes/state';

const params = { firstYear: 2026, horizon: 5, discount: 0.04, lines: { gain: 1, cost: 1, investment: 1 } };
const layout = planBusinessCase(businessCaseParameters.parse(params)).metadata.layout;
const at = (key: string): number => layout[key] ?? -1;

async function instance(): Promise<{ host: FakeExcelHost; deps: Deps; sheet: string }> {
  const host = new FakeExcelHost();
  const deps: Deps = { run: host.run, newId: () => 'id-1' };
  const inserted = await insertBusinessCase(deps, params, 'en');
  if (!inserted.ok) throw new Error(JSON.stringify(inserted));
  const sheet = inserted.value.sheetName;
  [0, 300, 300, 300, 300].forEach((v, k) => host.type(sheet, a1(at('gain.first'), 1 + k), v));
  host.type(sheet, a1(at('investment.first'), 1), 500);
  return { host, deps, sheet };
}

function editShape(host: FakeExcelHost, sheet: string, text: string): void {
  const names = host.sheet(sheet).names;
  names.set(SHAPE_NAME.toLowerCase(), { name: SHAPE_NAME, ref: { formula: `="${text}"` } });
}

test.each([
  ['a horizon of 0', 'business-case@1;h=0;g=1;c=1;i=1;lang=en'],
  ['a horizon of 51', 'business-case@1;h=51;g=1;c=1;i=1;lang=en'],
  ['0 gain lines', 'business-case@1;h=5;g=0;c=1;i=1;lang=en'],
  ['101 cost lines', 'business-case@1;h=5;g=1;c=101;i=1;lang=en'],
])('a layout name edited to %s is named, with a cell, instead of an exception', async (_, text) => {
  const { host, deps, sheet } = await instance();
  editShape(host, sheet, text);
  const r = await checkActiveInstance(deps, 'en');
  expect(r).toMatchObject({
    ok: false,
    failure: { kind: 'issues', issues: [{ code: 'layout_invalid', cell: `${sheet}!A1` }] },
  });
});

test.each([26, 2026.5, 1899, 2201])('a first year of %d is an issue at its cell', async (year) => {
  const { host, deps, sheet } = await instance();
  const cell = a1(at('assumption.firstYear'), 1);
  host.type(sheet, cell, year);
  const r = await checkActiveInstance(deps, 'en');
  if (!r.ok) throw new Error(JSON.stringify(r));
  expect(r.value.issues).toEqual([
    expect.objectContaining({ code: 'invalid_type', cell: `${sheet}!${cell}`, path: ['firstYear'] }),
  ]);
  expect(r.value.result).toBeNull();
});

test('a flat rate of -150 % is an issue at the rate cell', async () => {
  const { host, deps, sheet } = await instance();
  const cell = a1(at('assumption.flatRate'), 1);
  host.type(sheet, cell, -1.5);
  const r = await checkActiveInstance(deps, 'en');
  if (!r.ok) throw new Error(JSON.stringify(r));
  expect(r.value.issues).toEqual([expect.objectContaining({ code: 'rate_range', cell: `${sheet}!${cell}` })]);
});

test('a negative investment is refused at its cell, never read as raising the NPV', async () => {
  const { host, deps, sheet } = await instance();
  const cell = a1(at('investment.first'), 1);
  host.type(sheet, cell, -500);
  const r = await checkActiveInstance(deps, 'en');
  if (!r.ok) throw new Error(JSON.stringify(r));
  expect(r.value.issues).toEqual([expect.objectContaining({ code: 'negative_amount', cell: `${sheet}!${cell}` })]);
  expect(r.value.result).toBeNull();
});

test('a value the case-file schema refuses (beyond 10^15) is an issue at the cell it came from', async () => {
  const { host, deps, sheet } = await instance();
  const cell = a1(at('gain.first'), 3);
  host.type(sheet, cell, 1e300);
  const r = await checkActiveInstance(deps, 'en');
  if (!r.ok) throw new Error(JSON.stringify(r));
  expect(r.value.issues).toEqual([
    expect.objectContaining({ code: 'too_big', path: ['lines', 0, 'values', 2], cell: `${sheet}!${cell}` }),
  ]);
});

function userTable(rows: (string | number)[][]): { host: FakeExcelHost; deps: Deps } {
  const host = new FakeExcelHost();
  host.state.sheets.push(newSheet('sheet-mine', 'Mine tal'));
  const all = [['Kommune', 'Udgift', 'Sager'], ...rows];
  all.forEach((r, i) => r.forEach((v, j) => host.type('Mine tal', a1(i, j), v)));
  host.select('Mine tal', `A1:C${all.length}`);
  return { host, deps: { run: host.run, newId: () => 't' } };
}

async function importTable(rows: (string | number)[][]) {
  const { deps } = userTable(rows);
  const table = await readSelectedTable(deps, 'en');
  if (!table.ok) throw new Error(JSON.stringify(table));
  const params = { own: 'Holbæk', direction: 'lower-is-better' };
  return insertBenchmarkFromTable(deps, params, table.value, { name: 0, value: 1, volume: 2 }, 'en');
}

test('"1,234" and "1.234" are read the Danish way and flagged with the cell and the reading chosen', async () => {
  const r = await importTable([
    ['Holbæk', '1,234', 10],
    ['Nyborg', '1.234', 10],
    ['Slagelse', 3, 10],
  ]);
  if (!r.ok) throw new Error(JSON.stringify(r));
  expect(r.value.warnings.map((w) => [w.code, w.cell, w.params['reading'], w.params['other']])).toEqual([
    ['ambiguous_number', 'Mine tal!B2', 1.234, 1234],
    ['ambiguous_number', 'Mine tal!B3', 1234, 1.234],
  ]);
});

test('a negative volume and a 400-digit number are refused at their cells, as a case file refuses them', async () => {
  const r = await importTable([
    ['Holbæk', 5, -10],
    ['Nyborg', '9'.repeat(400), 10],
    ['Slagelse', 3, 10],
  ]);
  expect(r.ok).toBe(false);
  if (r.ok || r.failure.kind !== 'issues') throw new Error('expected issues');
  expect(r.failure.issues.map((i) => [i.code, i.cell])).toEqual([
    ['too_small', 'Mine tal!C2'],
    ['not_finite', 'Mine tal!B3'],
  ]);
});
