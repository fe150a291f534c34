/**
 * The benchmark template built by `gevinst build`, recalculated by LibreOffice: every named
 * statistic and potential, and each row's key figure, rank and gaps, equal what gevinst calc reports.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildXlsx } from '../../src/cli/build';
import { plansForCase } from '../../src/sheet/registry';
import type { BenchmarkResult } from '../../src/engine/benchmark';
import { benchmarkFromSheet } from '../../src/sheet/benchmark-figures';
import { parseCase } from '../../src/engine/case-file';
import { a1 } from '../../src/sheet/address';
import { BENCHMARK_NAMES, RANKING_COL, TOTAL_NAMES } from '../../src/sheet/benchmark-plan';
import { recalculate } from '../helpers/libreoffice';
import { requireTool } from '../helpers/system';
import { expectMoney } from '../helpers/tolerance';

const CASES = join(__dirname, '../fixtures/goldens/cases');
const available = requireTool('soffice', 'LibreOffice recalculates the benchmark workbooks');
const built: {
  file: string;
  engine: BenchmarkResult;
  sheet: ExcelJS.Worksheet;
  names: Map<string, string>;
  firstRow: number;
  targetRow: number;
}[] = [];

beforeAll(async () => {
  if (!available) return;
  const dir = mkdtempSync(join(tmpdir(), 'gevinst-benchmark-'));
  const jobs: { file: string; engine: BenchmarkResult; firstRow: number; targetRow: number }[] = [];
  const paths: string[] = [];
  for (const file of readdirSync(CASES).filter((f) => f.endsWith('.json'))) {
    const parsed = parseCase(readFileSync(join(CASES, file), 'utf8'));
    if (!parsed.ok || parsed.value.template !== 'benchmark') continue;
    const lang = jobs.length % 2 === 0 ? 'da' : 'en';
    const bytes = await buildXlsx(parsed.value, lang);
    const plans = plansForCase(parsed.value, lang);
    const plan = plans.ok ? plans.value[0] : undefined;
    if (!bytes.ok || !plan) throw new Error(`${file} did not build`);
    const path = join(dir, file.replace('.json', '.xlsx'));
    writeFileSync(path, bytes.value);
    paths.push(path);
    jobs.push({
      file,
      engine: benchmarkFromSheet(parsed.value),
      firstRow: plan.metadata.layout['firstRow'] ?? 0,
      targetRow: plan.metadata.layout['targets'] ?? 0,
    });
  }
  const out = recalculate(paths);
  for (const [i, job] of jobs.entries()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out[i] ?? '');
    const sheet = wb.worksheets[0];
    if (!sheet) throw new Error(job.file);
    const names = new Map(
      (wb.definedNames.model as { name: string; ranges: string[] }[]).map((n) => [
        n.name,
        n.ranges[0]?.split('!')[1] ?? '',
      ]),
    );
    built.push({ ...job, sheet, names });
  }
}, 300_000);

function computed(sheet: ExcelJS.Worksheet, address: string): unknown {
  const cell = sheet.getCell(address.replace(/\$/g, ''));
  return cell.formula ? cell.result : cell.value;
}

const maybe = available ? test : test.skip;

maybe('all five benchmark goldens were built and recalculated', () => {
  expect(built.map((b) => b.file).sort()).toEqual([
    'e05-btp-higher-is-better.json',
    'kl-a12-admin-share.json',
    'kl-a12-intensity-per-1000.json',
    'kl-a13-net-cost-per-placement.json',
    'weighted-mean-per-1000.json',
  ]);
});

maybe('named statistics and potentials equal what gevinst calc reports', () => {
  for (const b of built) {
    const named = (name: string): unknown => computed(b.sheet, b.names.get(name) ?? 'ZZ1');
    for (const key of ['mean', 'median', 'q1', 'q3', 'min', 'max'] as const) {
      expectMoney(named(BENCHMARK_NAMES[key]) as number, b.engine.stats[key], `${b.file} ${key}`);
    }
    const weighted = named(BENCHMARK_NAMES.weightedMean);
    if (b.engine.stats.weightedMean === null) expect(weighted).toBe('–');
    else expectMoney(weighted as number, b.engine.stats.weightedMean, `${b.file} weighted`);
    const p = b.engine.potential;
    if (p) {
      expectMoney(named(BENCHMARK_NAMES.potentialMean) as number, p.mean, `${b.file} potential mean`);
      expectMoney(named(BENCHMARK_NAMES.potentialMedian) as number, p.median, `${b.file} potential median`);
      expectMoney(
        named(BENCHMARK_NAMES.potentialBestQuartile) as number,
        p.bestQuartile,
        `${b.file} potential quartile`,
      );
      expectMoney(named(BENCHMARK_NAMES.potentialBest) as number, p.best, `${b.file} potential best`);
    }
  }
});

maybe("each row's key figure, rank and gaps equal what gevinst calc reports", () => {
  for (const b of built) {
    b.engine.rows.forEach((r, i) => {
      const at = (c: number): unknown => computed(b.sheet, a1(b.firstRow + i, c));
      expectMoney(at(5) as number, r.value, `${b.file} ${r.name} value`);
      expect([b.file, r.name, at(6)]).toEqual([b.file, r.name, r.rank]);
      expectMoney(at(7) as number, r.gapToMean, `${b.file} ${r.name} gap mean`);
      expectMoney(at(8) as number, r.gapToMedian, `${b.file} ${r.name} gap median`);
      expectMoney(at(9) as number, r.gapToBestQuartile, `${b.file} ${r.name} gap quartile`);
      expectMoney(at(10) as number, r.gapToBest, `${b.file} ${r.name} gap best`);
    });
  }
});

maybe("each target's potential equals what gevinst calc reports", () => {
  const checked = built.flatMap((b) =>
    b.engine.targets.map((t, i) => {
      expectMoney(computed(b.sheet, a1(b.targetRow + i, 2)) as number, t.potential ?? NaN, `${b.file} ${t.label}`);
      return t.label;
    }),
  );
  expect(checked.length).toBe(5);
});

maybe('the ranking block sorts best first and singles out the own row, as the chart shows it', () => {
  for (const b of built) {
    const lower = b.engine.direction === 'lower-is-better';
    const sorted = [...b.engine.rows].sort((x, y) => (lower ? x.value - y.value : y.value - x.value));
    sorted.forEach((r, i) => {
      const at = (c: number): unknown => computed(b.sheet, a1(b.firstRow + i, RANKING_COL + c));
      expectMoney(at(3) as number, r.value, `${b.file} sorted ${i}`);
      const own = at(2) === b.engine.own;
      expect([b.file, i, own ? at(5) : at(4)]).toEqual([b.file, i, at(3)]);
      expectMoney(at(6) as number, b.engine.stats.mean, `${b.file} mean line`);
    });
    const ownShown = sorted.findIndex((r) => r.name === b.engine.own);
    expect(computed(b.sheet, a1(b.firstRow + ownShown, RANKING_COL + 2))).toBe(b.engine.own);
  }
});

maybe('the total potentials of an internal benchmark equal what gevinst calc reports', () => {
  for (const b of built) {
    const t = b.engine.totalPotential;
    const named = (name: string): unknown => computed(b.sheet, b.names.get(name) ?? 'ZZ1');
    expectMoney(named(TOTAL_NAMES.mean) as number, t.mean, `${b.file} total mean`);
    expectMoney(named(TOTAL_NAMES.median) as number, t.median, `${b.file} total median`);
    expectMoney(named(TOTAL_NAMES.bestQuartile) as number, t.bestQuartile, `${b.file} total quartile`);
    expectMoney(named(TOTAL_NAMES.best) as number, t.best, `${b.file} total best`);
    expectMoney(named(TOTAL_NAMES.weightedMean) as number, t.weightedMean ?? 0, `${b.file} total weighted`);
  }
});
