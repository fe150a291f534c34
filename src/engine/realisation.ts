/** Benefit realisation: the allocation of each year's gain by the keys, or a whole plan. */
import { allocate, type Allocation } from './allocation';
import { computeRealisationPlan, type RealisationPlanResult } from './realisation-plan';
import type { RealisationFile } from './realisation-schema';

export interface RealisationResult {
  readonly template: 'realisation';
  readonly title: string;
  readonly unit: string;
  readonly rounding: number;
  readonly total: number[];
  readonly allocation: Allocation[];
  readonly plan?: Omit<RealisationPlanResult, 'allocation' | 'total'>;
}

/** A key's figure: its weight, or its key figure (FTE, hours, citizens, m²). */
export const keyValue = (k: RealisationFile['keys'][number]): number => ('weight' in k ? k.weight : k.value);

export function yearsOf(c: RealisationFile): number {
  return c.gains ? Math.max(...c.gains.map((g) => g.values.length)) : (c.total?.length ?? 0);
}

export function computeRealisation(c: RealisationFile): RealisationResult {
  const base = { template: 'realisation' as const, title: c.title, unit: c.unit, rounding: c.rounding };
  if (c.gains) {
    const keys = c.keys.map((k) => ({ unit: k.unit, value: keyValue(k) }));
    const { allocation, total, ...plan } = computeRealisationPlan(c.gains, keys, yearsOf(c), c.rounding);
    return { ...base, total, allocation, plan };
  }
  const total = [...(c.total ?? [])];
  return {
    ...base,
    total,
    allocation: allocate(
      total,
      c.keys.map((k) => ({ unit: k.unit, weight: keyValue(k) })),
      c.rounding,
    ),
  };
}
