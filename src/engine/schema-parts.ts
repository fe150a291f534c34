/**
 * zod building blocks shared by the case-file schemas and the insert parameters, so that a
 * limit the sheet needs is checked the same way by `calc`, `check`, `build` and the task pane.
 */
import { z } from 'zod';
import { PRESET_NAMES, type DiscountPreset } from './discount';

/**
 * The largest magnitude of any amount, count or key figure in a case: 10^15 is a million
 * billion kr. (Denmark's public spending is about 1.3 × 10^12 kr. a year). Anything beyond is
 * a typing mistake, and refusing it keeps every sum, product and present value finite.
 */
export const MAX_MAGNITUDE = 1e15;
/** The smallest denominator or scale: a ratio over less would be beyond any sane magnitude. */
export const MIN_DIVISOR = 1e-9;

/** Text lengths the sheets can show: one rule for case files, insert forms and readers. */
export const TEXT_LIMITS = {
  /** A case's title (the sheet's heading). */
  title: 120,
  /** A unit such as "t.kr." or "1.000 kr. i 2026-priser". */
  unit: 40,
  /** A municipality, unit, owner or benchmark row. */
  name: 80,
  /** A line's label, a gain, a key's unit. */
  label: 200,
  /** Free text: a source, an evidence basis, a price level. */
  text: 1000,
} as const;

/** A finite number within ±MAX_MAGNITUDE (zod 4 rejects NaN and ±Infinity by itself). */
export const amount = z.number().min(-MAX_MAGNITUDE).max(MAX_MAGNITUDE);
/** A count, volume or cost that cannot be negative. */
export const nonNegative = z.number().min(0).max(MAX_MAGNITUDE);
/** A denominator or scale: positive, and not so small that a ratio over it overflows. */
export const divisor = z.number().min(MIN_DIVISOR).max(MAX_MAGNITUDE);

/** Optional text of at most `max` characters. */
export const text = (max: number = TEXT_LIMITS.text) => z.string().max(max);
/** Required, non-blank text of at most `max` characters. */
export const labelOf = (max: number) => z.string().trim().min(1).max(max);

export const label = labelOf(TEXT_LIMITS.label);
export const title = labelOf(TEXT_LIMITS.title);
export const name = labelOf(TEXT_LIMITS.name);
export const unit = text(TEXT_LIMITS.unit);

const isPresetName = (v: string): v is DiscountPreset => (PRESET_NAMES as string[]).includes(v);

/** A flat rate as a fraction in (-1, 1], or a Finansministeriet preset name. */
export const discount = z.union([
  z.number().refine((r) => r > -1 && r <= 1, { params: { gevinst: 'rate_range' } }),
  z.string().refine(isPresetName, {
    params: { gevinst: 'unknown_preset', allowed: PRESET_NAMES.map((n) => `"${n}"`).join(', ') },
  }),
]);

export const threePoint = z.strictObject({ min: amount, likely: amount, max: amount });
