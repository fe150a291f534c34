/**
 * The management summary (ledelsesresumé) of a business case, on its own sheet, built from the
 * business case's cells so it stays live: the key figures, the assumptions, each line with
 * beregnet/anslået, budget area and source (the summary's own inputs), the anslået share, and
 * the "økonomiske konsekvenser" table in 1.000 kr. by year and Service / Anlæg / Overførsler
 * (+ more spending or less income, − a saving or more income; ikke-budgetmæssige gains left out).
 * engine/summary.ts computes the same; LibreOffice holds the two against each other.
 */
import type { BusinessCaseLayout, KeyFigure } from './business-case-layout';
import type { BudgetArea, Section } from '../engine/business-case-schema';
import { defaultArea } from '../engine/summary';
import { WORDS } from '../templates/business-case';
import { a1 } from './address';
import { NAMES } from './business-case-plan';
import { Grid } from './grid';
import type { SheetPlan } from './plan';
import { identityFormula } from './identity';
import { SHAPE_NAME } from './shape';

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
} as const;

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
  factor: 13,
} as const;

export function summaryLayout(lines: number): { lineRow: number; consequenceRow: number; signedRow: number } {
  const lineRow = 26;
  const consequenceRow = lineRow + lines + 3;
  return { lineRow, consequenceRow, signedRow: consequenceRow + 7 };
}

export function planSummary(s: SummarySheet): SheetPlan {
  const L = s.language;
  const W = SUMMARY_WORDS;
  const g = new Grid();
  const bc = s.businessCase.layout;
  const quoted = `'${s.businessCase.sheet.replace(/'/g, "''")}'`;
  const at = (r: number, c: number): string => `${quoted}!${a1(r, c, true)}`;
  const named = (name: KeyFigure): string => at(bc.keyFigures[name], 1);
  const { horizon, firstYearCol: firstCol, totalCol, typeCol } = bc;
  const assumption = (key: keyof BusinessCaseLayout['assumption']): number => bc.assumption[key];
  const rowsOf = (section: Section): number[] =>
    Array.from({ length: bc.sections[section].count }, (_, i) => bc.sections[section].first + i);
  const bcRows = [...rowsOf('gain'), ...rowsOf('cost'), ...rowsOf('investment')];
  if (bcRows.length !== s.lines.length) throw new Error('summary: one line per business-case line');
  const { lineRow, consequenceRow, signedRow } = summaryLayout(s.lines.length);
  const Y = (k: number): number => 1 + k; // years in columns B.. of the consequence tables
  const R = SUMMARY_ROWS;
  const w = (x: { da: string; en: string }): string => x[L];
  const quote = (x: { da: string; en: string }): string => `"${x[L]}"`;

  g.formula(0, 0, `="${w(W.title)}"&${at(assumption('title'), 1)}`, 'title');
  g.text(1, 0, `${w(W.subtitle)}«${s.businessCase.sheet}»`, 'subtitle');
  g.text(2, 0, w(W.signNote), 'note');

  g.text(4, 0, w(W.keyFigures), 'section');
  const key = (row: number, label: string, formula: string, format: string): void => {
    g.text(row, 0, label, 'label');
    g.formula(row, 1, formula, 'key', format);
  };
  key(R.npv, w(W.npv), `=${named(NAMES.npv)}`, '#,##0');
  key(R.irr, w(W.irr), `=${named(NAMES.irr)}`, '0.0%');
  key(R.payback, w(W.payback), `=${named(NAMES.paybackYear)}`, '0');
  const total = (section: Section): string => at(bc.sections[section].total, totalCol);
  key(R.gains, w(W.gains), `=${total('gain')}`, '#,##0');
  key(R.costs, w(W.costs), `=${total('cost')}`, '#,##0');
  key(R.investments, w(W.investments), `=${total('investment')}`, '#,##0');
  const gainCount = rowsOf('gain').length;
  const evidence = `${a1(lineRow, 3, true)}:${a1(lineRow + gainCount - 1, 3, true)}`;
  const gainTotals = `${a1(lineRow, 6, true)}:${a1(lineRow + gainCount - 1, 6, true)}`;
  key(
    R.estimatedShare,
    w(W.estimatedShare),
    `=IFERROR(SUMIF(${evidence},${quote(W.estimated)},${gainTotals})/SUM(${gainTotals}),"–")`,
    '0.0%',
  );
  key(
    R.unstatedShare,
    w(W.unstatedShare),
    `=IFERROR(SUMPRODUCT((${evidence}="")*${gainTotals})/SUM(${gainTotals}),"–")`,
    '0.0%',
  );
  const unit = `TRIM(LOWER(${at(assumption('unit'), 1)}))`;
  key(R.factor, w(W.factor), `=IF(OR(${unit}="kr.",${unit}="kr"),0.001,IF(LEFT(${unit},3)="mio",1000,1))`, '#,##0.###');
  g.names.push(
    { name: 'Gevinst_EstimatedShare', address: a1(R.estimatedShare, 1, true) },
    { name: 'Gevinst_UnstatedShare', address: a1(R.unstatedShare, 1, true) },
  );

  g.text(15, 0, w(W.assumptions), 'section');
  (
    ['horizon', 'firstYear', 'discount', 'firstYearDiscounted', 'unit', 'priceLevel', 'owner', 'source'] as const
  ).forEach((k, i) => {
    g.text(16 + i, 0, WORDS[k][L], 'label');
    g.formula(16 + i, 1, `=IF(${at(assumption(k), 1)}="","",${at(assumption(k), 1)})`, 'formula');
  });

  // Lines: what each rests on (the summary's own inputs) beside the business case's figures.
  g.text(lineRow - 2, 0, w(W.lines), 'section');
  [
    W.line,
    W.section,
    { da: WORDS.gainType.da, en: WORDS.gainType.en },
    W.evidence,
    W.area,
    W.source,
    { da: WORDS.total.da, en: WORDS.total.en },
  ].forEach((h, c) => g.text(lineRow - 1, c, w(h), 'header'));
  const areas = [W.service, W.construction, W.transfers];
  s.lines.forEach((line, i) => {
    const r = lineRow + i;
    const src = bcRows[i] ?? 0;
    g.formula(r, 0, `=${at(src, 0)}`, 'label');
    g.text(r, 1, w(W[line.section]), 'label');
    if (line.section === 'gain') g.formula(r, 2, `=${at(src, typeCol)}`, 'formula');
    g.text(r, 3, line.evidence ? w(W[line.evidence]) : '', 'input');
    g.validations.push({
      range: a1(r, 3),
      rule: { kind: 'list', items: [w(W.calculated), w(W.estimated)] },
      error: w({ da: 'Vælg fra listen.', en: 'Choose from the list.' }),
    });
    g.text(r, 4, w(W[line.area ?? defaultArea(line.section)]), 'input');
    g.validations.push({
      range: a1(r, 4),
      rule: { kind: 'list', items: areas.map(w) },
      error: w({ da: 'Vælg fra listen.', en: 'Choose from the list.' }),
    });
    g.text(r, 5, line.source ?? '', 'input');
    g.formula(r, 6, `=${at(src, totalCol)}`, 'formula', '#,##0');
  });

  // Økonomiske konsekvenser by area, from the signed lines below.
  const yearHeader = bc.rows.yearHeader;
  g.text(consequenceRow - 2, 0, w(W.consequences), 'section');
  g.text(consequenceRow - 1, 0, '', 'header');
  g.text(signedRow - 1, 0, w(W.signed), 'header');
  for (let k = 0; k < horizon; k++) {
    g.formula(consequenceRow - 1, Y(k), `=${at(yearHeader, firstCol + k)}`, 'header');
    g.formula(signedRow - 1, Y(k), `=${at(yearHeader, firstCol + k)}`, 'header');
  }
  const areaRange = `${a1(lineRow, 4, true)}:${a1(lineRow + s.lines.length - 1, 4, true)}`;
  areas.forEach((area, j) => {
    const r = consequenceRow + j;
    g.text(r, 0, w(area), 'label');
    for (let k = 0; k < horizon; k++) {
      const signed = `${a1(signedRow, Y(k))}:${a1(signedRow + s.lines.length - 1, Y(k))}`;
      g.formula(r, Y(k), `=SUMIF(${areaRange},${quote(area)},${signed})`, 'formula', '#,##0');
    }
  });
  g.text(consequenceRow + 3, 0, WORDS.total[L], 'total');
  for (let k = 0; k < horizon; k++) {
    g.formula(
      consequenceRow + 3,
      Y(k),
      `=SUM(${a1(consequenceRow, Y(k))}:${a1(consequenceRow + 2, Y(k))})`,
      'total',
      '#,##0',
    );
  }
  const factor = a1(R.factor, 1, true);
  s.lines.forEach((line, i) => {
    const r = signedRow + i;
    const src = bcRows[i] ?? 0;
    g.formula(r, 0, `=${a1(lineRow + i, 0)}`, 'helper');
    const sign = line.section === 'gain' ? `IF(${at(src, typeCol)}="${WORDS.nonBudget[L]}",0,-1)` : '1';
    for (let k = 0; k < horizon; k++) {
      g.formula(r, Y(k), `=${sign}*${factor}*N(${at(src, firstCol + k)})`, 'helper', '#,##0.0');
    }
  });

  g.names.push({ name: 'Gevinst_Template', address: a1(1, 0, true) });
  g.names.push({
    name: SHAPE_NAME,
    formula: identityFormula({ templateId: 'summary', version: 1, language: L, params: { lines: s.lines.length } }),
  });
  return g.toPlan(
    w(W.sheet),
    [40, 14, 14, 14, 14, 24, 14, ...Array.from({ length: Math.max(0, horizon - 6) }, () => 12)],
    { rows: 0, cols: 1 },
    {
      templateId: 'summary',
      templateVersion: 1,
      language: L,
      layout: { lineRow, consequenceRow, signedRow, horizon, lines: s.lines.length },
    },
  );
}
