/**
 * The gevinstrealiseringsplan's figures as `gevinst calc` reports them, read from the sheet's own
 * formulas by the sheet language's evaluator: timing, status, the anslået share, keys, the
 * allocation and the follow-up; and the case file's checks. Expected figures are worked by hand.
 */
import fc from 'fast-check';
import { parseCase } from '../../src/engine/case-file';
import { formatIssue } from '../../src/engine/messages';
import type { RealisationResult } from '../../src/engine/realisation';
import { calculateCase } from '../../src/sheet/registry';

/** A realisation case file computed as calc computes it. */
function calc(file: object): RealisationResult {
  const parsed = parseCase(JSON.stringify({ template: 'realisation', title: 'Plan', ...file }));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const r = calculateCase(parsed.value);
  if (!r.ok || r.value.template !== 'realisation') throw new Error(JSON.stringify(r));
  return r.value as RealisationResult;
}

const plan = (gains: object[], keys: object[] = [{ unit: 'A', value: 1 }]) => calc({ basis: 'fte', gains, keys });
const line = (g: object) => ({ label: 'g', evidence: 'calculated', ...g });

test('timing: at implementation as it comes, delayed n years later, upfront (forlods) the full effect from År 1 + delay', () => {
  const values = [100, 300, 500, 500];
  const bookedOf = (g: object) => plan([line({ values, ...g })]).plan?.booked[0]?.values;
  expect(bookedOf({})).toEqual([100, 300, 500, 500]);
  expect(bookedOf({ timing: 'delayed', delay: 1 })).toEqual([0, 100, 300, 500]);
  expect(bookedOf({ timing: 'delayed', delay: 9 })).toEqual([0, 0, 0, 0]);
  expect(bookedOf({ timing: 'upfront' })).toEqual([500, 500, 500, 500]);
  // "tages forlods, men kan forsinkes af hensyn til implementering" (seed 002): the full gain from År 1 + 2.
  expect(bookedOf({ timing: 'upfront', delay: 2 })).toEqual([0, 0, 500, 500]);
});

test('status: realised at or above target, partly above zero, not at zero or below, unknown while missing', () => {
  const r = plan([line({ values: [100, 100, 100, 100, 100, 100], actual: [100, 150, 40, 0, -5, null] })]);
  expect(r.plan?.followUp[0]?.status).toEqual(['realised', 'realised', 'partly', 'not', 'not', 'unknown']);
  expect(r.plan?.followUp[0]?.variance).toEqual([0, 50, -60, -100, -105, null]);
  expect(r.plan?.followUp[0]?.actual).toEqual([100, 150, 40, 0, -5, null]);
});

test('the anslået share is of everything booked; key figures become shares', () => {
  const r = plan(
    [line({ values: [100, 100] }), line({ evidence: 'estimated', values: [50, 50] })],
    [
      { unit: 'A', value: 30 },
      { unit: 'B', value: 10 },
    ],
  );
  expect(r.plan?.estimatedShare).toBeCloseTo(1 / 3, 12);
  expect(r.plan?.shares.map((s) => s.share)).toEqual([0.75, 0.25]);
  expect(r.allocation.map((a) => a.values)).toEqual([
    [113, 113],
    [37, 37],
  ]);
});

test('property: each year allocates exactly the booked total rounded to whole units, half away from zero', () => {
  fc.assert(
    fc.property(
      fc
        .array(fc.array(fc.double({ min: -1e5, max: 1e5, noNaN: true }), { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 5,
        })
        // A case file refuses a rounding of 1 where every amount is below 1.
        .filter((lines) => lines.flat().some((v) => Math.abs(v) >= 1)),
      fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 8 }).filter((xs) => xs.some((x) => x > 0)),
      (lines, keys) => {
        const r = plan(
          lines.map((values) => line({ values })),
          keys.map((value, i) => ({ unit: `U${i}`, value })),
        );
        r.total.forEach((t, y) => {
          const whole = Math.sign(t) * Math.round(Math.abs(t)) + 0;
          expect(r.allocation.reduce((s, a) => s + (a.values[y] ?? 0), 0)).toBe(whole);
        });
      },
    ),
    // Each run plans and evaluates a whole sheet.
    { numRuns: 60 },
  );
});

test('a plan case file prints booked, the anslået share, the allocation and the follow-up', () => {
  const r = calc({
    basis: 'fte',
    gains: [{ label: 'Tid', evidence: 'estimated', values: [10, 20], actual: [10, null] }],
    keys: [
      { unit: 'A', value: 3 },
      { unit: 'B', value: 1 },
    ],
  });
  expect(r.total).toEqual([10, 20]);
  expect(r.plan?.estimatedShare).toBe(1);
  expect(r.allocation.map((a) => a.values)).toEqual([
    [8, 15],
    [2, 5],
  ]);
  expect(r.plan?.followUp[0]?.status).toEqual(['realised', 'unknown']);
});

test('bad plan files name the path: mixed keys, a delay at implementation, total and gains together, uneven years', () => {
  const issues = (x: object): string[] => {
    const r = parseCase(JSON.stringify({ template: 'realisation', title: 't', ...x }));
    return r.ok ? [] : r.issues.map((i) => formatIssue(i, 'en'));
  };
  expect(
    issues({
      total: [1],
      keys: [
        { unit: 'A', weight: 1 },
        { unit: 'B', value: 2 },
      ],
    }),
  ).toEqual(['keys: expected one of all {"unit","weight"} or all {"unit","value"}, got a mix']);
  expect(
    issues({
      gains: [
        { label: 'x', evidence: 'calculated', delay: 2, values: [1, 2] },
        { label: 'y', evidence: 'estimated', values: [1] },
      ],
      keys: [{ unit: 'A', value: 1 }],
    }),
  ).toEqual([
    'gains[0].delay: "delay" applies only to timing "delayed" or "upfront" (forlods, delayed for the implementation)',
    'gains[1].values: expected 2 yearly values (År 1..År 2), got 1; every line must cover the whole horizon, missing years are not filled in',
  ]);
  expect(
    issues({
      total: [1],
      gains: [{ label: 'x', evidence: 'calculated', values: [1] }],
      keys: [{ unit: 'A', weight: 1 }],
    }),
  ).toEqual(['total: required field is missing: expected "total" (allocation only) or "gains" (a plan), not both']);
  expect(
    issues({ gains: [{ label: 'x', evidence: 'maybe', values: [1] }], keys: [{ unit: 'A', value: 1 }] })[0],
  ).toMatch(/^gains\[0\]\.evidence: expected one of "calculated", "estimated"/);
});

test('keys given as values are shared out by their size, with or without a basis, in calc and on the sheet alike', () => {
  // Before the sheet was the one computation, calc took a value key of 2 as a weight of 2 for a
  // total (allocating 200 of 100), and a plan's sheet without a basis took values as weights.
  const total = calc({ total: [100, 7], keys: [{ unit: 'A', value: 2 }] });
  expect(total.allocation).toEqual([{ unit: 'A', values: [100, 7] }]);
  const noBasis = calc({
    gains: [line({ values: [90, 30] })],
    keys: [
      { unit: 'A', value: 2 },
      { unit: 'B', value: 1 },
    ],
  });
  expect(noBasis.plan?.shares.map((s) => s.share)).toEqual([2 / 3, 1 / 3]);
  expect(noBasis.allocation.map((a) => a.values)).toEqual([
    [60, 20],
    [30, 10],
  ]);
});

test('a small unit\'s reduction placed centrally (seed 002: "placeres i centret"): its line is 0, the centre\'s takes it', () => {
  const r = calc({
    total: [100, 200],
    keys: [
      { unit: 'Skole A', weight: 0.6 },
      { unit: 'Skole B', weight: 0.35 },
      { unit: 'Lille skole', weight: 0.05, central: true },
    ],
    centre: 'Center for Børn',
  });
  // By hand: 60/35/5 % of 100 and 200; the small school's 5 and 10 go to the centre; the totals stay whole.
  expect(r.allocation.map((a) => a.values)).toEqual([
    [60, 120],
    [35, 70],
    [0, 0],
  ]);
  expect(r.central).toEqual({ unit: 'Center for Børn', values: [5, 10] });
  // Without a central unit there is no central line in calc.
  expect(calc({ total: [100], keys: [{ unit: 'A', weight: 1 }] }).central).toBeUndefined();
});
