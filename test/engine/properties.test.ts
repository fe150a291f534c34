/** Properties of the finance core that must hold for every input (fast-check). */
import fc from 'fast-check';
import { bandedFactors, discountFactors, presentValue } from '../../src/engine/discount';
import { internalRateOfReturn } from '../../src/engine/irr';
import { payback } from '../../src/engine/payback';
import { pertMean } from '../../src/engine/pert';
import { evaluate, magnitude } from '../../src/engine/polynomial';

/** Amounts as a user types them: up to 10 mio. with two decimals. */
const money = fc.integer({ min: -1e9, max: 1e9 }).map((v) => v / 100);
const flows = fc.array(money, { minLength: 2, maxLength: 30 });

/** NPV at rate r with År 1 undiscounted: Σ v_k / (1 + r)^k. */
const npvAt = (values: readonly number[], r: number): number => values.reduce((s, v, k) => s + v / (1 + r) ** k, 0);

test('NPV at every IRR root is zero (relative to the size of the discounted flows)', () => {
  fc.assert(
    fc.property(flows, (values) => {
      const { roots } = internalRateOfReturn(values);
      // Near r = -1 the conversion x = 1 / (1 + r) itself loses the digits (1 + r is tiny), so the
      // residual is checked for rates above -99 %; the chosen-rates property covers the rest.
      for (const r of roots.filter((root) => root > -0.99)) {
        const x = 1 / (1 + r);
        expect(Math.abs(evaluate(values, x))).toBeLessThanOrEqual(1e-8 * magnitude(values, x) + 1e-12);
      }
    }),
    { numRuns: Number(process.env['FC_RUNS'] ?? 500) },
  );
});

test('a single IRR is reported exactly when one root exists', () => {
  fc.assert(
    fc.property(flows, (values) => {
      const r = internalRateOfReturn(values);
      if (r.roots.length === 1) expect(r.irr).toBe(r.roots[0]);
      else expect(r.irr).toBeNull();
      expect(r.roots.every((x) => Number.isFinite(x) && x > -1)).toBe(true);
      if (r.irr === null) expect(r.issues.length).toBeGreaterThan(0);
    }),
    { numRuns: Number(process.env['FC_RUNS'] ?? 500) },
  );
});

test('flows built from chosen rates have those rates as IRR roots', () => {
  // (1 + r1 − (1 + r1)x)(... ) style: NPV polynomial Π (1 − x (1 + r_i)) has roots x = 1 / (1 + r_i).
  const rate = fc.double({ min: -0.6, max: 3, noNaN: true });
  fc.assert(
    fc.property(
      fc.uniqueArray(rate, { minLength: 1, maxLength: 4, comparator: (a, b) => Math.abs(a - b) < 0.05 }),
      (rates) => {
        let poly = [1];
        for (const r of rates) {
          const next = new Array<number>(poly.length + 1).fill(0);
          poly.forEach((c, i) => {
            next[i] = (next[i] ?? 0) + c;
            next[i + 1] = (next[i + 1] ?? 0) - c * (1 + r);
          });
          poly = next;
        }
        const found = internalRateOfReturn(poly).roots;
        const sorted = [...rates].sort((a, b) => a - b);
        expect(found).toHaveLength(sorted.length);
        sorted.forEach((r, i) => expect(Math.abs((found[i] ?? NaN) - r)).toBeLessThan(1e-7));
      },
    ),
    { numRuns: Number(process.env['FC_RUNS'] ?? 300) },
  );
});

test('NPV falls as the rate rises for a conventional investment (outflows first, then inflows)', () => {
  const conventional = fc
    .tuple(
      fc.double({ min: 1, max: 1e6, noNaN: true }),
      fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 }),
    )
    .map(([invest, gains]) => [-invest, ...gains]);
  const rates = fc.tuple(fc.double({ min: -0.5, max: 2, noNaN: true }), fc.double({ min: -0.5, max: 2, noNaN: true }));
  fc.assert(
    fc.property(conventional, rates, (values, [a, b]) => {
      const [lo, hi] = a < b ? [a, b] : [b, a];
      const fLo = discountFactors(lo, values.length);
      const fHi = discountFactors(hi, values.length);
      expect(presentValue(values, fHi)).toBeLessThanOrEqual(
        presentValue(values, fLo) + 1e-9 * Math.abs(presentValue(values, fLo)),
      );
    }),
  );
});

test('discount factors of a flat rate equal (1 + r)^-t, and NPV matches the closed form', () => {
  fc.assert(
    fc.property(flows, fc.double({ min: -0.5, max: 1, noNaN: true }), fc.boolean(), (values, r, shifted) => {
      const f = discountFactors(r, values.length, shifted);
      f.forEach((fk, k) =>
        expect(Math.abs(fk - (1 + r) ** -(k + (shifted ? 1 : 0)))).toBeLessThanOrEqual(1e-12 * (1 + r) ** -(k + 1)),
      );
      if (!shifted) {
        const e = npvAt(values, r);
        const scale = values.reduce((s, v, k) => s + Math.abs(v) / (1 + r) ** k, 0);
        expect(Math.abs(presentValue(values, f) - e)).toBeLessThanOrEqual(1e-9 * scale + 1e-9);
      }
    }),
  );
});

test('bands that all carry the same rate reduce to that flat rate', () => {
  const bounds = fc.uniqueArray(fc.integer({ min: 1, max: 80 }), { maxLength: 4 }).map((b) => b.sort((x, y) => x - y));
  fc.assert(
    fc.property(
      fc.double({ min: -0.5, max: 1, noNaN: true }),
      bounds,
      fc.integer({ min: 1, max: 100 }),
      fc.boolean(),
      (r, ends, years, shifted) => {
        const bands = [...ends.map((lastPeriod) => ({ lastPeriod, rate: r })), { lastPeriod: Infinity, rate: r }];
        expect(bandedFactors(bands, years, shifted)).toEqual(discountFactors(r, years, shifted));
      },
    ),
  );
});

test('payback is within the horizon or null, and the cumulative result is >= 0 there and < 0 before', () => {
  fc.assert(
    fc.property(flows, (values) => {
      const p = payback(values);
      let cum = 0;
      const cumulative = values.map((v) => (cum += v));
      if (p.year === null) {
        expect(cumulative.every((c) => c < 0)).toBe(true);
        expect(p.years).toBeNull();
      } else {
        expect(p.year).toBeGreaterThanOrEqual(1);
        expect(p.year).toBeLessThanOrEqual(values.length);
        expect(cumulative[p.year - 1]).toBeGreaterThanOrEqual(0);
        expect(cumulative.slice(0, p.year - 1).every((c) => c < 0)).toBe(true);
        expect(p.years).toBeGreaterThanOrEqual(p.year - 1);
        expect(p.years).toBeLessThanOrEqual(p.year);
      }
    }),
  );
});

test('the PERT mean lies between min and max', () => {
  const v = fc.double({ min: -1e9, max: 1e9, noNaN: true });
  fc.assert(
    fc.property(v, v, v, (a, b, c) => {
      const [min, likely, max] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
      const m = pertMean({ min, likely, max });
      expect(m).toBeGreaterThanOrEqual(min - 1e-6);
      expect(m).toBeLessThanOrEqual(max + 1e-6);
    }),
  );
});
