/** Benefit realisation: the allocation of each year's gain by the keys, or a whole plan. */
import type { RealisationPlanResult } from './realisation-plan';
import type { RealisationFile } from './realisation-schema';

/** One unit's allocated gain by year, each a whole multiple of the rounding. */
export interface Allocation {
  readonly unit: string;
  readonly values: number[];
}

export interface RealisationResult {
  readonly template: 'realisation';
  readonly title: string;
  readonly unit: string;
  readonly rounding: number;
  readonly total: number[];
  readonly allocation: Allocation[];
  /** The reductions of the units marked central, placed on the centre's line; absent when none is. */
  readonly central?: Allocation;
  readonly plan?: Omit<RealisationPlanResult, 'allocation' | 'total'>;
}

/** A key's figure: its weight, or its key figure (FTE, hours, citizens, m²). */
export const keyValue = (k: RealisationFile['keys'][number]): number => ('weight' in k ? k.weight : k.value);

export function yearsOf(c: RealisationFile): number {
  return c.gains ? Math.max(...c.gains.map((g) => g.values.length)) : (c.total?.length ?? 0);
}
