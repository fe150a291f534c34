/**
 * Figures stated in the seeds (../shared/reference/catalogue.md §12 and seed 002), computed
 * through the engine. S = stated in the source, D = derived in the catalogue extraction.
 */
import { computeBusinessCase } from '../../src/engine/business-case';
import { validateCase } from '../../src/engine/case-file';
import { computeTimeSavings } from '../../src/engine/time-savings';
import { benchmarkFromSheet } from '../../src/sheet/benchmark-figures';
import type { BusinessCaseFile } from '../../src/engine/business-case-schema';
import type { TimeSavingsFile } from '../../src/engine/time-savings-schema';

function bc(input: object): BusinessCaseFile {
  const r = validateCase({ template: 'business-case', title: 't', ...input });
  if (!r.ok || r.value.template !== 'business-case') throw new Error(JSON.stringify(r));
  return r.value;
}
function ts(input: object): TimeSavingsFile {
  const r = validateCase({ template: 'time-savings', title: 't', ...input });
  if (!r.ok || r.value.template !== 'time-savings') throw new Error(JSON.stringify(r));
  return r.value;
}

test('AT-1 (A07, Side 36, S): 2762 employees × 235 kr. = 649,070 kr., about 0.65 mio. kr.', () => {
  expect(computeTimeSavings(ts({ items: [{ label: 'BC1', savingPerUnit: 235, units: 2762 }] })).kr).toBe(649070);
});

test('AT-2 (A07, Side 36, D): 5 minutes × 306 kr./hour is 25.50 kr. a transaction; 10,000 give 255,000 kr.', () => {
  const r = computeTimeSavings(
    ts({ items: [{ label: 'BC2', minutesPerCase: 5, casesPerYear: 10000, hourlyCost: 306 }] }),
  );
  expect(r.kr).toBeCloseTo(255000, 6);
  expect(r.kr / 10000).toBeCloseTo(25.5, 10);
});

test('AT-3 (A03, Side 25, D): 8 hours a month × 12 × 40 units = 3,840 hours a year', () => {
  const r = computeTimeSavings(
    ts({ items: [{ label: 'A03', minutesPerCase: 8 * 60, casesPerYear: 12 * 40, hourlyCost: 0 }] }),
  );
  expect(r.hours).toBe(3840);
  expect(r.fte).toBeCloseTo(3840 / 1924, 12);
});

test('AT-4 (A02, Side 22, D): 10 % + 10 % of 5,000 t.kr. with 600 t.kr. consultants pays back in År 2', () => {
  const r = computeBusinessCase(
    bc({
      lines: [
        { section: 'gain', label: 'g', profile: { baseline: 5000, steps: [0.1, 0.1] } },
        { section: 'investment', label: 'i', values: [600, 0, 0, 0, 0] },
      ],
    }),
  );
  expect(r.result).toEqual([-100, 1000, 1000, 1000, 1000]);
  expect(r.cumulative).toEqual([-100, 900, 1900, 2900, 3900]);
  expect(r.paybackYear).toBe(2);
});

test('AT-15 (T01, Side 148, S): 55.2 mio. kr. energy investment with a 25/50/75/100 % ramp is paid back over 6 years', () => {
  const r = computeBusinessCase(
    bc({
      unit: 'mio. kr.',
      lines: [
        { section: 'gain', label: 'g', values: [3.45, 6.9, 10.35, 13.8, 13.8, 13.8] },
        { section: 'investment', label: 'i', values: [55.2, 0, 0, 0, 0, 0] },
      ],
    }),
  );
  expect(r.paybackYear).toBe(6);
  expect(r.totals.gains).toBeCloseTo(62.1, 10);
});

test('AT-18 (A01, Side 15, D): 10/5/5/5 % of 10 mio. kr. gives levels 1.0 / 1.5 / 2.0 / 2.5 mio. kr.', () => {
  const r = computeBusinessCase(
    bc({
      lines: [{ section: 'gain', label: 'g', profile: { baseline: 10, steps: [0.1, 0.05, 0.05, 0.05] } }],
      years: 4,
    }),
  );
  r.gains.forEach((g, k) => expect(g).toBeCloseTo([1, 1.5, 2, 2.5][k] ?? NaN, 12));
});

test('Høje-Taastrup (seed 002, S): 1.61 + 1.1 + 1.1 mio. kr. invested before a 10.3 mio. kr. reduction from 2018 pays back in 2018', () => {
  const r = computeBusinessCase(
    bc({
      firstYear: 2015,
      lines: [
        { section: 'gain', label: 'g', values: [0, 0, 0, 10.3, 10.3] },
        { section: 'investment', label: 'i', values: [1.61, 1.1, 1.1, 0.5, 0.5] },
      ],
    }),
  );
  expect(r.paybackCalendarYear).toBe(2018);
  expect(r.result[3]).toBeCloseTo(9.8, 12);
});

function bm(input: object) {
  const r = validateCase({ template: 'benchmark', title: 't', ...input });
  if (!r.ok || r.value.template !== 'benchmark') throw new Error(JSON.stringify(r));
  return benchmarkFromSheet(r.value);
}

test('AT-7 (A13, Side 68): mean 682.7, median 681.0, Q1 585.75 by QUARTILE.INC; Holbæk 201.3 above the mean, 398 above the best', () => {
  const values = {
    Aabenraa: 537,
    Varde: 594,
    Nyborg: 583,
    Nordfyn: 486,
    Billund: 617,
    Silkeborg: 745,
    Slagelse: 775,
    Hvidovre: 746,
    Holbæk: 884,
    København: 860,
  };
  const r = bm({
    direction: 'lower-is-better',
    own: 'Holbæk',
    rows: Object.entries(values).map(([name, value]) => ({ name, value })),
  });
  expect(r.stats.mean).toBeCloseTo(682.7, 10);
  expect(r.stats.median).toBe(681);
  expect(r.stats.q1).toBeCloseTo(585.75, 10);
  const holbaek = r.rows.find((x) => x.name === 'Holbæk');
  expect(holbaek?.gapToMean).toBeCloseTo(201.3, 10);
  expect(holbaek?.gapToMedian).toBe(203);
  expect(holbaek?.gapToBestQuartile).toBeCloseTo(298.25, 10);
  expect(holbaek?.gapToBest).toBe(398);
  expect(holbaek?.rank).toBe(10);
  expect(r.potential).toBeNull();
  expect(r.issues.map((i) => i.code)).toEqual(['no_volume']);
});

test("AT-5 (A12, Side 57-58): Nyborg's Models 1-3 give 10.39, 13.32 and 8.13 mio. kr.", () => {
  const r = bm({
    direction: 'lower-is-better',
    own: 'Nyborg',
    rows: [
      { name: 'Nyborg', numerator: 32.39, denominator: 433.3 },
      { name: 'Hvidovre', numerator: 33.67, denominator: 726.6 },
    ],
    targets: [
      { label: 'Model 1', value: 21.66 / 426.7 },
      { label: 'Model 2', value: 0.044 },
      { label: 'Model 3', value: 0.056 },
    ],
  });
  expect(r.targets.map((t) => Math.round((t.potential ?? NaN) * 100) / 100)).toEqual([10.39, 13.32, 8.13]);
  expect(r.rows[0]?.value).toBeCloseTo(0.0748, 4);
});

test('AT-6 (A12, Side 59-60): Nyborg 27.64 årsværk per 1,000 cases, 3.21 above Nordfyn, 9.47 årsværk', () => {
  const r = bm({
    direction: 'lower-is-better',
    own: 'Nyborg',
    per: 1000,
    rows: [
      { name: 'Nyborg', numerator: 81.49, denominator: 2948 },
      { name: 'Nordfyn', value: 24.43 },
    ],
  });
  expect(Math.round((r.rows[0]?.value ?? NaN) * 100) / 100).toBe(27.64);
  expect(Math.round((r.rows[0]?.gapToBest ?? NaN) * 100) / 100).toBe(3.21);
  expect(Math.round((r.potential?.best ?? NaN) * 100) / 100).toBe(9.47);
});

test('AT-14 (S05, Side 105-106, D): sickness absence of four schools to the weighted average 0.395 and to the best 1.280 mio. kr.', () => {
  // Absence share s of wage sum L (mio. kr.): numerator s × L, denominator L, so the weighted mean is Holbæk's kind.
  const schools = [
    ['A', 0.065, 30],
    ['B', 0.058, 25],
    ['C', 0.05, 35],
    ['D', 0.043, 20],
  ] as const;
  const r = bm({
    direction: 'lower-is-better',
    own: 'A',
    rows: schools.map(([name, s, wages]) => ({ name, numerator: s * wages, denominator: wages })),
  });
  expect(r.stats.weightedMean).toBeCloseTo(0.054636, 6);
  expect(r.totalPotential.weightedMean).toBeCloseTo(0.395, 3);
  expect(r.totalPotential.best).toBeCloseTo(1.28, 10);
});

test("A13 (Side 65-70): cases per årsværk, higher is better; 40 against a peer's 55 is a gap of 15", () => {
  const r = bm({
    direction: 'higher-is-better',
    own: 'Egen kommune',
    rows: [
      { name: 'Egen kommune', numerator: 400, denominator: 10 },
      { name: 'Sammenlignelig kommune', numerator: 550, denominator: 10 },
    ],
  });
  expect(r.rows.map((x) => [x.name, x.value, x.rank, x.gapToBest])).toEqual([
    ['Egen kommune', 40, 2, 15],
    ['Sammenlignelig kommune', 55, 1, 0],
  ]);
});
