/**
 * Lays out a benchmark instance as a SheetPlan, every statistic and gap a native formula with
 * Excel's definitions (AVERAGE, MEDIAN, QUARTILE.INC, RANK.EQ), so the sheet and the engine
 * agree (engine/benchmark.ts). A row's key figure is its given value, else numerator ÷
 * denominator × per; the own row is chosen by name and its potentials are
 * max(0, gap) × volume ÷ per (volume: given, else the denominator).
 */
import type { BenchmarkRow } from '../engine/benchmark-schema';
import { BENCHMARK, BENCHMARK_WORDS as W, type BenchmarkParameters } from '../templates/benchmark';
import { a1, a1Range } from './address';
import { Grid } from './grid';
import type { PlannedChart, SheetPlan } from './plan';
import { identityFormula } from './identity';
import { SHAPE_NAME } from './shape';

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

export function planBenchmark(p: BenchmarkParameters, content?: BenchmarkContent): SheetPlan {
  const L = p.language;
  const g = new Grid();
  const ref = (r: number): string => a1(r, 1, true);
  const A = { title: 4, unit: 5, direction: 6, own: 7, per: 8, template: 9 } as const;
  g.formula(0, 0, `=${ref(A.title)}`, 'title');
  g.text(1, 0, `${W.subtitle[L]} · ${W.template[L].toLowerCase()} ${BENCHMARK.id}@${BENCHMARK.version}`, 'subtitle');
  g.text(3, 0, W.assumptions[L], 'section');
  for (const [key, value] of [
    ['title', p.title ?? BENCHMARK.title[L]],
    ['unit', p.unit],
    ['direction', p.direction === 'lower-is-better' ? W.lower[L] : W.higher[L]],
    ['own', p.own],
  ] as const) {
    g.text(A[key], 0, W[key][L], 'label');
    g.text(A[key], 1, value, 'input');
  }
  g.text(A.per, 0, W.per[L], 'label');
  g.number(A.per, 1, p.per, 'input', '#,##0');
  g.text(A.template, 0, W.template[L], 'label');
  g.text(A.template, 1, `${BENCHMARK.id}@${BENCHMARK.version}`, 'helper');
  g.names.push({ name: 'Gevinst_Template', address: ref(A.template) });
  const lower = `${ref(A.direction)}="${W.lower[L]}"`;
  const per = ref(A.per);

  const header = 12;
  const headers = [
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
  headers.forEach((w, c) => g.text(header, c, w[L], 'header'));
  const rows = content ? content.rows.length : p.rows;
  const first = header + 1;
  const last = first + rows - 1;
  const column = (c: number): string => a1Range(first, c, rows, 1, true);
  const stats = last + 2;
  const S = {
    mean: stats + 1,
    weightedMean: stats + 2,
    median: stats + 3,
    q1: stats + 4,
    q3: stats + 5,
    min: stats + 6,
    max: stats + 7,
  };
  const bestQuartile = `IF(${lower},${ref(S.q1)},${ref(S.q3)})`;
  const best = `IF(${lower},${ref(S.min)},${ref(S.max)})`;
  const gapTo = (v: string, target: string): string => `IF(${lower},${v}-${target},${target}-${v})`;
  for (let i = 0; i < rows; i++) {
    const r = first + i;
    const row = content?.rows[i];
    const cell = (c: number): string => a1(r, c);
    if (row) g.text(r, COL.name, row.name, 'inputLabel');
    else g.blank(r, COL.name, 'inputLabel');
    const put = (c: number, v: number | undefined): void =>
      v === undefined ? g.blank(r, c, 'input', NUMBER) : g.number(r, c, v, 'input', NUMBER);
    put(COL.numerator, row && 'numerator' in row ? row.numerator : undefined);
    put(COL.denominator, row && 'denominator' in row ? row.denominator : undefined);
    put(COL.given, row && 'value' in row ? row.value : undefined);
    put(COL.volume, row?.volume);
    const [num, den, given] = [cell(COL.numerator), cell(COL.denominator), cell(COL.given)];
    g.formula(
      r,
      COL.value,
      `=IF(ISNUMBER(${given}),${given},IF(AND(ISNUMBER(${num}),ISNUMBER(${den})),IF(${den}<>0,${num}/${den}*${per},""),""))`,
      'formula',
      NUMBER,
    );
    const v = cell(COL.value);
    const ok = (f: string): string => `=IF(ISNUMBER(${v}),${f},"")`;
    g.formula(r, COL.rank, ok(`RANK.EQ(${v},${column(COL.value)},IF(${lower},1,0))`), 'formula', '0');
    g.formula(r, COL.gapMean, ok(gapTo(v, ref(S.mean))), 'formula', NUMBER);
    g.formula(r, COL.gapMedian, ok(gapTo(v, ref(S.median))), 'formula', NUMBER);
    g.formula(r, COL.gapQuartile, ok(gapTo(v, bestQuartile)), 'formula', NUMBER);
    g.formula(r, COL.gapBest, ok(gapTo(v, best)), 'formula', NUMBER);
  }
  g.validations.push(
    {
      range: a1Range(first, COL.numerator, rows, 4),
      rule: { kind: 'decimal', min: -1e15, max: 1e15 },
      error: W.rowError[L],
    },
    { range: a1(A.direction, 1), rule: { kind: 'list', items: [W.lower[L], W.higher[L]] }, error: W.listError[L] },
  );

  g.text(stats, 0, W.statistics[L], 'section');
  const V = column(COL.value);
  const stat = (row: number, name: string, label: string, formula: string): void => {
    g.text(row, 0, label, 'label');
    g.formula(row, 1, formula, 'key', NUMBER);
    g.names.push({ name, address: a1(row, 1, true) });
  };
  stat(S.mean, BENCHMARK_NAMES.mean, W.mean[L], `=AVERAGE(${V})`);
  stat(
    S.weightedMean,
    BENCHMARK_NAMES.weightedMean,
    W.weightedMean[L],
    `=IF(COUNT(${column(COL.numerator)})=COUNT(${V}),SUM(${column(COL.numerator)})/SUM(${column(COL.denominator)})*${per},"–")`,
  );
  stat(S.median, BENCHMARK_NAMES.median, W.median[L], `=MEDIAN(${V})`);
  stat(S.q1, BENCHMARK_NAMES.q1, W.q1[L], `=QUARTILE.INC(${V},1)`);
  stat(S.q3, BENCHMARK_NAMES.q3, W.q3[L], `=QUARTILE.INC(${V},3)`);
  stat(S.min, BENCHMARK_NAMES.min, W.min[L], `=MIN(${V})`);
  stat(S.max, BENCHMARK_NAMES.max, W.max[L], `=MAX(${V})`);

  const potentials = S.max + 2;
  g.text(potentials, 0, W.potentials[L], 'section');
  const own = `MATCH(${ref(A.own)},${column(COL.name)},0)`;
  const ownVolume = `IF(ISNUMBER(INDEX(${column(COL.volume)},${own})),INDEX(${column(COL.volume)},${own}),INDEX(${column(COL.denominator)},${own}))`;
  const ownHasVolume = `OR(ISNUMBER(INDEX(${column(COL.volume)},${own})),ISNUMBER(INDEX(${column(COL.denominator)},${own})))`;
  const potential = (row: number, name: string, label: string, gapColumn: number): void => {
    g.text(row, 0, label, 'label');
    g.formula(
      row,
      1,
      // Without a volume or a denominator there is no potential to show (not a potential of 0).
      `=IFERROR(IF(${ownHasVolume},MAX(0,INDEX(${column(gapColumn)},${own}))*${ownVolume}/${per},"${W.noVolume[L]}"),"${W.notFound[L]}")`,
      'key',
      NUMBER,
    );
    g.names.push({ name, address: a1(row, 1, true) });
  };
  potential(potentials + 1, BENCHMARK_NAMES.potentialMean, W.toMean[L], COL.gapMean);
  potential(potentials + 2, BENCHMARK_NAMES.potentialMedian, W.toMedian[L], COL.gapMedian);
  potential(potentials + 3, BENCHMARK_NAMES.potentialBestQuartile, W.toQuartile[L], COL.gapQuartile);
  potential(potentials + 4, BENCHMARK_NAMES.potentialBest, W.toBest[L], COL.gapBest);
  g.text(potentials + 5, 0, W.caution[L], 'note');

  const targets = potentials + 7;
  g.text(targets, 0, W.targets[L], 'section');
  [W.targetLabel, W.targetValue, W.potential].forEach((w, c) => g.text(targets + 1, c, w[L], 'header'));
  const targetCount = content ? content.targets.length : p.targets;
  const ownValue = `INDEX(${V},${own})`;
  for (let i = 0; i < targetCount; i++) {
    const r = targets + 2 + i;
    const t = content?.targets[i];
    if (t) g.text(r, 0, t.label, 'inputLabel');
    else g.blank(r, 0, 'inputLabel');
    if (t) g.number(r, 1, t.value, 'input', NUMBER);
    else g.blank(r, 1, 'input', NUMBER);
    g.formula(
      r,
      2,
      `=IF(ISNUMBER(${a1(r, 1)}),IFERROR(MAX(0,${gapTo(ownValue, a1(r, 1))})*${ownVolume}/${per},"${W.notFound[L]}"),"")`,
      'key',
      NUMBER,
    );
  }
  // Internal benchmark (S05): every row worse than a target brought up to it, summed.
  const totalsRow = targets + 2 + targetCount + 1;
  g.text(totalsRow, 0, W.totals[L], 'section');
  const volumeOf = (r: number): string =>
    `IF(ISNUMBER(${a1(r, COL.volume)}),${a1(r, COL.volume)},IF(ISNUMBER(${a1(r, COL.denominator)}),${a1(r, COL.denominator)},0))`;
  const totalTargets = [
    ['mean', W.toMean, ref(S.mean)],
    ['weightedMean', W.toWeightedMean, ref(S.weightedMean)],
    ['median', W.toMedian, ref(S.median)],
    ['bestQuartile', W.toQuartile, bestQuartile],
    ['best', W.toBest, best],
  ] as const;
  totalTargets.forEach(([key, words, target], j) => {
    const col = TOTALS_COL + j;
    g.text(first - 1, col, `${W.contribution[L]}: ${words[L]}`, 'header');
    for (let i = 0; i < rows; i++) {
      const r = first + i;
      const v = a1(r, COL.value);
      g.formula(
        r,
        col,
        `=IFERROR(IF(ISNUMBER(${v}),MAX(0,${gapTo(v, target)})*${volumeOf(r)}/${per},0),0)`,
        'helper',
        NUMBER,
      );
    }
    g.text(totalsRow + 1 + j, 0, words[L], 'label');
    g.formula(totalsRow + 1 + j, 1, `=SUM(${column(col)})`, 'key', NUMBER);
    g.names.push({ name: TOTAL_NAMES[key], address: a1(totalsRow + 1 + j, 1, true) });
  });

  const ranking = planRanking(g, {
    first,
    rows,
    lower,
    own: ref(A.own),
    names: column(COL.name),
    values: V,
    mean: ref(S.mean),
    language: L,
  });

  g.names.push({
    name: SHAPE_NAME,
    formula: identityFormula({
      templateId: BENCHMARK.id,
      version: BENCHMARK.version,
      language: L,
      params: { rows, targets: targetCount },
    }),
  });

  const layout: Record<string, number> = {
    firstRow: first,
    rows,
    statistics: stats,
    potentials,
    targets: targets + 2,
    targetCount,
    rankingCol: RANKING_COL,
    totals: totalsRow + 1,
  };
  const widths = [34, 12, 12, 12, 12, 14, 10, 14, 14, 14, 14, 3, 8, 6, 22, 12, 12, 12, 12];
  const plan = g.toPlan(
    BENCHMARK.title[L],
    widths,
    { rows: header + 1, cols: 1 },
    {
      templateId: BENCHMARK.id,
      templateVersion: BENCHMARK.version,
      language: L,
      layout,
    },
  );
  return { ...plan, charts: [ranking] };
}

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

/**
 * A sorted copy of the rows, best first, for the ranking chart: each row gets a unique key (its
 * key figure plus a trace of its row number, so ties keep both rows), SMALL or LARGE orders the
 * keys, INDEX/MATCH fetches name and value. The own row's bar is a series of its own (so it
 * stands out) and the mean is a line.
 */
function planRanking(
  g: Grid,
  o: {
    first: number;
    rows: number;
    lower: string;
    own: string;
    names: string;
    values: string;
    mean: string;
    language: 'da' | 'en';
  },
): PlannedChart {
  const L = o.language;
  const c = {
    key: RANKING_COL,
    pos: RANKING_COL + 1,
    name: RANKING_COL + 2,
    value: RANKING_COL + 3,
    others: RANKING_COL + 4,
    own: RANKING_COL + 5,
    mean: RANKING_COL + 6,
  };
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
  const valueCol = o.values;
  for (let i = 0; i < o.rows; i++) {
    const r = o.first + i;
    const value = `INDEX(${valueCol},${i + 1})`;
    g.formula(r, c.key, `=IF(ISNUMBER(${value}),${value}+ROW()/1E12,"")`, 'helper', '0.00');
    g.number(r, c.pos, i + 1, 'helper', '0');
    const kth = `IF(${o.lower},SMALL(${keys},${a1(r, c.pos)}),LARGE(${keys},${a1(r, c.pos)}))`;
    g.formula(r, c.name, `=IFERROR(INDEX(${o.names},MATCH(${kth},${keys},0)),"")`, 'helper');
    g.formula(r, c.value, `=IFERROR(INDEX(${valueCol},MATCH(${kth},${keys},0)),"")`, 'helper', '#,##0.00');
    g.formula(
      r,
      c.others,
      `=IF(${a1(r, c.name)}="","",IF(${a1(r, c.name)}=${o.own},0,${a1(r, c.value)}))`,
      'helper',
      '#,##0.00',
    );
    g.formula(
      r,
      c.own,
      `=IF(${a1(r, c.name)}="","",IF(${a1(r, c.name)}=${o.own},${a1(r, c.value)},0))`,
      'helper',
      '#,##0.00',
    );
    g.formula(r, c.mean, `=IF(${a1(r, c.name)}="","",${o.mean})`, 'helper', '#,##0.00');
  }
  const column = (col: number): string => a1Range(o.first, col, o.rows, 1, true);
  return {
    name: 'Gevinst_Ranking',
    kind: 'ranking',
    title: W.rankingTitle[L],
    categories: column(c.name),
    series: [
      { name: W.others[L], values: column(c.others) },
      { name: W.ownBar[L], values: column(c.own) },
      { name: W.mean[L], values: column(c.mean), line: true },
    ],
    from: a1(1, TOTALS_COL + 6),
    to: a1(22, TOTALS_COL + 14),
  };
}
