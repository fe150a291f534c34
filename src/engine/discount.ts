/**
 * Discounting (DESIGN.md §4).
 *
 * A discount is a flat rate (a fraction: 0.035 is 3.5 %) or a dated preset of
 * Finansministeriet's samfundsøkonomiske diskonteringsrente, whose rate steps down for
 * distant periods. Bands apply period by period: the factor for period t is
 * Π_{s=1..t} 1 / (1 + r_s), where r_s is the rate of the band holding period s.
 *
 * Year k (År 1 is k = 0) is discounted t = k periods by default: År 1 is the base year
 * and is not discounted. With `firstYearDiscounted`, t = k + 1, which is what Excel's
 * NPV(r, v1..vn) does. The base-year form in a sheet is therefore `=C10+NPV(r,D10:L10)`.
 */

export const DISCOUNT_PRESETS = {
  /** Finansministeriet 2013: 4 % for periods 1-35, 3 % for 36-70, 2 % after. */
  'fm-2013': {
    label: 'Finansministeriet 2013',
    bands: [
      { lastPeriod: 35, rate: 0.04 },
      { lastPeriod: 70, rate: 0.03 },
      { lastPeriod: Infinity, rate: 0.02 },
    ],
  },
  /** Finansministeriet 2021: 3.5 % for periods 1-35, 2.5 % for 36-70, 1.5 % after. */
  'fm-2021': {
    label: 'Finansministeriet 2021',
    bands: [
      { lastPeriod: 35, rate: 0.035 },
      { lastPeriod: 70, rate: 0.025 },
      { lastPeriod: Infinity, rate: 0.015 },
    ],
  },
} as const satisfies Record<string, { label: string; bands: readonly DiscountBand[] }>;

export interface DiscountBand {
  /** The last period (1-based) this rate applies to; Infinity for the final band. */
  readonly lastPeriod: number;
  readonly rate: number;
}

export type DiscountPreset = keyof typeof DISCOUNT_PRESETS;
export const PRESET_NAMES = Object.keys(DISCOUNT_PRESETS) as DiscountPreset[];

/** A flat rate as a fraction, or the name of a preset. */
export type Discount = number | DiscountPreset;

export function isPreset(d: Discount): d is DiscountPreset {
  return typeof d === 'string';
}

export function bandsOf(d: Discount): readonly DiscountBand[] {
  return isPreset(d) ? DISCOUNT_PRESETS[d].bands : [{ lastPeriod: Infinity, rate: d }];
}

/** The rate of the band holding period t (t >= 1). */
export function bandRate(bands: readonly DiscountBand[], t: number): number {
  const band = bands.find((b) => t <= b.lastPeriod);
  if (!band) throw new RangeError(`no discount band holds period ${t}`);
  return band.rate;
}

/** The rate that discounts period t (t >= 1) into period t - 1. */
export function rateForPeriod(d: Discount, t: number): number {
  return bandRate(bandsOf(d), t);
}

/**
 * Discount factors for År 1..År n under rate bands: factor k is Π_{s=1..t} 1/(1+r_s) with
 * t = k (base-year convention) or t = k + 1 (`firstYearDiscounted`).
 */
export function bandedFactors(bands: readonly DiscountBand[], years: number, firstYearDiscounted = false): number[] {
  const factors: number[] = [];
  let t = firstYearDiscounted ? 1 : 0;
  let f = firstYearDiscounted ? 1 / (1 + bandRate(bands, 1)) : 1;
  for (let k = 0; k < years; k++) {
    factors.push(f);
    t++;
    f /= 1 + bandRate(bands, t);
  }
  return factors;
}

/** Discount factors for År 1..År n of a flat rate or a preset (see `bandedFactors`). */
export function discountFactors(d: Discount, years: number, firstYearDiscounted = false): number[] {
  return bandedFactors(bandsOf(d), years, firstYearDiscounted);
}

/** Σ v_k · f_k: the net present value of yearly values under given factors. */
export function presentValue(values: readonly number[], factors: readonly number[]): number {
  if (values.length !== factors.length) {
    throw new RangeError(`presentValue: ${values.length} values but ${factors.length} factors`);
  }
  let sum = 0;
  for (let k = 0; k < values.length; k++) sum += (values[k] ?? 0) * (factors[k] ?? 0);
  return sum;
}

/** A description of the discount for results: which preset or rate, and the rate per period used. */
export function describeDiscount(
  d: Discount,
  years: number,
  firstYearDiscounted: boolean,
): { preset: DiscountPreset | null; label: string; rate: number | null; periodRates: number[] } {
  const periods = years - (firstYearDiscounted ? 0 : 1);
  const periodRates = Array.from({ length: Math.max(0, periods) }, (_, i) => rateForPeriod(d, i + 1));
  return isPreset(d)
    ? { preset: d, label: DISCOUNT_PRESETS[d].label, rate: null, periodRates }
    : { preset: null, label: `${(d * 100).toFixed(2).replace(/\.?0+$/, '')} %`, rate: d, periodRates };
}
