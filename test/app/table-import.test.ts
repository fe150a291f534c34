/** A benchmark from the user's own table: read in one sync, the table never written to. */
import { insertBenchmarkFromTable, readSelectedTable, type Deps } from '../../src/app/use-cases';
import { checkSummary } from '../../src/app/summaries';
import { benchmarkFromSheet } from '../../src/sheet/benchmark-figures';
import { validateCase } from '../../src/engine/case-file';
import { FakeExcelHost } from '../fakes/fake-excel';
import { newSheet } from '../fakes/state';

/** 98 municipalities with net expenditure (t.kr.), children and a volume, in the user's own sheet. */
function userWorkbook(): { host: FakeExcelHost; deps: Deps } {
  const host = new FakeExcelHost();
  host.state.sheets.push(newSheet('sheet-mine', 'Mine tal'));
  host.type('Mine tal', 'A1', 'Kommune');
  host.type('Mine tal', 'B1', 'Nettoudgift');
  host.type('Mine tal', 'C1', 'Børn 0-17 år');
  host.type('Mine tal', 'D1', 'Anbragte');
  for (let i = 0; i < 98; i++) {
    const row = i + 2;
    host.type('Mine tal', `A${row}`, `Kommune ${i + 1}`);
    host.type('Mine tal', `B${row}`, 50_000 + ((i * 7919) % 40_000));
    host.type('Mine tal', `C${row}`, 5_000 + ((i * 104_729) % 20_000));
    host.type('Mine tal', `D${row}`, 20 + (i % 60));
  }
  host.select('Mine tal', 'A1:D99');
  return { host, deps: { run: host.run, newId: () => 't' } };
}

test('98 rows are read in two syncs and become a benchmark on a new sheet; the table is untouched', async () => {
  const { host, deps } = userWorkbook();
  const before = new Map([...host.sheet('Mine tal').cells].map(([k, v]) => [k, { ...v }]));
  const table = await readSelectedTable(deps, 'da');
  // One sync for where the selection and the filled cells are, one for the values.
  expect(host.syncCount).toBe(2);
  if (!table.ok) throw new Error(JSON.stringify(table));
  expect(table.value.headers).toEqual(['Kommune', 'Nettoudgift', 'Børn 0-17 år', 'Anbragte']);
  const params = { own: 'Kommune 7', direction: 'lower-is-better', per: 1000, unit: 'kr. pr. barn' };
  const r = await insertBenchmarkFromTable(
    deps,
    params,
    table.value,
    { name: 0, numerator: 1, denominator: 2, volume: 3 },
    'da',
  );
  expect(r).toMatchObject({ ok: true, value: { sheetName: 'Benchmark', rows: 98 } });
  expect(host.syncCount).toBe(4);
  expect(host.sheet('Mine tal').cells).toEqual(before);
  expect(host.cell('Benchmark', 'A14').value).toBe('Kommune 1');
  expect(host.cell('Benchmark', 'B111').value).toBe(50_000 + ((97 * 7919) % 40_000));
  expect(Math.max(...host.requestBytes)).toBeLessThan(5 * 1024 * 1024);
  // The engine agrees on what the sheet's formulas will compute from the same rows.
  const rows = Array.from({ length: 98 }, (_, i) => ({
    name: `Kommune ${i + 1}`,
    numerator: 50_000 + ((i * 7919) % 40_000),
    denominator: 5_000 + ((i * 104_729) % 20_000),
    volume: 20 + (i % 60),
  }));
  const c = validateCase({ template: 'benchmark', title: 't', ...params, rows });
  if (!c.ok || c.value.template !== 'benchmark') throw new Error('invalid');
  expect(benchmarkFromSheet(c.value).rows[6]?.name).toBe('Kommune 7');
});

test("cells that cannot be read are named by their address in the user's sheet, and nothing is inserted", async () => {
  const { host, deps } = userWorkbook();
  host.type('Mine tal', 'B5', '12,5x');
  host.type('Mine tal', 'C9', '#DIV/0!');
  const table = await readSelectedTable(deps, 'da');
  if (!table.ok) throw new Error('read failed');
  const r = await insertBenchmarkFromTable(
    deps,
    { own: 'Kommune 1' },
    table.value,
    { name: 0, numerator: 1, denominator: 2 },
    'en',
  );
  expect(checkSummary(r.ok ? { ok: false, failure: { kind: 'issues', issues: [] } } : r, 'en').lines).toEqual([
    'Mine tal!B5: expected a number, got the text "12,5x"',
    'Mine tal!C9: the cell shows the error #DIV/0!; enter a number or repair the formula',
  ]);
  expect(host.state.sheets.map((s) => s.name)).toEqual(['Ark1', 'Mine tal']);
});

test('whole columns are read only as far as the sheet is filled', async () => {
  const { host, deps } = userWorkbook();
  host.select('Mine tal', 'A:D');
  const table = await readSelectedTable(deps, 'da');
  if (!table.ok) throw new Error(JSON.stringify(table));
  expect(table.value.address).toBe('A1:D99');
  expect(table.value.values).toHaveLength(99);
  // Every value read was asked for: no request for a million rows.
  expect(Math.max(...host.requestBytes)).toBeLessThan(100_000);
});

test('several areas, or more cells than one read takes, are refused in plain words', async () => {
  const { host, deps } = userWorkbook();
  host.select('Mine tal', 'A1:B5,D1:D5');
  expect(await readSelectedTable(deps, 'da')).toMatchObject({
    ok: false,
    failure: { kind: 'office', message: expect.stringMatching(/^Markér ét sammenhængende område/) },
  });
  host.type('Mine tal', 'ZZ300000', 'langt ude');
  host.select('Mine tal', 'A:ZZ');
  expect(await readSelectedTable(deps, 'en')).toMatchObject({
    ok: false,
    failure: { kind: 'office', message: expect.stringMatching(/^The selection holds 210,600,000 filled cells/) },
  });
});
