/** What-if analysis: properties that must hold for any case, and the CLI fields. */
import fc from 'fast-check';
import type { BusinessCaseFile } from '../../src/engine/business-case-schema';
import { computeBusinessCase } from '../../src/engine/business-case';
import { validateCase } from '../../src/engine/case-file';
import { breakEven, keyFigures, runScenarios, sensitivity } from '../../src/engine/what-if';
import { payback } from '../../src/engine/payback';

const amount = fc.integer({ min: 0, max: 100_000 }).map((v) => v / 10);

/** A case of 2-12 years with one gain, one cost and one investment line. */
const arbitraryCase = fc.integer({ min: 2, max: 12 }).chain((n) =>
  fc
    .record({
      gain: fc.array(amount, { minLength: n, maxLength: n }),
      cost: fc.array(amount, { minLength: n, maxLength: n }),
      investment: fc.array(amount, { minLength: n, maxLength: n }),
      discount: fc.constantFrom<BusinessCaseFile['discount']>('fm-2021', 'fm-2013', 0.05, 0),
      firstYearDiscounted: fc.boolean(),
    })
    .map((r): BusinessCaseFile => {
      const v = validateCase({
        template: 'business-case',
        title: 'p',
        discount: r.discount,
        firstYearDiscounted: r.firstYearDiscounted,
        lines: [
          { section: 'gain', label: 'g', values: r.gain },
          { section: 'cost', label: 'c', values: r.cost },
          { section: 'investment', label: 'i', values: r.investment },
        ],
      });
      if (!v.ok || v.value.template !== 'business-case') throw new Error('generator made an invalid case');
      return v.value;
    }),
);

const close = (a: number, b: number, scale: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, scale);

test('the neutral scenario is the base case', () => {
  fc.assert(
    fc.property(arbitraryCase, (c) => {
      const [s] = runScenarios(c, [
        { name: 'n', gainFactor: 1, costFactor: 1, investmentFactor: 1, estimate: 'expected' },
      ]);
      expect(close(s?.npv ?? NaN, computeBusinessCase(c).npv, 1e5)).toBe(true);
    }),
  );
});

test('at the break-even gain factor the NPV is zero', () => {
  fc.assert(
    fc.property(arbitraryCase, (c) => {
      const f = breakEven(c).gainFactor;
      if (f === null) return;
      const npv = keyFigures(c, { lineFactor: (line) => (line.section === 'gain' ? f : 1) }).npv;
      expect(close(npv, 0, 1e6)).toBe(true);
    }),
  );
});

test('the payback factor pays back within N years, and 1 % less does not', () => {
  fc.assert(
    fc.property(arbitraryCase, fc.integer({ min: 1, max: 12 }), (c, n) => {
      const f = breakEven(c, n).gainFactorForPayback;
      if (f === null || f === 0) return;
      const yearAt = (x: number): number | null => {
        const base = computeBusinessCase(c);
        return payback(base.gains.map((g, k) => x * g - (base.costs[k] ?? 0) - (base.investments[k] ?? 0))).year;
      };
      expect(yearAt(f * (1 + 1e-9))).not.toBeNull();
      expect(yearAt(f * (1 + 1e-9)) ?? Infinity).toBeLessThanOrEqual(n);
      const below = yearAt(f * 0.99);
      expect(below === null || below > n).toBe(true);
    }),
  );
});

test('the tornado is sorted by swing and a line moves NPV linearly around the base', () => {
  fc.assert(
    fc.property(arbitraryCase, (c) => {
      const rows = sensitivity(c, 0.1);
      const base = computeBusinessCase(c).npv;
      expect(rows.map((r) => r.swing)).toEqual([...rows.map((r) => r.swing)].sort((a, b) => b - a));
      for (const r of rows.filter((x) => x.kind === 'line')) {
        expect(close((r.low.npv + r.high.npv) / 2, base, 1e6)).toBe(true);
      }
      expect(rows.filter((r) => r.kind === 'discount')).toHaveLength(1);
    }),
  );
});

test('pessimistic and optimistic estimates take the ends of three-point values', () => {
  const v = validateCase({
    template: 'business-case',
    title: 't',
    discount: 0,
    lines: [
      { section: 'gain', label: 'g', values: [{ min: 80, likely: 100, max: 150 }] },
      { section: 'cost', label: 'c', values: [{ min: 10, likely: 20, max: 60 }] },
    ],
    scenarios: [{ name: 'P', estimate: 'pessimistic' }, { name: 'E' }, { name: 'O', estimate: 'optimistic' }],
  });
  if (!v.ok || v.value.template !== 'business-case') throw new Error(JSON.stringify(v));
  const npvs = runScenarios(v.value, v.value.scenarios ?? []).map((s) => s.npv);
  expect(npvs[0]).toBe(80 - 60);
  expect(npvs[1]).toBeCloseTo((80 + 400 + 150) / 6 - (10 + 80 + 60) / 6, 12);
  expect(npvs[2]).toBe(150 - 10);
});

test('bad analysis settings are named by path', () => {
  const r = validateCase({
    template: 'business-case',
    title: 't',
    lines: [{ section: 'gain', label: 'g', values: [1] }],
    scenarios: [{ name: 'P', gainFactor: '0,8' }],
    sensitivity: { step: 1.5 },
  });
  expect(r.ok).toBe(false);
  if (!r.ok)
    expect(r.issues.map((i) => `${i.path.join('.')} ${i.code}`)).toEqual([
      'scenarios.0.gainFactor invalid_type',
      'sensitivity.step too_big',
    ]);
});
