/**
 * 98 municipalities × 20 key figures × 10 years in the user's own sheet: read, computed and written
 * back as live statistics within three syncs and under Excel on the web's 5 MB, the table
 * untouched; and LibreOffice, recalculating the same formulas, agrees with the engine.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insertBenchmarkOverview, readSelectedTable } from '../../src/app/use-cases';
import { benchmarkFromSheet } from '../../src/sheet/benchmark-figures';
import { validateCase } from '../../src/engine/case-file';
import { a1 } from '../../src/sheet/address';
import { OVERVIEW_STATS, planBenchmarkOverview } from '../../src/sheet/benchmark-overview-plan';
import { addPlanSheet } from '../../src/xlsx/write-plan';
import { FakeExcelHost, REQUEST_LIMIT_BYTES } from '../fakes/fake-excel';
import { newSheet } from '../fakes/state';
import { recalculate } from '../helpers/libreoffice';
import { requireTool } from '../helpers/system';
import { expectMoney } from '../helpers/tolerance';

const MUNICIPALITIES = 98;
const COLUMNS = 20 * 10;
const value = (m: number, c: number): number => 100 + ((m * 7919 + c * 104_729) % 9_973) / 10;
const header = (c: number): string => `Nøgletal ${Math.floor(c / 10) + 1} ${2015 + (c % 10)}`;

function table(): (string | number)[][] {
  return [
    ['Kommune', ...Array.from({ length: COLUMNS }, (_, c) => header(c))],
    ...Array.from({ length: MUNICIPALITIES }, (_, m) => [
      `Kommune ${m + 1}`,
      ...Array.from({ length: COLUMNS }, (_, c) => value(m, c)),
    ]),
  ];
}

test("98 × 20 × 10: four syncs (two to read, two to insert), under 5 MB, the user's table untouched, one live column per key figure", async () => {
  const host = new FakeExcelHost();
  host.state.sheets.push(newSheet('sheet-data', 'Nøgletal'));
  const data = table();
  await host.run(async (context) => {
    context.workbook.worksheets.getItem('Nøgletal').getRangeByIndexes(0, 0, data.length, COLUMNS + 1).formulas = data;
    await context.sync();
  });
  host.select('Nøgletal', `A1:${a1(MUNICIPALITIES, COLUMNS)}`);
  const before = new Map([...host.sheet('Nøgletal').cells].map(([k, v]) => [k, { ...v }]));
  const syncs = host.syncCount;
  const read = await readSelectedTable({ run: host.run, newId: () => 'o' }, 'da');
  if (!read.ok) throw new Error('read failed');
  const r = await insertBenchmarkOverview(
    { run: host.run, newId: () => 'o' },
    read.value,
    { nameColumn: 0, own: 'Kommune 7', direction: 'lower-is-better' },
    'da',
  );
  expect(r).toMatchObject({ ok: true, value: { columns: COLUMNS } });
  expect(host.syncCount - syncs).toBe(4);
  expect(Math.max(...host.requestBytes.slice(1))).toBeLessThan(REQUEST_LIMIT_BYTES);
  expect(host.sheet('Nøgletal').cells).toEqual(before);
  expect(host.cell(r.ok ? r.value.sheetName : '', a1(5, COLUMNS)).formula).toBe(`=AVERAGE('Nøgletal'!$GS$2:$GS$99)`);
});

const available = requireTool('soffice', 'LibreOffice recalculates the overview formulas');

(available ? test : test.skip)(
  "LibreOffice computes the overview's formulas as the engine does",
  async () => {
    const data = table().map((row) => row.slice(0, 4));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Nøgletal');
    data.forEach((row, r) => row.forEach((v, c) => (ws.getCell(a1(r, c)).value = v)));
    const plan = planBenchmarkOverview({
      language: 'en',
      sheetName: 'Nøgletal',
      table: { row: 0, col: 0, rows: data.length, cols: 4 },
      headers: data[0]?.map(String) ?? [],
      nameColumn: 0,
      own: 'Kommune 7',
      direction: 'higher-is-better',
    });
    addPlanSheet(wb, plan, 'Overview');
    const dir = mkdtempSync(join(tmpdir(), 'gevinst-overview-'));
    const path = join(dir, 'overview.xlsx');
    writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(recalculate([path])[0] ?? '');
    const sheet = back.getWorksheet('Overview');
    if (!sheet) throw new Error('no overview');
    for (let c = 1; c <= 3; c++) {
      const input = validateCase({
        template: 'benchmark',
        title: 't',
        direction: 'higher-is-better',
        own: 'Kommune 7',
        rows: data.slice(1).map((row) => ({ name: String(row[0]), value: Number(row[c]), volume: 1 })),
      });
      if (!input.ok || input.value.template !== 'benchmark') throw new Error('invalid');
      const e = benchmarkFromSheet(input.value);
      const own = e.rows.find((x) => x.name === 'Kommune 7');
      const expected: Record<(typeof OVERVIEW_STATS)[number], number> = {
        mean: e.stats.mean,
        median: e.stats.median,
        q1: e.stats.q1,
        q3: e.stats.q3,
        min: e.stats.min,
        max: e.stats.max,
        ownValue: own?.value ?? NaN,
        ownRank: own?.rank ?? NaN,
        ownGapMean: own?.gapToMean ?? NaN,
        ownGapQuartile: own?.gapToBestQuartile ?? NaN,
      };
      OVERVIEW_STATS.forEach((s, i) => {
        const cell = sheet.getCell(a1(5 + i, c));
        expectMoney(cell.result as number, expected[s], `column ${c} ${s}`);
      });
    }
  },
  120_000,
);
