/**
 * The business case (KL's skeleton, catalogue §1.2 B): Indtjening − Omkostninger = Årligt
 * resultat; Årligt resultat − Investering = Resultat; År 1..År N in the case's unit (t.kr.
 * by default). Key figures: NPV (DESIGN.md §4 conventions), every IRR root, payback year,
 * fractional and discounted payback.
 */
import { horizonOf } from './business-case-checks';
import type { BusinessCaseFile, BusinessCaseLine, GainType, Section } from './business-case-schema';
import { describeDiscount, discountFactors, presentValue, type Discount } from './discount';
import type { Issue } from './issue';
import { internalRateOfReturn } from './irr';
import { cumulativeSum, payback } from './payback';
import { pertMean } from './pert';
import { profileValues } from './profile';

export interface LineResult {
  readonly section: Section;
  readonly label: string;
  readonly gainType: GainType | null;
  /** Expected yearly values: numbers as given, three-point estimates by their PERT mean. */
  readonly values: number[];
}

export interface BusinessCaseResult {
  readonly template: 'business-case';
  readonly title: string;
  readonly unit: string;
  readonly priceLevel: string | null;
  /** Calendar years when `firstYear` is given, else null. */
  readonly calendarYears: number[] | null;
  readonly discount: ReturnType<typeof describeDiscount> & { firstYearDiscounted: boolean };
  readonly lines: LineResult[];
  readonly gains: number[];
  readonly gainsByType: Record<GainType, number[]>;
  readonly costs: number[];
  readonly investments: number[];
  /** Årligt resultat = gains − costs. */
  readonly annualResult: number[];
  /** Resultat = Årligt resultat − investments. */
  readonly result: number[];
  readonly cumulative: number[];
  readonly discountFactors: number[];
  readonly discountedResult: number[];
  readonly discountedCumulative: number[];
  readonly npv: number;
  readonly irr: number | null;
  readonly irrRoots: number[];
  /** År number (1-based) of the payback year, null when it never pays back. */
  readonly paybackYear: number | null;
  readonly paybackCalendarYear: number | null;
  readonly paybackYears: number | null;
  readonly discountedPaybackYear: number | null;
  readonly discountedPaybackCalendarYear: number | null;
  readonly discountedPaybackYears: number | null;
  readonly totals: { gains: number; costs: number; investments: number; result: number };
  readonly issues: Issue[];
}

function expectedValues(line: BusinessCaseLine, years: number): number[] {
  if (line.profile) return profileValues(line.profile, years);
  return (line.values ?? []).map((v) => (typeof v === 'number' ? v : pertMean(v)));
}

function sumRows(rows: readonly number[][], years: number): number[] {
  const out = new Array<number>(years).fill(0);
  for (const row of rows) for (let k = 0; k < years; k++) out[k] = (out[k] ?? 0) + (row[k] ?? 0);
  return out;
}

const total = (v: readonly number[]): number => v.reduce((a, b) => a + b, 0);

/** Computes a validated business case (see `validateCase`). */
export function computeBusinessCase(c: BusinessCaseFile): BusinessCaseResult {
  const years = horizonOf(c);
  const lines: LineResult[] = c.lines.map((l) => ({
    section: l.section,
    label: l.label,
    gainType: l.section === 'gain' ? (l.gainType ?? 'budget') : null,
    values: expectedValues(l, years),
  }));
  const section = (s: Section, t?: GainType): number[] =>
    sumRows(
      lines.filter((l) => l.section === s && (t === undefined || l.gainType === t)).map((l) => l.values),
      years,
    );
  const gains = section('gain');
  const costs = section('cost');
  const investments = section('investment');
  const annualResult = gains.map((g, k) => g - (costs[k] ?? 0));
  const result = annualResult.map((a, k) => a - (investments[k] ?? 0));
  const d: Discount = c.discount;
  const factors = discountFactors(d, years, c.firstYearDiscounted);
  const discountedResult = result.map((r, k) => r * (factors[k] ?? 0));
  const irr = internalRateOfReturn(result, ['result']);
  const simple = payback(result);
  const discounted = payback(discountedResult);
  return {
    template: 'business-case',
    title: c.title,
    unit: c.unit,
    priceLevel: c.priceLevel ?? null,
    calendarYears: c.firstYear === undefined ? null : Array.from({ length: years }, (_, k) => (c.firstYear ?? 0) + k),
    discount: { ...describeDiscount(d, years, c.firstYearDiscounted), firstYearDiscounted: c.firstYearDiscounted },
    lines,
    gains,
    gainsByType: {
      budget: section('gain', 'budget'),
      'non-budget': section('gain', 'non-budget'),
      income: section('gain', 'income'),
    },
    costs,
    investments,
    annualResult,
    result,
    cumulative: cumulativeSum(result),
    discountFactors: factors,
    discountedResult,
    discountedCumulative: cumulativeSum(discountedResult),
    npv: presentValue(result, factors),
    irr: irr.irr,
    irrRoots: irr.roots,
    paybackYear: simple.year,
    paybackCalendarYear: simple.year === null || c.firstYear === undefined ? null : c.firstYear + simple.year - 1,
    paybackYears: simple.years,
    discountedPaybackYear: discounted.year,
    discountedPaybackCalendarYear:
      discounted.year === null || c.firstYear === undefined ? null : c.firstYear + discounted.year - 1,
    discountedPaybackYears: discounted.years,
    totals: { gains: total(gains), costs: total(costs), investments: total(investments), result: total(result) },
    issues: irr.issues,
  };
}
