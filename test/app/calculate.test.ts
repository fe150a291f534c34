/** Beregn through the fake host: output block and charts in the owned region, re-runs, typed cells. */
import { defaultOptions } from '../../src/app/calc-options';
import { calculateAndWrite, localRegion, repairActiveInstance } from '../../src/app/calculate';
import { checkActiveInstance, insertBusinessCase, type Deps } from '../../src/app/use-cases';
import { a1 } from '../../src/sheet/address';
import { planBusinessCase } from '../../src/sheet/business-case-plan';
import { businessCaseParameters } from '../../src/templates/business-case';
import { FakeExcelHost } from '../fakes/fake-excel';
import { plansForCase } from '../../src/sheet/registry';
import { validateCase } from '../../src/engine/case-file';
import { parseA1Range } from '../../src/sheet/address';
import { fakeWorkbookOf } from '../helpers/fake-workbook';

const params = { firstYear: 2026, horizon: 6, discount: 0.04, lines: { gain: 2, cost: 1, investment: 1 } };
const template = planBusinessCase(businessCaseParameters.parse(params));
const layout = template.metadata.layout;
const start = template.rows + 1;
const yearCell = (key: string, i: number, k: number): string => a1((layout[`${key}.first`] ?? 0) + i, 1 + k);

async function filled(over: object = {}): Promise<{ host: FakeExcelHost; deps: Deps }> {
  const host = new FakeExcelHost();
  const deps: Deps = { run: host.run, newId: () => 'id' };
  const inserted = await insertBusinessCase(deps, { ...params, ...over }, 'da');
  if (!inserted.ok) throw new Error(JSON.stringify(inserted));
  [0, 300, 300, 300, 300, 300].forEach((v, k) => host.type('Business case', yearCell('gain', 0, k), v));
  [40, 40, 40, 40, 40, 40].forEach((v, k) => host.type('Business case', yearCell('cost', 0, k), v));
  host.type('Business case', yearCell('investment', 0, 0), 700);
  return { host, deps };
}

test('Beregn writes the output block and two native charts below the template, in three syncs (names, cells, write)', async () => {
  const { host, deps } = await filled();
  const before = host.syncCount;
  const logged = host.log.length;
  const r = await calculateAndWrite(deps, 'da', defaultOptions('da', 6));
  expect(r).toMatchObject({ ok: true, value: { kind: 'written' } });
  expect(host.syncCount - before).toBe(3);
  // Its wrapped header rows (scenarios, tornado) are made tall enough: Excel does not grow them.
  expect(host.log.slice(logged).filter((l) => l === 'RangeFormat.RowHeight=').length).toBeGreaterThanOrEqual(1);
  expect(host.cell('Business case', a1(start, 0)).value).toBe('Resultater fra Gevinst');
  const sheet = host.sheet('Business case');
  expect(sheet.charts.map((c) => [c.name, c.type, c.series.length])).toEqual([
    ['Gevinst_CashFlow', 'ColumnClustered', 4],
    ['Gevinst_Tornado', 'BarClustered', 2],
  ]);
  expect(sheet.charts[0]?.series.map((s) => s.chartType)).toEqual([null, null, null, 'Line']);
  expect(sheet.charts[0]?.title).toBe('Pengestrømme pr. år');
  expect(sheet.names.get('gevinst_output')).toBeDefined();
  expect(host.writesWithEvents.slice(-20).every((on) => !on)).toBe(true);
});

/** The output region's non-empty cells: address → formula or constant. */
function outputCells(host: FakeExcelHost): Map<string, unknown> {
  const row = (address: string): number => Number(/\d+/.exec(address)?.[0] ?? 0);
  const cells = [...host.sheet('Business case').cells].filter(([k, c]) => row(k) > start && c.formula !== '');
  return new Map(cells.map(([k, c]) => [k, c.formula]));
}

test('running again leaves the same output in place, not a cleared block', async () => {
  const { host, deps } = await filled();
  await calculateAndWrite(deps, 'da', defaultOptions('da', 6));
  const first = outputCells(host);
  expect(first.size).toBeGreaterThan(50);
  await calculateAndWrite(deps, 'da', defaultOptions('da', 6));
  expect(outputCells(host)).toEqual(first);
});

test('running again replaces its own output and nothing else, without asking', async () => {
  const { host, deps } = await filled();
  await calculateAndWrite(deps, 'da', defaultOptions('da', 6));
  host.type('Business case', yearCell('gain', 1, 2), 120);
  const again = await calculateAndWrite(deps, 'da', defaultOptions('da', 6));
  expect(again).toMatchObject({ ok: true, value: { kind: 'written' } });
  expect(host.sheet('Business case').charts).toHaveLength(2);
  expect(host.cell('Business case', yearCell('gain', 1, 2)).value).toBe(120);
});

test('a cell the user typed into the owned region is not replaced until they confirm', async () => {
  const { host, deps } = await filled();
  await calculateAndWrite(deps, 'da', defaultOptions('da', 6));
  const mine = a1(start + 1, 5);
  host.type('Business case', mine, 'min note');
  const asked = await calculateAndWrite(deps, 'da', defaultOptions('da', 6));
  expect(asked).toMatchObject({ ok: true, value: { kind: 'confirm', cells: [`Business case!${mine}`] } });
  expect(host.cell('Business case', mine).value).toBe('min note');
  const confirmed = await calculateAndWrite(deps, 'da', defaultOptions('da', 6), true);
  expect(confirmed).toMatchObject({ ok: true, value: { kind: 'written' } });
  expect(host.cell('Business case', mine).value).toBe('');
});

test("content below the template before the first run is the user's: ask first", async () => {
  const { host, deps } = await filled();
  host.type('Business case', a1(start + 3, 2), 42);
  const asked = await calculateAndWrite(deps, 'da', defaultOptions('da', 6));
  expect(asked).toMatchObject({ ok: true, value: { kind: 'confirm' } });
  expect(host.sheet('Business case').charts).toHaveLength(0);
});

test('an instance with errors is not calculated, and nothing is written', async () => {
  const { host, deps } = await filled();
  host.type('Business case', yearCell('gain', 0, 1), '12,5 kr');
  const syncs = host.syncCount;
  const r = await calculateAndWrite(deps, 'en', defaultOptions('en', 6));
  expect(r).toMatchObject({
    ok: false,
    failure: { kind: 'issues', issues: [{ code: 'text_number', cell: `Business case!${yearCell('gain', 0, 1)}` }] },
  });
  expect(host.syncCount - syncs).toBe(2);
});

test('reading, writing and charting stay within four syncs at 50 years and 30 lines per section', async () => {
  const { host, deps } = await filled({ horizon: 50, lines: { gain: 30, cost: 30, investment: 30 } });
  const before = host.syncCount;
  const r = await calculateAndWrite(deps, 'da', defaultOptions('da', 50));
  expect(r.ok).toBe(true);
  expect(host.syncCount - before).toBeLessThanOrEqual(4);
});

test('repair puts back overwritten formulas and moved names, and leaves the inputs alone', async () => {
  const { host, deps } = await filled();
  const resultCell = a1(layout['result'] ?? 0, 2);
  host.type('Business case', resultCell, 999);
  const names = host.sheet('Business case').names;
  const irr = names.get('gevinst_irr');
  if (!irr || !('address' in irr.ref)) throw new Error('no IRR name');
  names.set('gevinst_irr', { name: 'Gevinst_IRR', ref: { sheetId: irr.ref.sheetId, address: 'D2' } });
  names.delete('gevinst_paybackyear');
  const repaired = await repairActiveInstance(deps, 'da');
  if (!repaired.ok) throw new Error(JSON.stringify(repaired));
  expect(repaired.value.issues.filter((i) => i.severity === 'error')).toEqual([]);
  expect(host.cell('Business case', resultCell).formula).toMatch(/^=C\d+-C\d+$/);
  expect(host.cell('Business case', yearCell('gain', 0, 1)).value).toBe(300);
  const fixed = await checkActiveInstance(deps, 'da');
  expect(fixed.ok && fixed.value.repairs).toEqual([]);
  expect(names.get('gevinst_paybackyear')).toBeDefined();
});

test("the add-in's own writes do not look like the user's edits to its change watcher", async () => {
  const { host, deps } = await filled();
  const heard: string[] = [];
  const { watchWorkbook } = await import('../../src/excel/events');
  await watchWorkbook(deps.run, { onActivated: () => heard.push('activated'), onChanged: (a) => heard.push(a) });
  await calculateAndWrite(deps, 'da', defaultOptions('da', 6));
  await repairActiveInstance(deps, 'da');
  await host.eventsDelivered();
  expect(heard).toEqual([]);
  host.type('Business case', yearCell('gain', 0, 3), 310);
  await host.eventsDelivered();
  expect(heard).toEqual([yearCell('gain', 0, 3)]);
});

test('Beregn replaces the output block that `gevinst build` wrote without asking, and still asks for a typed cell', async () => {
  const c = validateCase({
    template: 'business-case',
    title: 'Bygget',
    firstYear: 2026,
    discount: 0.04,
    lines: [
      { section: 'gain', label: 'Gevinst', values: [{ min: 100, likely: 200, max: 260 }, 200, 200] },
      { section: 'investment', label: 'Investering', values: [300, 0, 0] },
    ],
    scenarios: [{ name: 'Forsigtigt', gainFactor: 0.8 }],
    sensitivity: { step: 0.1 },
  });
  if (!c.ok) throw new Error(JSON.stringify(c.issues));
  const plans = plansForCase(c.value, 'da');
  if (!plans.ok) throw new Error('does not build');
  expect(plans.value[0]?.names.map((n) => n.name)).toContain('Gevinst_OutputHash');
  const { host, deps, sheets } = await fakeWorkbookOf(plans.value);
  const r = await calculateAndWrite(deps, 'da', defaultOptions('da', 3));
  expect(r).toMatchObject({ ok: true, value: { kind: 'written' } });
  // A cell typed into the block after that is the user's: Beregn asks before replacing it.
  const out = parseA1Range(
    (host.sheet(sheets[0] ?? '').names.get('gevinst_output')?.ref as { address: string }).address,
  );
  host.type(sheets[0] ?? '', a1(out.row + 1, out.col), 'min note');
  const again = await calculateAndWrite(deps, 'da', defaultOptions('da', 3));
  expect(again).toMatchObject({
    ok: true,
    value: { kind: 'confirm', cells: [`${sheets[0]}!${a1(out.row + 1, out.col)}`] },
  });
});

test('a Beregn whose write fails leaves events on for the session and says what Excel said', async () => {
  const { host, deps } = await filled();
  host.failOn = /Gevinst_OutputHash/;
  const r = await calculateAndWrite(deps, 'da', defaultOptions('da', 6));
  expect(r).toMatchObject({ ok: false, failure: { kind: 'office' } });
  expect(host.eventsEnabled).toBe(true);
  // The next Beregn works.
  expect(await calculateAndWrite(deps, 'da', defaultOptions('da', 6), true)).toMatchObject({ ok: true });
});

test("the previous output block is cleared by its address on its own sheet (a sheet's getRange takes no sheet name)", () => {
  expect(localRegion("='Business case'!$A$60:$I$110")).toBe('A60:I110');
  expect(localRegion("='O''Brien''s case'!$B$2")).toBe('B2');
  expect(localRegion(undefined)).toBeNull();
  expect(localRegion('=#REF!')).toBeNull();
});
