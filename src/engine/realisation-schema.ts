/**
 * The benefit-realisation (gevinstrealisering) case file.
 * Allocation only: `{"template":"realisation","title":"…","total":[…per year],
 *   "keys":[{"unit":"…","weight":…}],"rounding":1}`; weights are fractions (0.4 = 40 %) that
 * must sum to 100 %.
 * A whole plan: `"gains":[{"label","owner","evidence":"calculated"|"estimated","basis","timing":
 *   "upfront"|"implementation"|"delayed","delay":1,"values":[…],"baseline":…,"actual":[…|null]}]`
 * instead of `total`, and keys as key figures `{"unit","value"}` by a `basis` (FTE, hours,
 * citizens, m²) or as weights. A key with `"central": true` has its reduction placed centrally
 * (a smaller unit; the centre finds a solution internally, seed 002), on the `centre` line.
 */
import { z } from 'zod';
import { amount, divisor, label, name, nonNegative, text, TEXT_LIMITS, title, unit } from './schema-parts';
import { EVIDENCE, KEY_BASES, TIMINGS } from './realisation-plan';

const gainSchema = z.strictObject({
  label,
  owner: text(TEXT_LIMITS.name).optional(),
  evidence: z.enum(EVIDENCE),
  /** What the figure rests on: a time study, a sample, a judgement. */
  basis: text().optional(),
  timing: z.enum(TIMINGS).default('implementation'),
  delay: z.number().int().min(0).max(50).default(0),
  values: z.array(amount).min(1).max(50),
  baseline: amount.optional(),
  actual: z
    .array(z.union([amount, z.null()]))
    .max(50)
    .optional(),
});

export const realisationSchema = z.strictObject({
  template: z.literal('realisation'),
  title,
  unit: unit.default('t.kr.'),
  firstYear: z.number().int().min(1900).max(2200).optional(),
  total: z.array(amount).min(1).max(100).optional(),
  gains: z.array(gainSchema).min(1).max(200).optional(),
  basis: z.enum(KEY_BASES).default('weights'),
  keys: z
    .array(
      z.union([
        z.strictObject({ unit: name, weight: z.number().min(0).max(1), central: z.boolean().optional() }),
        z.strictObject({ unit: name, value: nonNegative, central: z.boolean().optional() }),
      ]),
    )
    .min(1)
    .max(500),
  /** Where the reductions of units marked `central` are placed (seed 002: "placeres i centret"). */
  centre: name.optional(),
  /** Round to whole multiples of this (1 = whole t.kr.). */
  rounding: divisor.default(1),
});

export type RealisationFile = z.output<typeof realisationSchema>;
export type RealisationGain = z.output<typeof gainSchema>;
