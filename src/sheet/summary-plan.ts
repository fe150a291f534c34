/**
 * The management summary (ledelsesresumé) of a business case, on its own sheet, built from the
 * business case's cells so it stays live: the key figures, the assumptions, each line with
 * beregnet/anslået, budget area and source (the summary's own inputs), the anslået share, and
 * the "økonomiske konsekvenser" table in 1.000 kr. by year and Service / Anlæg / Overførsler
 * (+ more spending or less income, − a saving or more income; ikke-budgetmæssige gains left out).
 * One definition: `gevinst calc` reports the summary's figures by evaluating these formulas
 * (summary-figures.ts), so the sheet and calc cannot disagree.
 */
import { z } from 'zod';
import { MAX_SECTION_LINES, MAX_YEARS } from '../engine/business-case-limits';
import {
  AFFECTED,
  ASPECTS,
  qualitativeSchema,
  type BudgetArea,
  type Qualitative,
  type Section,
} from '../engine/business-case-schema';
import type { Localized } from '../templates/template';
import { WORDS } from '../templates/business-case';
import { a1, a1Range, qualified } from './address';
import { businessCaseLayout, type BusinessCaseLayout, type KeyFigure } from './business-case-layout';
import { NAMES } from './business-case-plan';
import { defineTemplate, type Block, type BlockContext, type ResultDefinition } from './define';
import type { Grid } from './grid';
import type { SheetPlan } from './plan';

export const SUMMARY_WORDS = {
  sheet: { da: 'Ledelsesresumé', en: 'Management summary' },
  title: { da: 'Ledelsesresumé: ', en: 'Management summary: ' },
  subtitle: { da: 'Gevinst · ledelsesresumé af arket ', en: 'Gevinst · management summary of the sheet ' },
  signNote: {
    da: 'Økonomiske konsekvenser i 1.000 kr.: + er merudgift eller mindreindtægt, − er mindreudgift eller merindtægt. Ikke-budgetmæssige gevinster indgår ikke.',
    en: 'Financial consequences in 1,000 kr.: + is more spending or less income, − is a saving or more income. Gains not harvested in the budget are left out.',
  },
  keyFigures: { da: 'Nøgletal', en: 'Key figures' },
  npv: { da: 'Nutidsværdi', en: 'Net present value' },
  irr: { da: 'Intern rente', en: 'Internal rate of return' },
  payback: { da: 'Tilbagebetalt i år', en: 'Paid back in year' },
  gains: { da: 'Gevinster i alt', en: 'Total gains' },
  costs: { da: 'Omkostninger i alt', en: 'Total costs' },
  investments: { da: 'Investeringer i alt', en: 'Total investments' },
  estimatedShare: { da: 'Anslået andel af gevinsterne', en: 'Estimated share of the gains' },
  unstatedShare: { da: 'Gevinster uden angivet grundlag', en: 'Gains with no evidence given' },
  assumptions: { da: 'Forudsætninger', en: 'Assumptions' },
  lines: { da: 'Linjer og deres grundlag', en: 'Lines and what they rest on' },
  line: { da: 'Linje', en: 'Line' },
  section: { da: 'Sektion', en: 'Section' },
  evidence: { da: 'Grundlag', en: 'Evidence' },
  area: { da: 'Budgetområde', en: 'Budget area' },
  source: { da: 'Kilde', en: 'Source' },
  consequences: { da: 'Økonomiske konsekvenser (1.000 kr.)', en: 'Financial consequences (1,000 kr.)' },
  signed: { da: 'Linjer i 1.000 kr. med budgetfortegn', en: 'Lines in 1,000 kr. with budget signs' },
  factor: { da: 'Omregning til 1.000 kr.', en: 'Conversion to 1,000 kr.' },
  calculated: { da: 'Beregnet', en: 'Calculated' },
  estimated: { da: 'Anslået', en: 'Estimated' },
  service: { da: 'Service', en: 'Service' },
  construction: { da: 'Anlæg', en: 'Capital' },
  transfers: { da: 'Overførsler', en: 'Transfers' },
  gain: { da: 'Gevinst', en: 'Gain' },
  cost: { da: 'Omkostning', en: 'Cost' },
  investment: { da: 'Investering', en: 'Investment' },
  qualitative: {
    da: 'Kvalitativ vurdering: konsekvenser for kvalitet, service og trivsel',
    en: 'Qualitative assessment: consequences for quality, service and wellbeing',
  },
  affected: { da: 'For', en: 'For' },
  aspect: { da: 'Bundlinje', en: 'Bottom line' },
  rating: { da: 'Vurdering', en: 'Rating' },
  description: { da: 'Beskrivelse', en: 'Description' },
  changeRestsOn: {
    da: 'Forudsætninger for forandringen, usikkerheder og risici',
    en: 'What the change rests on: assumptions, uncertainties and risks',
  },
  ratingError: { da: 'Vælg en vurdering fra listen.', en: 'Choose a rating from the list.' },
} as const;

/** Who a consequence falls on, and the qualitative bottom lines (seed 002: kvalitet, service og trivsel). */
export const AFFECTED_WORDS: Readonly<Record<(typeof AFFECTED)[number], Localized>> = {
  citizens: { da: 'Borgere', en: 'Citizens' },
  staff: { da: 'Medarbejdere', en: 'Staff' },
  organisation: { da: 'Organisationen', en: 'The organisation' },
};
export const ASPECT_WORDS: Readonly<Record<(typeof ASPECTS)[number], Localized>> = {
  quality: { da: 'Kvalitet', en: 'Quality' },
  service: { da: 'Service', en: 'Service' },
  wellbeing: { da: 'Trivsel', en: 'Wellbeing' },
};
/** The ratings, from +2 to −2. */
export const RATING_WORDS: readonly Localized[] = [
  { da: 'Meget bedre', en: 'Much better' },
  { da: 'Bedre', en: 'Better' },
  { da: 'Uændret', en: 'Unchanged' },
  { da: 'Dårligere', en: 'Worse' },
  { da: 'Meget dårligere', en: 'Much worse' },
];
const ratingWord = (rating: number): Localized | undefined => RATING_WORDS[2 - rating];

/**
 * What an investment line's label says it buys, when it is an asset a municipality books as Anlæg:
 * building and construction, premises, equipment, machines, vehicles, hardware (Danish and English).
 */
const ASSET =
  /bygg|bygning|byggeri|anlæg|ombygning|renover|ejendom|lokale|inventar|udstyr|maskin|køretøj|\bbil(er)?\b|hardware|construct|building|premises|renovat|equipment|machine|vehicle|asset/i;

/**
 * The budget area a line falls in unless the user says otherwise (the summary's area cell is an
 * input): gains and costs are Service; an investment is Anlæg only where it buys an asset, and
 * Service otherwise (wages, training, consultancy, licences and implementation run on the
 * operating budget). A judgement by the label's words; the user changes it in the summary.
 */
export const defaultArea = (section: Section, label = ''): BudgetArea =>
  section === 'investment' && ASSET.test(label) ? 'construction' : 'service';

export interface SummaryLine {
  readonly section: Section;
  readonly evidence?: 'calculated' | 'estimated' | undefined;
  readonly area?: BudgetArea | undefined;
  readonly source?: string | undefined;
}

export interface SummarySheet {
  readonly language: 'da' | 'en';
  /** The business case's sheet and layout. */
  readonly businessCase: { readonly sheet: string; readonly layout: BusinessCaseLayout };
  /** One per line of the business case, in its order (gains, costs, investments). */
  readonly lines: readonly SummaryLine[];
  /** The case's qualitative assessment; blank rows to fill in without one. */
  readonly qualitative?: Qualitative | undefined;
}

export const SUMMARY_ROWS = {
  npv: 5,
  irr: 6,
  payback: 7,
  gains: 8,
  costs: 9,
  investments: 10,
  estimatedShare: 11,
  unstatedShare: 12,
} as const;

/** The conversion to 1.000 kr., a technical factor: with the working lines, not among the key figures. */
const factorRow = (l: { readonly signedRow: number }): number => l.signedRow - 2;

export function summaryLayout(
  lines: number,
  restsOn = 0,
): {
  lineRow: number;
  consequenceRow: number;
  signedRow: number;
  qualitativeRow: number;
  restsOnRow: number;
} {
  const lineRow = 26;
  const consequenceRow = lineRow + lines + 3;
  // The qualitative assessment follows the financial consequences; the signed working lines come last.
  const qualitativeRow = consequenceRow + 7;
  const restsOnRow = qualitativeRow + QUALITATIVE_ROWS + 3;
  const signedRow = restsOnRow - 1 + Math.max(RESTS_ON_ROWS, restsOn) + 3;
  return { lineRow, consequenceRow, signedRow, qualitativeRow, restsOnRow };
}

/** One row per person affected and bottom line: citizens, staff, organisation × quality, service, wellbeing. */
export const QUALITATIVE_ROWS = AFFECTED.length * ASPECTS.length;
/** The assumptions the change rests on: the case's, or this many blank rows at least. */
const RESTS_ON_ROWS = 5;

const count = z.number().int().min(1).max(MAX_SECTION_LINES);

/** What a summary is made from: the business case's sheet and shape, and what each line rests on. */
export const summaryParameters = z.strictObject({
  language: z.enum(['da', 'en']),
  businessCase: z.strictObject({
    sheet: z.string().min(1).max(31),
    horizon: z.number().int().min(1).max(MAX_YEARS),
    lines: z.strictObject({ gain: count, cost: count, investment: count }),
  }),
  lines: z.array(
    z.strictObject({
      section: z.enum(['gain', 'cost', 'investment']),
      evidence: z.enum(['calculated', 'estimated']).optional(),
      area: z.enum(['service', 'construction', 'transfers']).optional(),
      source: z.string().optional(),
    }),
  ),
  qualitative: qualitativeSchema.optional(),
});
export type SummaryParameters = z.output<typeof summaryParameters>;

interface SummaryLayout {
  readonly bc: BusinessCaseLayout;
  /** The business case's line rows, in the summary's line order. */
  readonly bcRows: readonly number[];
  readonly lineRow: number;
  readonly consequenceRow: number;
  readonly signedRow: number;
  readonly qualitativeRow: number;
  readonly restsOnRow: number;
}

type Context = BlockContext<SummaryParameters, SummaryLayout>;

function layoutOf(p: SummaryParameters): SummaryLayout {
  const bc = businessCaseLayout(p.businessCase.horizon, p.businessCase.lines);
  const rowsOf = (section: Section): number[] =>
    Array.from({ length: bc.sections[section].count }, (_, i) => bc.sections[section].first + i);
  const bcRows = [...rowsOf('gain'), ...rowsOf('cost'), ...rowsOf('investment')];
  if (bcRows.length !== p.lines.length) throw new Error('summary: one line per business-case line');
  return { bc, bcRows, ...summaryLayout(p.lines.length, p.qualitative?.assumptions.length ?? 0) };
}

/** A cell of the business case, absolute, from the summary's sheet. */
function bcCell(c: Context, r: number, col: number): string {
  return qualified(c.params.businessCase.sheet, a1(r, col, true));
}

const W = SUMMARY_WORDS;
const quote = (c: Context, x: { da: string; en: string }): string => `"${c.w(x)}"`;
const Y = (k: number): number => 1 + k; // years in columns B.. of the consequence tables
const AREAS = [W.service, W.construction, W.transfers] as const;

const heading: Block<SummaryParameters, SummaryLayout> = {
  id: 'heading',
  write(g, c) {
    g.formula(0, 0, `="${c.w(W.title)}"&${bcCell(c, c.layout.bc.assumption.title, 1)}`, 'title');
    g.text(1, 0, `${c.w(W.subtitle)}«${c.params.businessCase.sheet}»`, 'subtitle');
    g.text(2, 0, c.w(W.signNote), 'note');
  },
};

const keyFigures: Block<SummaryParameters, SummaryLayout> = {
  id: 'keyFigures',
  write(g, c) {
    const { bc, lineRow } = c.layout;
    const R = SUMMARY_ROWS;
    g.text(4, 0, c.w(W.keyFigures), 'section');
    const key = (row: number, label: string, formula: string, format: string): void => {
      g.text(row, 0, label, 'label');
      g.formula(row, 1, formula, 'key', format);
    };
    // Amounts say their unit (the business case's, e.g. "Nutidsværdi (t.kr.)"), read from its sheet.
    const unit = `TRIM(${bcCell(c, bc.assumption.unit, 1)})`;
    const money = (row: number, label: string, formula: string): void => {
      const q = label.replace(/"/g, '""');
      g.formula(row, 0, `=IF(${unit}="","${q}","${q} ("&${unit}&")")`, 'label');
      g.formula(row, 1, formula, 'key', '#,##0');
    };
    const named = (name: KeyFigure): string => bcCell(c, bc.keyFigures[name], 1);
    money(R.npv, c.w(W.npv), `=${named(NAMES.npv)}`);
    key(R.irr, c.w(W.irr), `=${named(NAMES.irr)}`, '0.0%');
    // The calendar year: a version-1 sheet holds it in the payback cell, a version-2 sheet the År
    // number (its calendar row gives the year, or the År number again without a first year).
    const payback = named(NAMES.paybackYear);
    const calendar = a1Range(bc.rows.calendar, bc.firstYearCol, 1, bc.horizon, true);
    key(
      R.payback,
      c.w(W.payback),
      `=IF(ISNUMBER(${payback}),IF(${payback}>=1900,${payback},INDEX(${qualified(c.params.businessCase.sheet, calendar)},${payback})),${payback})`,
      '0',
    );
    const total = (section: Section): string => bcCell(c, bc.sections[section].total, bc.totalCol);
    money(R.gains, c.w(W.gains), `=${total('gain')}`);
    money(R.costs, c.w(W.costs), `=${total('cost')}`);
    money(R.investments, c.w(W.investments), `=${total('investment')}`);
    const gainCount = bc.sections.gain.count;
    const evidence = `${a1(lineRow, 3, true)}:${a1(lineRow + gainCount - 1, 3, true)}`;
    const gainTotals = `${a1(lineRow, 6, true)}:${a1(lineRow + gainCount - 1, 6, true)}`;
    const estimated = `SUMIF(${evidence},${quote(c, W.estimated)},${gainTotals})`;
    key(R.estimatedShare, c.w(W.estimatedShare), `=IFERROR(${estimated}/SUM(${gainTotals}),"–")`, '0.0%');
    const unstated = `SUMPRODUCT((${evidence}="")*${gainTotals})`;
    key(R.unstatedShare, c.w(W.unstatedShare), `=IFERROR(${unstated}/SUM(${gainTotals}),"–")`, '0.0%');
  },
};

const ASSUMPTIONS = [
  'horizon',
  'firstYear',
  'discount',
  'firstYearDiscounted',
  'unit',
  'priceLevel',
  'owner',
  'source',
] as const;

const assumptions: Block<SummaryParameters, SummaryLayout> = {
  id: 'assumptions',
  write(g, c) {
    g.text(15, 0, c.w(W.assumptions), 'section');
    ASSUMPTIONS.forEach((k, i) => {
      const at = bcCell(c, c.layout.bc.assumption[k], 1);
      g.text(16 + i, 0, WORDS[k][c.language], 'label');
      g.formula(16 + i, 1, `=IF(${at}="","",${at})`, 'formula');
    });
  },
};

/** One line of the lines table: the business case's label, type and total beside the summary's own inputs. */
function writeLine(g: Grid, c: Context, line: SummaryLine, i: number): void {
  const { bc, lineRow, bcRows } = c.layout;
  const r = lineRow + i;
  const src = bcRows[i] ?? 0;
  const choose = c.w({ da: 'Vælg fra listen.', en: 'Choose from the list.' });
  g.formula(r, 0, `=${bcCell(c, src, 0)}`, 'label');
  g.text(r, 1, c.w(W[line.section]), 'label');
  if (line.section === 'gain') g.formula(r, 2, `=${bcCell(c, src, bc.typeCol)}`, 'formula');
  g.text(r, 3, line.evidence ? c.w(W[line.evidence]) : '', 'input');
  g.validations.push({
    range: a1(r, 3),
    rule: { kind: 'list', items: [c.w(W.calculated), c.w(W.estimated)] },
    error: choose,
  });
  g.text(r, 4, c.w(W[line.area ?? defaultArea(line.section)]), 'input');
  g.validations.push({ range: a1(r, 4), rule: { kind: 'list', items: AREAS.map(c.w) }, error: choose });
  g.text(r, 5, line.source ?? '', 'input');
  g.formula(r, 6, `=${bcCell(c, src, bc.totalCol)}`, 'formula', '#,##0');
}

const lines: Block<SummaryParameters, SummaryLayout> = {
  id: 'lines',
  write(g, c) {
    const { lineRow } = c.layout;
    g.text(lineRow - 2, 0, c.w(W.lines), 'section');
    const headers = [W.line, W.section, WORDS.gainType, W.evidence, W.area, W.source, WORDS.total];
    headers.forEach((h, col) => g.text(lineRow - 1, col, c.w(h), 'header'));
    c.params.lines.forEach((line, i) => writeLine(g, c, line, i));
  },
};

/** Økonomiske konsekvenser by area, summed from the signed lines below. */
const consequences: Block<SummaryParameters, SummaryLayout> = {
  id: 'consequences',
  write(g, c) {
    const { bc, lineRow, consequenceRow, signedRow } = c.layout;
    const n = c.params.lines.length;
    g.text(consequenceRow - 2, 0, c.w(W.consequences), 'section');
    g.text(consequenceRow - 1, 0, '', 'header');
    g.text(signedRow - 1, 0, c.w(W.signed), 'header');
    // Calendar years where the business case has a first year ("2026"), else "År 1".
    const firstYear = bcCell(c, bc.assumption.firstYear, 1);
    const yearWord = c.language === 'da' ? '"År "' : '"Year "';
    for (let k = 0; k < bc.horizon; k++) {
      const heading = `=IF(ISNUMBER(${firstYear}),${bcCell(c, bc.rows.calendar, bc.firstYearCol + k)},${yearWord}&${bcCell(c, bc.rows.yearHeader, bc.firstYearCol + k)})`;
      g.formula(consequenceRow - 1, Y(k), heading, 'header', '0');
      g.formula(signedRow - 1, Y(k), heading, 'header', '0');
    }
    const areaRange = `${a1(lineRow, 4, true)}:${a1(lineRow + n - 1, 4, true)}`;
    AREAS.forEach((area, j) => {
      const r = consequenceRow + j;
      g.text(r, 0, c.w(area), 'label');
      for (let k = 0; k < bc.horizon; k++) {
        const signed = `${a1(signedRow, Y(k))}:${a1(signedRow + n - 1, Y(k))}`;
        g.formula(r, Y(k), `=SUMIF(${areaRange},${quote(c, area)},${signed})`, 'formula', '#,##0');
      }
    });
    g.text(consequenceRow + 3, 0, WORDS.total[c.language], 'total');
    for (let k = 0; k < bc.horizon; k++) {
      const sum = `=SUM(${a1(consequenceRow, Y(k))}:${a1(consequenceRow + 2, Y(k))})`;
      g.formula(consequenceRow + 3, Y(k), sum, 'total', '#,##0');
    }
  },
};

/** Each line in 1.000 kr. with its budget sign; ikke-budgetmæssige gains count 0. */
const signedLines: Block<SummaryParameters, SummaryLayout> = {
  id: 'signedLines',
  write(g, c) {
    const { bc, lineRow, signedRow, bcRows } = c.layout;
    const unit = `TRIM(LOWER(${bcCell(c, bc.assumption.unit, 1)}))`;
    g.text(factorRow(c.layout), 0, c.w(W.factor), 'helper');
    const conversion = `=IF(OR(${unit}="kr.",${unit}="kr"),0.001,IF(LEFT(${unit},3)="mio",1000,1))`;
    g.formula(factorRow(c.layout), 1, conversion, 'helper', '#,##0.###');
    const factor = a1(factorRow(c.layout), 1, true);
    c.params.lines.forEach((line, i) => {
      const r = signedRow + i;
      const src = bcRows[i] ?? 0;
      g.formula(r, 0, `=${a1(lineRow + i, 0)}`, 'helper');
      const nonBudget = `IF(${bcCell(c, src, bc.typeCol)}="${WORDS.nonBudget[c.language]}",0,-1)`;
      const sign = line.section === 'gain' ? nonBudget : '1';
      for (let k = 0; k < bc.horizon; k++) {
        const value = `=${sign}*${factor}*N(${bcCell(c, src, bc.firstYearCol + k)})`;
        g.formula(r, Y(k), value, 'helper', '#,##0.0');
      }
    });
  },
};

/** The qualitative assessment and what the change rests on: inputs the case fills or the user types. */
const qualitative: Block<SummaryParameters, SummaryLayout> = {
  id: 'qualitative',
  write(g, c) {
    const { qualitativeRow: Q, restsOnRow: A } = c.layout;
    const q = c.params.qualitative;
    g.text(Q - 2, 0, c.w(W.qualitative), 'section');
    [W.affected, W.aspect, W.rating, W.description].forEach((h, col) => g.text(Q - 1, col, c.w(h), 'header'));
    AFFECTED.forEach((who, i) =>
      ASPECTS.forEach((aspect, j) => {
        const r = Q + i * ASPECTS.length + j;
        const given = q?.consequences.find((x) => x.for === who && x.aspect === aspect);
        g.text(r, 0, c.w(AFFECTED_WORDS[who]), 'label');
        g.text(r, 1, c.w(ASPECT_WORDS[aspect]), 'label');
        const word = given ? ratingWord(given.rating) : undefined;
        if (word) g.text(r, 2, c.w(word), 'input');
        else g.blank(r, 2, 'input');
        if (given?.description) g.text(r, 3, given.description, 'input');
        else g.blank(r, 3, 'input');
      }),
    );
    g.validations.push({
      range: `${a1(Q, 2)}:${a1(Q + QUALITATIVE_ROWS - 1, 2)}`,
      rule: { kind: 'list', items: RATING_WORDS.map((x) => c.w(x)) },
      error: c.w(W.ratingError),
    });
    g.text(A - 2, 0, c.w(W.changeRestsOn), 'section');
    const restsOn = q?.assumptions ?? [];
    for (let i = 0; i < Math.max(RESTS_ON_ROWS, restsOn.length); i++) {
      const text = restsOn[i];
      if (text) g.text(A - 1 + i, 0, text, 'input');
      else g.blank(A - 1 + i, 0, 'input');
    }
  },
};

type SummaryResult = ResultDefinition<SummaryParameters, SummaryLayout>;
const key = (id: string, row: number, name?: string): SummaryResult => ({
  id,
  at: () => ({ row, col: 1 }),
  ...(name ? { name } : {}),
});
const consequenceRow = (id: string, j: number): SummaryResult => ({
  id,
  at: (c) => ({ row: c.layout.consequenceRow + j, col: Y(0), cols: c.layout.bc.horizon }),
});

export const SUMMARY = defineTemplate<SummaryParameters, SummaryLayout>({
  id: 'summary',
  version: 1,
  params: summaryParameters,
  words: SUMMARY_WORDS,
  layout: layoutOf,
  blocks: [heading, keyFigures, assumptions, lines, consequences, signedLines, qualitative],
  results: [
    key('npv', SUMMARY_ROWS.npv),
    {
      ...key('irr', SUMMARY_ROWS.irr),
      engineOnly: 'every root of the IRR; the sheet shows IRR() only where the result changes sign once',
    },
    key('payback', SUMMARY_ROWS.payback),
    key('gains', SUMMARY_ROWS.gains),
    key('costs', SUMMARY_ROWS.costs),
    key('investments', SUMMARY_ROWS.investments),
    key('estimatedShare', SUMMARY_ROWS.estimatedShare, 'Gevinst_EstimatedShare'),
    key('unstatedShare', SUMMARY_ROWS.unstatedShare, 'Gevinst_UnstatedShare'),
    { id: 'factor', at: (c) => ({ row: factorRow(c.layout), col: 1 }) },
    consequenceRow('service', 0),
    consequenceRow('construction', 1),
    consequenceRow('transfers', 2),
    consequenceRow('total', 3),
  ],
  names: () => [{ name: 'Gevinst_Template', address: a1(1, 0, true) }],
  sheet: (c) => ({
    name: c.w(W.sheet),
    widths: [40, 14, 14, 14, 14, 24, 14, ...Array.from({ length: Math.max(0, c.layout.bc.horizon - 6) }, () => 12)],
    freeze: { rows: 0, cols: 1 },
    identity: { lines: c.params.lines.length },
    metadata: {
      lineRow: c.layout.lineRow,
      consequenceRow: c.layout.consequenceRow,
      signedRow: c.layout.signedRow,
      qualitativeRow: c.layout.qualitativeRow,
      restsOnRow: c.layout.restsOnRow,
      horizon: c.layout.bc.horizon,
      lines: c.params.lines.length,
    },
  }),
});

/** The summary's parameters from a business case's sheet and typed layout. */
export function summaryParametersOf(s: SummarySheet): SummaryParameters {
  const { sheet, layout } = s.businessCase;
  const lines = {
    gain: layout.sections.gain.count,
    cost: layout.sections.cost.count,
    investment: layout.sections.investment.count,
  };
  return {
    language: s.language,
    businessCase: { sheet, horizon: layout.horizon, lines },
    lines: [...s.lines],
    ...(s.qualitative ? { qualitative: s.qualitative } : {}),
  };
}

export const planSummary = (s: SummarySheet): SheetPlan => SUMMARY.plan(summaryParametersOf(s));
