/** Finansministeriet's banded presets, applied period by period (DESIGN.md §4). */
import { describeDiscount, discountFactors, rateForPeriod } from '../../src/engine/discount';

test('fm-2013 is 4 % for periods 1-35, 3 % for 36-70 and 2 % after; fm-2021 is 3.5 / 2.5 / 1.5 %', () => {
  expect([1, 35, 36, 70, 71, 200].map((t) => rateForPeriod('fm-2013', t))).toEqual([
    0.04, 0.04, 0.03, 0.03, 0.02, 0.02,
  ]);
  expect([1, 35, 36, 70, 71].map((t) => rateForPeriod('fm-2021', t))).toEqual([0.035, 0.035, 0.025, 0.025, 0.015]);
});

test('a banded factor chains the rate of each period, not the rate of the last period', () => {
  const f = discountFactors('fm-2013', 38);
  // År 37 is period 36: 35 periods at 4 % and one at 3 %.
  expect(f[36]).toBeCloseTo(1 / (1.04 ** 35 * 1.03), 15);
  expect(f[36]).not.toBeCloseTo(1 / 1.03 ** 36, 6);
  expect(f[0]).toBe(1);
});

test('firstYearDiscounted moves every factor one period on', () => {
  const base = discountFactors(0.04, 3);
  const shifted = discountFactors(0.04, 3, true);
  expect(base).toEqual([1, 1 / 1.04, 1 / 1.04 / 1.04]);
  shifted.forEach((f, k) => expect(f).toBeCloseTo((base[k] ?? 0) / 1.04, 15));
});

test('results state the preset and the rates they used', () => {
  expect(describeDiscount('fm-2021', 3, false)).toEqual({
    preset: 'fm-2021',
    label: 'Finansministeriet 2021',
    rate: null,
    periodRates: [0.035, 0.035],
  });
  expect(describeDiscount(0.035, 2, true)).toEqual({
    preset: null,
    label: '3.5 %',
    rate: 0.035,
    periodRates: [0.035, 0.035],
  });
});
