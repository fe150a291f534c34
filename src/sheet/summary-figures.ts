/**
 * The management summary's figures as `gevinst calc` reports them: the business case and its
 * summary are planned as `gevinst build` writes them, and the summary's results are read from
 * those formulas by the sheet language's one evaluator. The anslået share, the share without
 * evidence and the "økonomiske konsekvenser" in 1.000 kr. are therefore what the sheet shows, by
 * construction; there is no second implementation of them in TypeScript. The key figures are the
 * business case's own (the engine's NPV, every IRR root, the payback years).
 */
import type { BusinessCaseResult } from '../engine/business-case';
import type { BudgetArea, BusinessCaseFile, BusinessCaseLine, Section } from '../engine/business-case-schema';
import { rowOf, scalarOf, type Figure } from './define';
import { ok, type Result } from '../engine/result';
import { businessCaseSheetInput } from './business-case-from-case';
import type { BusinessCaseLayout } from './business-case-layout';
import { businessCaseLayoutFor, planBusinessCase } from './business-case-plan';
import type { SheetPlan } from './plan';
import { planBook } from './plan-book';
import { defaultArea, SUMMARY, summaryParametersOf, type SummaryLine, type SummarySheet } from './summary-plan';

export interface Summary {
  readonly keyFigures: {
    readonly npv: number;
    readonly irr: number | null;
    readonly paybackYear: number | null;
    readonly totals: BusinessCaseResult['totals'];
  };
  /** Share of all gains (every year) marked anslået; null when there are no gains. */
  readonly estimatedShare: number | null;
  /** Share of all gains with no evidence given. */
  readonly unstatedShare: number | null;
  readonly consequences: {
    readonly unit: '1.000 kr.';
    readonly service: number[];
    readonly construction: number[];
    readonly transfers: number[];
    readonly total: number[];
  };
  readonly assumptions: {
    label: string;
    section: Section;
    evidence: string | null;
    area: BudgetArea;
    source: string | null;
  }[];
}

const pick = (l: BusinessCaseLine | undefined): Omit<SummaryLine, 'section'> => ({
  evidence: l?.evidence,
  area: l?.area,
  source: l?.source,
});

/** The summary's lines for a case: one per line of its sheet, in the sheet's order (blank lines too). */
export function summaryLinesOf(c: BusinessCaseFile, layout: BusinessCaseLayout): SummaryLine[] {
  return (['gain', 'cost', 'investment'] as const).flatMap((section) => {
    const given = c.lines.filter((l) => l.section === section);
    return Array.from({ length: layout.sections[section].count }, (_, i) => ({ section, ...pick(given[i]) }));
  });
}

/** The business case of a case file and its summary, as `gevinst build` writes them. */
export function businessCaseWithSummary(
  c: BusinessCaseFile,
  language: 'da' | 'en',
): Result<{ businessCase: SheetPlan; summary: SummarySheet }> {
  const input = businessCaseSheetInput(c, language);
  if (!input.ok) return input;
  const businessCase = planBusinessCase(input.value.params, input.value.content);
  const layout = businessCaseLayoutFor(input.value.params, input.value.content);
  const summary = {
    language,
    businessCase: { sheet: businessCase.sheetName, layout },
    lines: summaryLinesOf(c, layout),
  };
  return ok({ businessCase, summary });
}

const share = (v: Figure | undefined): number | null => {
  const x = scalarOf(v);
  return typeof x === 'number' ? x : null;
};
/** A row of the consequences table; a cell that is not a number would be a bug, and shows as NaN (never 0). */
const row = (v: Figure | undefined): number[] => rowOf(v).map((x) => (typeof x === 'number' ? x : Number.NaN));

export function summarise(c: BusinessCaseFile, r: BusinessCaseResult): Result<Summary> {
  const planned = businessCaseWithSummary(c, 'en');
  if (!planned.ok) return planned;
  const params = summaryParametersOf(planned.value.summary);
  const plan = SUMMARY.plan(params);
  const book = planBook([planned.value.businessCase, plan]);
  const f = SUMMARY.figures(params, book, plan.sheetName);
  return ok({
    keyFigures: { npv: r.npv, irr: r.irr, paybackYear: r.paybackYear, totals: r.totals },
    estimatedShare: share(f.get('estimatedShare')),
    unstatedShare: share(f.get('unstatedShare')),
    consequences: {
      unit: '1.000 kr.',
      service: row(f.get('service')),
      construction: row(f.get('construction')),
      transfers: row(f.get('transfers')),
      total: row(f.get('total')),
    },
    assumptions: c.lines.map((l) => ({
      label: l.label,
      section: l.section,
      evidence: l.evidence ?? null,
      area: l.area ?? defaultArea(l.section),
      source: l.source ?? null,
    })),
  });
}
