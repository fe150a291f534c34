/** zod building blocks shared by the case-file schemas. */
import { z } from 'zod';
import { PRESET_NAMES, type DiscountPreset } from './discount';

/** A finite number (zod 4 rejects NaN and ±Infinity by itself). */
export const amount = z.number();

export const label = z.string().trim().min(1);

const isPresetName = (v: string): v is DiscountPreset => (PRESET_NAMES as string[]).includes(v);

/** A flat rate as a fraction in (-1, 1], or a Finansministeriet preset name. */
export const discount = z.union([
  z.number().refine((r) => r > -1 && r <= 1, { params: { gevinst: 'rate_range' } }),
  z.string().refine(isPresetName, {
    params: { gevinst: 'unknown_preset', allowed: PRESET_NAMES.map((n) => `"${n}"`).join(', ') },
  }),
]);

export const threePoint = z.strictObject({ min: amount, likely: amount, max: amount });
