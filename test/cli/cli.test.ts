/** The `gevinst` command, in process and as the installed binary. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cli, written } from '../helpers/cli';

const ROOT = join(__dirname, '../..');

const CASE = JSON.stringify({
  template: 'business-case',
  title: 'Udlæg',
  firstYear: 2026,
  discount: 0.04,
  lines: [
    { section: 'gain', label: 'Sparet tid', values: [0, 300, 300] },
    { section: 'gain', label: 'Tilskud', gainType: 'income', values: [50, 0, 0] },
    { section: 'investment', label: 'System', values: [400, 0, 0] },
  ],
});

test('calc prints one JSON object with the documented fields and exits 0', async () => {
  const r = await cli(['calc', 'c.json'], { 'c.json': CASE });
  expect(r.code).toBe(0);
  expect(r.err).toBe('');
  const j = JSON.parse(r.out) as Record<string, unknown>;
  for (const key of [
    'npv',
    'irr',
    'irrRoots',
    'paybackYear',
    'paybackYears',
    'discountedPaybackYear',
    'annualResult',
    'result',
    'cumulative',
    'discountFactors',
    'issues',
  ]) {
    expect(j).toHaveProperty(key);
  }
  expect(j['result']).toEqual([-350, 300, 300]);
  expect(j['paybackYear']).toBe(3);
  expect(j['paybackCalendarYear']).toBe(2028);
  expect(j['gainsByType']).toEqual({ budget: [0, 300, 300], 'non-budget': [0, 0, 0], income: [50, 0, 0] });
  expect(j['npv']).toBeCloseTo(-350 + 300 / 1.04 + 300 / 1.04 ** 2, 9);
});

test('an invalid case prints each problem with its path on stderr and exits 2', async () => {
  const bad = CASE.replace('[0,300,300]', '[0,"12,5",300]').replace('"discount":0.04', '"discount":"fm-2099"');
  const r = await cli(['calc', 'c.json'], { 'c.json': bad });
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.err.trim().split('\n')).toEqual([
    'discount: expected a discount rate such as 0.035 or one of the presets "fm-2013", "fm-2021", got "fm-2099"',
    'lines[0].values[1]: expected a number, got "12,5"',
  ]);
});

test('check reports warnings without failing, and problems in Danish on request', async () => {
  const twoRoots = JSON.stringify({
    template: 'business-case',
    title: 'x',
    lines: [
      { section: 'gain', label: 'g', values: [0, 230, 0] },
      { section: 'investment', label: 'i', values: [100, 0, 132] },
    ],
  });
  const ok = await cli(['check', 'c.json'], { 'c.json': twoRoots });
  expect(ok.code).toBe(0);
  expect(ok.out).toMatch(/^result: warning: the results change sign more than once .*\(10\.00 %, 20\.00 %\)/);
  expect(ok.out).toMatch(/c\.json: valid/);
  const bad = await cli(['check', 'c.json', '--lang', 'da'], {
    'c.json': '{"template":"time-savings","title":"t","items":[]}',
  });
  expect(bad.code).toBe(2);
  expect(bad.out.trim()).toBe('items: forventede mindst 1 element(er), fik 0');
  const json = await cli(['check', 'c.json', '--json'], { 'c.json': '{"template":"x"}' });
  expect(JSON.parse(json.out)).toEqual({
    ok: false,
    issues: [
      {
        code: 'unknown_template',
        severity: 'error',
        path: 'template',
        message:
          'unknown template "x"; expected one of "business-case", "time-savings", "benchmark", "realisation", "catalogue", "refund-loss", "release-list"',
      },
    ],
  });
});

test('usage errors and unreadable files are explained, exit 2, no stack trace', async () => {
  expect((await cli([])).code).toBe(2);
  expect((await cli(['frobnicate'])).err).toMatch(/^unknown command "frobnicate"/);
  expect((await cli(['calc'])).err).toMatch(/^gevinst calc: missing the case file/);
  expect((await cli(['calc', 'x.json', '--fast'])).err).toMatch(/unknown option --fast/);
  const missing = await cli(['calc', 'nope.json']);
  expect(missing).toEqual({ code: 2, out: '', err: 'nope.json: cannot read the case file (no such file)\n' });
});

test('help documents both formats with examples', async () => {
  expect((await cli(['--help'])).out).toMatch(/gevinst calc <case.json>/);
  const calc = await cli(['calc', '--help']);
  expect(calc.code).toBe(0);
  expect(calc.out).toMatch(/"template": "business-case"/);
  expect(calc.out).toMatch(/"template": "time-savings"/);
  expect((await cli(['check', '--help'])).out).toMatch(/--json/);
});

describe('the installed binary (npx gevinst, built by npm ci through prepare)', () => {
  const exec = (args: string[], input?: string) =>
    spawnSync('node', [join(ROOT, 'bin/gevinst.js'), ...args], { cwd: ROOT, encoding: 'utf8', input });

  test('calc on the bundled example exits 0 with JSON', async () => {
    const r = exec(['calc', 'examples/business-case.json']);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { paybackYear: number }).paybackYear).toBe(2);
  });

  test('bad input from standard input exits 2 with a path, no stack trace', async () => {
    const r = exec(
      ['calc', '-'],
      '{"template":"business-case","title":"x","lines":[{"section":"gain","label":"a","values":[1,NaN]}]}',
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('lines[0].values[1]: expected a finite number, got NaN\n');
  });
});

test('calc adds the requested what-if analyses', async () => {
  const withAnalyses = JSON.stringify({
    ...(JSON.parse(CASE) as object),
    scenarios: [{ name: 'Pessimistisk', gainFactor: 0.8, costFactor: 1.1, investmentFactor: 1.2 }],
    sensitivity: { step: 0.1 },
    grid: { rates: [0.04], gainFactors: [1] },
    breakEven: { paybackWithin: 2 },
  });
  const r = await cli(['calc', 'c.json'], { 'c.json': withAnalyses });
  expect(r.code).toBe(0);
  const j = JSON.parse(r.out) as Record<string, unknown> & { npv: number };
  // Gains 0.8 × [50, 300, 300], investment 1.2 × 400: results -440, 240, 240; cumulative 40 in År 3.
  expect(j['scenarios']).toEqual([
    expect.objectContaining({ name: 'Pessimistisk', paybackYear: 3, netResult: 40, totalGains: 520 }),
  ]);
  expect((j['sensitivity'] as { driver: string }[]).map((s) => s.driver)).toEqual([
    'Sparet tid',
    'System',
    'Tilskud',
    'discount',
  ]);
  expect((j['grid'] as { npv: number[][] }).npv[0]?.[0]).toBeCloseTo(j.npv, 9);
  expect(j['breakEven']).toEqual({
    gainFactor: expect.any(Number),
    paybackWithin: 2,
    gainFactorForPayback: expect.any(Number),
  });
});

test('build writes a time-savings case as its sheet', async () => {
  const text = readFileSync(join(__dirname, '../fixtures/goldens/cases/kl-a07-expenses.json'), 'utf8');
  const r = await cli(['build', 'c.json', '-o', 'ts.xlsx'], { 'c.json': text });
  expect([r.code, r.err]).toEqual([0, '']);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((written['ts.xlsx'] ?? Buffer.alloc(0)) as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Tidsbesparelse']);
});
