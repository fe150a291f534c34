/**
 * Plans put into the fake host as the add-in inserts them (each with an instance id), with every
 * formula cell showing what Excel would show: computed by the sheet language's one evaluator.
 */
import type { Deps } from '../../src/app/use-cases';
import { insertPlan } from '../../src/excel/insert-plan';
import { a1 } from '../../src/sheet/address';
import type { SheetPlan } from '../../src/sheet/plan';
import { planBook } from '../../src/sheet/plan-book';
import { FakeExcelHost } from '../fakes/fake-excel';

export async function fakeWorkbookOf(
  plans: readonly SheetPlan[],
): Promise<{ host: FakeExcelHost; deps: Deps; sheets: string[] }> {
  const host = new FakeExcelHost();
  let n = 0;
  const deps: Deps = { run: host.run, newId: () => `new-${++n}` };
  const sheets: string[] = [];
  for (const [i, plan] of plans.entries()) sheets.push((await insertPlan(host.run, plan, `legacy-${i}`)).sheetName);
  const book = planBook(plans, sheets);
  plans.forEach((plan, i) =>
    plan.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.content.kind !== 'formula') return;
        const v = book.cell(sheets[i] ?? '', r, c);
        const shown =
          v === null ? 0 : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : typeof v === 'object' ? `#${v.error}` : v;
        host.compute(sheets[i] ?? '', a1(r, c), shown);
      }),
    ),
  );
  host.activate(sheets[0] ?? '');
  return { host, deps, sheets };
}
