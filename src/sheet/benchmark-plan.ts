/**
 * The benchmark as a definition, every statistic and gap a native formula with Excel's
 * definitions (AVERAGE, MEDIAN, QUARTILE.INC, RANK.EQ); `gevinst calc` reads them through the one
 * evaluator (benchmark-figures.ts). A row's key figure is its given value, else numerator ÷
 * denominator × per; the own row is chosen by name and its potentials are
 * max(0, gap) × volume ÷ per (volume: given, else the denominator).
 */
import { z } from 'zod';
import { benchmarkRowSchema, type BenchmarkRow } from '../engine/benchmark-schema';
import { BENCHMARK, BENCHMARK_WORDS as W, benchmarkParameters, type BenchmarkParameters } from '../templates/benchmark';
import { a1, a1Range } from './address';
import { defineTemplate, type Block, type BlockContext, type ResultDefinition } from './define';
import type { Grid } from './grid';
import type { PlannedChart, SheetPlan } from './plan';

export interface BenchmarkContent {
  readonly rows: readonly BenchmarkRow[];
  readonly targets: readonly { readonly label: string; readonly value: number }[];
}

export const BENCHMARK_NAMES = {
  mean: 'Gevinst_Mean',
  weightedMean: 'Gevinst_WeightedMean',
  median: 'Gevinst_Median',
  q1: 'Gevinst_Q1',
  q3: 'Gevinst_Q3',
  min: 'Gevinst_Min',
  max: 'Gevinst_Max',
  potentialMean: 'Gevinst_PotentialMean',
  potentialMedian: 'Gevinst_PotentialMedian',
  potentialBestQuartile: 'Gevinst_PotentialBestQuartile',
  potentialBest: 'Gevinst_PotentialBest',
} as const;

const COL = {
  name: 0,
  numerator: 1,
  denominator: 2,
  given: 3,
  volume: 4,
  value: 5,
  rank: 6,
  gapMean: 7,
  gapMedian: 8,
  gapQuartile: 9,
  gapBest: 10,
};
const NUMBER = '#,##0.00';

/** The ranking block starts in column M; its chart sits beside the statistics. */
export const RANKING_COL = 12;
/** The rows' contributions to the total potentials, after the ranking block. */
export const TOTALS_COL = RANKING_COL + 8;

export const TOTAL_NAMES = {
  mean: 'Gevinst_TotalPotentialMean',
  weightedMean: 'Gevinst_TotalPotentialWeightedMean',
  median: 'Gevinst_TotalPotentialMedian',
  bestQuartile: 'Gevinst_TotalPotentialBestQuartile',
  best: 'Gevinst_TotalPotentialBest',
} as const;

/** The parameters of the insert form, with the rows and targets a case file or a user's table fills in. */
export const benchmarkSheetSchema = benchmarkParameters.extend({
  content: z
    .strictObject({
      rows: z.array(benchmarkRowSchema).readonly(),
      targets: z.array(z.strictObject({ label: z.string(), value: z.number() })).readonly(),
    })
    .optional(),
});
export type BenchmarkSheet = z.output<typeof benchmarkSheetSchema>;

const A = { title: 4, unit: 5, direction: 6, own: 7, per: 8, template: 9 } as const;
const HEADER = 12;
const ref = (r: number): string => a1(r, 1, true);
const PER = ref(A.per);

export interface BenchmarkLayout {
  readonly rows: number;
  readonly first: number;
  readonly statistics: number;
  readonly S: Readonly<Record<'mean' | 'weightedMean' | 'median' | 'q1' | 'q3' | 'min' | 'max', number>>;
  readonly potentials: number;
  /** The targets' section heading; the targets start two rows below. */
  readonly targets: number;
  readonly targetCount: number;
  readonly totalsRow: number;
}

function benchmarkLayout(p: BenchmarkSheet): BenchmarkLayout {
  const rows = p.content ? p.content.rows.length : p.rows;
  const first = HEADER + 1;
  const stats = first + rows + 1;
  const S = {
    mean: stats + 1,
    weightedMean: stats + 2,
    median: stats + 3,
    q1: stats + 4,
    q3: stats + 5,
    min: stats + 6,
    max: stats + 7,
  };
  const potentials = S.max + 2;
  const targets = potentials + 7;
  const targetCount = p.content ? p.content.targets.length : p.targets;
  return {
    rows,
    first,
    statistics: stats,
    S,
    potentials,
    targets,
    targetCount,
    totalsRow: targets + 2 + targetCount + 1,
  };
}

type Context = BlockContext<BenchmarkSheet, BenchmarkLayout>;
type BBlock = Block<BenchmarkSheet, BenchmarkLayout>;

const lowerOf = (c: Context): string => `${ref(A.direction)}="${c.w(W.lower)}"`;
const columnOf = (c: Context, col: number): string => a1Range(c.layout.first, col, c.layout.rows, 1, true);
const bestQuartileOf = (c: Context): string => `IF(${lowerOf(c)},${ref(c.layout.S.q1)},${ref(c.layout.S.q3)})`;
const bestOf = (c: Context): string => `IF(${lowerOf(c)},${ref(c.layout.S.min)},${ref(c.layout.S.max)})`;
/** The distance on the worse side: own − target when lower is better, target − own when higher is. */
const gapTo = (c: Context, v: string, target: string): string => `IF(${lowerOf(c)},${v}-${target},${target}-${v})`;
const ownIndex = (c: Context): string => `MATCH(${ref(A.own)},${columnOf(c, COL.name)},0)`;
/** The own row's volume: given, else its denominator. */
function ownVolume(c: Context): string {
  const at = (col: number): string => `INDEX(${columnOf(c, col)},${ownIndex(c)})`;
  return `IF(ISNUMBER(${at(COL.volume)}),${at(COL.volume)},${at(COL.denominator)})`;
}

const assumptions: BBlock = {
  id: 'assumptions',
  write(g, c) {
    const p = c.params;
    g.formula(0, 0, `=${ref(A.title)}`, 'title');
    const stamp = `${BENCHMARK.id}@${BENCHMARK.version}`;
    g.text(1, 0, `${c.w(W.subtitle)} · ${c.w(W.template).toLowerCase()} ${stamp}`, 'subtitle');
    g.text(3, 0, c.w(W.assumptions), 'section');
    const direction = p.direction === 'lower-is-better' ? W.lower : W.higher;
    const given = [
      ['title', p.title ?? c.w(BENCHMARK.title)],
      ['unit', p.unit],
      ['direction', c.w(direction)],
      ['own', p.own],
    ] as const;
    for (const [key, value] of given) {
      g.text(A[key], 0, c.w(W[key]), 'label');
      g.text(A[key], 1, value, 'input');
    }
    g.text(A.per, 0, c.w(W.per), 'label');
    g.number(A.per, 1, p.per, 'input', '#,##0');
    g.text(A.template, 0, c.w(W.template), 'label');
    g.text(A.template, 1, stamp, 'helper');
  },
};

const ROW_HEADERS = [
  W.name,
  W.numerator,
  W.denominator,
  W.given,
  W.volume,
  W.value,
  W.rank,
  W.gapMean,
  W.gapMedian,
  W.gapQuartile,
  W.gapBest,
];

/** One municipality's row: its inputs, its key figure, rank and gaps. */
function writeRow(g: Grid, c: Context, i: number): void {
  const r = c.layout.first + i;
  const row = c.params.content?.rows[i];
  const cell = (col: number): string => a1(r, col);
  if (row) g.text(r, COL.name, row.name, 'inputLabel');
  else g.blank(r, COL.name, 'inputLabel');
  const put = (col: number, v: number | undefined): void =>
    v === undefined ? g.blank(r, col, 'input', NUMBER) : g.number(r, col, v, 'input', NUMBER);
  put(COL.numerator, row && 'numerator' in row ? row.numerator : undefined);
  put(COL.denominator, row && 'denominator' in row ? row.denominator : undefined);
  put(COL.given, row && 'value' in row ? row.value : undefined);
  put(COL.volume, row?.volume);
  const [num, den, given] = [cell(COL.numerator), cell(COL.denominator), cell(COL.given)];
  const ratio = `IF(AND(ISNUMBER(${num}),ISNUMBER(${den})),IF(${den}<>0,${num}/${den}*${PER},""),"")`;
  g.formula(r, COL.value, `=IF(ISNUMBER(${given}),${given},${ratio})`, 'formula', NUMBER);
  const v = cell(COL.value);
  const ok = (f: string): string => `=IF(ISNUMBER(${v}),${f},"")`;
  const rank = `RANK.EQ(${v},${columnOf(c, COL.value)},IF(${lowerOf(c)},1,0))`;
  const S = c.layout.S;
  g.formula(r, COL.rank, ok(rank), 'formula', '0');
  g.formula(r, COL.gapMean, ok(gapTo(c, v, ref(S.mean))), 'formula', NUMBER);
  g.formula(r, COL.gapMedian, ok(gapTo(c, v, ref(S.median))), 'formula', NUMBER);
  g.formula(r, COL.gapQuartile, ok(gapTo(c, v, bestQuartileOf(c))), 'formula', NUMBER);
  g.formula(r, COL.gapBest, ok(gapTo(c, v, bestOf(c))), 'formula', NUMBER);
}

const rowsBlock: BBlock = {
  id: 'rows',
  write(g, c) {
    ROW_HEADERS.forEach((w, col) => g.text(HEADER, col, c.w(w), 'header'));
    for (let i = 0; i < c.layout.rows; i++) writeRow(g, c, i);
    g.validations.push(
      {
        range: a1Range(c.layout.first, COL.numerator, c.layout.rows, 4),
        rule: { kind: 'decimal', min: -1e15, max: 1e15 },
        error: c.w(W.rowError),
      },
      {
        range: a1(A.direction, 1),
        rule: { kind: 'list', items: [c.w(W.lower), c.w(W.higher)] },
        error: c.w(W.listError),
      },
    );
  },
};

const statistics: BBlock = {
  id: 'statistics',
  write(g, c) {
    const { S, statistics: at } = c.layout;
    g.text(at, 0, c.w(W.statistics), 'section');
    const V = columnOf(c, COL.value);
    const [num, den] = [columnOf(c, COL.numerator), columnOf(c, COL.denominator)];
    const stat = (row: number, label: string, formula: string): void => {
      g.text(row, 0, label, 'label');
      g.formula(row, 1, formula, 'key', NUMBER);
    };
    stat(S.mean, c.w(W.mean), `=AVERAGE(${V})`);
    stat(S.weightedMean, c.w(W.weightedMean), `=IF(COUNT(${num})=COUNT(${V}),SUM(${num})/SUM(${den})*${PER},"–")`);
    stat(S.median, c.w(W.median), `=MEDIAN(${V})`);
    stat(S.q1, c.w(W.q1), `=QUARTILE.INC(${V},1)`);
    stat(S.q3, c.w(W.q3), `=QUARTILE.INC(${V},3)`);
    stat(S.min, c.w(W.min), `=MIN(${V})`);
    stat(S.max, c.w(W.max), `=MAX(${V})`);
  },
};

const POTENTIALS = [
  [W.toMean, COL.gapMean],
  [W.toMedian, COL.gapMedian],
  [W.toQuartile, COL.gapQuartile],
  [W.toBest, COL.gapBest],
] as const;

/** Whether the own row has a volume (given, or a denominator). */
function ownHasVolume(c: Context): string {
  const has = (col: number): string => `ISNUMBER(INDEX(${columnOf(c, col)},${ownIndex(c)}))`;
  return `OR(${has(COL.volume)},${has(COL.denominator)})`;
}

/** The own row's potentials: max(0, gap) × volume ÷ per, or why there is none. */
const potentials: BBlock = {
  id: 'potentials',
  write(g, c) {
    const at = c.layout.potentials;
    g.text(at, 0, c.w(W.potentials), 'section');
    const own = ownIndex(c);
    POTENTIALS.forEach(([label, gapColumn], j) => {
      g.text(at + 1 + j, 0, c.w(label), 'label');
      const amount = `MAX(0,INDEX(${columnOf(c, gapColumn)},${own}))*${ownVolume(c)}/${PER}`;
      // Without a volume or a denominator there is no potential to show (not a potential of 0).
      const shown = `IF(${ownHasVolume(c)},${amount},"${c.w(W.noVolume)}")`;
      g.formula(at + 1 + j, 1, `=IFERROR(${shown},"${c.w(W.notFound)}")`, 'key', NUMBER);
    });
    g.text(at + 5, 0, c.w(W.caution), 'note');
  },
};

/** The own row against each target: its potential, and the gap beside it. */
const targets: BBlock = {
  id: 'targets',
  write(g, c) {
    const at = c.layout.targets;
    g.text(at, 0, c.w(W.targets), 'section');
    [W.targetLabel, W.targetValue, W.potential, W.targetGap].forEach((w, col) => g.text(at + 1, col, c.w(w), 'header'));
    const ownValue = `INDEX(${columnOf(c, COL.value)},${ownIndex(c)})`;
    for (let i = 0; i < c.layout.targetCount; i++) {
      const r = at + 2 + i;
      const t = c.params.content?.targets[i];
      if (t) g.text(r, 0, t.label, 'inputLabel');
      else g.blank(r, 0, 'inputLabel');
      if (t) g.number(r, 1, t.value, 'input', NUMBER);
      else g.blank(r, 1, 'input', NUMBER);
      const value = a1(r, 1);
      const amount = `MAX(0,${gapTo(c, ownValue, value)})*${ownVolume(c)}/${PER}`;
      // As for the own row's potentials: without a volume, say so (not a potential of 0).
      const potential = `IF(${ownHasVolume(c)},${amount},"${c.w(W.noVolume)}")`;
      g.formula(r, 2, `=IF(ISNUMBER(${value}),IFERROR(${potential},"${c.w(W.notFound)}"),"")`, 'key', NUMBER);
      const gap = `IFERROR(${gapTo(c, ownValue, value)},"${c.w(W.notFound)}")`;
      g.formula(r, 3, `=IF(ISNUMBER(${value}),${gap},"")`, 'formula', NUMBER);
    }
  },
};

const TOTAL_TARGETS = ['mean', 'weightedMean', 'median', 'bestQuartile', 'best'] as const;
const TOTAL_WORDS = {
  mean: W.toMean,
  weightedMean: W.toWeightedMean,
  median: W.toMedian,
  bestQuartile: W.toQuartile,
  best: W.toBest,
} as const;

function totalTarget(c: Context, key: (typeof TOTAL_TARGETS)[number]): string {
  if (key === 'bestQuartile') return bestQuartileOf(c);
  if (key === 'best') return bestOf(c);
  return ref(c.layout.S[key]);
}

/** Internal benchmark (S05): every row worse than a target brought up to it, summed. */
const totals: BBlock = {
  id: 'totals',
  write(g, c) {
    const { first, rows, totalsRow } = c.layout;
    g.text(totalsRow, 0, c.w(W.totals), 'section');
    const volumeOf = (r: number): string => {
      const [vol, den] = [a1(r, COL.volume), a1(r, COL.denominator)];
      return `IF(ISNUMBER(${vol}),${vol},IF(ISNUMBER(${den}),${den},0))`;
    };
    TOTAL_TARGETS.forEach((key, j) => {
      const col = TOTALS_COL + j;
      g.text(first - 1, col, `${c.w(W.contribution)}: ${c.w(TOTAL_WORDS[key])}`, 'header');
      for (let i = 0; i < rows; i++) {
        const v = a1(first + i, COL.value);
        const amount = `MAX(0,${gapTo(c, v, totalTarget(c, key))})*${volumeOf(first + i)}/${PER}`;
        g.formula(first + i, col, `=IFERROR(IF(ISNUMBER(${v}),${amount},0),0)`, 'helper', NUMBER);
      }
      g.text(totalsRow + 1 + j, 0, c.w(TOTAL_WORDS[key]), 'label');
      g.formula(totalsRow + 1 + j, 1, `=SUM(${columnOf(c, col)})`, 'key', NUMBER);
    });
  },
};

const ranking: BBlock = {
  id: 'ranking',
  write(g, c) {
    writeRanking(g, rankingOf(c));
  },
};

const rankingOf = (c: Context): Ranking => ({
  first: c.layout.first,
  rows: c.layout.rows,
  lower: lowerOf(c),
  own: ref(A.own),
  names: columnOf(c, COL.name),
  values: columnOf(c, COL.value),
  mean: ref(c.layout.S.mean),
  language: c.language,
});

type BResult = ResultDefinition<BenchmarkSheet, BenchmarkLayout>;
const stat = (id: keyof BenchmarkLayout['S'], name: string): BResult => ({
  id,
  name,
  at: (c) => ({ row: c.layout.S[id], col: 1 }),
});
const potential = (id: string, name: string, j: number): BResult => ({
  id,
  name,
  at: (c) => ({ row: c.layout.potentials + 1 + j, col: 1 }),
});
const total = (key: (typeof TOTAL_TARGETS)[number], j: number): BResult => ({
  id: `total.${key}`,
  name: TOTAL_NAMES[key],
  at: (c) => ({ row: c.layout.totalsRow + 1 + j, col: 1 }),
});

const RESULTS: readonly BResult[] = [
  stat('mean', BENCHMARK_NAMES.mean),
  stat('weightedMean', BENCHMARK_NAMES.weightedMean),
  stat('median', BENCHMARK_NAMES.median),
  stat('q1', BENCHMARK_NAMES.q1),
  stat('q3', BENCHMARK_NAMES.q3),
  stat('min', BENCHMARK_NAMES.min),
  stat('max', BENCHMARK_NAMES.max),
  potential('potential.mean', BENCHMARK_NAMES.potentialMean, 0),
  potential('potential.median', BENCHMARK_NAMES.potentialMedian, 1),
  potential('potential.bestQuartile', BENCHMARK_NAMES.potentialBestQuartile, 2),
  potential('potential.best', BENCHMARK_NAMES.potentialBest, 3),
  ...TOTAL_TARGETS.map(total),
  /** Per row: key figure, rank and the four gaps. */
  { id: 'rows', at: (c) => ({ row: c.layout.first, col: COL.value, rows: c.layout.rows, cols: 6 }) },
  /** Per target: its potential and its gap. */
  { id: 'targets', at: (c) => ({ row: c.layout.targets + 2, col: 2, rows: c.layout.targetCount, cols: 2 }) },
];

export const BENCHMARK_SHEET = defineTemplate<BenchmarkSheet, BenchmarkLayout>({
  id: BENCHMARK.id,
  version: BENCHMARK.version,
  params: benchmarkSheetSchema,
  words: W,
  layout: benchmarkLayout,
  blocks: [assumptions, rowsBlock, statistics, potentials, targets, totals, ranking],
  results: RESULTS,
  names: () => [{ name: 'Gevinst_Template', address: ref(A.template) }],
  charts: (c) => [rankingChart(rankingOf(c))],
  sheet: (c) => ({
    name: c.w(BENCHMARK.title),
    widths: [34, 12, 12, 12, 12, 14, 10, 14, 14, 14, 14, 3, 8, 6, 22, 12, 12, 12, 12],
    freeze: { rows: HEADER + 1, cols: 1 },
    // The rows and their gaps print; the ranking block (the chart's data) and the contributions do not.
    printCols: COL.gapBest + 1,
    identity: { rows: c.layout.rows, targets: c.layout.targetCount },
    metadata: {
      firstRow: c.layout.first,
      rows: c.layout.rows,
      statistics: c.layout.statistics,
      potentials: c.layout.potentials,
      targets: c.layout.targets + 2,
      targetCount: c.layout.targetCount,
      rankingCol: RANKING_COL,
      totals: c.layout.totalsRow + 1,
    },
  }),
});

export function planBenchmark(p: BenchmarkParameters, content?: BenchmarkContent): SheetPlan {
  return BENCHMARK_SHEET.plan(content ? { ...p, content } : p);
}

interface Ranking {
  readonly first: number;
  readonly rows: number;
  readonly lower: string;
  readonly own: string;
  readonly names: string;
  readonly values: string;
  readonly mean: string;
  readonly language: 'da' | 'en';
}

const RANK_COLS = {
  key: RANKING_COL,
  pos: RANKING_COL + 1,
  name: RANKING_COL + 2,
  value: RANKING_COL + 3,
  others: RANKING_COL + 4,
  own: RANKING_COL + 5,
  mean: RANKING_COL + 6,
};

/**
 * A sorted copy of the rows, best first, for the ranking chart: each row gets a unique key (its
 * key figure plus a trace of its row number, so ties keep both rows), SMALL or LARGE orders the
 * keys, INDEX/MATCH fetches name and value. The own row's bar is a series of its own (so it
 * stands out) and the mean is a line.
 */
function writeRanking(g: Grid, o: Ranking): void {
  const L = o.language;
  const c = RANK_COLS;
  const head = o.first - 1;
  [
    [c.key, W.sortKey],
    [c.pos, W.position],
    [c.name, W.name],
    [c.value, W.value],
    [c.others, W.others],
    [c.own, W.ownBar],
    [c.mean, W.mean],
  ].forEach(([col, w]) => g.text(head, col as number, (w as (typeof W)['name'])[L], 'header'));
  const keys = a1Range(o.first, c.key, o.rows, 1, true);
  for (let i = 0; i < o.rows; i++) {
    const r = o.first + i;
    const value = `INDEX(${o.values},${i + 1})`;
    g.formula(r, c.key, `=IF(ISNUMBER(${value}),${value}+ROW()/1E12,"")`, 'helper', '0.00');
    g.number(r, c.pos, i + 1, 'helper', '0');
    const kth = `IF(${o.lower},SMALL(${keys},${a1(r, c.pos)}),LARGE(${keys},${a1(r, c.pos)}))`;
    g.formula(r, c.name, `=IFERROR(INDEX(${o.names},MATCH(${kth},${keys},0)),"")`, 'helper');
    g.formula(r, c.value, `=IFERROR(INDEX(${o.values},MATCH(${kth},${keys},0)),"")`, 'helper', '#,##0.00');
    const [name, val] = [a1(r, c.name), a1(r, c.value)];
    g.formula(r, c.others, `=IF(${name}="","",IF(${name}=${o.own},0,${val}))`, 'helper', '#,##0.00');
    g.formula(r, c.own, `=IF(${name}="","",IF(${name}=${o.own},${val},0))`, 'helper', '#,##0.00');
    g.formula(r, c.mean, `=IF(${name}="","",${o.mean})`, 'helper', '#,##0.00');
  }
}

function rankingChart(o: Ranking): PlannedChart {
  const L = o.language;
  const column = (col: number): string => a1Range(o.first, col, o.rows, 1, true);
  return {
    name: 'Gevinst_Ranking',
    kind: 'ranking',
    title: W.rankingTitle[L],
    categories: column(RANK_COLS.name),
    series: [
      { name: W.others[L], values: column(RANK_COLS.others) },
      { name: W.ownBar[L], values: column(RANK_COLS.own) },
      { name: W.mean[L], values: column(RANK_COLS.mean), line: true },
    ],
    from: a1(1, TOTALS_COL + 6),
    to: a1(22, TOTALS_COL + 14),
  };
}
