/**
 * The benchmark case file: rows of municipalities or units, each a value or a numerator over a
 * denominator, an optional volume, the own row, and targets.
 * `{"template":"benchmark","title":"…","unit":"…","direction":"lower-is-better","own":"Holbæk",
 *   "rows":[{"name":"…","numerator":…,"denominator":…,"volume":…} | {"name":"…","value":…,"volume":…}],
 *   "targets":[{"label":"…","value":…}]}`
 */
import { z } from 'zod';
import { amount, divisor, label, name, nonNegative, title, unit } from './schema-parts';

export const benchmarkRowSchema = z.union([
  z.strictObject({ name, numerator: amount, denominator: divisor, volume: nonNegative.optional() }),
  z.strictObject({ name, value: amount, volume: nonNegative.optional() }),
]);

export const benchmarkSchema = z.strictObject({
  template: z.literal('benchmark'),
  title,
  unit: unit.default(''),
  direction: z.enum(['lower-is-better', 'higher-is-better']),
  /** The name of the own row (the municipality or unit the potentials are for). */
  own: name,
  /** Multiplies every numerator/denominator ratio, e.g. 1000 for "årsværk per 1,000 cases" (catalogue A12);
   * given values are taken to be in that unit already. */
  per: divisor.default(1),
  /** One row is enough when there are targets: the own row against Models 1–3 (catalogue A12). */
  rows: z.array(benchmarkRowSchema).min(1).max(5000),
  targets: z
    .array(z.strictObject({ label, value: amount }))
    .max(50)
    .default([]),
});

export type BenchmarkFile = z.output<typeof benchmarkSchema>;
export type BenchmarkRow = z.output<typeof benchmarkRowSchema>;
