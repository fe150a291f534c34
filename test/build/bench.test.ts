/**
 * `npm run bench` still runs and measures what it names (it broke once when a module it loads
 * moved). Figures are not asserted here: speed targets belong to the bench, not to tests. The
 * bench loads the compiled CLI, which `npm test` builds before jest.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

test('the bench runs every measurement and prints a figure for each', () => {
  if (!existsSync(join(ROOT, 'dist/cli/engine/calculate.js'))) throw new Error('run npm run build:cli first');
  const out = execFileSync(process.execPath, [join(ROOT, 'scripts/bench.js')], {
    env: { ...process.env, BENCH_MS: '20' },
    encoding: 'utf8',
  });
  const figure = String.raw`[\d,]+(\.\d+)?`;
  for (const line of [
    `10 years, 20 lines, 3.5 %: ${figure} cases/s computed; ${figure} cases/s parsed`,
    `50 years, 9 lines, fm-2013 bands: ${figure} cases/s computed`,
    `catalogue: all \\d+ entry models evaluated ${figure} times/s`,
    `benchmark, 500 rows and 2 targets: ${figure} benchmarks/s`,
    `realisation plan, 20 gains × 10 years × 30 units: ${figure} plans/s`,
    `what-if analyses, 10 years × 300 lines: ${figure} ms a case`,
  ])
    expect(out).toMatch(new RegExp(line));
});
