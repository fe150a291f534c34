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

test('A12 (Side 57-58): the ten municipalities as printed, Models 1-3 as targets', () => {
  const entry = findEntry('A12');
  if (entry?.template.kind !== 'benchmark') throw new Error('A12 opens the benchmark');
  // Administrationsudgifter 2016 | Udgifter til ydelser 2016 in mio. kr. ("Udvikling i administrationsudgifter
  // og ydelser", Side 58); København, Slagelse and Silkeborg lost their benefit costs there, so they carry the
  // 2016 share printed in "Udvikling i administrationsandel" (Side 57): 5,9 %, 5,4 % and 4,6 %.
  expect(entry.template.benchmark.rows).toEqual([
    { name: 'Nyborg', numerator: 32.39, denominator: 433.3 },
    { name: 'Varde', numerator: 44.56, denominator: 652.1 },
    { name: 'Aabenraa', numerator: 58.37, denominator: 864.3 },
    { name: 'Nordfyns', numerator: 26.61, denominator: 431.9 },
    { name: 'København', value: 5.9 },
    { name: 'Holbæk', numerator: 53.23, denominator: 973.7 },
    { name: 'Slagelse', value: 5.4 },
    { name: 'Hvidovre', numerator: 33.67, denominator: 726.6 },
    { name: 'Silkeborg', value: 4.6 },
    { name: 'Billund', numerator: 14.51, denominator: 339.2 },
  ]);
  // Every ratio row rounds to the 2016 share printed on Side 57.
  const printed: Record<string, number> = {
    Nyborg: 7.5,
    Varde: 6.8,
    Aabenraa: 6.8,
    Nordfyns: 6.2,
    Holbæk: 5.5,
    Hvidovre: 4.6,
    Billund: 4.3,
  };
  for (const row of entry.template.benchmark.rows ?? [])
    if ('numerator' in row) expect((100 * row.numerator) / row.denominator).toBeCloseTo(printed[row.name] ?? NaN, 1);
  // Model 1: "administrationsandelen bringes på niveau med" the own 2012 level, Nyborg 21,66 / 426,7 (Side 58),
  // printed as 5,1 % (Side 57); Models 2 and 3: "landsgennemsnittet" 2012 (4,4 %) and 2016 (5,6 %) (Side 57).
  const targets = entry.template.benchmark.targets ?? [];
  expect(targets.map((t) => t.label)).toEqual([
    'Model 1: egen andel 2012',
    'Model 2: hele landet 2012',
    'Model 3: hele landet 2016',
  ]);
  expect(targets[0]?.value).toBeCloseTo(5.1, 1);
  expect(targets.slice(1).map((t) => t.value)).toEqual([4.4, 5.6]);
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
