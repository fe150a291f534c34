/** Benefit realisation: the allocation of each year's gain by the keys (see allocation.ts). */
import { allocate, type Allocation } from './allocation';
import type { RealisationFile } from './realisation-schema';

export interface RealisationResult {
  readonly template: 'realisation';
  readonly title: string;
  readonly unit: string;
  readonly rounding: number;
  readonly total: number[];
  readonly allocation: Allocation[];
}

export function computeRealisation(c: RealisationFile): RealisationResult {
  return {
    template: 'realisation',
    title: c.title,
    unit: c.unit,
    rounding: c.rounding,
    total: [...c.total],
    allocation: allocate(c.total, c.keys, c.rounding),
  };
}
