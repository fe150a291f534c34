/** `gevinst build case.json -o case.xlsx`: the template instance as a workbook, with live formulas. */
import type { CaseFile } from '../engine/case-file';
import { issue, type Issue } from '../engine/issue';
import type { Language } from '../engine/messages';
import { fail, ok, type Result } from '../engine/result';
import { businessCaseSheetInput } from '../sheet/business-case-from-case';
import { planBusinessCase } from '../sheet/business-case-plan';
import type { SheetPlan } from '../sheet/plan';
import { planToXlsx } from '../xlsx/write-plan';

export function planForCase(c: CaseFile, lang: Language): Result<SheetPlan> {
  if (c.template !== 'business-case') {
    const unsupported: Issue = issue('invalid_value', ['template'], {
      allowed: '"business-case" (gevinst build)',
      received: `"${c.template}"`,
    });
    return fail([unsupported]);
  }
  const input = businessCaseSheetInput(c, lang);
  return input.ok ? ok(planBusinessCase(input.value.params, input.value.content)) : input;
}

export async function buildXlsx(c: CaseFile, lang: Language): Promise<Result<Buffer>> {
  const plan = planForCase(c, lang);
  return plan.ok ? ok(await planToXlsx(plan.value)) : plan;
}
