/**
 * Every plan the add-in can write (every template, both languages, the largest business case and a
 * 5,000-row benchmark) inserted through Microsoft's client: every request at most 4 MB (Excel on
 * the web refuses 5 MB), and no plan that fits in one request split into more.
 */
import { insertPlan } from '../../src/excel/insert-plan';
import { planBenchmark } from '../../src/sheet/benchmark-plan';
import { planBusinessCase } from '../../src/sheet/business-case-plan';
import type { SheetPlan } from '../../src/sheet/plan';
import { benchmarkParameters } from '../../src/templates/benchmark';
import { businessCaseParameters } from '../../src/templates/business-case';
import { everyPlanSet } from '../helpers/all-plans';
import { FakeExcelHost } from '../fakes/fake-excel';

const LARGEST: SheetPlan[] = [
  ...(['da', 'en'] as const).map((language) =>
    planBusinessCase(
      businessCaseParameters.parse({ language, horizon: 50, lines: { gain: 100, cost: 100, investment: 100 } }),
    ),
  ),
  planBenchmark(benchmarkParameters.parse({ rows: 5000 })),
];

test('every request of every insert is at most 4 MB, and every plan goes in two syncs', async () => {
  const over: string[] = [];
  let plans = 0;
  for (const plan of [...everyPlanSet().flatMap((s) => s.plans), ...LARGEST]) {
    const host = new FakeExcelHost();
    await insertPlan(host.run, plan, `p${plans++}`);
    const largest = Math.max(...host.requestBytes);
    if (largest > 4 * 1024 * 1024 || host.syncCount !== 2)
      over.push(`${plan.sheetName}: ${host.syncCount} syncs, largest request ${largest} B`);
  }
  expect(plans).toBeGreaterThan(90);
  expect(over).toEqual([]);
});
