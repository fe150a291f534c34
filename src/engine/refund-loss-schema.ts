/**
 * The refund-loss tracker (seed 002, Høje-Taastrup's direktion 15-09-2015; catalogue A05): lost
 * sygedagpengerefusion by unit for a period, the previous period's total, the change, the causes
 * with their shares, and the part the organisation caused itself:
 * `{"template":"refund-loss","title":"…","period":"2014-07..2015-06","previousTotal":347510,
 *   "units":[{"unit":"…","lost":19004}],"causes":[{"cause":"…","share":0.53}],"selfCaused":6939}`.
 */
import { z } from 'zod';
import { label, name, nonNegative, text, title, TEXT_LIMITS } from './schema-parts';

/** Units and causes a tracker holds (a municipality's tjenestesteder fit many times over). */
export const MAX_REFUND_UNITS = 500;
export const MAX_REFUND_CAUSES = 50;

export const refundLossSchema = z.strictObject({
  template: z.literal('refund-loss'),
  title: title.default('Mistet sygedagpengerefusion'),
  period: text(TEXT_LIMITS.name).default(''),
  previousTotal: nonNegative.optional(),
  units: z
    .array(z.strictObject({ unit: name, lost: nonNegative }))
    .min(1)
    .max(MAX_REFUND_UNITS),
  causes: z
    .array(z.strictObject({ cause: label, share: z.number().min(0).max(1) }))
    .max(MAX_REFUND_CAUSES)
    .default([]),
  /** Of the total, what the organisation lost by its own error (HR's reporting), in kr. */
  selfCaused: nonNegative.optional(),
});

export type RefundLossFile = z.output<typeof refundLossSchema>;

/** What `gevinst calc` prints for a refund-loss case, read from its sheet's formulas. */
export interface RefundLossResult {
  readonly template: 'refund-loss';
  readonly title: string;
  readonly period: string;
  /** Σ lost, kr.; null while a unit's amount is blank. */
  readonly total: number | null;
  readonly previousTotal: number | null;
  /** total − previousTotal, kr. (negative: less lost than the period before). */
  readonly change: number | null;
  /** change ÷ previousTotal. */
  readonly changePct: number | null;
  readonly units: { readonly unit: string; readonly lost: number | null; readonly share: number | null }[];
  readonly causes: { readonly cause: string; readonly share: number | null; readonly amount: number | null }[];
  /** Σ of the causes' shares: 1 when they account for the whole loss. */
  readonly causesShare: number | null;
  readonly selfCaused: number | null;
  readonly selfCausedShare: number | null;
  /** Inputs left blank that a figure rests on. */
  readonly missing: string[];
}
