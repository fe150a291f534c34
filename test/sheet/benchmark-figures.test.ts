/**
 * A benchmark's figures as `gevinst calc` reports them, read from the sheet's formulas by the
 * evaluator: each target's gap (now shown on the sheet beside its potential) and potential, and
 * what the own row without a volume gives. Worked by hand.
 */
import { validateCase } from '../../src/engine/case-file';
import type { BenchmarkFile } from '../../src/engine/benchmark-schema';
import { benchmarkFromSheet } from '../../src/sheet/benchmark-figures';
import { fromZodIssues } from '../../src/engine/zod-issues';
import { benchmarkParameters } from '../../src/templates/benchmark';

function caseOf(over: object): BenchmarkFile {
  const c = validateCase({
    template: 'benchmark',
    title: 'B',
    direction: 'lower-is-better',
    own: 'Egen',
    rows: [
      { name: 'Egen', value: 10, volume: 100 },
      { name: 'Anden', value: 4 },
    ],
    targets: [
      { label: 'Mål', value: 3 },
      { label: 'Over', value: 12 },
    ],
    ...over,
  });
  if (!c.ok || c.value.template !== 'benchmark') throw new Error(JSON.stringify(c));
  return c.value;
}

test('a target is reached by the gap on the worse side; its potential is the positive gap times the volume', () => {
  // Lower is better: own 10 against 3 is 7 worse (700 at a volume of 100); against 12 it is 2 better.
  expect(benchmarkFromSheet(caseOf({})).targets).toEqual([
    { label: 'Mål', value: 3, gap: 7, potential: 700 },
    { label: 'Over', value: 12, gap: -2, potential: 0 },
  ]);
  // Higher is better: the signs turn.
  expect(benchmarkFromSheet(caseOf({ direction: 'higher-is-better' })).targets.map((t) => t.gap)).toEqual([-7, 2]);
});

test('an own row without a volume has gaps but no potential, and a warning at its volume', () => {
  const r = benchmarkFromSheet(
    caseOf({
      rows: [
        { name: 'Egen', value: 10 },
        { name: 'Anden', value: 4 },
      ],
    }),
  );
  expect(r.potential).toBeNull();
  expect(r.targets.map((t) => [t.gap, t.potential])).toEqual([
    [7, null],
    [-2, null],
  ]);
  expect(r.issues).toMatchObject([{ code: 'no_volume', path: ['rows', 0, 'volume'], severity: 'warning' }]);
  // A denominator counts as the volume.
  const ratio = benchmarkFromSheet(
    caseOf({
      rows: [
        { name: 'Egen', numerator: 50, denominator: 5 },
        { name: 'Anden', value: 4 },
      ],
    }),
  );
  expect(ratio.issues).toEqual([]);
  expect(ratio.targets[0]).toEqual({ label: 'Mål', value: 3, gap: 7, potential: 35 });
});

test('one row is a benchmark against its targets only; the insert form refuses one row without a target', () => {
  const r = benchmarkFromSheet(caseOf({ rows: [{ name: 'Egen', value: 10, volume: 100 }] }));
  // By hand: (10 − 3) × 100 = 700 to the first target; the second (12) is already beaten.
  expect(r.targets.map((t) => t.potential)).toEqual([700, 0]);
  expect(r.rows.map((x) => x.rank)).toEqual([1]);
  const form = benchmarkParameters.safeParse({ rows: 1, targets: 0 });
  expect(form.success).toBe(false);
  if (!form.success)
    expect(fromZodIssues(form.error.issues).map((i) => [i.code, i.path])).toEqual([['nothing_to_compare', ['rows']]]);
  expect(benchmarkParameters.safeParse({ rows: 1, targets: 1 }).success).toBe(true);
});
