/** The gevinstrealiseringsplan in the engine: timing, the anslået share, keys, follow-up, and the case file's checks. */
import fc from 'fast-check';
import { parseCase } from '../../src/engine/case-file';
import { calculate } from '../../src/engine/calculate';
import { formatIssue } from '../../src/engine/messages';
import { booked, computeRealisationPlan, status, type PlanGain } from '../../src/engine/realisation-plan';
import type { RealisationResult } from '../../src/engine/realisation';

const gain = (g: Partial<PlanGain>): PlanGain => ({
  label: 'g',
  evidence: 'calculated',
  timing: 'implementation',
  delay: 0,
  values: [],
  ...g,
});

test('timing: at implementation as it comes, delayed n years later, upfront (forlods) the full effect from År 1', () => {
  const values = [100, 300, 500, 500];
  expect(booked(gain({ values }), 4)).toEqual([100, 300, 500, 500]);
  expect(booked(gain({ values, timing: 'delayed', delay: 1 }), 4)).toEqual([0, 100, 300, 500]);
  expect(booked(gain({ values, timing: 'delayed', delay: 9 }), 4)).toEqual([0, 0, 0, 0]);
  expect(booked(gain({ values, timing: 'upfront' }), 4)).toEqual([500, 500, 500, 500]);
});

test('status: realised at or above target, partly above zero, not at zero or below, unknown while missing', () => {
  expect([
    status(100, 100),
    status(100, 150),
    status(100, 40),
    status(100, 0),
    status(100, -5),
    status(100, null),
  ]).toEqual(['realised', 'realised', 'partly', 'not', 'not', 'unknown']);
});

test('the anslået share is of everything booked; key figures become shares', () => {
  const r = computeRealisationPlan(
    [gain({ values: [100, 100] }), gain({ evidence: 'estimated', values: [50, 50] })],
    [
      { unit: 'A', value: 30 },
      { unit: 'B', value: 10 },
    ],
    2,
    1,
  );
  expect(r.estimatedShare).toBeCloseTo(1 / 3, 12);
  expect(r.shares.map((s) => s.share)).toEqual([0.75, 0.25]);
  expect(r.allocation.map((a) => a.values)).toEqual([
    [113, 113],
    [37, 37],
  ]);
});

test('property: each year allocates exactly the booked total rounded to whole units, half away from zero', () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(fc.double({ min: -1e5, max: 1e5, noNaN: true }), { minLength: 3, maxLength: 3 }), {
        minLength: 1,
        maxLength: 5,
      }),
      fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 8 }).filter((xs) => xs.some((x) => x > 0)),
      (lines, keys) => {
        const r = computeRealisationPlan(
          lines.map((values) => gain({ values })),
          keys.map((value, i) => ({ unit: `U${i}`, value })),
          3,
          1,
        );
        r.total.forEach((t, y) => {
          const whole = Math.sign(t) * Math.round(Math.abs(t)) + 0;
          expect(r.allocation.reduce((s, a) => s + (a.values[y] ?? 0), 0)).toBe(whole);
        });
      },
    ),
  );
});

test('a plan case file prints booked, the anslået share, the allocation and the follow-up', () => {
  const parsed = parseCase(
    JSON.stringify({
      template: 'realisation',
      title: 'Plan',
      basis: 'fte',
      gains: [{ label: 'Tid', evidence: 'estimated', values: [10, 20], actual: [10, null] }],
      keys: [
        { unit: 'A', value: 3 },
        { unit: 'B', value: 1 },
      ],
    }),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const r = calculate(parsed.value) as RealisationResult;
  expect(r.total).toEqual([10, 20]);
  expect(r.plan?.estimatedShare).toBe(1);
  expect(r.allocation.map((a) => a.values)).toEqual([
    [8, 15],
    [2, 5],
  ]);
  expect(r.plan?.followUp[0]?.status).toEqual(['realised', 'unknown']);
});

test('bad plan files name the path: mixed keys, a delay without "delayed", total and gains together, uneven years', () => {
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
    'gains[0].delay: "delay" applies only to timing "delayed"',
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
