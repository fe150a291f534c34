/**
 * A business case as `gevinst calc` reports it: the business case and its management summary are
 * planned as `gevinst build` writes them, and their figures are read from those formulas by the
 * sheet language's one evaluator: section totals, results, discount factors, NPV and payback on
 * the business case; the anslået share, the share without evidence and the "økonomiske
 * konsekvenser" in 1.000 kr. on the summary. They are what the sheets show, by construction. What
 * no formula says stays the engine's: every IRR root, the discounted payback's fraction, the gains
 * by type, and the what-if analyses (each variant a whole computation, hundreds per case).
 */
import type { BusinessCaseResult } from '../engine/business-case';
import {
  AFFECTED,
  ASPECTS,
  type BudgetArea,
  type BusinessCaseFile,
  type BusinessCaseLine,
  type Section,
} from '../engine/business-case-schema';
import type { Scalar } from '../engine/formula/value';
import { rowOf, scalarOf, type Figure } from './define';
import { calculateBusinessCase } from '../engine/calculate';
import { ok, type Result } from '../engine/result';
import type { Analysis } from '../engine/what-if';
import { businessCaseSheetInput } from './business-case-from-case';
import type { BusinessCaseLayout } from './business-case-layout';
import { BUSINESS_CASE_SHEET, businessCaseLayoutFor, type BusinessCaseSheet } from './business-case-plan';
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
  /** The qualitative assessment as the summary shows it: every person affected × bottom line, rated −2..+2 or null. */
  readonly qualitative: {
    readonly consequences: {
      for: (typeof AFFECTED)[number];
      aspect: (typeof ASPECTS)[number];
      rating: number | null;
      description: string;
    }[];
    readonly assumptions: string[];
  };
}

const pick = (l: BusinessCaseLine | undefined): Omit<SummaryLine, 'section'> => ({
  evidence: l?.evidence,
  // The area the case file gives, else the one its label suggests (an investment in an asset is Anlæg).
  area: l ? (l.area ?? defaultArea(l.section, l.label)) : undefined,
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
): Result<{ businessCase: SheetPlan; params: BusinessCaseSheet; summary: SummarySheet }> {
  const input = businessCaseSheetInput(c, language);
  if (!input.ok) return input;
  const params: BusinessCaseSheet = { ...input.value.params, content: input.value.content };
  const businessCase = BUSINESS_CASE_SHEET.plan(params);
  const layout = businessCaseLayoutFor(input.value.params, input.value.content);
  const summary = {
    language,
    businessCase: { sheet: businessCase.sheetName, layout },
    lines: summaryLinesOf(c, layout),
    qualitative: c.qualitative,
  };
  return ok({ businessCase, params, summary });
}

/** A figure that must be a number; anything else would be a bug, and shows as NaN (never 0). */
const num = (x: Scalar | undefined): number => (typeof x === 'number' ? x : Number.NaN);
const share = (v: Figure | undefined): number | null => {
  const x = scalarOf(v);
  return typeof x === 'number' ? x : null;
};
/** A row of the consequences table; a cell that is not a number would be a bug, and shows as NaN (never 0). */
const row = (v: Figure | undefined): number[] => rowOf(v).map((x) => (typeof x === 'number' ? x : Number.NaN));

/** The summary's figures as its sheet shows them, from a workbook holding the business case and the summary. */
function summaryFrom(c: BusinessCaseFile, r: BusinessCaseResult, f: ReadonlyMap<string, Figure>): Summary {
  const consequences = AFFECTED.flatMap((who) =>
    ASPECTS.map((aspect) => {
      const given = c.qualitative?.consequences.find((x) => x.for === who && x.aspect === aspect);
      return { for: who, aspect, rating: given?.rating ?? null, description: given?.description ?? '' };
    }),
  );
  return {
    qualitative: { consequences, assumptions: [...(c.qualitative?.assumptions ?? [])] },
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
      area: l.area ?? defaultArea(l.section, l.label),
      source: l.source ?? null,
    })),
  };
}

/** A number the sheet shows, or null (a word: not within the horizon, fill in). */
function yearOf(v: Figure | undefined): number | null {
  const x = scalarOf(v);
  return typeof x === 'number' ? x : null;
}

/**
 * The business case's figures as its sheet shows them, over the engine's result: the section
 * totals, the result rows, the discount factors, the NPV and the payback years are read from the
 * sheet's formulas; what no formula says (every IRR root, the discounted payback's fraction, the
 * gains by type, each line's expected values) stays the engine's.
 */
function businessCaseFrom(
  c: BusinessCaseFile,
  r: BusinessCaseResult,
  f: ReadonlyMap<string, Figure>,
): BusinessCaseResult {
  const years = (id: string): number[] => row(f.get(id));
  const total = (id: string): number => num(scalarOf(f.get(`total.${id}`)));
  const payback = {
    year: yearOf(f.get('Gevinst_PaybackYear')),
    calendar: yearOf(f.get('Gevinst_PaybackCalendarYear')),
  };
  const paybackYears = scalarOf(f.get('Gevinst_PaybackYears'));
  return {
    ...r,
    gains: years('gains'),
    costs: years('costs'),
    investments: years('investments'),
    annualResult: years('annualResult'),
    result: years('result'),
    cumulative: years('cumulative'),
    discountFactors: years('discountFactors'),
    discountedResult: years('discountedResult'),
    discountedCumulative: years('discountedCumulative'),
    npv: num(scalarOf(f.get('Gevinst_NPV'))),
    paybackYear: payback.year,
    paybackCalendarYear: payback.calendar,
    paybackYears: typeof paybackYears === 'number' ? paybackYears : null,
    discountedPaybackYear: yearOf(f.get('Gevinst_DiscountedPaybackYear')),
    discountedPaybackCalendarYear: yearOf(f.get('Gevinst_DiscountedPaybackCalendarYear')),
    totals: { gains: total('gain'), costs: total('cost'), investments: total('investment'), result: total('result') },
  };
}

/**
 * What `gevinst calc` reports for a business case: its figures and its management summary read
 * from the two sheets `gevinst build` writes, through the one evaluator, with the engine's what-if
 * analyses (each variant a whole computation, hundreds per case: engine-only).
 */
export function calculateOnSheets(c: BusinessCaseFile): Result<BusinessCaseResult & Analysis & { summary: Summary }> {
  const engine = calculateBusinessCase(c);
  const planned = businessCaseWithSummary(c, 'en');
  if (!planned.ok) return planned;
  const summaryParams = summaryParametersOf(planned.value.summary);
  const summaryPlan = SUMMARY.plan(summaryParams);
  const { businessCase } = planned.value;
  const book = planBook([businessCase, summaryPlan]);
  const sheet = businessCaseFrom(
    c,
    engine,
    BUSINESS_CASE_SHEET.figures(planned.value.params, book, businessCase.sheetName),
  );
  const summary = summaryFrom(c, sheet, SUMMARY.figures(summaryParams, book, summaryPlan.sheetName));
  return ok({ ...engine, ...sheet, summary });
}

/** The summary of a case (its figures from the sheets; see calculateOnSheets). */
export function summarise(c: BusinessCaseFile): Result<Summary> {
  const all = calculateOnSheets(c);
  return all.ok ? ok(all.value.summary) : all;
}
