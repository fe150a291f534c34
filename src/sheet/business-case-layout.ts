/**
 * Where everything of a business case sits, computed once from its shape (horizon and lines per
 * section) and typed: the plan writes by it, and every reader (the check, Beregn's output block,
 * follow-on sheets, `gevinst build`) reads by it, with no string keys and no fallbacks. The
 * instance record persists it flattened (`flattenLayout`), as it always has been.
 */
import type { Section } from '../engine/business-case-schema';

export interface SectionRows {
  /** The first line's row (0-based). */
  readonly first: number;
  readonly count: number;
  /** The section's total row. */
  readonly total: number;
}

/** The assumption rows (the value sits in column B). */
export const ASSUMPTION_ROWS = {
  title: 4,
  firstYear: 5,
  horizon: 6,
  discount: 7,
  flatRate: 8,
  firstYearDiscounted: 9,
  unit: 10,
  priceLevel: 11,
  owner: 12,
  date: 13,
  source: 14,
  template: 15,
} as const;

/** The rows with one figure per year, in the order the sheet shows them. */
export const YEAR_ROWS = [
  'yearHeader',
  'calendar',
  'annualResult',
  'result',
  'cumulative',
  'discountFactor',
  'presentValue',
  'cumulativePresentValue',
  'period',
  'periodRate',
  'paidBack',
  'discountedPaidBack',
  'sign',
  'trialRate',
  'trialNpv',
  'trialBracket',
] as const;
export type YearRow = (typeof YEAR_ROWS)[number];

/** The key figures, by their sheet-scoped names, in the order shown. */
export const KEY_FIGURES = [
  'Gevinst_NPV',
  'Gevinst_IRR',
  'Gevinst_PaybackYear',
  'Gevinst_PaybackYears',
  'Gevinst_DiscountedPaybackYear',
] as const;
export type KeyFigure = (typeof KEY_FIGURES)[number];

export interface BusinessCaseLayout {
  readonly horizon: number;
  /** Column of År 1 (0-based); År k is `firstYearCol + k - 1`. */
  readonly firstYearCol: number;
  readonly totalCol: number;
  /** The gain lines' type column (budget, non-budget, income). */
  readonly typeCol: number;
  readonly assumption: typeof ASSUMPTION_ROWS;
  readonly rows: Readonly<Record<YearRow, number>>;
  readonly sections: Readonly<Record<Section, SectionRows>>;
  /** The row of the helpers' heading (the rows below it are shown small). */
  readonly helpers: number;
  /** The row of the key figures' heading, and each key figure's row. */
  readonly keyFiguresHeading: number;
  readonly keyFigures: Readonly<Record<KeyFigure, number>>;
  /** Rows the template occupies; an output block starts below them. */
  readonly height: number;
}

export function businessCaseLayout(horizon: number, lines: Readonly<Record<Section, number>>): BusinessCaseLayout {
  let r = 17;
  const yearHeader = r++;
  const calendar = r;
  r += 2;
  const section = (count: number): SectionRows => {
    r++; // heading
    const first = r;
    r += count;
    const total = r;
    r += 2;
    return { first, count, total };
  };
  const gain = section(lines.gain);
  const cost = section(lines.cost);
  const annualResult = r;
  r += 2;
  const investment = section(lines.investment);
  const result = r++;
  const cumulative = r++;
  const helpers = r + 4;
  const discountFactor = r++;
  const presentValue = r++;
  const cumulativePresentValue = r++;
  r = helpers + 1;
  const period = r++;
  const periodRate = r++;
  const paidBack = r++;
  const discountedPaidBack = r++;
  const sign = r++;
  const trialRate = r++;
  const trialNpv = r++;
  const trialBracket = r;
  r += 2;
  const keyFiguresHeading = r++;
  const keyFigures = Object.fromEntries(KEY_FIGURES.map((k, i) => [k, r + i])) as Record<KeyFigure, number>;
  return {
    horizon,
    firstYearCol: 1,
    totalCol: horizon + 1,
    typeCol: horizon + 2,
    assumption: ASSUMPTION_ROWS,
    rows: {
      yearHeader,
      calendar,
      annualResult,
      result,
      cumulative,
      discountFactor,
      presentValue,
      cumulativePresentValue,
      period,
      periodRate,
      paidBack,
      discountedPaidBack,
      sign,
      trialRate,
      trialNpv,
      trialBracket,
    },
    sections: { gain, cost, investment },
    helpers,
    keyFiguresHeading,
    keyFigures,
    height: r + KEY_FIGURES.length,
  };
}

/** The layout as the instance record stores it: `horizon`, `assumption.title`, `gain.first`, `Gevinst_NPV`, … */
/**
 * Where a three-point line keeps its ends: in its own row, right of the gain type (one column
 * apart), the minimums for År 1..N, then the most likely, then the maximums. The line's year
 * cells are the PERT mean over them, `=(min+4*likely+max)/6`. Only lines with an estimate have
 * them; the sheet's name `Gevinst_Estimates` spans the region where any does.
 */
export function estimateCols(l: Pick<BusinessCaseLayout, 'typeCol' | 'horizon'>): {
  readonly min: number;
  readonly likely: number;
  readonly max: number;
} {
  const min = l.typeCol + 2;
  return { min, likely: min + l.horizon, max: min + 2 * l.horizon };
}

export const ESTIMATES_NAME = 'Gevinst_Estimates';

export function flattenLayout(l: BusinessCaseLayout): Record<string, number> {
  const out: Record<string, number> = {
    horizon: l.horizon,
    firstYearCol: l.firstYearCol,
    totalCol: l.totalCol,
    typeCol: l.typeCol,
  };
  for (const [k, v] of Object.entries(l.assumption)) out[`assumption.${k}`] = v;
  for (const [k, v] of Object.entries(l.rows)) out[k] = v;
  for (const [k, v] of Object.entries(l.keyFigures)) out[k] = v;
  for (const [s, rows] of Object.entries(l.sections)) {
    out[`${s}.first`] = rows.first;
    out[`${s}.count`] = rows.count;
    out[`${s}.total`] = rows.total;
  }
  return out;
}
