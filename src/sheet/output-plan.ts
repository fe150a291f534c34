/**
 * The output block that Beregn writes below a business case, in a region the add-in owns:
 * scenarios, the tornado, the rate × realisation grid and break-even, each figure a native
 * formula on the template's rows where a formula can do it (NPV, totals, grid, break-even), and
 * the engine's value where it cannot (IRR and payback of a scenario, the discount row of the
 * tornado, the payback factor). Two native charts: the cash flow and the tornado.
 */
import { estimateCols, type BusinessCaseLayout } from './business-case-layout';
import type { BusinessCaseResult } from '../engine/business-case';
import type { BusinessCaseLine, Scenario, Section } from '../engine/business-case-schema';
import type { Analysis } from '../engine/what-if';
import { WORDS } from '../templates/business-case';
import { breakableHeader, OUTPUT_WORDS as W } from '../templates/output-words';
import { a1, a1Range } from './address';
import { calculationDate } from './calculation-date';
import { excelDateSerial } from './cell-text';
import { businessCaseWidths, FORMATS, moneyFormat } from './business-case-plan';
import { Grid } from './grid';
import { formulaCellValue, type PlannedCell, type PlannedChart, type PlannedName, type SheetPlan } from './plan';

export const OUTPUT_NAME = 'Gevinst_Output';
export const OUTPUT_HASH_NAME = 'Gevinst_OutputHash';

export type { PlannedChart };

export interface OutputPlan {
  /** Top-left of the owned region (0-based). */
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  readonly cells: readonly (readonly (PlannedCell | null)[])[];
  readonly names: readonly PlannedName[];
  readonly charts: readonly PlannedChart[];
  /** Header rows (sheet rows) that need more than one line at the business case's column widths. */
  readonly tallRows: readonly { readonly row: number; readonly lines: number }[];
}

export interface OutputInput {
  readonly layout: BusinessCaseLayout;
  /** The row (0-based) where the owned region starts, below the template. */
  readonly startRow: number;
  readonly language: 'da' | 'en';
  readonly unit: string;
  readonly result: BusinessCaseResult;
  readonly analysis: Analysis;
  /** The scenarios as defined, in the order of `analysis.scenarios`. */
  readonly scenarioDefinitions: readonly Scenario[];
  readonly sensitivityStep: number;
  /** Which section each line of the case belongs to, in the template's row order. */
  readonly lineRows: readonly LineRow[];
  /** The day Gevinst computed the values that are not formulas (ISO date); shown in the heading. */
  readonly calculatedOn?: string;
}

/**
 * A number format whose figures carry the mark of a value Gevinst computed (" *"): the cell is
 * not a formula and does not follow the sheet until the next Beregn.
 */
export const marked = (format: string): string =>
  format
    .split(';')
    .map((part) => `${part}" *"`)
    .join(';');
const markedText = (text: string): string => `${text} *`;

const SIGN: Record<Section, number> = { gain: 1, cost: -1, investment: -1 };

export interface LineRow {
  readonly section: Section;
  readonly row: number;
  readonly label: string;
  /** The line holds a three-point estimate in some year. */
  readonly threePoint: boolean;
  /** Its ends are input cells beside it (estimateCols), and every year cell is their PERT mean. */
  readonly ends: boolean;
}

/** What every part of the block refers to: the template's total rows, factors and periods as ranges. */
interface OutputContext {
  readonly o: OutputInput;
  readonly g: Grid;
  readonly L: 'da' | 'en';
  readonly money: string;
  readonly years: (row: number) => string;
  readonly G: string;
  readonly C: string;
  readonly I: string;
  readonly F: string;
  readonly P: string;
}

function outputContext(o: OutputInput): OutputContext {
  const { horizon: n, firstYearCol: first, sections, rows } = o.layout;
  const years = (row: number): string => a1Range(row, first, 1, n, true);
  return {
    o,
    g: new Grid(),
    L: o.language,
    money: moneyFormat(o.unit),
    years,
    G: years(sections.gain.total),
    C: years(sections.cost.total),
    I: years(sections.investment.total),
    F: years(rows.discountFactor),
    P: years(rows.period),
  };
}

const SCENARIO_HEAD = [
  W.scenario,
  W.gainFactor,
  W.costFactor,
  W.investmentFactor,
  W.npv,
  W.irr,
  W.paybackYear,
  W.totalGains,
  W.netResult,
];

/** One scenario's row: live formulas over the template's totals, values where a formula cannot say it. */
function writeScenario(x: OutputContext, r: number, i: number): void {
  const { g, o, L, money } = x;
  const s = o.analysis.scenarios?.[i];
  if (!s) return;
  const def = o.scenarioDefinitions[i];
  g.text(r, 0, s.name, 'label');
  [def?.gainFactor, def?.costFactor, def?.investmentFactor].forEach((f, c) =>
    g.number(r, 1 + c, f ?? 1, 'formula', '0.00'),
  );
  const fx = (c: number): string => a1(r + o.startRow, c, true);
  const estimate = def?.estimate ?? 'expected';
  const G = onEnds(x, 'gain', estimate);
  const flows = `${fx(1)}*${G}-${fx(2)}*${onEnds(x, 'cost', estimate)}-${fx(3)}*${onEnds(x, 'investment', estimate)}`;
  // A scenario on three-point ends is a formula where every estimate's ends are cells beside its
  // line; an estimate typed into the year cell's formula leaves the scenario's figures values.
  const live = estimate === 'expected' || o.lineRows.every((l) => !l.threePoint || l.ends);
  // Values (marked " *") where no formula can say it: the IRR, the payback year, and every figure
  // of a scenario that takes three-point ends not in cells.
  if (live) g.formula(r, 4, `=SUMPRODUCT(${flows},${x.F})`, 'key', money);
  else g.number(r, 4, s.npv, 'key', marked(money));
  if (s.irr === null) g.text(r, 5, markedText(WORDS.noUniqueRate[L]), 'formula');
  else g.number(r, 5, s.irr, 'formula', marked(FORMATS.rate));
  if (s.paybackYear === null) g.text(r, 6, markedText(WORDS.notWithinHorizon[L]), 'formula');
  else g.number(r, 6, o.result.calendarYears?.[s.paybackYear - 1] ?? s.paybackYear, 'formula', marked(FORMATS.year));
  if (live) {
    g.formula(r, 7, `=${fx(1)}*SUMPRODUCT(${G})`, 'formula', money);
    g.formula(r, 8, `=SUMPRODUCT(${flows})`, 'formula', money);
  } else {
    g.number(r, 7, s.totalGains, 'formula', marked(money));
    g.number(r, 8, s.netResult, 'formula', marked(money));
  }
}

/**
 * A section's yearly totals at a scenario's estimate: the total row, plus for each three-point
 * line the difference between the end the scenario takes and the PERT mean the line shows
 * (pessimistic: a gain's minimum, a cost's maximum; optimistic the other way round).
 */
function onEnds(x: OutputContext, s: Section, estimate: NonNullable<Scenario['estimate']>): string {
  const total = { gain: x.G, cost: x.C, investment: x.I }[s];
  if (estimate === 'expected') return total;
  const { firstYearCol: first, horizon: n } = x.o.layout;
  const cols = estimateCols(x.o.layout);
  const low = (estimate === 'pessimistic') === (s === 'gain');
  const deltas = x.o.lineRows
    .filter((l) => l.section === s && l.threePoint && l.ends)
    .map((l) => `+(${a1Range(l.row, low ? cols.min : cols.max, 1, n, true)}-${a1Range(l.row, first, 1, n, true)})`);
  return deltas.length === 0 ? total : `(${total}${deltas.join('')})`;
}

/** The scenarios table from row `r`; returns the row after it. */
function writeScenarios(x: OutputContext, r: number): number {
  const scenarios = x.o.analysis.scenarios;
  if (!scenarios) return r;
  x.g.text(r++, 0, W.scenarios[x.L], 'section');
  SCENARIO_HEAD.forEach((w, c) => x.g.text(r, c, breakableHeader(w[x.L]), 'header'));
  r++;
  scenarios.forEach((_, i) => writeScenario(x, r++, i));
  return r + 1;
}

/** The tornado table from row `r`: a line's swing is a formula, the discount rate's a value. */
function writeSensitivity(
  x: OutputContext,
  r: number,
): { next: number; tornado: { first: number; count: number } | null } {
  const { g, o, L, money } = x;
  const sensitivity = o.analysis.sensitivity;
  if (!sensitivity) return { next: r, tornado: null };
  g.text(r++, 0, `${W.sensitivity[L]} (±${Math.round(o.sensitivityStep * 100)} %)`, 'section');
  // Columns by the change to the driver (for a cost or the rate, −10 % gives the higher NPV), sorted by swing.
  const [down, up] = changeWords(x);
  [W.driver[L], down, up, W.swing[L], W.baseNpv[L]].forEach((w, c) => g.text(r, c, breakableHeader(w), 'header'));
  r++;
  const tornado = { first: r, count: sensitivity.length };
  const npvCell = a1(o.layout.keyFigures.Gevinst_NPV, 1, true);
  const { firstYearCol: first, horizon: n } = o.layout;
  for (const s of sensitivity) {
    const line = o.lineRows.find((l) => l.label === s.driver && s.kind === 'line');
    g.text(r, 0, s.kind === 'discount' ? W.discountRate[L] : s.driver, 'label');
    if (line) {
      const pv = `${o.sensitivityStep}*SUMPRODUCT(${a1Range(line.row, first, 1, n, true)},${x.F})`;
      const up = SIGN[line.section] > 0;
      g.formula(r, 1, `=${npvCell}${up ? '-' : '+'}${pv}`, 'formula', money);
      g.formula(r, 2, `=${npvCell}${up ? '+' : '-'}${pv}`, 'formula', money);
    } else {
      g.number(r, 1, s.low.npv, 'formula', marked(money));
      g.number(r, 2, s.high.npv, 'formula', marked(money));
    }
    g.formula(r, 3, `=ABS(${a1(r + o.startRow, 2)}-${a1(r + o.startRow, 1)})`, 'formula', money);
    g.formula(r, 4, `=${npvCell}`, 'formula', money);
    r++;
  }
  return { next: r + 1, tornado };
}

/** The tornado's column words: "Nutidsværdi ved −10 %" and "… +10 %" for the step in use. */
function changeWords(x: OutputContext): [string, string] {
  const pct = Math.round(x.o.sensitivityStep * 100);
  return [`${W.npvAt[x.L]} −${pct} %`, `${W.npvAt[x.L]} +${pct} %`];
}

/** NPV by discount rate and gain factor, every cell a formula; returns the row after it. */
function writeGrid(x: OutputContext, r: number): number {
  const grid = x.o.analysis.grid;
  if (!grid) return r;
  x.g.text(r++, 0, W.grid[x.L], 'section');
  x.g.text(r, 0, W.gridCorner[x.L], 'header');
  grid.rates.forEach((rate, c) => x.g.number(r, 1 + c, rate, 'header', FORMATS.rate));
  const rateRow = r + x.o.startRow;
  r++;
  for (const factor of grid.gainFactors) {
    x.g.number(r, 0, factor, 'header', '0%');
    const f = a1(r + x.o.startRow, 0, true);
    grid.rates.forEach((_, c) => {
      const rate = a1(rateRow, 1 + c, true);
      x.g.formula(r, 1 + c, `=SUMPRODUCT(${f}*${x.G}-${x.C}-${x.I},(1+${rate})^-${x.P})`, 'formula', x.money);
    });
    r++;
  }
  return r + 1;
}

/** Break-even: the gain factor for NPV 0 as a formula; for payback within N years a value (bisection). */
function writeBreakEven(x: OutputContext, r: number): number {
  const b = x.o.analysis.breakEven;
  if (!b) return r;
  const { g, L } = x;
  g.text(r++, 0, W.breakEven[L], 'section');
  g.text(r, 0, W.breakEvenNpv[L], 'label');
  g.formula(r++, 1, `=IFERROR(SUMPRODUCT(${x.C}+${x.I},${x.F})/SUMPRODUCT(${x.G},${x.F}),"–")`, 'key', '0.0%');
  if (b.paybackWithin !== null) {
    g.text(r, 0, `${W.breakEvenPayback[L]} ${b.paybackWithin} ${W.years[L]}`, 'label');
    if (b.gainFactorForPayback === null) g.text(r++, 1, markedText(WORDS.notWithinHorizon[L]), 'key');
    else g.number(r++, 1, b.gainFactorForPayback, 'key', marked('0.0%'));
  }
  return r + 1;
}

/** The cash-flow chart, and the tornado beside it when there is one. */
function outputCharts(x: OutputContext, at: number, tornado: { first: number; count: number } | null): PlannedChart[] {
  const { o, L } = x;
  const top = o.startRow + at;
  const charts: PlannedChart[] = [
    {
      name: 'Gevinst_CashFlow',
      kind: 'cashFlow',
      title: W.cashFlowTitle[L],
      categories: x.years(o.layout.rows.calendar),
      series: [
        { name: WORDS.totalGains[L], values: x.G },
        { name: WORDS.totalCosts[L], values: x.C },
        { name: WORDS.totalInvestments[L], values: x.I },
        { name: WORDS.cumulative[L], values: x.years(o.layout.rows.cumulative), line: true },
      ],
      from: a1(top, 0),
      to: a1(top + 15, 3),
    },
  ];
  if (!tornado) return charts;
  const rows = (c: number): string => a1Range(o.startRow + tornado.first, c, tornado.count, 1, true);
  charts.push({
    name: 'Gevinst_Tornado',
    kind: 'tornado',
    title: W.tornadoTitle[L],
    categories: rows(0),
    series: [
      { name: changeWords(x)[0], values: rows(1) },
      { name: changeWords(x)[1], values: rows(2) },
    ],
    from: a1(top, 4),
    to: a1(top + 15, 8),
  });
  return charts;
}

export function planOutput(o: OutputInput): OutputPlan {
  const x = outputContext(o);
  x.g.text(0, 0, W.heading[x.L], 'section');
  // The day of the values marked " *", as a date (a number, so the next Beregn knows it as its own).
  const day = excelDateSerial(o.calculatedOn ?? calculationDate());
  if (day !== null) x.g.number(0, 1, day, 'note', W.calculatedOnFormat[x.L]);
  x.g.text(1, 0, W.ownedNote[x.L], 'note');
  x.g.text(2, 0, W.engineValues[x.L], 'note');
  const sensitivity = writeSensitivity(x, writeScenarios(x, 3));
  const chartsAt = writeBreakEven(x, writeGrid(x, sensitivity.next));
  const cols = Math.max(9, 1 + (o.analysis.grid?.rates.length ?? 0));
  const plan = x.g.toPlan(
    '',
    [],
    { rows: 0, cols: 0 },
    { templateId: '', templateVersion: 0, language: x.L, layout: {} },
  );
  const rowsUsed = chartsAt + 16;
  const cells = Array.from({ length: rowsUsed }, (_, i) =>
    Array.from({ length: cols }, (_, j) => plan.cells[i]?.[j] ?? null),
  );
  return {
    row: o.startRow,
    col: 0,
    rows: rowsUsed,
    cols,
    cells,
    names: [{ name: OUTPUT_NAME, address: a1Range(o.startRow, 0, rowsUsed, cols, true) }],
    charts: outputCharts(x, chartsAt, sensitivity.tornado),
    // Measured against the business case's own columns, which the block shares (they do not widen for it).
    tallRows: (x.g.tallRows(businessCaseWidths(o.layout.horizon)).tallRows ?? []).map((t) => ({
      row: o.startRow + t.row,
      lines: t.lines,
    })),
  };
}

/** The template row of each case line, in the case's order (sections in template order). */
export function lineRowsOf(
  layout: BusinessCaseLayout,
  lines: readonly Pick<BusinessCaseLine, 'section' | 'label' | 'values'>[],
  ends: (row: number) => boolean,
): LineRow[] {
  const seen: Record<Section, number> = { gain: 0, cost: 0, investment: 0 };
  return lines.map((l) => {
    const row = layout.sections[l.section].first + seen[l.section]++;
    const threePoint = (l.values ?? []).some((v) => typeof v !== 'number');
    return { section: l.section, label: l.label, row, threePoint, ends: threePoint && ends(row) };
  });
}

/** The plan with the output block laid into its rows below the template (for `gevinst build`). */
/** FNV-1a over the written content: cheap, stable, and enough to notice a typed cell. */
export function fingerprint(grid: readonly (readonly unknown[])[]): string {
  let h = 0x811c9dc5;
  for (const ch of JSON.stringify(grid)) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The fingerprint of an output block as Excel's `formulas` reads it back, kept beside it so Beregn knows its own. */
export const outputFingerprint = (out: OutputPlan): string =>
  fingerprint(out.cells.map((row) => row.map((cell) => formulaCellValue(cell))));

/**
 * The business case with its output block below, as `gevinst build` writes it: with the block's
 * fingerprint, as Beregn leaves it, so that Beregn in the add-in replaces a built block without
 * asking, and asks only where a user typed into it.
 */
export function withOutput(plan: SheetPlan, out: OutputPlan): SheetPlan {
  const rows = Math.max(plan.rows, out.row + out.rows);
  const cols = Math.max(plan.cols, out.col + out.cols);
  const cells = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => {
      const o = r >= out.row && c >= out.col ? (out.cells[r - out.row]?.[c - out.col] ?? null) : null;
      return o ?? plan.cells[r]?.[c] ?? null;
    }),
  );
  const stamp = { name: OUTPUT_HASH_NAME, formula: `="${outputFingerprint(out)}"` };
  const charts = [...(plan.charts ?? []), ...out.charts];
  const tallRows = [...(plan.tallRows ?? []), ...out.tallRows];
  return { ...plan, rows, cols, cells, names: [...plan.names, ...out.names, stamp], charts, tallRows };
}
