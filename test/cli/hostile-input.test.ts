/**
 * The failures a hostile user found (issue: reliability), each through the command as a user
 * runs it: no stack trace, no exit 0 with a wrong or non-finite figure, a message that names
 * the path and states the real rule, and quoted input cut to a readable length.
 */
import { cli } from '../helpers/cli';

const benchmark = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    template: 'benchmark',
    title: 'Sagsbehandlingstid',
    unit: 'dage',
    direction: 'lower-is-better',
    own: 'Holbæk',
    rows: [
      { name: 'Holbæk', value: 30 },
      { name: 'Nyborg', value: 24 },
    ],
    ...over,
  });

const businessCase = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    template: 'business-case',
    title: 'Udlæg',
    discount: 0.04,
    lines: [
      { section: 'gain', label: 'Sparet tid', values: [0, 300, 300] },
      { section: 'investment', label: 'System', values: [400, 0, 0] },
    ],
    ...over,
  });

async function allThree(text: string) {
  const files = { 'c.json': text };
  return {
    calc: await cli(['calc', 'c.json'], files),
    check: await cli(['check', 'c.json'], files),
    build: await cli(['build', 'c.json', '-o', '/tmp/gevinst-hostile.xlsx'], files),
  };
}

describe('one rule for calc, check and build', () => {
  test.each([
    ['title', 'T'.repeat(121), 'title: expected text of at most 120 characters'],
    ['unit', 'u'.repeat(41), 'unit: expected text of at most 40 characters'],
    ['own', 'O'.repeat(81), 'own: expected text of at most 80 characters'],
  ])('a benchmark %s over the sheet limit is refused by all three, by path', async (field, value, message) => {
    const rows =
      field === 'own'
        ? {
            rows: [
              { name: value, value: 1 },
              { name: 'B', value: 2 },
            ],
          }
        : {};
    const r = await allThree(benchmark({ [field]: value, ...rows }));
    for (const run of [r.calc, r.check, r.build]) {
      expect(run.code).toBe(2);
      expect(run.out + run.err).toContain(message);
      expect(run.out + run.err).not.toMatch(/ZodError|\n\s+at /);
    }
  });

  test('at the limits, all three accept the benchmark and build writes it', async () => {
    const r = await allThree(
      benchmark({
        title: 'T'.repeat(120),
        unit: 'u'.repeat(40),
        own: 'O'.repeat(80),
        rows: [
          { name: 'O'.repeat(80), value: 1 },
          { name: 'B', value: 2 },
        ],
      }),
    );
    expect([r.calc.code, r.check.code, r.build.code]).toEqual([0, 0, 0]);
  });

  test('a business-case unit of 23 characters is built; one of 41 is refused with the real rule', async () => {
    const ok = await allThree(businessCase({ unit: '1.000 kr. i 2026-priser' }));
    expect([ok.calc.code, ok.check.code, ok.build.code]).toEqual([0, 0, 0]);
    const long = await allThree(businessCase({ unit: 'x'.repeat(41) }));
    for (const run of [long.calc, long.check, long.build]) {
      expect(run.out + run.err).toContain('unit: expected text of at most 40 characters');
      expect(run.out + run.err).not.toContain('non-empty');
    }
  });

  test('a horizon over the sheet’s 50 years is refused by calc too, not only by build', async () => {
    const values = Array.from({ length: 51 }, () => 1);
    const r = await cli(['calc', 'c.json'], {
      'c.json': businessCase({ lines: [{ section: 'gain', label: 'g', values }] }),
    });
    expect(r.code).toBe(2);
    expect(r.err).toContain('lines[0].values: expected at most 50 item(s), got 51');
  });
});

describe('no figure beyond a sane magnitude', () => {
  test('1e200 × 1e200 in a time-savings item is refused by path, not printed as null', async () => {
    const text = JSON.stringify({
      template: 'time-savings',
      title: 'T',
      items: [{ label: 'x', savingPerUnit: 1e200, units: 1e200 }],
    });
    const r = await cli(['calc', 'c.json'], { 'c.json': text });
    expect(r.code).toBe(2);
    expect(r.err).toContain('items[0].savingPerUnit: expected a number <= 1000000000000000, got 1e+200');
    expect(r.out).toBe('');
  });

  test('two gain lines of 1e308 are refused by path', async () => {
    const r = await cli(['calc', 'c.json'], {
      'c.json': businessCase({
        lines: [
          { section: 'gain', label: 'a', values: [1e308] },
          { section: 'gain', label: 'b', values: [1e308] },
        ],
      }),
    });
    expect(r.code).toBe(2);
    expect(r.err).toContain('lines[0].values[0]: expected a number <= 1000000000000000');
  });

  test('a denominator of 5e-324 is refused by path, not turned into null statistics', async () => {
    const rows = [
      { name: 'Holbæk', numerator: 1, denominator: 5e-324 },
      { name: 'Nyborg', value: 24 },
    ];
    const r = await cli(['calc', 'c.json'], { 'c.json': benchmark({ rows }) });
    expect(r.code).toBe(2);
    expect(r.err).toContain('rows[0].denominator: expected a number >= 1e-9, got 5e-324');
  });

  test('a catalogue input beyond the magnitude is refused by path', async () => {
    const text = JSON.stringify({ template: 'catalogue', entry: 'A03', inputs: { 'inputs.wage': 1e300 } });
    const r = await cli(['calc', 'c.json'], { 'c.json': text });
    expect(r.code).toBe(2);
    expect(r.err).toContain('inputs["inputs.wage"]: expected a number between -1000000000000000 and 1000000000000000');
  });
});

describe('what the reader takes', () => {
  test('nesting 3,000 levels deep, even in an unknown field, is refused with a message, not a stack overflow', async () => {
    const deep = '['.repeat(3000) + ']'.repeat(3000);
    const text = businessCase().replace(/}$/, `,"notes":${deep}}`);
    const r = await cli(['check', 'c.json'], { 'c.json': text });
    expect(r.code).toBe(2);
    expect(r.out + r.err).toContain('nested more than 64 levels');
  });

  test('a Windows-1252 file is refused at the line and column of its first non-UTF-8 byte', async () => {
    const text = businessCase({ title: 'Holbæk' }).replace('{', '{\n');
    const bytes = Buffer.from(text, 'latin1');
    const r = await cli(['build', 'c.json', '-o', '/tmp/x.xlsx'], { 'c.json': bytes });
    expect(r.code).toBe(2);
    const column = text.split('\n')[1]!.indexOf('æ') + 1;
    expect(r.err).toContain(`c.json: the file is not UTF-8 text at line 2, column ${column} (byte 0xE6`);
  });

  test('the same file in UTF-8 is read, with a byte-order mark too', async () => {
    const text = businessCase({ title: 'Holbæk' });
    const r = await cli(['calc', 'c.json'], { 'c.json': Buffer.from('\ufeff' + text, 'utf8') });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toHaveProperty('npv');
  });

  test('a refusal quotes at most a readable part of a 1 MB text', async () => {
    const huge = 'x'.repeat(1_000_000);
    const r = await cli(['check', 'c.json'], { 'c.json': businessCase({ discount: huge }) });
    expect(r.code).toBe(2);
    expect(r.out.length).toBeLessThan(400);
    expect(r.out).toContain('(1000000 characters)');
  });
});

describe('numerics that were silently wrong', () => {
  test('rounding 1e12 on a total of 1,000 is refused instead of allocating [0, 0]', async () => {
    const text = JSON.stringify({
      template: 'realisation',
      title: 'R',
      total: [1000],
      keys: [
        { unit: 'A', weight: 0.5 },
        { unit: 'B', weight: 0.5 },
      ],
      rounding: 1e12,
    });
    const r = await cli(['calc', 'c.json'], { 'c.json': text });
    expect(r.code).toBe(2);
    expect(r.err).toContain('total[0]: expected a whole multiple of the rounding 1000000000000');
    expect(r.err).toContain('rounding: expected a rounding no larger than the largest amount (1000)');
  });

  test('a catalogue figure that divides by 0 is null with a warning, never the string "#DIV/0!"', async () => {
    const text = JSON.stringify({
      template: 'catalogue',
      entry: 'A03',
      inputs: { 'inputs.hoursPerFte': 0, 'items.item1.units': 3, 'inputs.wage': 300 },
    });
    const r = await cli(['calc', 'c.json'], { 'c.json': text });
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('#DIV/0!"');
    const j = JSON.parse(r.out) as {
      results: { id: string; value: unknown }[];
      issues: { path: string; message: string }[];
    };
    expect(j.results.find((x) => x.id === 'fte')?.value).toBeNull();
    expect(j.results.find((x) => x.id === 'hours')?.value).toBe(180);
    expect(j.issues).toContainEqual(
      expect.objectContaining({ path: 'results.fte', message: expect.stringContaining('#DIV/0! (a division by zero') }),
    );
  });
});
