/**
 * The risk register of a business case, on its own sheet and live: each risk's probability and
 * consequence as a three-point estimate (min, most likely, max) in the case's unit, the År it
 * falls in and the section it hits; native formulas for the PERT mean, the expected cost
 * (probability × mean), the expected cost discounted with the business case's own discount factor
 * of that År, the totals, and the NPV after expected risks; a 5 × 5 matrix counting the risks by
 * probability and consequence level, coloured by conditional formatting where it holds any. No
 * limit of 12 risks. A row with a label but a blank figure says "udfyld input", and so does every
 * total that rests on it. One definition: `gevinst calc` and the engine (engine/risks.ts) agree
 * with these formulas by the parity test.
 */
import { z } from 'zod';
import { MAX_RISKS, type BusinessCaseFile } from '../engine/business-case-schema';
import { MAX_SECTION_LINES, MAX_YEARS } from '../engine/business-case-limits';
import { a1, qualified } from './address';
import { businessCaseLayout, type BusinessCaseLayout } from './business-case-layout';
import { NAMES } from './business-case-plan';
import { defineTemplate, type Block, type BlockContext } from './define';
import type { SheetPlan } from './plan';

export const RISK_WORDS = {
  sheet: { da: 'Risici', en: 'Risks' },
  title: { da: 'Risikoregister: ', en: 'Risk register: ' },
  subtitle: { da: 'Gevinst · risici til arket ', en: 'Gevinst · risks of the sheet ' },
  note: {
    da: 'Middel = (min + 4 × mest sandsynlig + maks) / 6 (PERT). Forventet omkostning = sandsynlighed × middel, tilbagediskonteret med business casens faktor for året. Konsekvenser i casens enhed.',
    en: "Mean = (min + 4 × most likely + max) / 6 (PERT). Expected cost = probability × mean, discounted with the business case's factor for the year. Consequences in the case's unit.",
  },
  keyFigures: { da: 'Nøgletal', en: 'Key figures' },
  npv: { da: 'Nutidsværdi (business case)', en: 'Net present value (business case)' },
  expected: { da: 'Forventet risikoomkostning i alt', en: 'Expected risk cost, total' },
  expectedDiscounted: {
    da: 'Forventet risikoomkostning, tilbagediskonteret',
    en: 'Expected risk cost, discounted',
  },
  npvAfter: { da: 'Nutidsværdi efter forventede risici', en: 'Net present value after expected risks' },
  risks: { da: 'Risici', en: 'Risks' },
  risk: { da: 'Risiko', en: 'Risk' },
  owner: { da: 'Ejer', en: 'Owner' },
  probability: { da: 'Sandsynlighed', en: 'Probability' },
  min: { da: 'Min', en: 'Min' },
  likely: { da: 'Mest sandsynlig', en: 'Most likely' },
  max: { da: 'Maks', en: 'Max' },
  year: { da: 'År', en: 'Year' },
  section: { da: 'Rammer', en: 'Hits' },
  mitigation: { da: 'Afbødning', en: 'Mitigation' },
  mean: { da: 'Middel (PERT)', en: 'Mean (PERT)' },
  expectedCost: { da: 'Forventet omkostning', en: 'Expected cost' },
  factor: { da: 'Diskonteringsfaktor', en: 'Discount factor' },
  discounted: { da: 'Tilbagediskonteret', en: 'Discounted' },
  probabilityLevel: { da: 'Sandsynlighedsniveau', en: 'Probability level' },
  consequenceLevel: { da: 'Konsekvensniveau', en: 'Consequence level' },
  total: { da: 'I alt', en: 'Total' },
  gain: { da: 'Gevinst', en: 'Gain' },
  cost: { da: 'Omkostning', en: 'Cost' },
  investment: { da: 'Investering', en: 'Investment' },
  fillIn: { da: 'udfyld input', en: 'fill in' },
  matrix: { da: 'Risikomatrix: antal risici', en: 'Risk matrix: number of risks' },
  matrixCorner: { da: 'Sandsynlighed ↓ / konsekvens →', en: 'Probability ↓ / consequence →' },
  levels: { da: 'Niveauer (fra og med)', en: 'Levels (from)' },
  probabilityFrom: { da: 'Sandsynlighed fra', en: 'Probability from' },
  consequenceFrom: { da: 'Konsekvens (middel) fra', en: 'Consequence (mean) from' },
  level: { da: 'Niveau', en: 'Level' },
  choose: { da: 'Vælg fra listen.', en: 'Choose from the list.' },
  probabilityError: {
    da: 'Skriv en sandsynlighed mellem 0 % og 100 %.',
    en: 'Enter a probability between 0 % and 100 %.',
  },
  amountError: { da: 'Skriv et tal, der er 0 eller større.', en: 'Enter a number of 0 or more.' },
  yearError: {
    da: 'Skriv et år i business casens horisont: ',
    en: "Enter a year within the business case's horizon: ",
  },
} as const;

const W = RISK_WORDS;
/** Risks shown on an inserted register with none yet. */
export const BLANK_RISKS = 12;

const count = z.number().int().min(1).max(MAX_SECTION_LINES);
const amount = z.number().min(0).max(1e15);

export const riskRegisterParameters = z.strictObject({
  language: z.enum(['da', 'en']),
  businessCase: z.strictObject({
    sheet: z.string().min(1).max(31),
    horizon: z.number().int().min(1).max(MAX_YEARS),
    lines: z.strictObject({ gain: count, cost: count, investment: count }),
  }),
  risks: z
    .array(
      z.strictObject({
        label: z.string(),
        owner: z.string().optional(),
        probability: z.number().min(0).max(1).optional(),
        consequence: z.strictObject({ min: amount, likely: amount, max: amount }).optional(),
        year: z.number().int().min(1).max(MAX_YEARS).optional(),
        section: z.enum(['gain', 'cost', 'investment']).default('cost'),
        mitigation: z.string().optional(),
      }),
    )
    .max(MAX_RISKS),
  /** Rows in the register: the risks given, and blank rows up to this many. */
  rows: z.number().int().min(1).max(MAX_RISKS),
  /** Where each consequence level starts (level 1 from 0), in the case's unit. */
  consequenceSteps: z.tuple([amount, amount, amount, amount]),
});
export type RiskRegisterParameters = z.output<typeof riskRegisterParameters>;

/** Where each probability level starts: 1 below 10 %, 2 from 10 %, 3 from 30 %, 4 from 50 %, 5 from 70 %. */
export const PROBABILITY_STEPS = [0, 0.1, 0.3, 0.5, 0.7] as const;

/** Columns of the register. */
export const RISK_COLUMNS = {
  label: 0,
  owner: 1,
  probability: 2,
  min: 3,
  likely: 4,
  max: 5,
  year: 6,
  section: 7,
  mitigation: 8,
  mean: 9,
  expected: 10,
  factor: 11,
  discounted: 12,
  probabilityLevel: 13,
  consequenceLevel: 14,
} as const;
const C = RISK_COLUMNS;

export const RISK_ROWS = { npv: 5, expected: 6, expectedDiscounted: 7, npvAfter: 8, header: 11 } as const;

interface RiskLayout {
  readonly bc: BusinessCaseLayout;
  readonly first: number;
  readonly rows: number;
  readonly total: number;
  /** The level thresholds' rows (probability, then consequence), their values in columns B..F. */
  readonly levels: number;
  /** The matrix's header row; probability 5 is the row below it, 1 the fifth. */
  readonly matrix: number;
}

type Context = BlockContext<RiskRegisterParameters, RiskLayout>;

function layoutOf(p: RiskRegisterParameters): RiskLayout {
  const bc = businessCaseLayout(p.businessCase.horizon, p.businessCase.lines);
  const rows = Math.max(p.rows, p.risks.length);
  const first = RISK_ROWS.header + 1;
  const total = first + rows;
  const levels = total + 3;
  return { bc, first, rows, total, levels, matrix: levels + 4 };
}

const bcCell = (c: Context, r: number, col: number): string => qualified(c.params.businessCase.sheet, a1(r, col, true));

const column = (c: Context, col: number): string =>
  `${a1(c.layout.first, col, true)}:${a1(c.layout.first + c.layout.rows - 1, col, true)}`;
const fillIn = (c: Context): string => `"${c.w(W.fillIn)}"`;

const heading: Block<RiskRegisterParameters, RiskLayout> = {
  id: 'heading',
  write(g, c) {
    g.formula(0, 0, `="${c.w(W.title)}"&${bcCell(c, c.layout.bc.assumption.title, 1)}`, 'title');
    g.text(1, 0, `${c.w(W.subtitle)}«${c.params.businessCase.sheet}»`, 'subtitle');
    g.text(2, 0, c.w(W.note), 'note');
  },
};

const keyFigures: Block<RiskRegisterParameters, RiskLayout> = {
  id: 'keyFigures',
  write(g, c) {
    const R = RISK_ROWS;
    g.text(4, 0, c.w(W.keyFigures), 'section');
    const key = (row: number, label: string, formula: string): void => {
      g.text(row, 0, label, 'label');
      g.formula(row, 1, formula, 'key', '#,##0');
    };
    const { total } = c.layout;
    key(R.npv, c.w(W.npv), `=${bcCell(c, c.layout.bc.keyFigures[NAMES.npv], 1)}`);
    key(R.expected, c.w(W.expected), `=${a1(total, C.expected)}`);
    key(R.expectedDiscounted, c.w(W.expectedDiscounted), `=${a1(total, C.discounted)}`);
    const npv = a1(R.npv, 1);
    const after = `=IF(OR(ISTEXT(${npv}),ISTEXT(${a1(total, C.discounted)})),${fillIn(c)},${npv}-${a1(total, C.discounted)})`;
    key(R.npvAfter, c.w(W.npvAfter), after);
  },
};

/** One register row: the user's inputs, then the formulas that follow from them. */
function writeRisk(g: Parameters<Block<RiskRegisterParameters, RiskLayout>['write']>[0], c: Context, i: number): void {
  const r = c.layout.first + i;
  const risk = c.params.risks[i];
  const cell = (col: number): string => a1(r, col);
  g.text(r, C.label, risk?.label ?? '', 'input');
  g.text(r, C.owner, risk?.owner ?? '', 'input');
  const number = (col: number, value: number | undefined, format: string): void => {
    if (value === undefined) g.blank(r, col, 'input', format);
    else g.number(r, col, value, 'input', format);
  };
  number(C.probability, risk?.probability, '0%');
  number(C.min, risk?.consequence?.min, '#,##0');
  number(C.likely, risk?.consequence?.likely, '#,##0');
  number(C.max, risk?.consequence?.max, '#,##0');
  number(C.year, risk?.year, '0');
  g.text(r, C.section, risk ? c.w(W[risk.section]) : '', 'input');
  g.text(r, C.mitigation, risk?.mitigation ?? '', 'input');
  // A row is blank, complete (five figures), or to be filled in.
  const figures = `COUNT(${cell(C.probability)},${cell(C.min)},${cell(C.likely)},${cell(C.max)},${cell(C.year)})`;
  const blank = `AND(${cell(C.label)}="",${figures}=0)`;
  const guard = (value: string): string => `=IF(${blank},"",IF(${figures}<5,${fillIn(c)},${value}))`;
  g.formula(r, C.mean, guard(`(${cell(C.min)}+4*${cell(C.likely)}+${cell(C.max)})/6`), 'formula', '#,##0.0');
  g.formula(r, C.expected, guard(`${cell(C.probability)}*${cell(C.mean)}`), 'formula', '#,##0.0');
  const { bc } = c.layout;
  const factors = `${bcCell(c, bc.rows.discountFactor, bc.firstYearCol)}:${bcCell(c, bc.rows.discountFactor, bc.firstYearCol + bc.horizon - 1).replace(/^.*!/, '')}`;
  g.formula(r, C.factor, guard(`INDEX(${factors},1,${cell(C.year)})`), 'formula', '0.0000');
  g.formula(r, C.discounted, guard(`${cell(C.expected)}*${cell(C.factor)}`), 'formula', '#,##0.0');
  const { levels } = c.layout;
  const steps = (row: number): string => `${a1(row, 1, true)}:${a1(row, 5, true)}`;
  g.formula(r, C.probabilityLevel, guard(`MATCH(${cell(C.probability)},${steps(levels)},1)`), 'formula', '0');
  g.formula(r, C.consequenceLevel, guard(`MATCH(${cell(C.mean)},${steps(levels + 1)},1)`), 'formula', '0');
}

const register: Block<RiskRegisterParameters, RiskLayout> = {
  id: 'register',
  write(g, c) {
    const { first, rows, total } = c.layout;
    g.text(RISK_ROWS.header - 1, 0, c.w(W.risks), 'section');
    const headers = [
      W.risk,
      W.owner,
      W.probability,
      W.min,
      W.likely,
      W.max,
      W.year,
      W.section,
      W.mitigation,
      W.mean,
      W.expectedCost,
      W.factor,
      W.discounted,
      W.probabilityLevel,
      W.consequenceLevel,
    ];
    headers.forEach((h, col) => g.text(RISK_ROWS.header, col, c.w(h), 'header'));
    for (let i = 0; i < rows; i++) writeRisk(g, c, i);
    const range = (col: number): string => `${a1(first, col)}:${a1(first + rows - 1, col)}`;
    const v = g.validations;
    v.push({
      range: range(C.probability),
      rule: { kind: 'decimal', min: 0, max: 1 },
      error: c.w(W.probabilityError),
    });
    v.push({
      range: `${a1(first, C.min)}:${a1(first + rows - 1, C.max)}`,
      rule: { kind: 'decimal', min: 0, max: 1e12 },
      error: c.w(W.amountError),
    });
    const horizon = c.params.businessCase.horizon;
    v.push({
      range: range(C.year),
      rule: { kind: 'whole', min: 1, max: horizon },
      error: `${c.w(W.yearError)}1–${horizon}.`,
    });
    v.push({
      range: range(C.section),
      rule: { kind: 'list', items: [W.gain, W.cost, W.investment].map(c.w) },
      error: c.w(W.choose),
    });
    g.text(total, 0, c.w(W.total), 'total');
    for (const col of [C.expected, C.discounted]) {
      const sum = `=IF(COUNTIF(${column(c, col)},${fillIn(c)})>0,${fillIn(c)},SUM(${column(c, col)}))`;
      g.formula(total, col, sum, 'total', '#,##0.0');
    }
  },
};

/** The levels' thresholds (inputs the user may change) and the 5 × 5 matrix of counts. */
const matrix: Block<RiskRegisterParameters, RiskLayout> = {
  id: 'matrix',
  write(g, c) {
    const { levels, matrix: top } = c.layout;
    g.text(levels - 1, 0, c.w(W.levels), 'section');
    g.text(levels, 0, c.w(W.probabilityFrom), 'label');
    g.text(levels + 1, 0, c.w(W.consequenceFrom), 'label');
    PROBABILITY_STEPS.forEach((p, k) => g.number(levels, 1 + k, p, 'input', '0%'));
    [0, ...c.params.consequenceSteps].forEach((s, k) => g.number(levels + 1, 1 + k, s, 'input', '#,##0'));
    g.text(top - 1, 0, c.w(W.matrix), 'section');
    g.text(top, 0, c.w(W.matrixCorner), 'header');
    for (let k = 1; k <= 5; k++) g.number(top, k, k, 'header', '0');
    const pLevels = column(c, C.probabilityLevel);
    const cLevels = column(c, C.consequenceLevel);
    for (let p = 5; p >= 1; p--) {
      const r = top + 6 - p;
      g.text(r, 0, `${c.w(W.level)} ${p}`, 'label');
      for (let k = 1; k <= 5; k++)
        g.formula(r, k, `=SUMPRODUCT((${pLevels}=${p})*(${cLevels}=${k}))`, 'formula', '0;-0;""');
    }
  },
};

/** A matrix cell's zone by probability × consequence level: low (≤ 4), medium (≤ 9) or high. */
export const ZONE_FILLS = { low: '#C6EFCE', medium: '#FFEB9C', high: '#FFC7CE' } as const;
export const zoneOf = (p: number, k: number): keyof typeof ZONE_FILLS =>
  p * k <= 4 ? 'low' : p * k <= 9 ? 'medium' : 'high';

export const RISK_REGISTER = defineTemplate<RiskRegisterParameters, RiskLayout>({
  id: 'risk-register',
  version: 1,
  params: riskRegisterParameters,
  words: RISK_WORDS,
  layout: layoutOf,
  blocks: [heading, keyFigures, register, matrix],
  results: [
    { id: 'npv', at: () => ({ row: RISK_ROWS.npv, col: 1 }) },
    { id: 'expectedCost', at: () => ({ row: RISK_ROWS.expected, col: 1 }) },
    { id: 'expectedCostDiscounted', at: () => ({ row: RISK_ROWS.expectedDiscounted, col: 1 }) },
    { id: 'npvAfterExpectedRisks', name: 'Gevinst_NpvAfterRisks', at: () => ({ row: RISK_ROWS.npvAfter, col: 1 }) },
    { id: 'means', at: (c) => ({ row: c.layout.first, col: C.mean, rows: c.layout.rows }) },
    { id: 'expected', at: (c) => ({ row: c.layout.first, col: C.expected, rows: c.layout.rows }) },
    { id: 'matrix', at: (c) => ({ row: c.layout.matrix + 1, col: 1, cols: 5, rows: 5 }) },
  ],
  names: () => [{ name: 'Gevinst_Template', address: a1(1, 0, true) }],
  sheet: (c) => ({
    name: c.w(W.sheet),
    widths: [46, 14, 12, 10, 12, 10, 6, 12, 28, 11, 12, 12, 12, 12, 12],
    freeze: { rows: RISK_ROWS.header + 1, cols: 1 },
    identity: { rows: c.layout.rows, horizon: c.params.businessCase.horizon },
    metadata: {
      first: c.layout.first,
      rows: c.layout.rows,
      total: c.layout.total,
      levels: c.layout.levels,
      matrix: c.layout.matrix,
    },
  }),
  conditionalFills: (c) =>
    Array.from({ length: 25 }, (_, i) => {
      const p = 5 - Math.floor(i / 5);
      const k = 1 + (i % 5);
      return { range: a1(c.layout.matrix + 6 - p, k), above: 0, fill: ZONE_FILLS[zoneOf(p, k)] };
    }),
});

/** A round step for the consequence levels: a fifth of the largest max, to one significant digit. */
export function consequenceStepsFor(largest: number): [number, number, number, number] {
  const raw = largest > 0 ? largest / 5 : 100;
  const magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = Math.max(1, Math.round(raw / magnitude)) * magnitude;
  return [step, 2 * step, 3 * step, 4 * step];
}

export const planRiskRegister = (p: RiskRegisterParameters): SheetPlan => RISK_REGISTER.plan(p);

type LinkedCase = { readonly sheet: string; readonly layout: BusinessCaseLayout };

/** What a register reads of its business case: the sheet, and the shape its layout follows from. */
function linkTo(bc: LinkedCase): RiskRegisterParameters['businessCase'] {
  const { sections } = bc.layout;
  return {
    sheet: bc.sheet,
    horizon: bc.layout.horizon,
    lines: { gain: sections.gain.count, cost: sections.cost.count, investment: sections.investment.count },
  };
}

/** The register of a case's risks, linked to its business-case sheet (its name and typed layout). */
export function riskRegisterParametersOf(
  c: BusinessCaseFile,
  bc: LinkedCase,
  language: 'da' | 'en',
): RiskRegisterParameters {
  const risks = c.risks ?? [];
  return {
    language,
    businessCase: linkTo(bc),
    risks: risks.map((r) => ({ ...r })),
    rows: Math.max(1, risks.length),
    consequenceSteps: consequenceStepsFor(Math.max(0, ...risks.map((r) => r.consequence.max))),
  };
}

/**
 * A register with no risks yet, as the pane inserts it on a business case: twelve blank rows, and
 * consequence levels stepping by a fifth of `largest` (the case's largest yearly cost or investment).
 */
export function blankRiskRegisterParameters(
  bc: LinkedCase,
  language: 'da' | 'en',
  largest: number,
): RiskRegisterParameters {
  return {
    language,
    businessCase: linkTo(bc),
    risks: [],
    rows: BLANK_RISKS,
    consequenceSteps: consequenceStepsFor(largest),
  };
}
