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

test("T03 (Side 157): København's 15 % cut, 87 cars for 12,1 mio. kr. saving 2,6-3,1 mio. kr. a year, GPS 6,4 mio. kr. in year 3", () => {
  expect(prefilled('T03')).toMatchObject({
    'fleet.cut': 0.15,
    'kk.cars': 87,
    'kk.investment': 12.1,
    'kk.savingLow': 2.6,
    'kk.savingHigh': 3.1,
    'kk.gpsYear3': 6.4,
  });
  const entry = findEntry('T03');
  if (entry?.template.kind !== 'model') throw new Error('T03 has a model');
  const { cells } = evaluateModel(entry.template.model, new Map([['fleet.before.value', 200]]), 'da');
  // 200 vehicles less 15 % = 170; the simple payback 12,1 ÷ 3,1 = 3,9 and 12,1 ÷ 2,6 = 4,7 years (by hand).
  expect(cells.get('fleet.after.value')).toBeCloseTo(170, 9);
  expect(Math.round(Number(cells.get('kk.paybackFast.value')) * 10) / 10).toBe(3.9);
  expect(Math.round(Number(cells.get('kk.paybackSlow.value')) * 10) / 10).toBe(4.7);
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

test('A05 (Side 28): the 10 % staff target and halved losses are harvested; the units\' time "hentes ikke"', () => {
  const entry = findEntry('A05');
  if (entry?.template.kind !== 'model') throw new Error('A05 has a model');
  const model = entry.template.model;
  // "reducere personaleomkostningerne til refusionshåndtering med 10 % i det første år" and "reducere det
  // samlede antal tabte refusioner med 50 % i det første år" (Side 28) are the prefilled targets.
  expect(prefilled('A05')).toMatchObject({ 'inputs.staffCut': 0.1, 'inputs.lossCut': 0.5 });
  const inputs = new Map<string, number | string>([
    ['inputs.wage.value', 300],
    ['resources.r1.before', 1_000_000],
    ['resources.r2.before', 500_000],
    ['losses.r2.before', 200_000],
    ['cases.r2.count', 100],
    ['cases.r2.before', 2],
    ['cases.r2.after', 1.5],
  ]);
  const r = evaluateModel(model, inputs, 'da').results;
  // By hand: 10 % of 1.500.000 kr. = 150.000 kr.; half of 200.000 kr. = 100.000 kr.
  expect(r.get('staffKr')).toBe(150_000);
  expect(r.get('income')).toBe(100_000);
  expect(r.get('total')).toBe(250_000);
  // "Denne gevinst hentes ikke, men kommer enhederne til gavn": 100 cases × 0,5 h × 300 kr. = 15.000 kr., apart.
  expect(r.get('unitsKr')).toBe(15_000);
  // Nothing filled in is no gain of 0 kr.: the units' rows wait to be filled in.
  const empty = evaluateModel(model, new Map(), 'da').results;
  expect([empty.get('staffKr'), empty.get('income'), empty.get('total')].map((x) => typeof x === 'number')).toEqual([
    false,
    false,
    false,
  ]);
});

test('A08 (Side 41-42): the rule of thumb as printed, for a size the source lost; inhabitants weigh 50 % of the key', () => {
  const entry = findEntry('A08');
  if (entry?.template.kind !== 'model') throw new Error('A08 has a model');
  // "en administrativ besparelse på KY på 0,75-1,25 årsværk og på KSD 0,35-0,75 årsværk" (Side 41); "lade
  // indbyggertal … vægte med 50%" (Side 42); "Samlet 1,3 3,0 4,6 4,6" (Side 42).
  expect(prefilled('A08')).toMatchObject({
    'staff.kyLow': 0.75,
    'staff.kyHigh': 1.25,
    'staff.ksdLow': 0.35,
    'staff.ksdHigh': 0.75,
    'inputs.weight': 0.5,
  });
  expect(entry.lost?.da).toMatch(/kommunestørrelse.*tabt/);
  const inputs = new Map<string, number | string>([
    ['staff.cost.value', 400_000],
    ['inputs.share.value', 0.02],
    ['inputs.other.value', 0.01],
    ['it.current.y1', 5],
  ]);
  const { cells, results } = evaluateModel(entry.template.model, inputs, 'da');
  // By hand: (0,75 + 0,35) × 400.000 = 440.000 kr.; (1,25 + 0,75) × 400.000 = 800.000 kr.
  expect(results.get('staffGainLow')).toBeCloseTo(440_000, 6);
  expect(results.get('staffGainHigh')).toBeCloseTo(800_000, 6);
  // The key: 50 % × 2 % + 50 % × 1 % = 1,5 %, so year 1 is 1,3 mio. kr. × 1,5 = 1,95 mio. kr.
  expect(cells.get('inputs.key.value')).toBeCloseTo(0.015, 12);
  expect(cells.get('it.own.y1')).toBeCloseTo(1.95, 12);
  expect(cells.get('it.gain.y1')).toBeCloseTo(5 - 1.95, 12);
});

test('A01 (Side 15): the 10/5/5/5 % profile is flagged against "stigende i indtil to år efter dannelsen"', () => {
  const entry = findEntry('A01');
  if (entry?.template.kind !== 'model') throw new Error('A01 has a model');
  // "Tabel Forventet besparelse over 3-4 år": Bruttobesparelse 10 % | 5 % | 5 % | 5 % (Side 15).
  expect(prefilled('A01')).toMatchObject({
    'profile.step.y1': 0.1,
    'profile.step.y2': 0.05,
    'profile.step.y3': 0.05,
    'profile.step.y4': 0.05,
  });
  const model = entry.template.model;
  const flag = (inputs: [string, number][]) => evaluateModel(model, new Map(inputs), 'da').results.get('risesAfter');
  expect(flag([])).toBe('Ja; kilden: "stigende i indtil to år efter dannelsen" (Side 15)');
  expect(
    flag([
      ['profile.step.y3', 0],
      ['profile.step.y4', 0],
    ]),
  ).toBe('Nej');
  expect(flag([['profile.step.y3', 0]])).toMatch(/^Ja/);
});

test('E02 (Side 123) and E03 (Side 127-129) say what the source lost: placeholders "XX"/"XXX" and the lost figures', () => {
  const e02 = findEntry('E02');
  const e03 = findEntry('E03');
  // Side 123: "Kommunens samlede økonomiske ramme … er XX. … potentialet … XXX med en tidshorisont på XXX".
  expect(e02?.lost?.da).toMatch(/"XX".*"XXX".*Side 123/);
  expect(e02?.lost?.en).toMatch(/placeholders.*page 123/);
  // Side 127: "… der anvendes til de borgere, der har det største plejebehov er XX"; the table (Side 128) lost
  // the combined course's performers, and the figure of København's cost per citizen per day lost its values.
  expect(e03?.lost?.da).toMatch(/"XX".*Side 127.*udførere.*Side 128–129/);
  expect(e03?.lost?.en).toMatch(/placeholders.*page 127.*performers/);
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
