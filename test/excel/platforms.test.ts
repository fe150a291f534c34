/**
 * The adapter's whole round on each client build the package ships (Excel on the web, Windows, Mac):
 * insert, recognise after reopening, check, Beregn with its charts, a selection read, and an edit
 * heard by the change watcher. The builds differ in their host plumbing; the requests must not.
 */
import { defaultOptions } from '../../src/app/calc-options';
import { calculateAndWrite } from '../../src/app/calculate';
import { checkActiveInstance, insertBusinessCase, type Deps } from '../../src/app/use-cases';
import { watchWorkbook } from '../../src/excel/events';
import { readSelection } from '../../src/excel/read-selection';
import { recogniseActiveInstance } from '../../src/excel/recognise';
import { a1 } from '../../src/sheet/address';
import { planBusinessCase } from '../../src/sheet/business-case-plan';
import { businessCaseParameters } from '../../src/templates/business-case';
import { FakeExcelHost } from '../fakes/fake-excel';
import { PLATFORMS, type Platform } from '../fakes/office-client';

const params = { firstYear: 2026, horizon: 6, lines: { gain: 2, cost: 1, investment: 1 } };
const layout = planBusinessCase(businessCaseParameters.parse(params)).metadata.layout;
const yearCell = (key: string, k: number): string => a1(layout[`${key}.first`] ?? 0, 1 + k);

describe.each(Object.keys(PLATFORMS) as Platform[])('on the %s client', (platform) => {
  test('insert → reopen → recognise → fill → check → Beregn → read a selection → hear an edit', async () => {
    const first = new FakeExcelHost(undefined, platform);
    const inserted = await insertBusinessCase({ run: first.run, newId: () => 'id-1' }, params, 'da');
    if (!inserted.ok) throw new Error(JSON.stringify(inserted));
    const host = first.reopened();
    expect(host.client.platform).toBe(platform);
    const deps: Deps = { run: host.run, newId: () => 'id-2' };
    expect(await recogniseActiveInstance(host.run)).toMatchObject({ templateId: 'business-case', instanceId: 'id-1' });

    [0, 300, 300, 300, 300, 300].forEach((v, k) => host.type('Business case', yearCell('gain', k), v));
    [40, 40, 40, 40, 40, 40].forEach((v, k) => host.type('Business case', yearCell('cost', k), v));
    host.type('Business case', yearCell('investment', 0), 700);
    const checked = await checkActiveInstance(deps, 'da');
    expect(checked.ok && checked.value.issues.filter((i) => i.severity === 'error')).toEqual([]);

    const written = await calculateAndWrite(deps, 'da', defaultOptions('da', 6));
    expect(written.ok).toBe(true);
    expect(host.sheet('Business case').charts.map((c) => c.name)).toEqual(['Gevinst_CashFlow', 'Gevinst_Tornado']);

    host.select('Business case', `${yearCell('gain', 0)}:${yearCell('gain', 5)}`);
    const selection = await readSelection(host.run);
    expect(selection.values).toEqual([[0, 300, 300, 300, 300, 300]]);

    const heard: string[] = [];
    await watchWorkbook(host.run, { onActivated: () => heard.push('activated'), onChanged: (a) => heard.push(a) });
    host.type('Business case', yearCell('gain', 1), 310);
    await host.eventsDelivered();
    expect(heard).toEqual([yearCell('gain', 1)]);
  });
});
