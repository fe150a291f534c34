/** `gevinst build case.json -o case.xlsx`: the template instance as a workbook, with live formulas. */
import type { CaseFile } from '../engine/case-file';
import { issue, type Issue } from '../engine/issue';
import type { Language } from '../engine/messages';
import { fail, ok, type Result } from '../engine/result';
import { fromZodIssues } from '../engine/zod-issues';
import { businessCaseSheetInput } from '../sheet/business-case-from-case';
import { businessCaseLayoutFor, planBusinessCase } from '../sheet/business-case-plan';
import type { SheetPlan } from '../sheet/plan';
import { lineRowsOf, planOutput, withOutput } from '../sheet/output-plan';
import { computeBusinessCase } from '../engine/business-case';
import { analyse } from '../engine/what-if';
import { plansToXlsx } from '../xlsx/write-plan';
import { planSummary } from '../sheet/summary-plan';
import type { BusinessCaseLine } from '../engine/business-case-schema';
import { planBenchmark } from '../sheet/benchmark-plan';
import { benchmarkParameters } from '../templates/benchmark';
import { findEntry } from '../templates/catalogue';
import { planEntry } from '../sheet/entry-plan';
import { planRealisation, realisationSheetInput } from '../sheet/realisation-plan';

type Planner<T extends CaseFile['template']> = (
  c: Extract<CaseFile, { template: T }>,
  lang: Language,
) => Result<SheetPlan>;

/**
 * How each kind of case file becomes a sheet, one entry per template the case schema knows (the
 * type requires every one to say): null for those that are computed, not built.
 */
const PLANNERS: { readonly [T in CaseFile['template']]: Planner<T> | null } = {
  'business-case': planBusinessCaseCase,
  benchmark: planBenchmarkCase,
  realisation: (c, lang) => ok(planRealisation(realisationSheetInput(c, lang))),
  catalogue: (c, lang) => {
    const entry = findEntry(c.entry);
    if (!entry) return fail([issue('invalid_value', ['entry'], { allowed: 'a catalogue id', received: c.entry })]);
    return ok(planEntry(entry, lang, c.values));
  },
  'time-savings': null,
};

/** The templates `gevinst build` writes, as its messages list them. */
export const BUILDABLE = (Object.keys(PLANNERS) as CaseFile['template'][]).filter((t) => PLANNERS[t] !== null);

export function planForCase(c: CaseFile, lang: Language): Result<SheetPlan> {
  const planner = PLANNERS[c.template] as Planner<typeof c.template> | null;
  if (planner === null) {
    const unsupported: Issue = issue('invalid_value', ['template'], {
      allowed: `${BUILDABLE.map((t) => `"${t}"`).join(', ')} (gevinst build)`,
      received: `"${c.template}"`,
    });
    return fail([unsupported]);
  }
  return planner(c as never, lang);
}

function planBenchmarkCase(c: Extract<CaseFile, { template: 'benchmark' }>, lang: Language): Result<SheetPlan> {
  const params = benchmarkParameters.safeParse({
    language: lang,
    title: c.title,
    unit: c.unit,
    direction: c.direction,
    own: c.own,
    per: c.per,
    rows: c.rows.length,
    targets: c.targets.length,
  });
  // The case-file schema shares these limits, so a refusal here is a bug; say so by path, never throw.
  if (!params.success) return fail(fromZodIssues(params.error.issues));
  return ok(planBenchmark(params.data, { rows: c.rows, targets: c.targets }));
}

function planBusinessCaseCase(c: Extract<CaseFile, { template: 'business-case' }>, lang: Language): Result<SheetPlan> {
  const input = businessCaseSheetInput(c, lang);
  if (!input.ok) return input;
  const plan = planBusinessCase(input.value.params, input.value.content);
  const layout = businessCaseLayoutFor(input.value.params, input.value.content);
  const analysis = analyse(c);
  if (Object.keys(analysis).length === 0) return ok(plan);
  // The case's lines in template order (gains, costs, investments), as the sheet lays them out.
  const ordered = (['gain', 'cost', 'investment'] as const).flatMap((s) => c.lines.filter((l) => l.section === s));
  const output = planOutput({
    layout,
    startRow: layout.height + 1,
    language: lang,
    unit: c.unit,
    result: computeBusinessCase(c),
    analysis,
    scenarioDefinitions: c.scenarios ?? [],
    sensitivityStep: c.sensitivity?.step ?? 0.1,
    lineRows: lineRowsOf(layout, ordered),
  });
  return ok(withOutput(plan, output));
}

/** The sheets a case builds: a business case comes with its management summary. */
export function plansForCase(c: CaseFile, lang: Language): Result<SheetPlan[]> {
  const plan = planForCase(c, lang);
  if (!plan.ok || c.template !== 'business-case') return plan.ok ? ok([plan.value]) : plan;
  const input = businessCaseSheetInput(c, lang);
  if (!input.ok) return input;
  const layout = businessCaseLayoutFor(input.value.params, input.value.content);
  const lines = (['gain', 'cost', 'investment'] as const).flatMap((section) => {
    const given = c.lines.filter((l) => l.section === section);
    return Array.from({ length: layout.sections[section].count }, (_, i) => ({ section, ...pick(given[i]) }));
  });
  const summary = planSummary({
    language: lang,
    businessCase: { sheet: plan.value.sheetName, layout },
    lines,
  });
  return ok([plan.value, summary]);
}

const pick = (l: BusinessCaseLine | undefined) => ({ evidence: l?.evidence, area: l?.area, source: l?.source });

export async function buildXlsx(c: CaseFile, lang: Language): Promise<Result<Buffer>> {
  const plans = plansForCase(c, lang);
  return plans.ok ? ok(await plansToXlsx(plans.value)) : plans;
}
