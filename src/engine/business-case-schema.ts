/**
 * The business-case case file (DESIGN.md §3):
 * `{"template":"business-case","title":"…","firstYear":2026,"discount":0.035 | "fm-2021" | "fm-2013",
 *   "firstYearDiscounted":false,"unit":"t.kr.","lines":[{"section":"gain","label":"…","values":[…]}]}`.
 * A yearly value is a number or a three-point estimate `{"min":…,"likely":…,"max":…}`; a gain
 * line may give a percent `profile` instead of values.
 */
import { z } from 'zod';
import { amount, discount, label, name, nonNegative, text, TEXT_LIMITS, threePoint, title, unit } from './schema-parts';
import { DISTRIBUTIONS } from './simulation/distributions';

import { MAX_SECTION_LINES, MAX_YEARS, SECTIONS } from './business-case-limits';

export { MAX_SECTION_LINES, MAX_YEARS, SECTIONS };
export const GAIN_TYPES = ['budget', 'non-budget', 'income'] as const;
export const EVIDENCE_KINDS = ['calculated', 'estimated'] as const;
export const BUDGET_AREAS = ['service', 'construction', 'transfers'] as const;
export type BudgetArea = (typeof BUDGET_AREAS)[number];

export const percentProfile = z.strictObject({
  baseline: amount,
  steps: z.array(z.number().refine((p) => p > -1 && p <= 1, { params: { gevinst: 'rate_range' } })).min(1),
});

export const lineSchema = z.strictObject({
  section: z.enum(SECTIONS),
  label,
  /** Only for gains: budget-realisable (default), ikke-budgetmæssig, or income. */
  gainType: z.enum(GAIN_TYPES).optional(),
  values: z
    .array(z.union([amount, threePoint]))
    .max(MAX_YEARS)
    .optional(),
  profile: percentProfile.optional(),
  /** Beregnet (from measured drivers) or anslået (estimated), for the management summary. */
  evidence: z.enum(EVIDENCE_KINDS).optional(),
  /** The municipal budget area: Service, Anlæg or Overførsler; gains and costs default to
   * Service, investments to Anlæg. */
  area: z.enum(BUDGET_AREAS).optional(),
  /** Where the figure comes from. */
  source: text().optional(),
});

const factor = z.number().min(0).max(10);

/** A what-if variant: section factors on the expected values, or on a three-point estimate's ends. */
export const scenarioSchema = z.strictObject({
  name: label,
  gainFactor: factor.default(1),
  costFactor: factor.default(1),
  investmentFactor: factor.default(1),
  /** Which point of three-point values: pessimistic = min gains and max costs; optimistic the reverse. */
  estimate: z.enum(['pessimistic', 'expected', 'optimistic']).default('expected'),
});

export const analysisSchemas = {
  scenarios: z.array(scenarioSchema).min(1).max(20),
  sensitivity: z.strictObject({ step: z.number().gt(0).lt(1).default(0.1) }),
  grid: z.strictObject({
    rates: z.array(z.number().gt(-1).lte(1)).min(1).max(30).optional(),
    gainFactors: z.array(factor).min(1).max(30).optional(),
  }),
  breakEven: z.strictObject({ paybackWithin: z.number().int().min(1).max(MAX_YEARS).optional() }),
};

/** Risks a register holds: no limit of 12 as in the state's model, but a sheet's worth. */
export const MAX_RISKS = 500;
/** The most runs a simulation takes (a million runs of a large case is minutes in a browser). */
export const MAX_ITERATIONS = 1_000_000;

/**
 * A risk of the register: it occurs with its probability, and then costs its consequence (a
 * three-point estimate in the case's unit) in its År, in the section it hits (cost by default).
 */
export const riskSchema = z.strictObject({
  label,
  owner: name.optional(),
  probability: z.number().min(0).max(1),
  consequence: z.strictObject({ min: nonNegative, likely: nonNegative, max: nonNegative }),
  year: z.number().int().min(1).max(MAX_YEARS),
  section: z.enum(SECTIONS).default('cost'),
  mitigation: text().optional(),
});

/** A Monte Carlo simulation of the case's three-point lines and risks, seeded and reproducible. */
export const simulationSchema = z.strictObject({
  iterations: z.number().int().min(1).max(MAX_ITERATIONS).default(10_000),
  seed: z.number().int().min(0).max(0xffffffff).default(1),
  /** The share of runs the risk pool covers. */
  coverage: z.number().gt(0).max(1).default(0.8),
  distribution: z.enum(DISTRIBUTIONS).default('pert'),
  /** Draw each year of a line on its own instead of one quantile for all its years. */
  independentYears: z.boolean().default(false),
  /** Also the probability of paying back within this many years. */
  paybackWithin: z.number().int().min(1).max(MAX_YEARS).optional(),
});

/** Who a consequence falls on, on which of the qualitative bottom lines, rated −2 (much worse) to +2 (much better). */
export const AFFECTED = ['citizens', 'staff', 'organisation'] as const;
export const ASPECTS = ['quality', 'service', 'wellbeing'] as const;

/**
 * The qualitative side of a business case (seed 002: "forandringen i forhold til økonomi, kvalitet,
 * service og trivsel … usikkerheder og risici … de forudsætninger … en kvalitativ vurdering"):
 * consequences for citizens, staff and the organisation on kvalitet, service and trivsel, each rated
 * and described, and the assumptions it rests on.
 */
export const qualitativeSchema = z.strictObject({
  consequences: z
    .array(
      z.strictObject({
        for: z.enum(AFFECTED),
        aspect: z.enum(ASPECTS),
        rating: z.number().int().min(-2).max(2),
        description: text().default(''),
      }),
    )
    .max(AFFECTED.length * ASPECTS.length)
    .default([]),
  assumptions: z.array(text().min(1)).max(30).default([]),
});

export const businessCaseSchema = z.strictObject({
  template: z.literal('business-case'),
  title,
  firstYear: z.number().int().min(1900).max(2200).optional(),
  /** Horizon in years; defaults to the length of the longest values line. */
  years: z.number().int().min(1).max(MAX_YEARS).optional(),
  discount: discount.default('fm-2021'),
  firstYearDiscounted: z.boolean().default(false),
  unit: unit.default('t.kr.'),
  priceLevel: text(TEXT_LIMITS.name).optional(),
  lines: z
    .array(lineSchema)
    .min(1)
    .max(3 * MAX_SECTION_LINES),
  scenarios: analysisSchemas.scenarios.optional(),
  sensitivity: analysisSchemas.sensitivity.optional(),
  grid: analysisSchemas.grid.optional(),
  breakEven: analysisSchemas.breakEven.optional(),
  risks: z.array(riskSchema).max(MAX_RISKS).optional(),
  simulation: simulationSchema.optional(),
  qualitative: qualitativeSchema.optional(),
});

export type BusinessCaseFile = z.output<typeof businessCaseSchema>;
export type BusinessCaseLine = z.output<typeof lineSchema>;
export type Section = (typeof SECTIONS)[number];
export type GainType = (typeof GAIN_TYPES)[number];
export type Scenario = z.output<typeof scenarioSchema>;
export type Risk = z.output<typeof riskSchema>;
export type SimulationOptions = z.output<typeof simulationSchema>;
export type Qualitative = z.output<typeof qualitativeSchema>;
