/**
 * A benchmark case as `gevinst calc` reports it: the sheet `gevinst build` writes for the case is
 * planned, and every figure is read from its formulas by the sheet language's one evaluator: the
 * statistics, each row's key figure, rank and gaps, the own row's potentials, each target's gap
 * and potential, and the internal benchmark's totals. There is no second implementation of the
 * gap or the potential in TypeScript, so the sheet and calc cannot disagree.
 */
import type { BenchmarkResult, BenchmarkStats } from '../engine/benchmark';
import type { BenchmarkFile } from '../engine/benchmark-schema';
import type { Scalar } from '../engine/formula/value';
import { issue, type Issue } from '../engine/issue';
import { rowsOf, scalarOf, type Figure } from './define';
import { BENCHMARK_SHEET, type BenchmarkSheet } from './benchmark-plan';
import { planBook } from './plan-book';

/** A figure that must be a number; anything else would be a bug, and shows as NaN (never 0). */
const num = (x: Scalar | undefined): number => (typeof x === 'number' ? x : Number.NaN);
/** A figure the sheet shows as text where there is none ("–", "fill in the volume"): null. */
const orNull = (x: Scalar | undefined): number | null => (typeof x === 'number' ? x : null);

/** The sheet's parameters for a case: its settings, rows and targets. */
export function benchmarkSheetOf(c: BenchmarkFile, language: 'da' | 'en'): BenchmarkSheet {
  return {
    language,
    title: c.title,
    unit: c.unit,
    direction: c.direction,
    own: c.own,
    per: c.per,
    rows: c.rows.length,
    targets: c.targets.length,
    content: { rows: c.rows, targets: c.targets },
  };
}

/** The own row's potentials need its volume (given, or its denominator): a warning where it has none. */
function volumeIssues(c: BenchmarkFile): Issue[] {
  const i = c.rows.findIndex((r) => r.name === c.own);
  const row = c.rows[i];
  if (!row || row.volume !== undefined || 'denominator' in row) return [];
  return [issue('no_volume', ['rows', i, 'volume'], { name: c.own }, 'warning')];
}

function statsOf(f: ReadonlyMap<string, Figure>): BenchmarkStats {
  const at = (id: string): number => num(scalarOf(f.get(id)));
  return {
    mean: at('mean'),
    weightedMean: orNull(scalarOf(f.get('weightedMean'))),
    median: at('median'),
    q1: at('q1'),
    q3: at('q3'),
    min: at('min'),
    max: at('max'),
  };
}

export function benchmarkFromSheet(c: BenchmarkFile): BenchmarkResult {
  const params = benchmarkSheetOf(c, 'en');
  const plan = BENCHMARK_SHEET.plan(params);
  const f = BENCHMARK_SHEET.figures(params, planBook([plan]), plan.sheetName);
  const stats = statsOf(f);
  const rows = rowsOf(f.get('rows')).map((r, i) => ({
    name: c.rows[i]?.name ?? '',
    value: num(r[0]),
    rank: num(r[1]),
    gapToMean: num(r[2]),
    gapToMedian: num(r[3]),
    gapToBestQuartile: num(r[4]),
    gapToBest: num(r[5]),
  }));
  const at = (id: string): number | null => orNull(scalarOf(f.get(id)));
  const [mean, median, bestQuartile, best] = [
    at('potential.mean'),
    at('potential.median'),
    at('potential.bestQuartile'),
    at('potential.best'),
  ];
  // The sheet shows why there is no potential ("fill in the volume"): none, not 0.
  const potential =
    mean === null || median === null || bestQuartile === null || best === null
      ? null
      : { mean, median, bestQuartile, best };
  const targetFigures = rowsOf(f.get('targets'));
  const targets = c.targets.map((t, i) => ({
    label: t.label,
    value: t.value,
    gap: num(targetFigures[i]?.[1]),
    potential: orNull(targetFigures[i]?.[0]),
  }));
  const total = (k: string): number => num(scalarOf(f.get(`total.${k}`)));
  return {
    template: 'benchmark',
    title: c.title,
    unit: c.unit,
    direction: c.direction,
    own: c.own,
    stats,
    rows,
    potential,
    targets,
    totalPotential: {
      mean: total('mean'),
      weightedMean: stats.weightedMean === null ? null : total('weightedMean'),
      median: total('median'),
      bestQuartile: total('bestQuartile'),
      best: total('best'),
    },
    issues: volumeIssues(c),
  };
}
