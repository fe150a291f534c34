/** The management summary and the realisation plan made from the business case on the active sheet. */
import { insertRealisationForActive, insertSummaryForActive } from '../../src/app/follow-on';
import { insertBusinessCase, type Deps } from '../../src/app/use-cases';
import { a1 } from '../../src/sheet/address';
import { planBusinessCase } from '../../src/sheet/business-case-plan';
import { businessCaseParameters } from '../../src/templates/business-case';
import { FakeExcelHost } from '../fakes/fake-excel';

const PARAMS = { horizon: 4, lines: { gain: 2, cost: 1, investment: 1 } };
const layout = planBusinessCase(businessCaseParameters.parse(PARAMS)).metadata.layout;
const gainRow = (i: number): number => (layout['gain.first'] ?? 0) + i;

async function withCase() {
  const host = new FakeExcelHost();
  const deps: Deps = { run: host.run, newId: () => 'f' };
  await insertBusinessCase(deps, PARAMS, 'da');
  host.type('Business case', a1(gainRow(0), 0), 'Sparet tid');
  host.type('Business case', a1(gainRow(1), 0), 'Potentiale til bedste kvartil (anslået)');
  [100, 200, 200, 200].forEach((v, k) => host.type('Business case', a1(gainRow(0), 1 + k), v));
  const before = JSON.stringify([...host.sheet('Business case').cells.entries()]);
  host.syncCount = 0;
  return { host, deps, before };
}

test('the summary is a new sheet of formulas on the business case, which stays as it was, in four syncs', async () => {
  const { host, deps, before } = await withCase();
  const o = await insertSummaryForActive(deps, 'da');
  expect(o).toEqual({ ok: true, value: { sheetName: 'Ledelsesresumé' } });
  expect(host.syncCount).toBeLessThanOrEqual(4);
  expect(JSON.stringify([...host.sheet('Business case').cells.entries()])).toBe(before);
  const summary = host.sheet('Ledelsesresumé');
  const formulas = [...summary.cells.values()].map((c) => String(c.formula ?? ''));
  expect(formulas).toContain(`='Business case'!${a1(gainRow(0), 0, true)}`);
  expect(formulas.some((f) => f.includes('SUMIF($E$'))).toBe(true);
  // The line sent from a benchmark starts as anslået; the other has no evidence yet.
  const values = [...summary.cells.values()].map((c) => c.value);
  expect(values.filter((v) => v === 'Anslået')).toHaveLength(1);
});

test('the realisation plan takes the gain lines as formulas and marks the sent potential anslået', async () => {
  const { host, deps, before } = await withCase();
  const o = await insertRealisationForActive(deps, 'en');
  expect(o).toEqual({ ok: true, value: { sheetName: 'Gevinstrealisering' } });
  expect(host.syncCount).toBeLessThanOrEqual(4);
  expect(JSON.stringify([...host.sheet('Business case').cells.entries()])).toBe(before);
  const plan = host.sheet('Gevinstrealisering');
  expect(plan.cells.get('A14')?.formula).toBe(`='Business case'!${a1(gainRow(0), 0, true)}`);
  expect(plan.cells.get('G14')?.formula).toBe(`='Business case'!${a1(gainRow(0), 1, true)}`);
  expect(plan.cells.get('C15')?.value).toBe('Anslået');
});

test('on a sheet that is not a business case both say so and write nothing', async () => {
  const host = new FakeExcelHost();
  const deps: Deps = { run: host.run, newId: () => 'f' };
  const o = await insertSummaryForActive(deps, 'en');
  expect(o.ok).toBe(false);
  expect(host.state.sheets.map((s) => s.name)).toEqual(['Ark1']);
});
