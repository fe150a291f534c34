/** `gevinst build case.json -o case.xlsx`: the template instance as a workbook, with live formulas. */
import type { CaseFile } from '../engine/case-file';
import type { Language } from '../engine/messages';
import { ok, type Result } from '../engine/result';
import { plansForCase } from '../sheet/registry';
import { plansToXlsx } from '../xlsx/write-plan';

export async function buildXlsx(c: CaseFile, lang: Language): Promise<Result<Buffer>> {
  const plans = plansForCase(c, lang);
  return plans.ok ? ok(await plansToXlsx(plans.value)) : plans;
}
