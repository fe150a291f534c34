/**
 * Requests per insert and per Beregn, measured through Microsoft's own Office.js client (npm run
 * bench:excel): syncs, actions and request bytes, with and without ExcelApi 1.9 (RangeAreas, and the page
 * set-up in a third sync).
 * It prints figures; the budgets that are tests live in test/excel/insert.test.ts.
 */
import { defaultOptions } from '../../src/app/calc-options';
import { calculateAndWrite } from '../../src/app/calculate';
import { insertBusinessCase, type Deps } from '../../src/app/use-cases';
import { insertPlan } from '../../src/excel/insert-plan';
import { planBenchmark } from '../../src/sheet/benchmark-plan';
import { planBusinessCase } from '../../src/sheet/business-case-plan';
import { planEntry } from '../../src/sheet/entry-plan';
import type { SheetPlan } from '../../src/sheet/plan';
import { plansForCase } from '../../src/sheet/registry';
import { validateCase } from '../../src/engine/case-file';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchmarkParameters } from '../../src/templates/benchmark';
import { businessCaseParameters } from '../../src/templates/business-case';
import { CATALOGUE } from '../../src/templates/catalogue';
import { FakeExcelHost } from '../fakes/fake-excel';

interface Figures {
  readonly what: string;
  readonly syncs: number;
  readonly actions: number;
  readonly largest: number;
  readonly total: number;
}

function measured(
  what: string,
  host: FakeExcelHost,
  from: { syncs: number; actions: number; requests: number },
): Figures {
  const requests = host.requestBytes.slice(from.requests);
  return {
    what,
    syncs: host.syncCount - from.syncs,
    actions: host.log.length - from.actions,
    largest: Math.max(...requests),
    total: requests.reduce((a, b) => a + b, 0),
  };
}

const mark = (host: FakeExcelHost) => ({
  syncs: host.syncCount,
  actions: host.log.length,
  requests: host.requestBytes.length,
});

function examplePlan(file: string): SheetPlan {
  const data: unknown = JSON.parse(readFileSync(join(__dirname, '../../examples', file), 'utf8'));
  const c = validateCase(data);
  if (!c.ok) throw new Error(file);
  const plans = plansForCase(c.value, 'da');
  if (!plans.ok || !plans.value[0]) throw new Error(file);
  return plans.value[0];
}

const PLANS: [string, () => SheetPlan][] = [
  ['business case, 10 years', () => planBusinessCase(businessCaseParameters.parse({ firstYear: 2026 }))],
  [
    'business case, 50 years, 30 lines a section',
    () =>
      planBusinessCase(businessCaseParameters.parse({ horizon: 50, lines: { gain: 30, cost: 30, investment: 30 } })),
  ],
  ['benchmark, 500 rows', () => planBenchmark(benchmarkParameters.parse({ rows: 500 }))],
  ['benchmark, 5,000 rows', () => planBenchmark(benchmarkParameters.parse({ rows: 5000 }))],
  ['realisation plan (examples/realisation-plan.json)', () => examplePlan('realisation-plan.json')],
  ['catalogue entry A07', () => planEntry(CATALOGUE.find((e) => e.id === 'A07') ?? CATALOGUE[0]!, 'da')],
];

test('requests per insert and per Beregn', async () => {
  const rows: Figures[] = [];
  for (const rangeAreas of [true, false]) {
    const tag = rangeAreas ? 'ExcelApi 1.9' : 'ExcelApi 1.8';
    for (const [what, plan] of PLANS) {
      const host = new FakeExcelHost();
      let from = mark(host);
      await insertPlan(host.run, plan(), 'a', { rangeAreas, pageLayout: rangeAreas });
      rows.push(measured(`insert ${what} (${tag}, styles created)`, host, from));
      from = mark(host);
      await insertPlan(host.run, plan(), 'b', { rangeAreas, pageLayout: rangeAreas });
      rows.push(measured(`insert ${what} (${tag}, styles there)`, host, from));
    }
  }
  const host = new FakeExcelHost();
  const deps: Deps = { run: host.run, newId: () => 'id' };
  await insertBusinessCase(deps, { firstYear: 2026, horizon: 10 }, 'da');
  const from = mark(host);
  await calculateAndWrite(deps, 'da', defaultOptions('da', 10));
  rows.push(measured('Beregn on a 10-year business case (ExcelApi 1.8)', host, from));
  const width = Math.max(...rows.map((r) => r.what.length));
  const line = (r: Figures): string =>
    `${r.what.padEnd(width)}  ${String(r.syncs).padStart(5)}  ${String(r.actions).padStart(7)}  ${r.largest.toLocaleString('en-GB').padStart(11)}  ${r.total.toLocaleString('en-GB').padStart(11)}`;
  process.stdout.write(
    `\n${"through Microsoft's Office.js client".padEnd(width)}  syncs  actions  largest (B)    total (B)\n${rows.map(line).join('\n')}\n`,
  );
  expect(rows.length).toBe(PLANS.length * 4 + 1);
});
