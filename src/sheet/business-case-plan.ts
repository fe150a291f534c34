/**
 * Lays out a business-case instance (templates/business-case.ts) as a SheetPlan. Every total
 * and key figure is a native formula, so a colleague without Gevinst sees live numbers:
 * - the discount is chosen in the sheet (fm-2021, fm-2013 or a flat rate); three band rates
 *   follow from it, each year's period picks its band, and factors chain period by period;
 * - NPV = SUMPRODUCT(result, factors), which equals `=B+NPV(rate, C:…)` for a flat rate with År 1
 *   as base year (DESIGN.md §4) and also holds for the banded presets, which NPV() cannot do;
 * - IRR = IRR(result) when the result changes sign exactly once (then the root is unique, by
 *   Descartes' rule of signs), else a text saying there is no unique rate;
 * - the payback year is the first calendar year whose cumulative result is >= 0, by MATCH.
 */
import { gevinstVersion } from '../version';
import { z } from 'zod';
import { DISCOUNT_PRESETS, isPreset } from '../engine/discount';
import {
  BUSINESS_CASE,
  businessCaseParameters,
  discountChoices,
  WORDS,
  type BusinessCaseParameters,
} from '../templates/business-case';
import type { Localized } from '../templates/template';
import type { GainType, Section } from '../engine/business-case-schema';
import type { ThreePoint } from '../engine/pert';
import { a1, a1Range } from './address';
import {
  ASSUMPTION_ROWS,
  businessCaseLayout,
  ESTIMATES_NAME,
  estimateCols,
  flattenLayout,
  KEY_FIGURES,
  type BusinessCaseLayout,
  type KeyFigure,
  type YearRow,
} from './business-case-layout';
import { excelDateSerial } from './cell-text';
import { defineTemplate, type Block, type BlockContext, type ResultDefinition } from './define';
import type { Grid } from './grid';
import type { SheetPlan } from './plan';

/** A year's value: a number, a formula, or a three-point estimate (its ends become input cells). */
export type PlannedValue = number | { readonly formula: string } | ThreePoint;

export interface LineContent {
  readonly label: string;
  readonly gainType?: GainType | undefined;
  readonly values: readonly PlannedValue[];
}

export type BusinessCaseContent = Readonly<Record<Section, readonly LineContent[]>>;

export const FORMATS = {
  rate: '0.00%',
  factor: '0.0000',
  year: '0',
  yearLabel: '"År "0',
  years: '0.0',
  date: 'yyyy-mm-dd',
} as const;

/** Trial rates for the IRR guess, from -90 % to 100,000 %. */
export const TRIAL_RATES = [-0.9, -0.5, -0.2, 0, 0.1, 0.25, 0.5, 1, 2, 5, 10, 25, 100, 1000] as const;

export function moneyFormat(unit: string): string {
  return /mio/i.test(unit) ? '#,##0.00;-#,##0.00' : '#,##0;-#,##0';
}

/** Sheet-scoped names of the key cells; each ends in what it holds. */
export const NAMES = {
  npv: 'Gevinst_NPV',
  irr: 'Gevinst_IRR',
  paybackYear: 'Gevinst_PaybackYear',
  paybackYears: 'Gevinst_PaybackYears',
  discountedPaybackYear: 'Gevinst_DiscountedPaybackYear',
  template: 'Gevinst_Template',
  /** Since version 2: the calendar years of the two paybacks, beside their År numbers. */
  paybackCalendarYear: 'Gevinst_PaybackCalendarYear',
  discountedPaybackCalendarYear: 'Gevinst_DiscountedPaybackCalendarYear',
} as const;

const SECTION_WORDS = {
  gain: { head: WORDS.gainSection, line: WORDS.gainLine, total: WORDS.totalGains },
  cost: { head: WORDS.costSection, line: WORDS.costLine, total: WORDS.totalCosts },
  investment: { head: WORDS.investmentSection, line: WORDS.investmentLine, total: WORDS.totalInvestments },
} as const;

const GAIN_TYPE_WORDS = { budget: WORDS.budget, 'non-budget': WORDS.nonBudget, income: WORDS.income } as const;

/** The instance identity written into the sheet, read back when the custom XML part is gone. */
export const templateStamp = (): string => `${BUSINESS_CASE.id}@${BUSINESS_CASE.version}`;

/** The business case's column widths: labels, one column a year, the total and the gain type. */
export const businessCaseWidths = (horizon: number): number[] => [
  46,
  ...Array.from({ length: horizon }, () => 11),
  11,
  14,
];

/** The layout a business case is planned with: given content sets the line counts (at least one each). */
export function businessCaseLayoutFor(p: BusinessCaseParameters, content?: BusinessCaseContent): BusinessCaseLayout {
  const count = (s: Section): number => (content ? Math.max(1, content[s].length) : p.lines[s]);
  return businessCaseLayout(p.horizon, { gain: count('gain'), cost: count('cost'), investment: count('investment') });
}

const plannedValue = z.union([
  z.number(),
  z.strictObject({ formula: z.string() }),
  z.strictObject({ min: z.number(), likely: z.number(), max: z.number() }),
]);
const lineContent = z.strictObject({
  label: z.string(),
  gainType: z.enum(['budget', 'non-budget', 'income']).optional(),
  values: z.array(plannedValue).readonly(),
});

/** The insert form's parameters, with the lines a case file fills in. */
export const businessCaseSheetSchema = businessCaseParameters.extend({
  content: z
    .strictObject({
      gain: z.array(lineContent).readonly(),
      cost: z.array(lineContent).readonly(),
      investment: z.array(lineContent).readonly(),
    })
    .optional(),
});
export type BusinessCaseSheet = z.output<typeof businessCaseSheetSchema>;

type Context = BlockContext<BusinessCaseSheet, BusinessCaseLayout>;
type BCBlock = Block<BusinessCaseSheet, BusinessCaseLayout>;

const ref = (r: number): string => a1(r, 1, true);
const BAND_COL = 3;
const bandRef = (i: number): string => a1(ASSUMPTION_ROWS.flatRate, BAND_COL + 1 + i, true);
const yearsOf = (c: Context, row: number, abs = false): string =>
  a1Range(row, c.layout.firstYearCol, 1, c.layout.horizon, abs);
const at = (c: Context, key: YearRow, k: number, abs = false): string =>
  a1(c.layout.rows[key], c.layout.firstYearCol + k, abs);

const heading: BCBlock = {
  id: 'heading',
  write(g, c) {
    const p = c.params;
    const A = c.layout.assumption;
    g.formula(0, 0, `=${ref(A.title)}`, 'title');
    // Which Gevinst wrote it, and from which template: a shared workbook says so itself.
    const made = `Gevinst ${gevinstVersion()} · ${c.w(WORDS.subtitle)}`;
    g.text(1, 0, `${made} · ${c.w(WORDS.template).toLowerCase()} ${templateStamp()}`, 'subtitle');
    g.text(3, 0, c.w(WORDS.assumptions), 'section');
    const label = (r: number, word: Localized): void => g.text(r, 0, c.w(word), 'label');
    label(A.title, WORDS.title);
    g.text(A.title, 1, p.title ?? c.w(BUSINESS_CASE.title), 'input');
    label(A.firstYear, WORDS.firstYear);
    if (p.firstYear === undefined) g.blank(A.firstYear, 1, 'input', FORMATS.year);
    else g.number(A.firstYear, 1, p.firstYear, 'input', FORMATS.year);
    label(A.horizon, WORDS.horizon);
    label(A.discount, WORDS.discount);
    g.text(A.discount, 1, isPreset(p.discount) ? p.discount : c.w(WORDS.flatRate), 'input');
    label(A.flatRate, WORDS.flatRate);
    g.number(A.flatRate, 1, isPreset(p.discount) ? 0.035 : p.discount, 'input', FORMATS.rate);
    label(A.firstYearDiscounted, WORDS.firstYearDiscounted);
    g.text(A.firstYearDiscounted, 1, c.w(p.firstYearDiscounted ? WORDS.yes : WORDS.no), 'input');
    const texts = [
      ['unit', p.unit],
      ['priceLevel', p.priceLevel],
      ['owner', p.owner],
      ['source', p.source],
    ] as const;
    for (const [key, value] of texts) {
      label(A[key], WORDS[key]);
      g.text(A[key], 1, value, 'input');
    }
    label(A.date, WORDS.date);
    const serial = excelDateSerial(p.date);
    if (serial === null) g.blank(A.date, 1, 'input', FORMATS.date);
    else g.number(A.date, 1, serial, 'input', FORMATS.date);
    label(A.template, WORDS.template);
    g.text(A.template, 1, templateStamp(), 'helper');
  },
};

/** Band rates follow the discount choice: the presets' bands, or the flat rate in all three. */
const bands: BCBlock = {
  id: 'bands',
  write(g, c) {
    const A = c.layout.assumption;
    // The choice written out under the bands; beside the flat rate (version 3), whether it counts,
    // in plain text (a note's grey would cost Excel 2019 a style set of its own).
    const choice = ref(A.discount);
    g.formula(A.flatRate, 2, `=IF(${choice}="${c.w(WORDS.flatRate)}","","${c.w(WORDS.flatRateIgnored)}")`, 'formula');
    g.formula(
      A.firstYearDiscounted,
      BAND_COL,
      `=IF(${choice}="fm-2021","${c.w(WORDS.presetFm2021)}",IF(${choice}="fm-2013","${c.w(WORDS.presetFm2013)}","${c.w(WORDS.presetFlat)}"))`,
      'note',
    );
    g.text(A.discount, BAND_COL, c.w(WORDS.ratePerPeriod), 'header');
    ['1-35', '36-70', '71-'].forEach((label, i) => {
      g.text(A.discount, BAND_COL + 1 + i, label, 'header');
      const fm13 = DISCOUNT_PRESETS['fm-2013'].bands[i]?.rate ?? 0;
      const fm21 = DISCOUNT_PRESETS['fm-2021'].bands[i]?.rate ?? 0;
      const choice = ref(A.discount);
      const rate = `=IF(${choice}="fm-2013",${fm13},IF(${choice}="fm-2021",${fm21},${ref(A.flatRate)}))`;
      g.formula(A.flatRate, BAND_COL + 1 + i, rate, 'formula', FORMATS.rate);
    });
  },
};

/** The year header (År 1..År N, the total, the gain type) and the calendar years. */
const years: BCBlock = {
  id: 'years',
  write(g, c) {
    const { rows: R, firstYearCol: first, totalCol, typeCol, horizon: n, assumption: A } = c.layout;
    g.formula(R.yearHeader, 0, `="${c.w(WORDS.amountsIn)}"&${ref(A.unit)}`, 'header');
    for (let k = 0; k < n; k++) g.number(R.yearHeader, first + k, k + 1, 'header', FORMATS.yearLabel);
    g.text(R.yearHeader, totalCol, c.w(WORDS.total), 'header');
    g.text(R.yearHeader, typeCol, c.w(WORDS.gainType), 'header');
    g.formula(A.horizon, 1, `=COUNT(${yearsOf(c, R.yearHeader, true)})`, 'formula', FORMATS.year);
    g.text(R.calendar, 0, c.w(WORDS.calendarYear), 'label');
    const firstYear = ref(A.firstYear);
    for (let k = 0; k < n; k++) {
      const yearNo = a1(R.yearHeader, first + k);
      const calendar = `=IF(ISNUMBER(${firstYear}),${firstYear}+${yearNo}-1,${yearNo})`;
      g.formula(R.calendar, first + k, calendar, 'formula', FORMATS.year);
    }
  },
};

/** One input line: its label, a value per year (blank, a number, a formula or a three-point estimate), its total and its gain type. */
function writeLine(g: Grid, c: Context, s: Section, i: number): void {
  const { firstYearCol: first, horizon: n } = c.layout;
  const r = c.layout.sections[s].first + i;
  const money = moneyFormat(c.params.unit);
  const line = c.params.content?.[s][i];
  g.text(r, 0, line?.label ?? `${c.w(SECTION_WORDS[s].line)} ${i + 1}`, 'inputLabel');
  if (line && hasEstimate(line)) {
    writeEstimateLine(g, c, r, line);
    return finishLine(g, c, s, r, line);
  }
  for (let k = 0; k < n; k++) {
    const v = line?.values[k];
    if (v === undefined) g.blank(r, first + k, 'input', money);
    else if (typeof v === 'number') g.number(r, first + k, v, 'input', money);
    else if ('formula' in v) g.formula(r, first + k, v.formula, 'input', money);
  }
  finishLine(g, c, s, r, line);
}

const hasEstimate = (line: LineContent): boolean => line.values.some((v) => typeof v === 'object' && 'min' in v);

/**
 * A line with a three-point estimate: every year's ends are input cells in the line's own row
 * (a plain number is its own min, likely and max), and the year cell is their PERT mean, so the
 * ends can be changed where they stand and Beregn's pessimistic and optimistic scenarios are
 * formulas over them.
 */
function writeEstimateLine(g: Grid, c: Context, r: number, line: LineContent): void {
  const { firstYearCol: first, horizon: n } = c.layout;
  const cols = estimateCols(c.layout);
  const money = moneyFormat(c.params.unit);
  for (let k = 0; k < n; k++) {
    const v = line.values[k];
    const ends = typeof v === 'number' ? { min: v, likely: v, max: v } : v && 'min' in v ? v : null;
    for (const end of ['min', 'likely', 'max'] as const) {
      if (ends) g.number(r, cols[end] + k, ends[end], 'input', money);
      else g.blank(r, cols[end] + k, 'input', money);
    }
    const [lo, mid, hi] = [cols.min + k, cols.likely + k, cols.max + k].map((col) => a1(r, col));
    g.formula(r, first + k, `=(${lo ?? ''}+4*${mid ?? ''}+${hi ?? ''})/6`, 'input', money);
  }
}

function finishLine(g: Grid, c: Context, s: Section, r: number, line: LineContent | undefined): void {
  const { totalCol, typeCol } = c.layout;
  const money = moneyFormat(c.params.unit);
  g.formula(r, totalCol, `=SUM(${yearsOf(c, r)})`, 'formula', money);
  if (s === 'gain') g.text(r, typeCol, c.w(GAIN_TYPE_WORDS[line?.gainType ?? 'budget']), 'input');
}

/** Over the ends of three-point lines, when any: what each block holds, its years, and the region's name. */
const estimates: BCBlock = {
  id: 'estimates',
  write(g, c) {
    const content = c.params.content;
    if (!content) return;
    const rows = (['gain', 'cost', 'investment'] as const).flatMap((s) =>
      content[s].flatMap((line, i) => (hasEstimate(line) ? [{ s, row: c.layout.sections[s].first + i }] : [])),
    );
    if (rows.length === 0) return;
    const { rows: R, horizon: n, sections } = c.layout;
    const cols = estimateCols(c.layout);
    const words = { min: WORDS.estimateMin, likely: WORDS.estimateLikely, max: WORDS.estimateMax } as const;
    // What the block is, once above it; then what each part holds, short enough for a one-year case's column.
    g.text(R.yearHeader - 2, cols.min, c.w(WORDS.estimates), 'section');
    for (const end of ['min', 'likely', 'max'] as const) {
      g.text(R.yearHeader - 1, cols[end], c.w(words[end]), 'section');
      for (let k = 0; k < n; k++) g.number(R.yearHeader, cols[end] + k, k + 1, 'header', c.w(WORDS.yearNumber));
    }
    for (const { s, row } of rows)
      g.validations.push({
        range: a1Range(row, cols.min, 1, 3 * n),
        rule: { kind: 'decimal', min: s === 'gain' ? -1e12 : 0, max: 1e12 },
        error: c.w(s === 'gain' ? WORDS.amountError : WORDS.nonNegativeError),
      });
    const top = R.yearHeader - 2;
    g.names.push({
      name: ESTIMATES_NAME,
      address: a1Range(top, cols.min, sections.investment.total - top, 3 * n, true),
    });
  },
};

/** A section (gains, costs or investments): heading, lines, their rules and the total row. */
const sectionBlock = (s: Section): BCBlock => ({
  id: s,
  write(g, c) {
    const { first: firstLine, count, total } = c.layout.sections[s];
    const { firstYearCol: first, typeCol, horizon: n } = c.layout;
    g.text(firstLine - 1, 0, c.w(SECTION_WORDS[s].head), 'section');
    for (let i = 0; i < count; i++) writeLine(g, c, s, i);
    g.validations.push({
      range: a1Range(firstLine, first, count, n),
      rule: { kind: 'decimal', min: s === 'gain' ? -1e12 : 0, max: 1e12 },
      error: c.w(s === 'gain' ? WORDS.amountError : WORDS.nonNegativeError),
    });
    if (s === 'gain') {
      g.validations.push({
        range: a1Range(firstLine, typeCol, count, 1),
        rule: { kind: 'list', items: Object.values(GAIN_TYPE_WORDS).map((w) => c.w(w)) },
        error: c.w(WORDS.listError),
      });
    }
    g.text(total, 0, c.w(SECTION_WORDS[s].total), 'total');
    const money = moneyFormat(c.params.unit);
    for (let k = 0; k <= n; k++)
      g.formula(total, first + k, `=SUM(${a1(firstLine, first + k)}:${a1(total - 1, first + k)})`, 'total', money);
  },
});

/** A row with a formula per year (and optionally their total), labelled in the first column. */
function derivedRow(
  g: Grid,
  c: Context,
  key: YearRow,
  label: Localized,
  f: (k: number) => string,
  role: 'formula' | 'total' | 'helper',
  format: string,
  withTotal = false,
): void {
  const r = c.layout.rows[key];
  g.text(r, 0, c.w(label), role === 'helper' ? 'helper' : role === 'total' ? 'total' : 'label');
  for (let k = 0; k < c.layout.horizon; k++) g.formula(r, c.layout.firstYearCol + k, f(k), role, format);
  if (withTotal) g.formula(r, c.layout.totalCol, `=SUM(${yearsOf(c, r)})`, role, format);
}

/** Gains less costs, year by year and in total. */
const annualResult: BCBlock = {
  id: 'annualResult',
  write(g, c) {
    const { rows: R, sections, firstYearCol: first, horizon: n } = c.layout;
    g.text(R.annualResult, 0, c.w(WORDS.annualResult), 'total');
    for (let k = 0; k <= n; k++) {
      const col = first + k;
      const f = `=${a1(sections.gain.total, col)}-${a1(sections.cost.total, col)}`;
      g.formula(R.annualResult, col, f, 'total', moneyFormat(c.params.unit));
    }
  },
};

/** The result, its running total, the discount factors and the present values. */
const results: BCBlock = {
  id: 'results',
  write(g, c) {
    const { rows: R, sections, firstYearCol: first } = c.layout;
    const money = moneyFormat(c.params.unit);
    const investment = (k: number): string => a1(sections.investment.total, first + k);
    derivedRow(
      g,
      c,
      'result',
      WORDS.result,
      (k) => `=${at(c, 'annualResult', k)}-${investment(k)}`,
      'total',
      money,
      true,
    );
    const cumulative = (k: number): string => `=SUM(${at(c, 'result', 0, true)}:${at(c, 'result', k)})`;
    derivedRow(g, c, 'cumulative', WORDS.cumulative, cumulative, 'formula', money);
    // The factor row refers to the helper rows laid out below it.
    const factor = (k: number): string =>
      k === 0
        ? `=IF(${a1(R.period, first)}=0,1,1/(1+${a1(R.periodRate, first)}))`
        : `=${a1(R.discountFactor, first + k - 1)}/(1+${a1(R.periodRate, first + k)})`;
    derivedRow(g, c, 'discountFactor', WORDS.discountFactor, factor, 'formula', FORMATS.factor);
    const pv = (k: number): string => `=${at(c, 'result', k)}*${at(c, 'discountFactor', k)}`;
    derivedRow(g, c, 'presentValue', WORDS.presentValue, pv, 'formula', money, true);
    const cumulativePv = (k: number): string => `=SUM(${at(c, 'presentValue', 0, true)}:${at(c, 'presentValue', k)})`;
    derivedRow(g, c, 'cumulativePresentValue', WORDS.cumulativePresentValue, cumulativePv, 'formula', money);
  },
};

/** Helper rows: each year's discount period and rate, whether paid back, and the result's sign. */
const helpers: BCBlock = {
  id: 'helpers',
  write(g, c) {
    const A = c.layout.assumption;
    g.text(c.layout.helpers, 0, c.w(WORDS.helpers), 'note');
    const discounted = `IF(${ref(A.firstYearDiscounted)}="${c.w(WORDS.yes)}",1,0)`;
    const period = (k: number): string => `=${at(c, 'yearHeader', k)}-1+${discounted}`;
    derivedRow(g, c, 'period', WORDS.period, period, 'helper', FORMATS.year);
    const band = (k: number): string =>
      `=IF(${at(c, 'period', k)}<=35,${bandRef(0)},IF(${at(c, 'period', k)}<=70,${bandRef(1)},${bandRef(2)}))`;
    derivedRow(g, c, 'periodRate', WORDS.periodRate, band, 'helper', FORMATS.rate);
    const paid = (row: YearRow) => (k: number) => `=IF(${at(c, row, k)}>=0,1,0)`;
    derivedRow(g, c, 'paidBack', WORDS.paidBack, paid('cumulative'), 'helper', FORMATS.year);
    derivedRow(
      g,
      c,
      'discountedPaidBack',
      WORDS.discountedPaidBack,
      paid('cumulativePresentValue'),
      'helper',
      FORMATS.year,
    );
    // Sign of the latest non-zero result: IRR is unique when it changes exactly once.
    const sign = (k: number): string =>
      k === 0
        ? `=SIGN(${at(c, 'result', 0)})`
        : `=IF(${at(c, 'result', k)}=0,${at(c, 'sign', k - 1)},SIGN(${at(c, 'result', k)}))`;
    derivedRow(g, c, 'sign', WORDS.sign, sign, 'helper', FORMATS.year);
  },
};

/**
 * IRR needs a start near its root: Excel's and LibreOffice's Newton steps from 10 % do not reach
 * a root such as 1,000 %. NPV at trial rates brackets the root; its left end is the guess.
 */
const irrTrials: BCBlock = {
  id: 'irrTrials',
  write(g, c) {
    const { rows: R, firstYearCol: first } = c.layout;
    const money = moneyFormat(c.params.unit);
    g.text(R.trialRate, 0, c.w(WORDS.trialRate), 'helper');
    TRIAL_RATES.forEach((t, i) => g.number(R.trialRate, first + i, t, 'helper', FORMATS.rate));
    g.text(R.trialNpv, 0, c.w(WORDS.trialNpv), 'helper');
    const base = `(${yearsOf(c, R.yearHeader, true)}-1)`;
    TRIAL_RATES.forEach((_, i) => {
      const t = a1(R.trialRate, first + i);
      g.formula(R.trialNpv, first + i, `=SUMPRODUCT(${yearsOf(c, R.result, true)},(1+${t})^-${base})`, 'helper', money);
    });
    g.text(R.trialBracket, 0, c.w(WORDS.trialBracket), 'helper');
    TRIAL_RATES.slice(0, -1).forEach((_, i) => {
      const [here, next] = [a1(R.trialNpv, first + i), a1(R.trialNpv, first + i + 1)];
      g.formula(R.trialBracket, first + i, `=IF(SIGN(${here})*SIGN(${next})<0,1,0)`, 'helper', FORMATS.year);
    });
  },
};

/** The IRR's start: the left end of the first trial bracket around a root, else 10 %. */
function irrGuess(c: Context): string {
  const trials = (key: YearRow): string =>
    a1Range(c.layout.rows[key], c.layout.firstYearCol, 1, TRIAL_RATES.length - 1, true);
  return `IFERROR(INDEX(${trials('trialRate')},MATCH(1,${trials('trialBracket')},0)),0.1)`;
}

/** True while no line holds a figure: a freshly inserted case shows no NPV, IRR or payback. */
function noFigures(c: Context): string {
  const { sections, firstYearCol: first, horizon: n } = c.layout;
  const ranges = (['gain', 'cost', 'investment'] as const).map((s) =>
    a1Range(sections[s].first, first, sections[s].count, n, true),
  );
  return `COUNT(${ranges.join(',')})=0`;
}

/** The formula of each key figure; each says "udfyld input" until a line holds a figure. */
function keyFigureFormulas(c: Context): Readonly<Record<KeyFigure, string>> {
  const { rows: R, firstYearCol: first, horizon: n } = c.layout;
  const result = yearsOf(c, R.result, true);
  const signs = (from: number): string => a1Range(R.sign, first + from, 1, n - 1, true);
  const signChanges = n === 1 ? '0' : `SUMPRODUCT(--(${signs(1)}*${signs(0)}<0))`;
  const never = `"${c.w(WORDS.notWithinHorizon)}"`;
  const match = (flags: YearRow): string => `MATCH(1,${yearsOf(c, R[flags], true)},0)`;
  const m = match('paidBack');
  const fraction = `${m}-1-INDEX(${yearsOf(c, R.cumulative, true)},${m}-1)/INDEX(${result},${m})`;
  const guard = (formula: string): string => `=IF(${noFigures(c)},"${c.w(WORDS.fillIn)}",${formula})`;
  return {
    [NAMES.npv]: guard(`SUMPRODUCT(${result},${yearsOf(c, R.discountFactor, true)})`),
    [NAMES.irr]: guard(`IF(${signChanges}=1,IRR(${result},${irrGuess(c)}),"${c.w(WORDS.noUniqueRate)}")`),
    // The År number, as calc's paybackYear; the calendar year stands beside it under its own name.
    [NAMES.paybackYear]: guard(`IFERROR(${m},${never})`),
    [NAMES.paybackYears]: guard(`IFERROR(IF(${m}=1,0,${fraction}),${never})`),
    [NAMES.discountedPaybackYear]: guard(`IFERROR(${match('discountedPaidBack')},${never})`),
  };
}

/** The calendar year of an År number in `cell`, blank without a first year or a number there. */
function calendarOf(c: Context, cell: string): string {
  const firstYear = ref(c.layout.assumption.firstYear);
  return `=IF(AND(ISNUMBER(${firstYear}),ISNUMBER(${cell})),${firstYear}+${cell}-1,"")`;
}

/** Where each payback's calendar year stands (column C of its row), and its name. */
export const CALENDAR_FIGURES = [
  { of: NAMES.paybackYear, name: NAMES.paybackCalendarYear },
  { of: NAMES.discountedPaybackYear, name: NAMES.discountedPaybackCalendarYear },
] as const;

/** A key figure's number format: money in the case's unit, an År number, or as given. */
const keyFigureFormat = (c: Context, format: string): string =>
  format === 'money' ? moneyFormat(c.params.unit) : format === 'yearNumber' ? c.w(WORDS.yearNumber) : format;

const KEY_FIGURE_WORDS: Readonly<Record<KeyFigure, readonly [Localized, string]>> = {
  [NAMES.npv]: [WORDS.npv, 'money'],
  [NAMES.irr]: [WORDS.irr, FORMATS.rate],
  [NAMES.paybackYear]: [WORDS.paybackYear, 'yearNumber'],
  [NAMES.paybackYears]: [WORDS.paybackYears, FORMATS.years],
  [NAMES.discountedPaybackYear]: [WORDS.discountedPaybackYear, 'yearNumber'],
};

const keyFigures: BCBlock = {
  id: 'keyFigures',
  write(g, c) {
    g.text(c.layout.keyFiguresHeading, 0, c.w(WORDS.keyFigures), 'section');
    const formulas = keyFigureFormulas(c);
    for (const name of KEY_FIGURES) {
      const r = c.layout.keyFigures[name];
      const [label, format] = KEY_FIGURE_WORDS[name];
      g.text(r, 0, c.w(label), 'label');
      const shown = keyFigureFormat(c, format);
      g.formula(r, 1, formulas[name], 'key', shown);
    }
    g.text(c.layout.keyFigures[NAMES.irr], 2, c.w(WORDS.irrNote), 'note');
    for (const { of } of CALENDAR_FIGURES) {
      const r = c.layout.keyFigures[of];
      g.formula(r, 2, calendarOf(c, a1(r, 1)), 'formula', c.w(WORDS.calendarYearFormat));
    }
  },
};

/**
 * What the colours mean, beside the assumptions (rows of unit, price level, owner): the inputs'
 * and the key figures'. Totals (bold on grey, named by their label) need no key; each sample
 * costs Excel a style set of its own.
 */
const legend: BCBlock = {
  id: 'legend',
  write(g, c) {
    const A = c.layout.assumption;
    g.text(A.unit, BAND_COL, c.w(WORDS.legend), 'label');
    const rows = [
      [WORDS.legendInput, WORDS.legendInputNote, 'input'],
      [WORDS.legendKey, WORDS.legendKeyNote, 'key'],
    ] as const;
    rows.forEach(([sample, note, role], i) => {
      g.text(A.priceLevel + i, BAND_COL, c.w(sample), role);
      g.text(A.priceLevel + i, BAND_COL + 1, c.w(note), 'note');
    });
  },
};

/** The key figures repeated at the top (version 3), so the first printed page holds them too. */
const TOP_FIGURES = [NAMES.npv, NAMES.irr, NAMES.paybackYear] as const;

/**
 * Where the key figures stand at the top: a heading in row 4 and one figure a row below it, the
 * label two columns left of the gain-type column and the figure in it (the rows of title, first
 * year and horizon, whose inputs sit in column B). None for a horizon under three years: there is
 * no room right of the assumptions, and such a sheet is short.
 */
export function topFigures(layout: BusinessCaseLayout): { row: number; labelCol: number; valueCol: number } | null {
  const labelCol = layout.typeCol - 2;
  return labelCol < BAND_COL ? null : { row: ASSUMPTION_ROWS.title - 1, labelCol, valueCol: layout.typeCol };
}

const keyFiguresAtTop: BCBlock = {
  id: 'keyFiguresAtTop',
  write(g, c) {
    const at = topFigures(c.layout);
    if (!at) return;
    g.text(at.row, at.labelCol, c.w(WORDS.keyFiguresAtTop), 'label');
    TOP_FIGURES.forEach((name, i) => {
      const [label, format] = KEY_FIGURE_WORDS[name];
      const shown = keyFigureFormat(c, format);
      g.text(at.row + 1 + i, at.labelCol, c.w(label), 'label');
      g.formula(at.row + 1 + i, at.valueCol, `=${a1(c.layout.keyFigures[name], 1, true)}`, 'formula', shown);
    });
  },
};

/** A plan as version 1 of the template wrote it: without the cells and names version 2 added. */
export function asWrittenBy(plan: SheetPlan, layout: BusinessCaseLayout, version: number): SheetPlan {
  if (version >= 3) return plan;
  const top = topFigures(layout);
  // Version 3 added the key figures at the top, and whether the flat rate counts beside it.
  const added = new Set([
    `${layout.assumption.flatRate}:2`,
    ...(top === null
      ? []
      : [0, 1, 2, 3].flatMap((i) => [
          `${top.row + i}:${top.labelCol}`,
          ...(i > 0 ? [`${top.row + i}:${top.valueCol}`] : []),
        ])),
  ]);
  const names = new Set<string>();
  if (version < 2) {
    // Version 2 added the written-out preset, the calendar years and the legend.
    added.add(`${layout.assumption.firstYearDiscounted}:${BAND_COL}`);
    for (const { of, name } of CALENDAR_FIGURES) {
      added.add(`${layout.keyFigures[of]}:2`);
      names.add(name);
    }
    for (const i of [0, 1, 2, 3]) {
      added.add(`${layout.assumption.unit + i}:${BAND_COL}`);
      added.add(`${layout.assumption.unit + i}:${BAND_COL + 1}`);
    }
  }
  return {
    ...plan,
    cells: plan.cells.map((row, r) => row.map((cell, k) => (added.has(`${r}:${k}`) ? null : cell))),
    names: plan.names.filter((n) => !names.has(n.name)),
  };
}

/** Data validation of the assumptions: a year, a discount choice, a rate, yes or no. */
const assumptionRules: BCBlock = {
  id: 'assumptionRules',
  write(g, c) {
    const A = c.layout.assumption;
    g.validations.push(
      { range: a1(A.firstYear, 1), rule: { kind: 'whole', min: 1900, max: 2200 }, error: c.w(WORDS.yearError) },
      {
        range: a1(A.discount, 1),
        rule: { kind: 'list', items: discountChoices(c.language) },
        error: c.w(WORDS.listError),
      },
      { range: a1(A.flatRate, 1), rule: { kind: 'decimal', min: -0.99, max: 1 }, error: c.w(WORDS.rateError) },
      {
        range: a1(A.firstYearDiscounted, 1),
        rule: { kind: 'list', items: [c.w(WORDS.yes), c.w(WORDS.no)] },
        error: c.w(WORDS.listError),
      },
    );
  },
};

type BCResult = ResultDefinition<BusinessCaseSheet, BusinessCaseLayout>;
const keyResult = (name: KeyFigure, engineOnly?: string): BCResult => ({
  id: name,
  name,
  at: (c) => ({ row: c.layout.keyFigures[name], col: 1 }),
  ...(engineOnly ? { engineOnly } : {}),
});

/** A row with one figure per year. */
const yearsResult = (id: string, row: (l: BusinessCaseLayout) => number): BCResult => ({
  id,
  at: (c) => ({ row: row(c.layout), col: c.layout.firstYearCol, cols: c.layout.horizon }),
});

export const BUSINESS_CASE_SHEET = defineTemplate<BusinessCaseSheet, BusinessCaseLayout>({
  id: BUSINESS_CASE.id,
  version: BUSINESS_CASE.version,
  params: businessCaseSheetSchema,
  words: WORDS,
  layout: (p) => businessCaseLayoutFor(p, p.content),
  blocks: [
    heading,
    bands,
    years,
    sectionBlock('gain'),
    sectionBlock('cost'),
    annualResult,
    sectionBlock('investment'),
    estimates,
    results,
    helpers,
    irrTrials,
    keyFigures,
    keyFiguresAtTop,
    legend,
    assumptionRules,
  ],
  results: [
    keyResult(NAMES.npv),
    keyResult(NAMES.irr, 'every root of the IRR; the sheet shows IRR() only where the result changes sign once'),
    keyResult(NAMES.paybackYear),
    keyResult(NAMES.paybackYears),
    keyResult(NAMES.discountedPaybackYear),
    ...CALENDAR_FIGURES.map(({ of, name }): BCResult => ({
      id: name,
      name,
      at: (c) => ({ row: c.layout.keyFigures[of], col: 2 }),
    })),
    yearsResult('gains', (l) => l.sections.gain.total),
    yearsResult('costs', (l) => l.sections.cost.total),
    yearsResult('investments', (l) => l.sections.investment.total),
    yearsResult('annualResult', (l) => l.rows.annualResult),
    yearsResult('result', (l) => l.rows.result),
    yearsResult('cumulative', (l) => l.rows.cumulative),
    yearsResult('discountFactors', (l) => l.rows.discountFactor),
    yearsResult('discountedResult', (l) => l.rows.presentValue),
    yearsResult('discountedCumulative', (l) => l.rows.cumulativePresentValue),
    /** The totals column of gains, costs and investments, and of the result. */
    ...(['gain', 'cost', 'investment'] as const).map((s): BCResult => ({
      id: `total.${s}`,
      at: (c) => ({ row: c.layout.sections[s].total, col: c.layout.totalCol }),
    })),
    { id: 'total.result', at: (c) => ({ row: c.layout.rows.result, col: c.layout.totalCol }) },
  ],
  names: () => [{ name: NAMES.template, address: ref(ASSUMPTION_ROWS.template) }],
  sheet: (c) => ({
    name: c.w(BUSINESS_CASE.title),
    widths: businessCaseWidths(c.layout.horizon),
    // Frozen down to the calendar years, so the year header and the key figures at the top right
    // stay in sight while the user types a year's figure; only the year header repeats in print.
    freeze: { rows: c.layout.rows.calendar + 1, cols: 1 },
    printTitleRows: { first: c.layout.rows.yearHeader, last: c.layout.rows.calendar },
    // The years, their total and the gain type print; the IRR's trial columns to the right do not.
    // A short case prints at least as far as the discount bands beside the assumptions (A–G).
    printCols: Math.max(c.layout.typeCol + 1, BAND_COL + 4),
    identity: {
      h: c.layout.horizon,
      g: c.layout.sections.gain.count,
      c: c.layout.sections.cost.count,
      i: c.layout.sections.investment.count,
    },
    metadata: flattenLayout(c.layout),
  }),
});

export function planBusinessCase(p: BusinessCaseParameters, content?: BusinessCaseContent): SheetPlan {
  return BUSINESS_CASE_SHEET.plan(content ? { ...p, content } : p);
}
