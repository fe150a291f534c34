/**
 * The catalogue through the `gevinst` command: the listing, and the report's worked examples
 * (../shared/reference/catalogue.md §12) computed from catalogue case files. S = stated in the
 * source, D = derived there from stated rules; inputs marked "ours" are the extraction's test
 * inputs where the source lost a figure.
 */
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, written } from '../helpers/cli';

interface Listed {
  id: string;
  track: string;
  title: string;
  titleDa: string;
  titleEn: string;
  kind: string;
  template: string;
  page: string;
  guidance: string;
  lost: string | null;
  inputs: string[];
  prefilled: Record<string, number | string>;
}

async function listing(lang = 'en'): Promise<Listed[]> {
  const r = await cli(['catalogue', '--json', '--lang', lang]);
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as Listed[];
}

async function calc(entry: string, inputs: Record<string, unknown> = {}) {
  const r = await cli(['calc', 'c.json'], { 'c.json': JSON.stringify({ template: 'catalogue', entry, inputs }) });
  if (r.code !== 0) throw new Error(r.err);
  const j = JSON.parse(r.out) as {
    results: { id: string; value: number | string | null; missing: string[] }[];
    issues: { path: string }[];
  };
  const value = (id: string) => j.results.find((x) => x.id === id)?.value;
  return { ...j, value };
}

test('the listing has all 52 proposals: 47 with full text and the 5 VHP summaries, in 8 tracks', async () => {
  const all = await listing();
  expect(all).toHaveLength(52);
  expect(new Set(all.map((e) => e.id)).size).toBe(52);
  const per = (prefix: string) => all.filter((e) => e.id.startsWith(prefix)).length;
  expect([per('A'), per('B'), per('S'), per('E'), per('T'), per('X'), per('U'), per('V')]).toEqual([
    13, 6, 7, 6, 7, 2, 6, 5,
  ]);
  expect(new Set(all.map((e) => e.track)).size).toBe(8);
  for (const e of all) {
    expect(Object.keys(e)).toEqual(expect.arrayContaining(['id', 'track', 'title', 'kind', 'template', 'page']));
    expect(e.page).toMatch(/^\d+(–\d+)?$/);
    expect(e.titleDa.length).toBeGreaterThan(3);
    expect(e.titleEn.length).toBeGreaterThan(3);
    expect(['catalogue', 'benchmark']).toContain(e.template);
  }
});

test('the VHP proposals say their text is lost and carry no figures', async () => {
  const vhp = (await listing('da')).filter((e) => e.id.startsWith('V'));
  for (const e of vhp) {
    expect(e.page).toBe('13');
    expect(e.lost).toMatch(/202–231/);
    // Only the indicators' direction words; no number is prefilled.
    expect(Object.values(e.prefilled).filter((v) => typeof v === 'number')).toEqual([]);
  }
});

test("entries carry the report's own figures prefilled and name what the source lost", async () => {
  const byId = new Map((await listing()).map((e) => [e.id, e]));
  // A01's profile 10/5/5/5 % (Side 15, S) and its inconsistency with the "20 %" note.
  expect(byId.get('A01')?.prefilled).toMatchObject({
    'profile.step.y1': 0.1,
    'profile.step.y2': 0.05,
    'profile.step.y4': 0.05,
  });
  expect(byId.get('A01')?.lost).toMatch(/20 %/);
  // A07: 2762 employees, 235 kr. each, 306 kr. an hour (Side 36, S); transactions lost.
  expect(byId.get('A07')?.prefilled).toMatchObject({ 'bc1.employees': 2762, 'bc1.saving': 235, 'bc2.wage': 306 });
  expect(byId.get('A07')?.prefilled['bc2.transactions']).toBeUndefined();
  expect(byId.get('A07')?.inputs.join(' ')).toMatch(/transactions/i);
  // A11: Hjørring's 330 / 175 / 90 kr. (Side 52, S).
  expect(byId.get('A11')?.prefilled).toMatchObject({
    'moves.shop.before': 330,
    'moves.phone.before': 175,
    'moves.shop.ehandel': 90,
  });
});

test('AT-1 (A07, Side 36, S): business case 1 is 2762 × 235 = 649,070 kr. a year', async () => {
  const r = await calc('A07');
  expect(r.value('bc1Annual')).toBe(649070);
  // Business case 2 waits for the number of transactions, which the source lost.
  expect(r.value('bc2Annual')).toBeNull();
  expect(r.issues.map((i) => i.path)).toContain('inputs["bc2.transactions"]');
});

test('AT-2 (A07, Side 36, D): 10,000 transactions (ours) × 5/60 h × 306 kr. = 255,000 kr.; in t.kr. for four years', async () => {
  // The source lost the costs and the investment; with none typed (0, ours) the result is the gain alone.
  const none = [0, 0, 0, 0];
  const r = await calc('A07', {
    'bc2.transactions': 10000,
    'result1.cost': none,
    'result1.investment': none,
    'result2.cost': none,
    'result2.investment': none,
  });
  expect(r.value('bc2Annual')).toBeCloseTo(255000, 6);
  expect(r.value('result2Total')).toBeCloseTo(4 * 255, 9);
  expect(r.value('result1Total')).toBeCloseTo(4 * 649.07, 9);
  expect(r.value('result1Payback')).toBe(1);
  // Left blank, they are not 0: the totals wait for them and calc names them.
  const blank = await calc('A07', { 'bc2.transactions': 10000 });
  expect(blank.value('result1Total')).toBeNull();
});

test("AT-9 (A11, Side 51–52, S): Holbæk's five initiatives add up to 8.25 årsværk", async () => {
  expect((await calc('A11')).value('holbaekFte')).toBeCloseTo(8.25, 12);
});

test('AT-10 (A10/A11, Side 49, 52–53, D): e-handel transaction and price savings', async () => {
  const r = await calc('A11', {
    // Nordfyns' 52 % (S) and the positive estimate of 90 % (S); 10 % and 20 mio. kr. are ours.
    'price.current': 0.52,
    'price.expected': 0.9,
    'price.discount': 0.1,
    'price.volume': 20_000_000,
    // 1,000 purchases from shops and 500 by phone/mail moved (ours); Hjørring's costs prefilled.
    'moves.shop.count': 1000,
    'moves.phone.count': 500,
  });
  expect(r.value('transactionSaving')).toBe(282500);
  expect(r.value('priceSaving')).toBeCloseTo(760000, 6);
});

test('AT-13 (X02, Side 174–175, D): 10 % of 2,000,000 kr. and 25 % of 1,200 hours at 350 kr.', async () => {
  const r = await calc('X02', { 'admin.current': 2_000_000, 'operations.hours': 1200, 'operations.price': 350 });
  expect(r.value('adminReduction')).toBeCloseTo(200000, 9);
  expect(r.value('operationsPotential')).toBeCloseTo(105000, 9);
});

test('AT-18 (A01, Side 15, D): a 10 mio. kr. baseline with 10/5/5/5 % ends at a 2.5 mio. kr. saving', async () => {
  const r = await calc('A01', { 'inputs.baseline': 10_000_000 });
  expect(r.value('lastYearSaving')).toBeCloseTo(2_500_000, 6);
  expect(r.value('totalNet')).toBeCloseTo(7_000_000, 6);
});

test('AT-3 (A03, Side 25, D): 40 units (ours) × 8 hours (Slagelse) × 12 = 3,840 hours a year', async () => {
  const r = await calc('A03', { 'items.item1': [40, 8, 12], 'inputs.wage': 300 });
  expect(r.value('hours')).toBe(3840);
  expect(r.value('kr')).toBe(3840 * 300);
});

test('AT-11 (E01, Side 121, S): Aabenraa reduced help for 19 of 52 reviewed cases, 36.5 %', async () => {
  expect((await calc('E01')).value('aabenraaShare')).toBeCloseTo(19 / 52, 12);
});

test("AT-8 (T01, Side 151, S/D): Holbæk's path reaches 14.3 % of a 140 mio. kr. baseline", async () => {
  const r = await calc('T01', { 'inputs.baseline': 140 });
  expect(r.value('lastYearSaving')).toBeCloseTo(140 * 0.143, 9);
});

test('bad catalogue input: an unknown entry, a misspelt key and text for a number exit 2 by path', async () => {
  const file = (x: object) => ({ 'c.json': JSON.stringify({ template: 'catalogue', ...x }) });
  const unknown = await cli(['calc', 'c.json'], file({ entry: 'A99' }));
  expect(unknown.code).toBe(2);
  expect(unknown.err).toMatch(/^entry: expected one of .*"A07".*got "A99"/);
  const wrong = await cli(
    ['calc', 'c.json'],
    file({ entry: 'A07', inputs: { 'bc2.transaction': 1, 'bc1.employees': '2.762' } }),
  );
  expect(wrong.code).toBe(2);
  expect(wrong.err).toContain('inputs["bc2.transaction"]: expected one of');
  expect(wrong.err).toContain('inputs["bc1.employees"]: expected a number, got "2.762"');
  const count = await cli(['calc', 'c.json'], file({ entry: 'A03', inputs: { 'items.item1': [40, 8] } }));
  expect(count.err).toContain('inputs["items.item1"]: expected an array of 3 values, got 2 values');
});

test('catalogue without --json prints one line per proposal; a stray argument is refused', async () => {
  const r = await cli(['catalogue', '--lang', 'da']);
  expect(r.out.trim().split('\n')).toHaveLength(52);
  expect(r.out).toContain(
    'A07  Digitalisering af udlægshåndtering  [Administration; Resultattabel i t.kr.; side 34–38]',
  );
  const bad = await cli(['catalogue', 'x']);
  expect(bad.code).toBe(2);
  expect(bad.err).toMatch(/unexpected argument "x"/);
});

describe('the bundled examples through the installed binary', () => {
  const ROOT = join(__dirname, '../..');
  const exec = (args: string[]) =>
    spawnSync('node', [join(ROOT, 'bin/gevinst.js'), ...args], { cwd: ROOT, encoding: 'utf8' });

  test.each([
    ['examples/catalogue-a07.json', ['A07 Digitalisering af']],
    ['examples/realisation-plan.json', ['Gevinstrealisering']],
    ['examples/business-case.json', ['Business case', 'Ledelsesresumé']],
  ])('%s computes and builds its sheets', async (file, sheets) => {
    expect(exec(['calc', file]).status).toBe(0);
    const out = join(mkdtempSync(join(tmpdir(), 'gevinst-example-')), 'x.xlsx');
    const built = exec(['build', file, '-o', out]);
    expect([built.status, built.stderr]).toEqual([0, '']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(sheets);
  });

  test('the realisation example allocates each year exactly, in whole t.kr.', () => {
    const r = JSON.parse(exec(['calc', 'examples/realisation-plan.json']).stdout) as {
      total: number[];
      allocation: { values: number[] }[];
      plan: { estimatedShare: number };
    };
    r.total.forEach((t, y) => expect(r.allocation.reduce((s, a) => s + (a.values[y] ?? 0), 0)).toBe(Math.round(t)));
    // The anslået line is delayed a year: 0 + 50 + 100 + 100 booked of 325 + 3 × 649 + 250.
    expect(r.plan.estimatedShare).toBeCloseTo(250 / (325 + 649 * 3 + 250), 12);
  });
});

interface BenchmarkOut {
  title: string;
  own: string;
  stats: { median: number };
  rows: { name: string; value: number }[];
  potential: { median: number } | null;
  targets: { label: string; value: number; potential: number | null }[];
}

async function benchmarkCalc(entry: string, inputs: Record<string, unknown> = {}): Promise<BenchmarkOut> {
  const r = await cli(['calc', 'c.json'], { 'c.json': JSON.stringify({ template: 'catalogue', entry, inputs }) });
  if (r.code !== 0) throw new Error(r.err);
  return JSON.parse(r.out) as BenchmarkOut;
}

test('A12 from the entry (Side 57-58): the ten municipalities, Nyborg against Models 1-3', async () => {
  const r = await benchmarkCalc('A12');
  expect(r.title).toBe('A12 Ressourcestyring i jobcenteret');
  expect(r.rows.map((x) => x.name)).toEqual([
    'Nyborg',
    'Varde',
    'Aabenraa',
    'Nordfyns',
    'København',
    'Holbæk',
    'Slagelse',
    'Hvidovre',
    'Silkeborg',
    'Billund',
  ]);
  // "Andel i pct 2016" as printed (Side 57): 7,5 6,8 6,8 6,2 5,9 5,5 5,4 4,6 4,6 4,3, so the median of the
  // ten lies between Holbæk's 5,5 and København's 5,9 (printed, rounded: 5,7); seven rows would give 6,2.
  expect(r.stats.median).toBeGreaterThan(5.45);
  expect(r.stats.median).toBeLessThan(5.9);
  expect(r.stats.median).toBeCloseTo(5.7, 1);
  // The catalogue's worked example AT-5 (Side 57-58): Nyborg's Models 1-3 are 10,39, 13,32 and 8,13 mio. kr.
  expect(r.targets.map((t) => t.label)).toEqual([
    'Model 1: egen andel 2012',
    'Model 2: hele landet 2012',
    'Model 3: hele landet 2016',
  ]);
  expect(r.targets.map((t) => Math.round((t.potential ?? NaN) * 100) / 100)).toEqual([10.39, 13.32, 8.13]);
});

test('A12 with only the own row: Nyborg against the three models still computes them', async () => {
  const r = await cli(['calc', 'c.json'], {
    'c.json': JSON.stringify({
      template: 'benchmark',
      title: 'Nyborg',
      direction: 'lower-is-better',
      own: 'Nyborg',
      per: 100,
      rows: [{ name: 'Nyborg', numerator: 32.39, denominator: 433.3 }],
      targets: [{ label: 'Model 2', value: 4.4 }],
    }),
  });
  expect(r.code).toBe(0);
  const out = JSON.parse(r.out) as BenchmarkOut;
  expect(Math.round((out.targets[0]?.potential ?? NaN) * 100) / 100).toBe(13.32);
  const none = await cli(['calc', 'c.json'], {
    'c.json': JSON.stringify({
      template: 'benchmark',
      title: 'x',
      direction: 'lower-is-better',
      own: 'a',
      rows: [{ name: 'a', value: 1 }],
    }),
  });
  expect(none.code).toBe(2);
  expect(none.err).toContain(
    'rows: a benchmark compares: expected at least 2 rows, or the own row and at least one target',
  );
});

test("A13 from the entry with the own row's volume; E05's blank benchmark takes rows as inputs", async () => {
  // Holbæk 884 t.kr. per full-year placement against the median of the ten (Side 70: Aabenraa 537 … København 860).
  const a13 = await benchmarkCalc('A13', { 'Holbæk.volume': 120 });
  const printed = [537, 594, 583, 486, 617, 745, 775, 746, 884, 860].sort((a, b) => a - b);
  const median = ((printed[4] ?? NaN) + (printed[5] ?? NaN)) / 2;
  expect(a13.stats.median).toBe(median);
  expect(a13.potential?.median).toBeCloseTo((884 - median) * 120, 9);
  const e05 = await benchmarkCalc('E05', { own: 'Ny', 'Ny.value': 300, 'Ny.volume': 10, 'Gl.value': 280 });
  expect(e05.rows.map((x) => [x.name, x.value])).toEqual([
    ['Ny', 300],
    ['Gl', 280],
  ]);
  expect(e05.potential?.median).toBeCloseTo(10 * 10, 9);
  const bad = await cli(['calc', 'c.json'], {
    'c.json': JSON.stringify({
      template: 'catalogue',
      entry: 'E05',
      inputs: { own: 'Ny', 'Ny.numerator': 3, 'Ny.size': 1 },
    }),
  });
  expect(bad.code).toBe(2);
  expect(bad.err).toContain('inputs["Ny.size"]: expected one of "own", or "<row>.value"');
  const half = await cli(['calc', 'c.json'], {
    'c.json': JSON.stringify({ template: 'catalogue', entry: 'E05', inputs: { own: 'Ny', 'Ny.numerator': 3 } }),
  });
  expect(half.code).toBe(2);
  expect(half.err).toContain('inputs["Ny.denominator"]: required field is missing');
});

test('A12 and A13 build from the entry: the benchmark sheet with the printed rows', async () => {
  for (const [entry, first, last] of [
    ['A12', 'Nyborg', 'Billund'],
    ['A13', 'Aabenraa', 'København'],
  ] as const) {
    const r = await cli(['build', 'c.json', '-o', 'x.xlsx'], {
      'c.json': JSON.stringify({ template: 'catalogue', entry }),
    });
    expect([r.code, r.err]).toEqual([0, '']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((written['x.xlsx'] ?? Buffer.alloc(0)) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    const names: unknown[] = [];
    sheet?.getColumn(1).eachCell((c) => names.push(c.value));
    // The report's first and last municipality, ten rows apart.
    expect(names.indexOf(last) - names.indexOf(first)).toBe(9);
    expect(sheet?.getCell('A1').text).toMatch(new RegExp(`^${entry} `));
  }
});

test("the listing gives a benchmark entry's printed rows as its prefilled inputs", async () => {
  const a12 = (await listing()).find((e) => e.id === 'A12');
  expect(a12?.prefilled).toMatchObject({
    own: 'Nyborg',
    'Nyborg.numerator': 32.39,
    'Nyborg.denominator': 433.3,
    'København.value': 5.9,
  });
});
