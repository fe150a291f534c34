/**
 * Percent-profile gains (KL's "Bruttobesparelse 10 % / 5 % / 5 % / 5 %", catalogue A01, A02):
 * each step is an incremental yearly reduction, as a fraction of a baseline cost. The gain
 * level in År y is baseline × Σ_{k<=y} step_k; after the last step the level holds.
 * Example: baseline 10,000, steps [0.10, 0.05, 0.05, 0.05] gives 1,000 / 1,500 / 2,000 / 2,500.
 */
export interface PercentProfile {
  readonly baseline: number;
  readonly steps: readonly number[];
}

export function profileValues(p: PercentProfile, years: number): number[] {
  const out: number[] = [];
  let share = 0;
  for (let y = 0; y < years; y++) {
    share += p.steps[y] ?? 0;
    out.push(p.baseline * share);
  }
  return out;
}
