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
import { DISCOUNT_PRESETS, isPreset } from '../engine/discount';
import { BUSINESS_CASE, discountChoices, WORDS, type BusinessCaseParameters } from '../templates/business-case';
import type { GainType, Section } from '../engine/business-case-schema';
import { a1, a1Range } from './address';
import {
  businessCaseLayout,
  flattenLayout,
  type BusinessCaseLayout,
  type KeyFigure,
  type YearRow,
} from './business-case-layout';
import { excelDateSerial } from './cell-text';
import { Grid } from './grid';
import type { SheetPlan } from './plan';
import { SHAPE_NAME, shapeFormula } from './shape';

export type PlannedValue = number | { readonly formula: string };

export interface LineContent {
  readonly label: string;
  readonly gainType?: GainType;
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
} as const;

const SECTION_WORDS = {
  gain: { head: WORDS.gainSection, line: WORDS.gainLine, total: WORDS.totalGains },
  cost: { head: WORDS.costSection, line: WORDS.costLine, total: WORDS.totalCosts },
  investment: { head: WORDS.investmentSection, line: WORDS.investmentLine, total: WORDS.totalInvestments },
} as const;

const GAIN_TYPE_WORDS = { budget: WORDS.budget, 'non-budget': WORDS.nonBudget, income: WORDS.income } as const;

/** The instance identity written into the sheet, read back when the custom XML part is gone. */
export const templateStamp = (): string => `${BUSINESS_CASE.id}@${BUSINESS_CASE.version}`;

/** The layout a business case is planned with: given content sets the line counts (at least one each). */
export function businessCaseLayoutFor(p: BusinessCaseParameters, content?: BusinessCaseContent): BusinessCaseLayout {
  const count = (s: Section): number => (content ? Math.max(1, content[s].length) : p.lines[s]);
  return businessCaseLayout(p.horizon, { gain: count('gain'), cost: count('cost'), investment: count('investment') });
}

export function planBusinessCase(p: BusinessCaseParameters, content?: BusinessCaseContent): SheetPlan {
  const L = p.language;
  const g = new Grid();
  const n = p.horizon;
  const layout = businessCaseLayoutFor(p, content);
  const counts = {
    gain: layout.sections.gain.count,
    cost: layout.sections.cost.count,
    investment: layout.sections.investment.count,
  };
  const { firstYearCol: first, totalCol, typeCol } = layout;
  const R = layout.rows;
  const money = moneyFormat(p.unit);
  const years = (row: number, abs = false): string => a1Range(row, first, 1, n, abs);

  // Title and assumptions.
  const row = { title: 0, subtitle: 1, assumptions: 3 } as const;
  const A = layout.assumption;
  const ref = (r: number): string => a1(r, 1, true);
  g.formula(row.title, 0, `=${ref(A.title)}`, 'title');
  g.text(row.subtitle, 0, `${WORDS.subtitle[L]} · ${WORDS.template[L].toLowerCase()} ${templateStamp()}`, 'subtitle');
  g.text(row.assumptions, 0, WORDS.assumptions[L], 'section');
  const assumption = (r: number, label: string): void => g.text(r, 0, label, 'label');
  assumption(A.title, WORDS.title[L]);
  g.text(A.title, 1, p.title ?? BUSINESS_CASE.title[L], 'input');
  assumption(A.firstYear, WORDS.firstYear[L]);
  if (p.firstYear === undefined) g.blank(A.firstYear, 1, 'input', FORMATS.year);
  else g.number(A.firstYear, 1, p.firstYear, 'input', FORMATS.year);
  assumption(A.horizon, WORDS.horizon[L]);
  assumption(A.discount, WORDS.discount[L]);
  const choices = discountChoices(L);
  g.text(A.discount, 1, isPreset(p.discount) ? p.discount : WORDS.flatRate[L], 'input');
  assumption(A.flatRate, WORDS.flatRate[L]);
  g.number(A.flatRate, 1, isPreset(p.discount) ? 0.035 : p.discount, 'input', FORMATS.rate);
  assumption(A.firstYearDiscounted, WORDS.firstYearDiscounted[L]);
  g.text(A.firstYearDiscounted, 1, p.firstYearDiscounted ? WORDS.yes[L] : WORDS.no[L], 'input');
  for (const [key, value] of [
    ['unit', p.unit],
    ['priceLevel', p.priceLevel],
    ['owner', p.owner],
    ['source', p.source],
  ] as const) {
    assumption(A[key], WORDS[key][L]);
    g.text(A[key], 1, value, 'input');
  }
  assumption(A.date, WORDS.date[L]);
  const serial = excelDateSerial(p.date);
  if (serial === null) g.blank(A.date, 1, 'input', FORMATS.date);
  else g.number(A.date, 1, serial, 'input', FORMATS.date);
  assumption(A.template, WORDS.template[L]);
  g.text(A.template, 1, templateStamp(), 'helper');
  g.names.push({ name: NAMES.template, address: ref(A.template) });

  // Band rates follow the discount choice: the presets' bands, or the flat rate in all three.
  const bandCol = 3;
  g.text(A.discount, bandCol, WORDS.ratePerPeriod[L], 'header');
  const bandLabels = ['1-35', '36-70', '71-'];
  bandLabels.forEach((label, i) => {
    g.text(A.discount, bandCol + 1 + i, label, 'header');
    const fm13 = DISCOUNT_PRESETS['fm-2013'].bands[i]?.rate ?? 0;
    const fm21 = DISCOUNT_PRESETS['fm-2021'].bands[i]?.rate ?? 0;
    g.formula(
      A.flatRate,
      bandCol + 1 + i,
      `=IF(${ref(A.discount)}="fm-2013",${fm13},IF(${ref(A.discount)}="fm-2021",${fm21},${ref(A.flatRate)}))`,
      'formula',
      FORMATS.rate,
    );
  });
  const bandRef = (i: number): string => a1(A.flatRate, bandCol + 1 + i, true);

  // Year header.
  let r = R.yearHeader;
  g.formula(r, 0, `="${WORDS.amountsIn[L]}"&${ref(A.unit)}`, 'header');
  for (let k = 0; k < n; k++) g.number(r, first + k, k + 1, 'header', FORMATS.yearLabel);
  g.text(r, totalCol, WORDS.total[L], 'header');
  g.text(r, typeCol, WORDS.gainType[L], 'header');
  g.formula(A.horizon, 1, `=COUNT(${years(r, true)})`, 'formula', FORMATS.year);
  r = R.calendar;
  g.text(r, 0, WORDS.calendarYear[L], 'label');
  for (let k = 0; k < n; k++) {
    const yearNo = a1(R.yearHeader, first + k);
    g.formula(
      r,
      first + k,
      `=IF(ISNUMBER(${ref(A.firstYear)}),${ref(A.firstYear)}+${yearNo}-1,${yearNo})`,
      'formula',
      FORMATS.year,
    );
  }

  const lineRows = layout.sections;
  const section = (s: Section): void => {
    const words = SECTION_WORDS[s];
    const { first: firstLine, count, total } = lineRows[s];
    g.text(firstLine - 1, 0, words.head[L], 'section');
    const lines = content?.[s] ?? [];
    for (let i = 0, r = firstLine; i < count; i++, r++) {
      const line = lines[i];
      g.text(r, 0, line?.label ?? `${words.line[L]} ${i + 1}`, 'inputLabel');
      for (let k = 0; k < n; k++) {
        const v = line?.values[k];
        if (v === undefined) g.blank(r, first + k, 'input', money);
        else if (typeof v === 'number') g.number(r, first + k, v, 'input', money);
        else g.formula(r, first + k, v.formula, 'input', money);
      }
      g.formula(r, totalCol, `=SUM(${years(r)})`, 'formula', money);
      if (s === 'gain') g.text(r, typeCol, GAIN_TYPE_WORDS[line?.gainType ?? 'budget'][L], 'input');
    }
    const lastLine = total - 1;
    g.validations.push({
      range: a1Range(firstLine, first, count, n),
      rule: { kind: 'decimal', min: s === 'gain' ? -1e12 : 0, max: 1e12 },
      error: s === 'gain' ? WORDS.amountError[L] : WORDS.nonNegativeError[L],
    });
    if (s === 'gain') {
      g.validations.push({
        range: a1Range(firstLine, typeCol, count, 1),
        rule: { kind: 'list', items: Object.values(GAIN_TYPE_WORDS).map((w) => w[L]) },
        error: WORDS.listError[L],
      });
    }
    g.text(total, 0, words.total[L], 'total');
    for (let k = 0; k <= n; k++) {
      g.formula(total, first + k, `=SUM(${a1(firstLine, first + k)}:${a1(lastLine, first + k)})`, 'total', money);
    }
  };

  const derived = (
    key: YearRow,
    label: string,
    f: (k: number) => string,
    role: 'formula' | 'total' | 'helper',
    format: string,
    withTotal = false,
  ): void => {
    const r = R[key];
    g.text(r, 0, label, role === 'helper' ? 'helper' : role === 'total' ? 'total' : 'label');
    for (let k = 0; k < n; k++) g.formula(r, first + k, f(k), role, format);
    if (withTotal) g.formula(r, totalCol, `=SUM(${years(r)})`, role, format);
  };
  const at = (key: YearRow, k: number, abs = false): string => a1(R[key], first + k, abs);

  section('gain');
  section('cost');
  r = R.annualResult;
  g.text(r, 0, WORDS.annualResult[L], 'total');
  for (let k = 0; k <= n; k++) {
    g.formula(
      r,
      first + k,
      `=${a1(lineRows.gain.total, first + k)}-${a1(lineRows.cost.total, first + k)}`,
      'total',
      money,
    );
  }
  section('investment');
  derived(
    'result',
    WORDS.result[L],
    (k) => `=${at('annualResult', k)}-${a1(lineRows.investment.total, first + k)}`,
    'total',
    money,
    true,
  );
  derived(
    'cumulative',
    WORDS.cumulative[L],
    (k) => `=SUM(${at('result', 0, true)}:${at('result', k)})`,
    'formula',
    money,
  );
  // The factor row refers to the helper rows laid out below it.
  const periodRow = R.period;
  const rateRow = R.periodRate;
  derived(
    'discountFactor',
    WORDS.discountFactor[L],
    (k) =>
      k === 0
        ? `=IF(${a1(periodRow, first)}=0,1,1/(1+${a1(rateRow, first)}))`
        : `=${a1(R.discountFactor, first + k - 1)}/(1+${a1(rateRow, first + k)})`,
    'formula',
    FORMATS.factor,
  );
  derived(
    'presentValue',
    WORDS.presentValue[L],
    (k) => `=${at('result', k)}*${at('discountFactor', k)}`,
    'formula',
    money,
    true,
  );
  derived(
    'cumulativePresentValue',
    WORDS.cumulativePresentValue[L],
    (k) => `=SUM(${at('presentValue', 0, true)}:${at('presentValue', k)})`,
    'formula',
    money,
  );

  g.text(layout.helpers, 0, WORDS.helpers[L], 'note');
  const yes = WORDS.yes[L];
  derived(
    'period',
    WORDS.period[L],
    (k) => `=${a1(R.yearHeader, first + k)}-1+IF(${ref(A.firstYearDiscounted)}="${yes}",1,0)`,
    'helper',
    FORMATS.year,
  );
  derived(
    'periodRate',
    WORDS.periodRate[L],
    (k) => `=IF(${at('period', k)}<=35,${bandRef(0)},IF(${at('period', k)}<=70,${bandRef(1)},${bandRef(2)}))`,
    'helper',
    FORMATS.rate,
  );
  derived('paidBack', WORDS.paidBack[L], (k) => `=IF(${at('cumulative', k)}>=0,1,0)`, 'helper', FORMATS.year);
  derived(
    'discountedPaidBack',
    WORDS.discountedPaidBack[L],
    (k) => `=IF(${at('cumulativePresentValue', k)}>=0,1,0)`,
    'helper',
    FORMATS.year,
  );
  // Sign of the latest non-zero result: IRR is unique when it changes exactly once.
  derived(
    'sign',
    WORDS.sign[L],
    (k) =>
      k === 0 ? `=SIGN(${at('result', 0)})` : `=IF(${at('result', k)}=0,${at('sign', k - 1)},SIGN(${at('result', k)}))`,
    'helper',
    FORMATS.year,
  );
  // IRR needs a start near its root: Excel's and LibreOffice's Newton steps from 10 % do not
  // reach a root such as 1,000 %. NPV at trial rates brackets the root; its left end is the guess.
  r = R.trialRate;
  g.text(r, 0, WORDS.trialRate[L], 'helper');
  TRIAL_RATES.forEach((t, i) => g.number(r, first + i, t, 'helper', FORMATS.rate));
  r = R.trialNpv;
  g.text(r, 0, WORDS.trialNpv[L], 'helper');
  TRIAL_RATES.forEach((_, i) => {
    const t = a1(R.trialRate, first + i);
    const base = `(${years(R.yearHeader, true)}-1)`;
    g.formula(r, first + i, `=SUMPRODUCT(${years(R.result, true)},(1+${t})^-${base})`, 'helper', money);
  });
  r = R.trialBracket;
  g.text(r, 0, WORDS.trialBracket[L], 'helper');
  TRIAL_RATES.slice(0, -1).forEach((_, i) => {
    const here = a1(R.trialNpv, first + i);
    const next = a1(R.trialNpv, first + i + 1);
    g.formula(r, first + i, `=IF(SIGN(${here})*SIGN(${next})<0,1,0)`, 'helper', FORMATS.year);
  });
  const trials = (key: YearRow, count: number): string => a1Range(R[key], first, 1, count, true);
  const guess = `IFERROR(INDEX(${trials('trialRate', TRIAL_RATES.length - 1)},MATCH(1,${trials('trialBracket', TRIAL_RATES.length - 1)},0)),0.1)`;

  // Key figures.
  g.text(layout.keyFiguresHeading, 0, WORDS.keyFigures[L], 'section');
  const resultRange = years(R.result, true);
  const key = (name: KeyFigure, label: string, formula: string, format: string): void => {
    r = layout.keyFigures[name];
    g.text(r, 0, label, 'label');
    g.formula(r, 1, formula, 'key', format);
    g.names.push({ name, address: a1(r, 1, true) });
  };
  key(NAMES.npv, WORDS.npv[L], `=SUMPRODUCT(${resultRange},${years(R.discountFactor, true)})`, money);
  const signChanges =
    n === 1
      ? '0'
      : `SUMPRODUCT(--(${a1Range(R.sign, first + 1, 1, n - 1, true)}*${a1Range(R.sign, first, 1, n - 1, true)}<0))`;
  key(
    NAMES.irr,
    WORDS.irr[L],
    `=IF(${signChanges}=1,IRR(${resultRange},${guess}),"${WORDS.noUniqueRate[L]}")`,
    FORMATS.rate,
  );
  g.text(layout.keyFigures[NAMES.irr], 2, WORDS.irrNote[L], 'note');
  const never = `"${WORDS.notWithinHorizon[L]}"`;
  const match = (flags: YearRow): string => `MATCH(1,${years(R[flags], true)},0)`;
  key(
    NAMES.paybackYear,
    WORDS.paybackYear[L],
    `=IFERROR(INDEX(${years(R.calendar, true)},${match('paidBack')}),${never})`,
    FORMATS.year,
  );
  const m = match('paidBack');
  key(
    NAMES.paybackYears,
    WORDS.paybackYears[L],
    `=IFERROR(IF(${m}=1,0,${m}-1-INDEX(${years(R.cumulative, true)},${m}-1)/INDEX(${resultRange},${m})),${never})`,
    FORMATS.years,
  );
  key(
    NAMES.discountedPaybackYear,
    WORDS.discountedPaybackYear[L],
    `=IFERROR(INDEX(${years(R.calendar, true)},${match('discountedPaidBack')}),${never})`,
    FORMATS.year,
  );

  g.validations.push(
    { range: a1(A.firstYear, 1), rule: { kind: 'whole', min: 1900, max: 2200 }, error: WORDS.yearError[L] },
    { range: a1(A.discount, 1), rule: { kind: 'list', items: choices }, error: WORDS.listError[L] },
    { range: a1(A.flatRate, 1), rule: { kind: 'decimal', min: -0.99, max: 1 }, error: WORDS.rateError[L] },
    {
      range: a1(A.firstYearDiscounted, 1),
      rule: { kind: 'list', items: [WORDS.yes[L], WORDS.no[L]] },
      error: WORDS.listError[L],
    },
  );

  g.names.push({
    name: SHAPE_NAME,
    formula: shapeFormula({
      templateId: BUSINESS_CASE.id,
      version: BUSINESS_CASE.version,
      horizon: n,
      lines: counts,
      language: L,
    }),
  });

  return g.toPlan(
    BUSINESS_CASE.title[L],
    [46, ...Array.from({ length: n }, () => 11), 12, 13],
    { rows: 0, cols: 1 },
    {
      templateId: BUSINESS_CASE.id,
      templateVersion: BUSINESS_CASE.version,
      language: L,
      layout: flattenLayout(layout),
    },
  );
}
