/**
 * The release list (frisættelsesliste; Københavns Kommune, Økonomiudvalget 7.11.2017, "Plan for
 * frisættelsesforsøg 2.0", model b): rules, procedures and workflows felt to limit the core task;
 * each with its kind (internal to the department, common to the municipality, or external: law or
 * collective agreement), the status of its release (an internal rule the department releases
 * itself; the others need approval from the relevant actor first), the local units freed, and the
 * time freed per unit and year with its evidence. Totals count only releases granted (approval not
 * needed, or approved); pending ones are shown apart. A before/after measurement on kvalitet,
 * trivsel and produktivitet with a baseline, a mid-term and a final point goes with it:
 * `{"template":"release-list","hourlyCost":306,"hoursPerFte":1924,"rules":[{"rule":"…","kind":"internal",
 *   "approval":"not-needed","units":3,"hoursPerUnit":40,"evidence":"calculated"}],
 *   "indicators":[{"dimension":"quality","indicator":"…","direction":"higher","baseline":3.1}]}`.
 */
import { z } from 'zod';
import type { Issue } from './issue';
import { amount, label, nonNegative, text, title, TEXT_LIMITS } from './schema-parts';

export const MAX_RELEASE_RULES = 500;
export const MAX_RELEASE_INDICATORS = 60;

export const RELEASE_KINDS = ['internal', 'municipal', 'external'] as const;
export const RELEASE_APPROVALS = ['not-needed', 'pending', 'approved', 'refused'] as const;
export const RELEASE_EVIDENCE = ['calculated', 'estimated'] as const;
export const DIMENSIONS = ['quality', 'wellbeing', 'productivity'] as const;

export const releaseRuleSchema = z.strictObject({
  rule: label,
  kind: z.enum(RELEASE_KINDS).optional(),
  approval: z.enum(RELEASE_APPROVALS).optional(),
  units: nonNegative.optional(),
  hoursPerUnit: nonNegative.optional(),
  evidence: z.enum(RELEASE_EVIDENCE).optional(),
});

export const releaseIndicatorSchema = z.strictObject({
  dimension: z.enum(DIMENSIONS),
  indicator: text(TEXT_LIMITS.label).default(''),
  direction: z.enum(['higher', 'lower']).default('higher'),
  baseline: amount.optional(),
  midterm: amount.optional(),
  final: amount.optional(),
});

export const releaseListSchema = z.strictObject({
  template: z.literal('release-list'),
  title: title.default('Frisættelsesliste'),
  /** Kr. per hour freed (wage cost per productive hour). */
  hourlyCost: nonNegative.optional(),
  hoursPerFte: z.number().gt(0).max(8784).default(1924),
  rules: z.array(releaseRuleSchema).min(1).max(MAX_RELEASE_RULES),
  /** At least kvalitet, trivsel and produktivitet ("som minimum"): one blank row of each by default. */
  indicators: z
    .array(releaseIndicatorSchema)
    .max(MAX_RELEASE_INDICATORS)
    .default(DIMENSIONS.map((dimension) => ({ dimension, indicator: '', direction: 'higher' as const }))),
});

export type ReleaseListFile = z.output<typeof releaseListSchema>;
export type ReleaseKind = (typeof RELEASE_KINDS)[number];

export interface Freed {
  readonly hours: number | null;
  readonly fte: number | null;
  readonly kr: number | null;
}

/** What `gevinst calc` prints for a release list, read from its sheet's formulas. */
export interface ReleaseListResult {
  readonly template: 'release-list';
  readonly title: string;
  readonly rules: {
    readonly rule: string;
    readonly hours: number | null;
    readonly fte: number | null;
    readonly kr: number | null;
    /** "granted", "pending", "refused", or null while an input it needs is blank. */
    readonly status: 'granted' | 'pending' | 'refused' | null;
  }[];
  readonly totals: {
    readonly granted: Freed;
    readonly pending: Freed;
    readonly byKind: Readonly<Record<ReleaseKind, Freed>>;
    /** Of the granted hours, the share that is estimated rather than calculated. */
    readonly estimatedShare: number | null;
  };
  readonly indicators: {
    readonly dimension: (typeof DIMENSIONS)[number];
    readonly indicator: string;
    readonly changeMidterm: number | null;
    readonly changeFinal: number | null;
    /** Final against baseline in the indicator's direction; null until both are there. */
    readonly improved: boolean | null;
  }[];
  /** Inputs left blank that a figure rests on, by JSON path. */
  readonly missing: string[];
  /** Warnings: a rule outside the department marked as needing no approval. */
  readonly issues: Issue[];
}
