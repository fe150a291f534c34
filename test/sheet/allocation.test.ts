/**
 * Allocation by fordelingsnøgler on the realisation sheet (largest remainder in formulas, read by
 * the evaluator as calc reads it): exact totals, whole units, within one unit of the exact share.
 */
import fc from 'fast-check';
import { parseCase } from '../../src/engine/case-file';
import { formatIssue } from '../../src/engine/messages';
import type { RealisationResult } from '../../src/engine/realisation';
import { calculateCase } from '../../src/sheet/registry';

/** Each year's total allocated by weights (fractions summing to 1), as calc does it. */
function allocate(totals: readonly number[], keys: readonly { unit: string; weight: number }[], rounding: number) {
  const parsed = parseCase(JSON.stringify({ template: 'realisation', title: 'A', total: totals, keys, rounding }));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const r = calculateCase(parsed.value);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return (r.value as RealisationResult).allocation;
}

/** Whole units allocated by weights, one year. */
const largestRemainder = (units: number, weights: readonly number[]): number[] =>
  allocate(
    [units],
    weights.map((weight, i) => ({ unit: `U${i}`, weight })),
    1,
  ).map((a) => a.values[0] ?? Number.NaN);

/** Weights that sum to 1, made from positive integers (as FTE, hours or citizens would be). */
const weights = fc
  .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 30 })
  .filter((xs) => xs.some((x) => x > 0))
  .map((xs) => {
    const sum = xs.reduce((a, b) => a + b, 0);
    return xs.map((x) => x / sum);
  })
  // A case file's weights must sum to 100 % within 1e-9, as typed fractions do.
  .filter((w) => Math.abs(w.reduce((a, b) => a + b, 0) - 1) <= 1e-9);

test("every year's allocation sums exactly to its total, in whole units within one unit of the exact share", () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: -100_000, max: 100_000 }), { minLength: 1, maxLength: 20 }),
      weights,
      (totals, w) => {
        const keys = w.map((weight, i) => ({ unit: `U${i}`, weight }));
        const out = allocate(totals, keys, 1);
        totals.forEach((t, y) => {
          expect(out.reduce((s, a) => s + (a.values[y] ?? 0), 0)).toBe(t);
          out.forEach((a, i) => {
            expect(Number.isInteger(a.values[y])).toBe(true);
            expect(Math.abs((a.values[y] ?? 0) - t * (w[i] ?? 0))).toBeLessThan(1 + 1e-9);
          });
        });
      },
    ),
    // Each run plans and evaluates a whole sheet (up to 20 years × 30 keys).
    { numRuns: 40 },
  );
});

test('the largest remainders get the left-over units, ties to the earlier key', () => {
  // 10 by 1/3 each: 3.33 each, one unit left, the first key gets it.
  expect(largestRemainder(10, [1 / 3, 1 / 3, 1 / 3])).toEqual([4, 3, 3]);
  // 100 by 12.5 % / 37.5 % / 50 %: 12.5, 37.5, 50; the tie at .5 goes to the earlier key.
  expect(largestRemainder(100, [0.125, 0.375, 0.5])).toEqual([13, 37, 50]);
  expect(largestRemainder(-7, [0.5, 0.5])).toEqual([-4, -3]);
});

test('the CLI case: keys that do not sum to 100 % are refused at keys; totals that are not whole units at their year', () => {
  const problems = (c: object): string[] => {
    const r = parseCase(JSON.stringify({ template: 'realisation', title: 'r', ...c }));
    return r.ok ? [] : r.issues.map((i) => formatIssue(i, 'en'));
  };
  expect(
    problems({
      total: [100, 200],
      keys: [
        { unit: 'Skole', weight: 0.5 },
        { unit: 'Dagtilbud', weight: 0.4 },
      ],
    }),
  ).toEqual(['keys: the allocation keys must sum to 100 % (1), but sum to 90 %']);
  expect(problems({ total: [100, 200.5], keys: [{ unit: 'A', weight: 1 }] })).toEqual([
    'total[1]: expected a whole multiple of the rounding 1, got 200.5, so the total cannot be kept exactly',
  ]);
  expect(problems({ total: [100], keys: [{ unit: 'A', weight: 1 }] })).toEqual([]);
});
