/** Send to business case: a benchmark potential becomes an estimated gain line, never over the user's lines. */
import { checkSummary } from '../../src/app/summaries';
import {
  checkActiveInstance,
  insertBenchmark,
  insertBusinessCase,
  sendPotentialToBusinessCase,
  type Deps,
} from '../../src/app/use-cases';
import { readPotentials } from '../../src/excel/send-potential';
import { a1 } from '../../src/sheet/address';
import { BENCHMARK_NAMES } from '../../src/sheet/benchmark-plan';
import { planBusinessCase } from '../../src/sheet/business-case-plan';
import { businessCaseParameters } from '../../src/templates/business-case';
import { FakeExcelHost } from '../fakes/fake-excel';

const layout = planBusinessCase(
  businessCaseParameters.parse({ horizon: 5, lines: { gain: 2, cost: 1, investment: 1 } }),
).metadata.layout;
const gainRow = (i: number): number => (layout['gain.first'] ?? 0) + i;

test('the potential lands in the first empty gain line, marked anslået, and the business case computes with it', async () => {
  const host = new FakeExcelHost();
  const deps: Deps = { run: host.run, newId: () => 's' };
  await insertBusinessCase(deps, { horizon: 5, lines: { gain: 2, cost: 1, investment: 1 } }, 'da');
  host.type('Business case', a1(gainRow(0), 0), 'Sparet tid');
  [100, 100, 100, 100, 100].forEach((v, k) => host.type('Business case', a1(gainRow(0), 1 + k), v));
  await insertBenchmark(deps, { rows: 5, own: 'Nyborg' }, 'da');
  const quartile = host.sheet('Benchmark').names.get(BENCHMARK_NAMES.potentialBestQuartile.toLowerCase());
  if (!quartile || !('address' in quartile.ref)) throw new Error('no potential name');
  host.compute('Benchmark', quartile.ref.address, 420);

  const source = await readPotentials(host.run, [BENCHMARK_NAMES.potentialBestQuartile]);
  expect(source).toMatchObject({ benchmarkSheet: 'Benchmark', businessCases: ['Business case'] });
  expect(source.potentials.get(BENCHMARK_NAMES.potentialBestQuartile)).toBe(420);

  const sent = await sendPotentialToBusinessCase(
    deps,
    { businessCase: 'Business case', label: 'Potentiale til bedste kvartil', amount: 420 },
    'da',
  );
  expect(sent).toEqual({ ok: true, value: { sheetName: 'Business case', cell: `Business case!${a1(gainRow(1), 0)}` } });
  expect(host.cell('Business case', a1(gainRow(1), 0)).value).toBe('Potentiale til bedste kvartil (anslået)');
  expect(host.cell('Business case', a1(gainRow(0), 0)).value).toBe('Sparet tid');
  const checked = await checkActiveInstance(deps, 'da');
  expect(checked.ok && checked.value.result?.gains).toEqual([520, 520, 520, 520, 520]);

  const again = await sendPotentialToBusinessCase(
    deps,
    { businessCase: 'Business case', label: 'Mere', amount: 1 },
    'da',
  );
  expect(checkSummary(again.ok ? { ok: false, failure: { kind: 'issues', issues: [] } } : again, 'da').lines).toEqual([
    'case: business casen "Business case" har ingen tom gevinstlinje; indsæt en business case med flere gevinstlinjer, eller ryd en',
  ]);
});
