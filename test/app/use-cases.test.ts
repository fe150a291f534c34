/** Insert → fill in → check → calculate, through the fake host, as the ribbon and pane do it. */
import { checkSummary, calculateSummary } from '../../src/app/summaries';
import { checkActiveInstance, insertBusinessCase, inspectActiveInstance, type Deps } from '../../src/app/use-cases';
import { a1 } from '../../src/sheet/address';
import { planBusinessCase } from '../../src/sheet/business-case-plan';
import { businessCaseParameters } from '../../src/templates/business-case';
import { FakeExcelHost } from '../fakes/fake-excel';

const params = { firstYear: 2026, horizon: 5, discount: 0.04, lines: { gain: 2, cost: 1, investment: 1 } };
const layout = planBusinessCase(businessCaseParameters.parse(params)).metadata.layout;
const row = (key: string, i = 0): number => (layout[`${key}.first`] ?? 0) + i;
const yearCell = (key: string, i: number, k: number): string => a1(row(key, i), 1 + k);

async function filledInstance(): Promise<{ host: FakeExcelHost; deps: Deps; sheet: string }> {
  const host = new FakeExcelHost();
  const deps: Deps = { run: host.run, newId: () => 'id-1' };
  const inserted = await insertBusinessCase(deps, params, 'da');
  if (!inserted.ok) throw new Error(JSON.stringify(inserted));
  const sheet = inserted.value.sheetName;
  [0, 300, 300, 300, 300].forEach((v, k) => host.type(sheet, yearCell('gain', 0, k), v));
  [50, 50, 50, 50, 50].forEach((v, k) => host.type(sheet, yearCell('cost', 0, k), v));
  host.type(sheet, yearCell('investment', 0, 0), 500);
  return { host, deps, sheet };
}

test('insert refuses bad parameters with paths, before touching Excel', async () => {
  const host = new FakeExcelHost();
  const r = await insertBusinessCase({ run: host.run, newId: () => 'x' }, { firstYear: 2026, horizon: 80 }, 'da');
  expect(r).toMatchObject({ ok: false, failure: { kind: 'issues', issues: [{ code: 'too_big', path: ['horizon'] }] } });
  expect(host.syncCount).toBe(0);
});

test('a filled-in instance is read in two syncs (its names, then its own cells), checked and calculated like the engine', async () => {
  const { host, deps } = await filledInstance();
  const before = host.syncCount;
  const checked = await checkActiveInstance(deps, 'da');
  expect(host.syncCount - before).toBe(2);
  if (!checked.ok) throw new Error(JSON.stringify(checked));
  expect(checked.value.issues).toEqual([]);
  const r = checked.value.result;
  expect(r?.result).toEqual([-550, 250, 250, 250, 250]);
  expect(r?.npv).toBeCloseTo(-550 + 250 / 1.04 + 250 / 1.04 ** 2 + 250 / 1.04 ** 3 + 250 / 1.04 ** 4, 9);
  // Cumulative -550, -300, -50, 200: År 4, 2029.
  expect(r?.paybackCalendarYear).toBe(2029);
  expect(calculateSummary(checked, 'da').lines[0]).toBe('Nutidsværdi: 357 t.kr.');
});

test('bad cells are listed with their addresses and what to do', async () => {
  const { host, deps, sheet } = await filledInstance();
  host.type(sheet, yearCell('gain', 1, 2), '1.234,5');
  host.type(sheet, yearCell('cost', 0, 1), -20);
  host.type(sheet, yearCell('gain', 1, 3), '#REF!');
  const resultRow = layout['result'] ?? 0;
  host.type(sheet, a1(resultRow, 2), 999);
  const checked = await checkActiveInstance(deps, 'en');
  const lines = checkSummary(checked, 'en').lines;
  expect(lines).toEqual([
    `Business case!${yearCell('gain', 1, 2)}: expected a number, got the text "1.234,5"; did you mean 1234.5?`,
    `Business case!${yearCell('gain', 1, 3)}: the cell shows the error #REF!; enter a number or repair the formula`,
    `Business case!${yearCell('cost', 0, 1)}: expected 0 or more here, got -20; enter reductions as gains`,
    `Business case!${a1(resultRow, 2)}: this cell should hold the template's formula =C${(layout['annualResult'] ?? 0) + 1}-C${(layout['investment.total'] ?? 0) + 1} but holds the constant 999`,
  ]);
  expect(checkSummary(checked, 'da').lines[0]).toMatch(/mente du 1\.234,5\?$/);
  expect(calculateSummary(checked, 'en').title).toBe('Cannot calculate');
});

test('an ordinary sheet is reported as such', async () => {
  const host = new FakeExcelHost();
  const checked = await checkActiveInstance({ run: host.run, newId: () => 'x' }, 'da');
  expect(checkSummary(checked, 'da').lines).toEqual([
    'case: det aktive ark er ikke en Gevinst-skabelon; indsæt en fra fanen Gevinst',
  ]);
});

test('an Excel failure becomes one plain sentence', async () => {
  const failing: Deps = {
    run: () => Promise.reject(Object.assign(new Error('x'), { name: 'RichApi.Error', code: 'AccessDenied' })),
    newId: () => 'x',
  };
  const r = await insertBusinessCase(failing, params, 'da');
  expect(r).toEqual({
    ok: false,
    failure: {
      kind: 'office',
      message: 'Excel afviste ændringen. Er arket beskyttet eller projektmappen skrivebeskyttet?',
    },
  });
});

describe('structure and assumptions', () => {
  const at = (key: string): number => layout[key] ?? 0;

  test('a name pointed elsewhere is reported and offered for repair; a renamed sheet only noted', async () => {
    const { host, deps, sheet } = await filledInstance();
    const names = host.sheet(sheet).names;
    const npv = names.get('gevinst_npv');
    if (!npv || !('address' in npv.ref)) throw new Error('no NPV name');
    names.set('gevinst_npv', { name: 'Gevinst_NPV', ref: { sheetId: npv.ref.sheetId, address: 'A1' } });
    host.sheet(sheet).name = 'Mit forslag';
    const checked = await checkActiveInstance(deps, 'en');
    if (!checked.ok) throw new Error(JSON.stringify(checked));
    expect(checkSummary(checked, 'en').lines).toEqual([
      `Mit forslag!${npv.ref.address}: the name Gevinst_NPV should point at $${npv.ref.address.replace(/(\d+)/, '$$$1')} but points at ='Mit forslag'!$A$1`,
      'case: warning: the sheet was renamed from "Business case"; its names moved with it, nothing to repair',
    ]);
    expect(checked.value.repairs).toEqual([
      { kind: 'name', name: 'Gevinst_NPV', address: `$${npv.ref.address.replace(/(\d+)/, '$$$1')}`, exists: true },
    ]);
  });

  test('rows inserted inside the template stop the reading with the row where it shifted', async () => {
    const { host, deps, sheet } = await filledInstance();
    const cells = host.sheet(sheet).cells;
    const shifted = new Map(
      [...cells].map(([address, cell]) => {
        const m = /^([A-Z]+)(\d+)$/.exec(address);
        const row = Number(m?.[2]);
        return [row > at('gain.total') ? `${m?.[1]}${row + 1}` : address, cell] as const;
      }),
    );
    cells.clear();
    for (const [k, v] of shifted) cells.set(k, v);
    const checked = await checkActiveInstance(deps, 'da');
    expect(checkSummary(checked, 'da').lines).toEqual([
      `Business case!A${at('gain.total') + 1}: der er indsat eller slettet rækker i skabelonen omkring række ${at('gain.total') + 1} (her forventedes "Indtjening i alt"); fortryd ændringen, eller indsæt en ny skabelon`,
    ]);
  });

  test('a rate typed as 3.5 instead of 3.5 % and a date typed as text get suggestions', async () => {
    const { host, deps, sheet } = await filledInstance();
    host.type(sheet, a1(at('assumption.flatRate'), 1), 3.5);
    host.type(sheet, a1(at('assumption.date'), 1), '23-11-2026');
    const lines = checkSummary(await checkActiveInstance(deps, 'da'), 'da').lines;
    expect(lines).toEqual([
      `Business case!B${at('assumption.flatRate') + 1}: en rente på 350 % er over 100 %; mente du 3,5 %?`,
      `Business case!B${at('assumption.date') + 1}: advarsel: forventede en dato, fik teksten "23-11-2026"; mente du 2026-11-23?`,
    ]);
  });
});

describe('every kind of bad input gets its own clear issue', () => {
  const at = (key: string): number => layout[key] ?? 0;

  test.each([
    ['#DIV/0!', 'the cell shows the error #DIV/0!; enter a number or repair the formula'],
    ['#N/A', 'the cell shows the error #N/A; enter a number or repair the formula'],
    ['abc', 'expected a number, got the text "abc"'],
  ])('%s in a year cell', async (typed, message) => {
    const { host, deps, sheet } = await filledInstance();
    host.type(sheet, yearCell('gain', 0, 2), typed);
    expect(checkSummary(await checkActiveInstance(deps, 'en'), 'en').lines).toEqual([
      `Business case!${yearCell('gain', 0, 2)}: ${message}`,
    ]);
  });

  test('a blank discount choice, where a value is required', async () => {
    const { host, deps, sheet } = await filledInstance();
    host.type(sheet, a1(at('assumption.discount'), 1), '');
    expect(checkSummary(await checkActiveInstance(deps, 'da'), 'da').lines).toEqual([
      `Business case!B${at('assumption.discount') + 1}: her skal stå en værdi: fm-2021, fm-2013 eller fast rente`,
    ]);
  });

  test('a first year typed as text', async () => {
    const { host, deps, sheet } = await filledInstance();
    host.type(sheet, a1(at('assumption.firstYear'), 1), '2.026');
    expect(checkSummary(await checkActiveInstance(deps, 'en'), 'en').lines).toEqual([
      `Business case!B${at('assumption.firstYear') + 1}: expected a number, got the text "2.026"; did you mean 2026?`,
    ]);
  });
});

test('a benchmark sheet is recognised and said to be outside what the pane checks, not called broken', async () => {
  const host = new FakeExcelHost();
  const { insertBenchmark } = await import('../../src/app/use-cases');
  const deps = { run: host.run, newId: () => 'b' };
  const inserted = await insertBenchmark(deps, { rows: 5, own: 'Nyborg' }, 'da');
  expect(inserted).toMatchObject({ ok: true, value: { sheetName: 'Benchmark' } });
  const [chart] = host.sheet('Benchmark').charts;
  expect(chart).toMatchObject({ name: 'Gevinst_Ranking', type: 'ColumnStacked', title: 'Rangordning, bedste først' });
  expect(chart?.series.map((x) => [x.name, x.chartType])).toEqual([
    ['Øvrige', null],
    ['Egen', null],
    ['Gennemsnit', 'Line'],
  ]);
  expect(checkSummary(await checkActiveInstance(deps, 'en'), 'en').lines).toEqual([
    'case: this is a Gevinst benchmark sheet; its figures are live formulas, and the task pane checks business cases only so far',
  ]);
});

test('a sheet that is no instance costs one small read, whatever it holds; an instance is read only as far as it reaches', async () => {
  const host = new FakeExcelHost();
  const deps: Deps = { run: host.run, newId: () => 'id-2' };
  // A user's data sheet of 40,000 cells.
  for (let r = 1; r <= 2000; r++) for (const c of 'ABCDEFGHIJKLMNOPQRST') host.type('Ark1', `${c}${r}`, r);
  host.activate('Ark1');
  const [syncs, logged] = [host.syncCount, host.log.length];
  const r = await checkActiveInstance(deps, 'da');
  expect(r).toMatchObject({ ok: false, failure: { kind: 'issues', issues: [{ code: 'not_instance' }] } });
  expect(host.syncCount - syncs).toBe(1);
  expect(host.log.slice(logged).filter((t) => /values|formulas/.test(t))).toEqual([]);
  // An instance with a note typed far below and to the right is read without it, and checks clean.
  const { host: h2, deps: d2, sheet } = await filledInstance();
  h2.type(sheet, 'ZZ9000', 'min egen note');
  const inspected = await inspectActiveInstance(d2, 'da');
  if (!inspected.ok) throw new Error(JSON.stringify(inspected));
  const cells = inspected.value.snapshot.cells;
  expect(cells?.values.length).toBeLessThan(300);
  expect(cells?.values[0]?.length).toBeLessThan(20);
  expect(inspected.value.checked.issues).toEqual([]);
});
