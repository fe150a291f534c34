/**
 * The time-savings case file (beregnet gevinst):
 * `{"template":"time-savings","title":"…","hoursPerFte":1924,"items":[{"label":"…","minutesPerCase":5,
 *   "casesPerYear":10000,"hourlyCost":306} | {"label":"…","savingPerUnit":235,"units":2762}]}`.
 */
import { z } from 'zod';
import { amount, divisor, label, nonNegative, title } from './schema-parts';

export const timeItemSchema = z.strictObject({
  label,
  minutesPerCase: nonNegative,
  casesPerYear: nonNegative,
  hourlyCost: nonNegative,
});

export const unitItemSchema = z.strictObject({
  label,
  savingPerUnit: amount,
  units: nonNegative,
});

export const timeSavingsSchema = z.strictObject({
  template: z.literal('time-savings'),
  title,
  /** Hours per årsværk: 1,924 normtimer by default; 1,628 productive hours is also common. */
  hoursPerFte: divisor.default(1924),
  items: z
    .array(z.union([timeItemSchema, unitItemSchema]))
    .min(1)
    .max(1000),
});

export type TimeSavingsFile = z.output<typeof timeSavingsSchema>;
export type TimeItem = z.output<typeof timeItemSchema>;
export type UnitItem = z.output<typeof unitItemSchema>;
