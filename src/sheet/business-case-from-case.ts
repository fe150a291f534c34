/**
 * A business-case file as sheet parameters and content, for `gevinst build`: the same plan the
 * add-in inserts, filled with the case's lines. Three-point values become input cells for their
 * ends with the PERT mean over them in the year cell, and
 * percent profiles the baseline times the cumulated steps, so the sheet shows how each figure
 * was made and stays live.
 */
import { horizonOf } from '../engine/business-case-checks';
import type { BusinessCaseFile, BusinessCaseLine, Section } from '../engine/business-case-schema';
import { fail, ok, type Result } from '../engine/result';
import { fromZodIssues } from '../engine/zod-issues';
import { businessCaseParameters, type BusinessCaseParameters } from '../templates/business-case';
import type { BusinessCaseContent, LineContent, PlannedValue } from './business-case-plan';

const num = (x: number): string => String(x);

function lineValues(line: BusinessCaseLine, years: number): PlannedValue[] {
  const profile = line.profile;
  if (profile) {
    return Array.from({ length: years }, (_, k) => {
      const steps = profile.steps
        .slice(0, k + 1)
        .map(num)
        .join('+');
      return { formula: `=${num(profile.baseline)}*(${steps})` };
    });
  }
  // A three-point value keeps its ends: the plan writes them as input cells beside the line.
  return (line.values ?? []).map((v) => (typeof v === 'number' ? v : { min: v.min, likely: v.likely, max: v.max }));
}

export function businessCaseSheetInput(
  c: BusinessCaseFile,
  language: 'da' | 'en',
): Result<{ params: BusinessCaseParameters; content: BusinessCaseContent }> {
  const years = horizonOf(c);
  const content: Record<Section, LineContent[]> = { gain: [], cost: [], investment: [] };
  for (const line of c.lines) {
    content[line.section].push({
      label: line.label,
      ...(line.gainType ? { gainType: line.gainType } : {}),
      values: lineValues(line, years),
    });
  }
  const counts = { gain: content.gain.length, cost: content.cost.length, investment: content.investment.length };
  const parsed = businessCaseParameters.safeParse(
    {
      language,
      title: c.title,
      ...(c.firstYear === undefined ? {} : { firstYear: c.firstYear }),
      horizon: years,
      discount: c.discount,
      firstYearDiscounted: c.firstYearDiscounted,
      unit: c.unit,
      priceLevel: c.priceLevel ?? '',
      lines: {
        gain: Math.max(1, counts.gain),
        cost: Math.max(1, counts.cost),
        investment: Math.max(1, counts.investment),
      },
    },
    { reportInput: true },
  );
  if (!parsed.success) {
    // The sheet's limits (a horizon of at most 50 years) are narrower than the engine's.
    const at: Record<string, (string | number)[]> = { horizon: ['years'], lines: ['lines'] };
    return fail(fromZodIssues(parsed.error.issues).map((i) => ({ ...i, path: at[String(i.path[0])] ?? i.path })));
  }
  return ok({ params: parsed.data, content });
}
