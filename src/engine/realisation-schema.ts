/**
 * The benefit-realisation (gevinstrealisering) case file, allocation part:
 * `{"template":"realisation","title":"…","total":[…per year],"keys":[{"unit":"…","weight":…}],"rounding":1}`.
 * Weights are fractions of the total (0.4 = 40 %) and must sum to 100 %.
 */
import { z } from 'zod';
import { amount, label } from './schema-parts';

export const realisationSchema = z.strictObject({
  template: z.literal('realisation'),
  title: label,
  unit: z.string().default('t.kr.'),
  total: z.array(amount).min(1).max(100),
  keys: z
    .array(z.strictObject({ unit: label, weight: z.number().min(0).max(1) }))
    .min(1)
    .max(500),
  /** Round to whole multiples of this (1 = whole t.kr.). */
  rounding: z.number().positive().default(1),
});

export type RealisationFile = z.output<typeof realisationSchema>;
