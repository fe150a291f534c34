/**
 * Three-point estimates: min, most likely and max. The expected value is the PERT mean
 * (a + 4m + b) / 6, which lies between min and max whenever min <= likely <= max.
 */
export interface ThreePoint {
  readonly min: number;
  readonly likely: number;
  readonly max: number;
}

export function pertMean(e: ThreePoint): number {
  return (e.min + 4 * e.likely + e.max) / 6;
}
