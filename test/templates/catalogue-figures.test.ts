/**
 * Prefilled catalogue figures pinned to the report's text (seed 004, "Kommunale veje til
 * effektivisering"): the parity tests compare the sheet with the engine, which read the same
 * figure, so only a test that quotes the source catches a figure typed wrong.
 */
import { evaluateModel } from '../../src/engine/model-formula';
import { findEntry, listCatalogue } from '../../src/templates/catalogue';

const prefilled = (id: string): Record<string, unknown> =>
  listCatalogue('en').find((e) => e.id === id)?.prefilled ?? {};

test('T03 (Side 157): "besparelsespotentiale på 2,7% af lønbudgettet … 6% på materiale, forsikringer mv"', () => {
  expect(prefilled('T03')).toMatchObject({ 'fleet.gpsWage': 0.027, 'fleet.gpsMaterials': 0.06 });
});

test('A12 (Side 58, "Udvikling i administrationsudgifter og ydelser", 2016, mio. kr.): the rows as printed', () => {
  const entry = findEntry('A12');
  if (entry?.template.kind !== 'benchmark') throw new Error('A12 opens the benchmark');
  // Administrationsudgifter 2016 | Udgifter til ydelser 2016, per the report's table (Side 58).
  expect(entry.template.benchmark.rows).toEqual([
    { name: 'Nyborg', numerator: 32.39, denominator: 433.3 },
    { name: 'Varde', numerator: 44.56, denominator: 652.1 },
    { name: 'Aabenraa', numerator: 58.37, denominator: 864.3 },
    { name: 'Nordfyns', numerator: 26.61, denominator: 431.9 },
    { name: 'Holbæk', numerator: 53.23, denominator: 973.7 },
    { name: 'Hvidovre', numerator: 33.67, denominator: 726.6 },
    { name: 'Billund', numerator: 14.51, denominator: 339.2 },
  ]);
  // "Andel i pct 2016" as printed: Nyborg 7,5 and Billund 4,3 (Side 58).
  const rows = entry.template.benchmark.rows ?? [];
  const share = (name: string): number => {
    const row = rows.find((r) => r.name === name);
    return row && 'numerator' in row ? (100 * row.numerator) / row.denominator : NaN;
  };
  expect(share('Nyborg')).toBeCloseTo(7.5, 1);
  expect(share('Billund')).toBeCloseTo(4.3, 1);
  // National averages: "landsgennemsnittet 2012 (4,4 %) og 2016 (5,6 %)" (Side 59).
  expect(entry.template.benchmark.targets).toEqual([
    { label: 'Hele landet 2016', value: 5.6 },
    { label: 'Hele landet 2012', value: 4.4 },
  ]);
});

test('B02 (Side 80, fodnote 11): "Opnormering af tilbud til målgruppen" is the offers line computed, counted once', () => {
  const entry = findEntry('B02');
  if (entry?.template.kind !== 'model') throw new Error('B02 has a model');
  const model = entry.template.model;
  const col = model.tables.find((t) => t.id === 'costs')?.columns[0]?.id ?? '';
  const inputs = new Map<string, number | string>([
    [`drivers.offerYouths.${col}`, 10],
    [`drivers.offerSize.${col}`, 4],
    [`drivers.offerPrice.${col}`, 1000],
    [`drivers.mentorYouths.${col}`, 5],
    [`drivers.mentorHours.${col}`, 20],
    [`drivers.mentorPrice.${col}`, 300],
  ]);
  const cells = evaluateModel(model, inputs, 'da').cells;
  // 10 young people × 4 weeks × 1.000 kr. = 40.000 kr.; mentor support 5 × 20 × 300 = 30.000 kr.
  expect(cells.get(`costs.moreOffers.${col}`)).toBe(40000);
  expect(cells.get(`costs.total.${col}`)).toBe(70000);
  expect(model.tables.flatMap((t) => t.rows.map((r) => r.id))).not.toContain('offersCalc');
});

test('S02 (Side 99): Hvidovre\'s kindergarten "57,837 (årligt) : 52" is prefilled and its weekly price computed, 1.112,25 kr.', () => {
  const entry = findEntry('S02');
  if (entry?.template.kind !== 'model') throw new Error('S02 has a model');
  const cells = evaluateModel(entry.template.model, new Map(), 'da').cells;
  expect(cells.get('yearlyPrices.hvidovreBh.year')).toBe(57837);
  expect(cells.get('yearlyPrices.hvidovreBh.week')).toBeCloseTo(1112.25, 9);
  // "797,75 (pr. uge)" and "444,61 (pr. uge)" as printed, their municipalities lost.
  expect([cells.get('weeklyPrices.miniSfo1.week'), cells.get('weeklyPrices.miniSfo2.week')]).toEqual([797.75, 444.61]);
});

test("S06 (Side 108–110): the 5 % and 10 % saving on a place's rate times the places is the municipal saving", () => {
  const entry = findEntry('S06');
  if (entry?.template.kind !== 'model') throw new Error('S06 has a model');
  const rows = [200_000, 50_000, 30_000, 70_000, 400_000, 50_000];
  const inputs = new Map<string, number | string>(rows.map((v, i) => [`breakdown.c${i + 1}.rate`, v]));
  inputs.set('inputs.places.value', 40);
  const { cells, results } = evaluateModel(entry.template.model, inputs, 'da');
  // A rate of 800.000 kr. a place: 5 % (40.000 kr.) in year 1 and 10 % (80.000 kr.) in year 2, × 40 places.
  expect([cells.get('municipal.saving.y1'), cells.get('municipal.saving.y2')]).toEqual([1_600_000, 3_200_000]);
  expect(results.get('municipalSaving')).toBe(3_200_000);
});

test('E01 (Side 121): Aabenraa reviewed 52 cases, reduced help for 19, with an effort "opgjort til 10 timer alt inkl."', () => {
  const entry = findEntry('E01');
  if (entry?.template.kind !== 'model') throw new Error('E01 has a model');
  const cells = evaluateModel(entry.template.model, new Map(), 'da').cells;
  expect([cells.get('aabenraa.cases.value'), cells.get('aabenraa.reduced.value')]).toEqual([52, 19]);
  expect(cells.get('aabenraa.share.value')).toBeCloseTo(19 / 52, 12);
  expect(cells.get('aabenraa.hours.value')).toBe(10);
});
