/**
 * A benchmark overview of a whole table the user already has (say 98 municipalities × 20 key
 * figures × 10 years = 200 columns): one column per key figure, one row per statistic, each a
 * live formula on the user's own cells (their sheet is read, never written). The own row's
 * value, rank and gaps come with the statistics; gaps are indications, not savings.
 */
import { fitSheetName } from './sheet-name';
import { BENCHMARK_WORDS as W } from '../templates/benchmark';
import { a1Range, qualified } from './address';
import { Grid } from './grid';
import type { SheetPlan } from './plan';

export interface OverviewInput {
  readonly language: 'da' | 'en';
  readonly sheetName: string;
  /** The user's table: top-left (0-based) and size, headers in its first row. */
  readonly table: { readonly row: number; readonly col: number; readonly rows: number; readonly cols: number };
  readonly headers: readonly string[];
  readonly nameColumn: number;
  readonly own: string;
  readonly direction: 'lower-is-better' | 'higher-is-better';
}

const NUMBER = '#,##0.00';

export const OVERVIEW_STATS = [
  'mean',
  'median',
  'q1',
  'q3',
  'min',
  'max',
  'ownValue',
  'ownRank',
  'ownGapMean',
  'ownGapQuartile',
] as const;

export function planBenchmarkOverview(o: OverviewInput): SheetPlan {
  const L = o.language;
  const g = new Grid();
  const lower = o.direction === 'lower-is-better';
  const first = o.table.row + 1;
  const count = o.table.rows - 1;
  const ref = (c: number): string => qualified(o.sheetName, a1Range(first, o.table.col + c, count, 1, true));
  const names = ref(o.nameColumn);
  g.text(0, 0, `${W.statistics[L]}: ${o.sheetName}`, 'title');
  g.text(1, 0, W.caution[L], 'note');
  g.text(2, 0, `${W.own[L]}: ${o.own} · ${lower ? W.lower[L] : W.higher[L]}`, 'subtitle');
  const labels: Record<(typeof OVERVIEW_STATS)[number], string> = {
    mean: W.mean[L],
    median: W.median[L],
    q1: W.q1[L],
    q3: W.q3[L],
    min: W.min[L],
    max: W.max[L],
    ownValue: `${o.own}`,
    ownRank: W.rank[L],
    ownGapMean: W.gapMean[L],
    ownGapQuartile: W.gapQuartile[L],
  };
  const header = 4;
  g.text(header, 0, W.value[L], 'header');
  OVERVIEW_STATS.forEach((s, i) => g.text(header + 1 + i, 0, labels[s], 'label'));
  const ownText = `"${o.own.replace(/"/g, '""')}"`;
  let c = 1;
  o.headers.forEach((h, j) => {
    if (j === o.nameColumn) return;
    const v = ref(j);
    const own = `INDEX(${v},MATCH(${ownText},${names},0))`;
    const bestQuartile = `QUARTILE.INC(${v},${lower ? 1 : 3})`;
    const gap = (target: string): string => (lower ? `${own}-${target}` : `${target}-${own}`);
    const formulas: Record<(typeof OVERVIEW_STATS)[number], string> = {
      mean: `=AVERAGE(${v})`,
      median: `=MEDIAN(${v})`,
      q1: `=QUARTILE.INC(${v},1)`,
      q3: `=QUARTILE.INC(${v},3)`,
      min: `=MIN(${v})`,
      max: `=MAX(${v})`,
      ownValue: `=IFERROR(${own},"")`,
      ownRank: `=IFERROR(RANK.EQ(${own},${v},${lower ? 1 : 0}),"")`,
      ownGapMean: `=IFERROR(${gap(`AVERAGE(${v})`)},"")`,
      ownGapQuartile: `=IFERROR(${gap(bestQuartile)},"")`,
    };
    g.text(header, c, h, 'header');
    OVERVIEW_STATS.forEach((s, i) =>
      g.formula(header + 1 + i, c, formulas[s], s === 'ownRank' ? 'formula' : 'key', s === 'ownRank' ? '0' : NUMBER),
    );
    c++;
  });
  return g.toPlan(
    fitSheetName(`${W.statistics[L]} ${o.sheetName}`),
    [30, 14],
    { rows: header + 1, cols: 1 },
    {
      templateId: 'benchmark-overview',
      templateVersion: 1,
      language: L,
      layout: { header, columns: c - 1 },
    },
  );
}
