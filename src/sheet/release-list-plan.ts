/**
 * The release list (frisættelsesliste) as a sheet: the rules felt to limit the core task, each with
 * its kind, who can release it, the approval's status, the units freed and the hours freed per unit
 * and year with their evidence; the hours, årsværk and kr. it frees; totals that count only the
 * releases granted (approval not needed, or approved) with the pending ones apart, and the granted
 * ones by kind; and the before/after measurement on kvalitet, trivsel and produktivitet at a
 * baseline, a mid-term and a final point. Live formulas; a figure that rests on a blank input says
 * "udfyld input". `gevinst calc` reads its figures from these formulas (releaseListFromSheet).
 */
import { z } from 'zod';
import {
  DIMENSIONS,
  RELEASE_APPROVALS,
  RELEASE_EVIDENCE,
  RELEASE_KINDS,
  MAX_RELEASE_RULES,
  releaseListSchema,
  releaseRuleSchema,
  type Freed,
  type ReleaseKind,
  type ReleaseListFile,
  type ReleaseListResult,
} from '../engine/release-list-schema';
import type { Scalar } from '../engine/formula/value';
import { issue } from '../engine/issue';
import { text, TEXT_LIMITS } from '../engine/schema-parts';
import { a1 } from './address';
import { defineTemplate, rowOf, rowsOf, scalarOf, type Block, type BlockContext } from './define';
import type { Localized } from '../templates/template';
import { planBook } from './plan-book';
import type { SheetPlan } from './plan';

const L = (da: string, en: string): Localized => ({ da, en });

export const RELEASE_WORDS = {
  sheet: L('Frisættelsesliste', 'Release list'),
  subtitle: L('Gevinst · frisættelsesliste', 'Gevinst · release list'),
  note: L(
    'Regler, procedurer og arbejdsgange, der opleves som begrænsende for kerneopgaven. Kun frisatte regler tæller med (godkendelse ikke nødvendig, eller godkendt); regler, der afventer godkendelse, står for sig.',
    'Rules, procedures and workflows felt to limit the core task. Only releases granted count (approval not needed, or approved); rules awaiting approval stand apart.',
  ),
  source: L(
    'Model b i Københavns Kommunes "Plan for frisættelsesforsøg 2.0" (Økonomiudvalget 7.11.2017): midtvejsevaluering medio 2019, slutevaluering ultimo 2020.',
    'Model b of Københavns Kommune\'s "Plan for frisættelsesforsøg 2.0" (Finance Committee 7.11.2017): mid-term evaluation mid-2019, final evaluation end of 2020.',
  ),
  assumptions: L('Forudsætninger', 'Assumptions'),
  hourlyCost: L('Timepris (kr. pr. time)', 'Hourly cost (kr. per hour)'),
  hoursPerFte: L('Timer pr. årsværk', 'Hours per årsværk (FTE)'),
  keyFigures: L('Nøgletal: frigjort tid pr. år', 'Key figures: time freed a year'),
  hours: L('Timer', 'Hours'),
  fte: L('Årsværk', 'Årsværk (FTE)'),
  kr: L('Kr.', 'Kr.'),
  granted: L('Frisat (ikke nødvendig eller godkendt)', 'Granted (not needed or approved)'),
  pendingTotal: L('Afventer godkendelse (tæller ikke med)', 'Awaiting approval (not counted)'),
  byKind: L('Frisat: ', 'Granted: '),
  estimatedShare: L('Andel af den frisatte tid, der er anslået', 'Share of the granted time that is estimated'),
  notNeededOutside: L(
    'regel(er) uden for forvaltningen står som "Ikke nødvendig"; de kræver godkendelse fra den relevante aktør',
    'rule(s) outside the department are marked "Not needed"; they need approval from the relevant actor',
  ),
  rulesSection: L('Regler, procedurer og arbejdsgange', 'Rules, procedures and workflows'),
  rule: L('Regel, procedure eller arbejdsgang', 'Rule, procedure or workflow'),
  kind: L('Type', 'Kind'),
  who: L('Hvem kan frisætte', 'Who can release it'),
  approval: L('Godkendelse', 'Approval'),
  units: L('Lokale enheder', 'Local units'),
  hoursPerUnit: L('Timer pr. enhed pr. år', 'Hours per unit a year'),
  evidence: L('Evidens', 'Evidence'),
  status: L('Status', 'Status'),
  grantedHours: L('Frisat, timer', 'Granted, hours'),
  department: L('Forvaltningen selv', 'The department itself'),
  actor: L('Godkendelse fra relevant aktør', 'Approval from the relevant actor'),
  measurement: L(
    'Før/efter-måling: kvalitet, trivsel og produktivitet (som minimum)',
    'Before/after measurement: quality, wellbeing and productivity (at least)',
  ),
  dimension: L('Dimension', 'Dimension'),
  indicator: L('Indikator', 'Indicator'),
  direction: L('Retning', 'Direction'),
  baseline: L('Før (baseline)', 'Before (baseline)'),
  midterm: L('Midtvejs', 'Mid-term'),
  final: L('Slut', 'Final'),
  changeMidterm: L('Ændring midtvejs', 'Change at mid-term'),
  changeFinal: L('Ændring slut', 'Change at the end'),
  improved: L('Forbedret', 'Improved'),
  yes: L('Ja', 'Yes'),
  no: L('Nej', 'No'),
  fillIn: L('udfyld input', 'fill in'),
  numberError: L('Skriv et tal, 0 eller større.', 'Enter a number, 0 or more.'),
  listError: L('Vælg en værdi fra listen.', 'Choose a value from the list.'),
} as const;

export const KIND_WORDS: Readonly<Record<ReleaseKind, Localized>> = {
  internal: L('Intern i forvaltningen', 'Internal to the department'),
  municipal: L('Fælles for kommunen', 'Common to the municipality'),
  external: L('Ekstern: lov eller overenskomst', 'External: law or agreement'),
};
const APPROVAL_WORDS: Readonly<Record<(typeof RELEASE_APPROVALS)[number], Localized>> = {
  'not-needed': L('Ikke nødvendig', 'Not needed'),
  pending: L('Afventer', 'Pending'),
  approved: L('Godkendt', 'Approved'),
  refused: L('Afvist', 'Refused'),
};
const EVIDENCE_WORDS: Readonly<Record<(typeof RELEASE_EVIDENCE)[number], Localized>> = {
  calculated: L('Beregnet', 'Calculated'),
  estimated: L('Anslået', 'Estimated'),
};
const STATUS_WORDS = {
  granted: L('Frisat', 'Granted'),
  pending: L('Afventer', 'Pending'),
  refused: L('Afvist', 'Refused'),
} as const;
const DIMENSION_WORDS: Readonly<Record<(typeof DIMENSIONS)[number], Localized>> = {
  quality: L('Kvalitet', 'Quality'),
  wellbeing: L('Trivsel', 'Wellbeing'),
  productivity: L('Produktivitet', 'Productivity'),
};
const DIRECTION_WORDS = {
  higher: L('Højere er bedre', 'Higher is better'),
  lower: L('Lavere er bedre', 'Lower is better'),
};

const W = RELEASE_WORDS;

/** The sheet takes a case file, or rules still to be named (the gallery's empty list); an unnamed row counts nowhere. */
const releaseListSheetFile = releaseListSchema.extend({
  rules: z
    .array(releaseRuleSchema.extend({ rule: text(TEXT_LIMITS.label) }))
    .min(1)
    .max(MAX_RELEASE_RULES),
});

export const releaseListParameters = z.strictObject({ language: z.enum(['da', 'en']), file: releaseListSheetFile });
export type ReleaseListParameters = z.output<typeof releaseListParameters>;

/** Rows of the key figures, and the rule table's columns. */
export const RELEASE_ROWS = {
  hourlyCost: 6,
  hoursPerFte: 7,
  granted: 11,
  pending: 12,
  internal: 13,
  municipal: 14,
  external: 15,
  estimatedShare: 16,
  check: 17,
} as const;
const COL = {
  rule: 0,
  kind: 1,
  who: 2,
  approval: 3,
  units: 4,
  perUnit: 5,
  evidence: 6,
  hours: 7,
  fte: 8,
  kr: 9,
  status: 10,
  granted: 11,
};
const IND = {
  dimension: 0,
  indicator: 1,
  direction: 2,
  baseline: 3,
  midterm: 4,
  final: 5,
  changeMid: 6,
  changeFinal: 7,
  improved: 8,
};

interface ReleaseLayout {
  readonly ruleRow: number;
  readonly ruleEnd: number;
  readonly indicatorRow: number;
  readonly indicatorEnd: number;
}

type Context = BlockContext<ReleaseListParameters, ReleaseLayout>;

function layoutOf(p: ReleaseListParameters): ReleaseLayout {
  const ruleRow = 21;
  const ruleEnd = ruleRow + p.file.rules.length;
  const indicatorRow = ruleEnd + 3;
  return { ruleRow, ruleEnd, indicatorRow, indicatorEnd: indicatorRow + Math.max(1, p.file.indicators.length) };
}

const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;
const fillIn = (c: Context): string => q(c.w(W.fillIn));
const blankTest = (cell: string): string => `ISTEXT(${cell}),${cell}=""`;
const ruleCol = (c: Context, col: number): string =>
  `${a1(c.layout.ruleRow, col, true)}:${a1(c.layout.ruleEnd - 1, col, true)}`;

const heading: Block<ReleaseListParameters, ReleaseLayout> = {
  id: 'heading',
  write(g, c) {
    g.text(0, 0, c.params.file.title, 'title');
    g.text(1, 0, c.w(W.subtitle), 'subtitle');
    g.text(2, 0, c.w(W.note), 'note');
    g.text(3, 0, c.w(W.source), 'note');
    g.text(5, 0, c.w(W.assumptions), 'section');
    const R = RELEASE_ROWS;
    g.text(R.hourlyCost, 0, c.w(W.hourlyCost), 'label');
    const cost = c.params.file.hourlyCost;
    if (cost === undefined) g.blank(R.hourlyCost, 1, 'input', '#,##0.00');
    else g.number(R.hourlyCost, 1, cost, 'input', '#,##0.00');
    g.text(R.hoursPerFte, 0, c.w(W.hoursPerFte), 'label');
    g.number(R.hoursPerFte, 1, c.params.file.hoursPerFte, 'input', '#,##0');
    g.validations.push({
      range: `${a1(R.hourlyCost, 1)}:${a1(R.hoursPerFte, 1)}`,
      rule: { kind: 'decimal', min: 0, max: 1e12 },
      error: c.w(W.numberError),
    });
  },
};

/** Hours, årsværk and kr. of a number of hours in `hours`, each "udfyld input" while an input it rests on is blank. */
function freedRow(
  g: Parameters<Block<ReleaseListParameters, ReleaseLayout>['write']>[0],
  c: Context,
  row: number,
  hours: string,
): void {
  const cost = a1(RELEASE_ROWS.hourlyCost, 1, true);
  const perFte = a1(RELEASE_ROWS.hoursPerFte, 1, true);
  const h = a1(row, 1);
  g.formula(row, 1, hours, 'key', '#,##0');
  g.formula(row, 2, `=IF(OR(${blankTest(h)},${blankTest(perFte)}),${fillIn(c)},${h}/${perFte})`, 'key', '#,##0.00');
  g.formula(row, 3, `=IF(OR(${blankTest(h)},${blankTest(cost)}),${fillIn(c)},${h}*${cost})`, 'key', '#,##0');
}

const keyFigures: Block<ReleaseListParameters, ReleaseLayout> = {
  id: 'keyFigures',
  write(g, c) {
    const R = RELEASE_ROWS;
    g.text(R.granted - 2, 0, c.w(W.keyFigures), 'section');
    [W.hours, W.fte, W.kr].forEach((h, i) => g.text(R.granted - 1, i + 1, c.w(h), 'header'));
    const status = ruleCol(c, COL.status);
    // A list with no rule named yet frees nothing known: it says so rather than 0 hours.
    const open = `OR(COUNTIF(${status},${fillIn(c)})>0,SUMPRODUCT(--(${ruleCol(c, COL.rule)}<>""))=0)`;
    const guard = (sum: string): string => `=IF(${open},${fillIn(c)},${sum})`;
    g.text(R.granted, 0, c.w(W.granted), 'label');
    freedRow(g, c, R.granted, guard(`SUM(${ruleCol(c, COL.granted)})`));
    g.text(R.pending, 0, c.w(W.pendingTotal), 'label');
    freedRow(g, c, R.pending, guard(`SUMIF(${status},${q(c.w(STATUS_WORDS.pending))},${ruleCol(c, COL.hours)})`));
    for (const kind of RELEASE_KINDS) {
      g.text(R[kind], 0, `${c.w(W.byKind)}${c.w(KIND_WORDS[kind]).toLowerCase()}`, 'label');
      freedRow(
        g,
        c,
        R[kind],
        guard(`SUMIF(${ruleCol(c, COL.kind)},${q(c.w(KIND_WORDS[kind]))},${ruleCol(c, COL.granted)})`),
      );
    }
    g.text(R.estimatedShare, 0, c.w(W.estimatedShare), 'label');
    const granted = a1(R.granted, 1);
    g.formula(
      R.estimatedShare,
      1,
      `=IF(${open},${fillIn(c)},IF(${granted}=0,"–",SUMIF(${ruleCol(c, COL.evidence)},${q(c.w(EVIDENCE_WORDS.estimated))},${ruleCol(c, COL.granted)})/${granted}))`,
      'key',
      '0.0%',
    );
    // A rule outside the department marked "not needed" still needs approval (the plan, model b).
    const outside = `SUMPRODUCT((${ruleCol(c, COL.kind)}<>${q(c.w(KIND_WORDS.internal))})*(${ruleCol(c, COL.kind)}<>"")*(${ruleCol(c, COL.approval)}=${q(c.w(APPROVAL_WORDS['not-needed']))}))`;
    g.formula(R.check, 0, `=IF(${outside}=0,"",${outside}&" ${c.w(W.notNeededOutside).replace(/"/g, '""')}")`, 'note');
  },
};

type Grid = Parameters<Block<ReleaseListParameters, ReleaseLayout>['write']>[0];
type Rule = ReleaseListParameters['file']['rules'][number];

/** One rule's row: its inputs, who can release it, the hours, årsværk and kr. it frees, and its status. */
function writeRule(g: Grid, c: Context, r: Rule, row: number): void {
  const cost = a1(RELEASE_ROWS.hourlyCost, 1, true);
  const perFte = a1(RELEASE_ROWS.hoursPerFte, 1, true);
  const word = (x: Localized): string => q(c.w(x));
  const at = (col: number): string => a1(row, col);
  if (r.rule) g.text(row, COL.rule, r.rule, 'inputLabel');
  else g.blank(row, COL.rule, 'inputLabel');
  // A row without a rule's name is not a rule yet: its formulas stay empty and it counts nowhere.
  const named = (formula: string): string => `=IF(${at(COL.rule)}="","",${formula.slice(1)})`;
  const choice = (col: number, value: Localized | undefined): void =>
    value ? g.text(row, col, c.w(value), 'input') : g.blank(row, col, 'input');
  choice(COL.kind, r.kind && KIND_WORDS[r.kind]);
  g.formula(
    row,
    COL.who,
    named(
      `=IF(${at(COL.kind)}="",${fillIn(c)},IF(${at(COL.kind)}=${word(KIND_WORDS.internal)},${word(W.department)},${word(W.actor)}))`,
    ),
  );
  choice(COL.approval, r.approval && APPROVAL_WORDS[r.approval]);
  for (const [col, v] of [
    [COL.units, r.units],
    [COL.perUnit, r.hoursPerUnit],
  ] as const)
    if (v === undefined) g.blank(row, col, 'input', '#,##0.##');
    else g.number(row, col, v, 'input', '#,##0.##');
  choice(COL.evidence, r.evidence && EVIDENCE_WORDS[r.evidence]);
  const units = at(COL.units);
  const per = at(COL.perUnit);
  const hours = at(COL.hours);
  g.formula(
    row,
    COL.hours,
    named(`=IF(OR(${blankTest(units)},${blankTest(per)}),${fillIn(c)},${units}*${per})`),
    'formula',
    '#,##0',
  );
  g.formula(
    row,
    COL.fte,
    named(`=IF(OR(${blankTest(hours)},${blankTest(perFte)}),${fillIn(c)},${hours}/${perFte})`),
    'formula',
    '#,##0.00',
  );
  g.formula(
    row,
    COL.kr,
    named(`=IF(OR(${blankTest(hours)},${blankTest(cost)}),${fillIn(c)},${hours}*${cost})`),
    'formula',
    '#,##0',
  );
  const approval = at(COL.approval);
  const granted = `OR(${approval}=${word(APPROVAL_WORDS['not-needed'])},${approval}=${word(APPROVAL_WORDS.approved)})`;
  // Refused is refused whatever else is blank; otherwise the status waits for every input it rests on.
  const blanks = [COL.kind, COL.approval, COL.evidence].map((k) => `${at(k)}=""`).join(',');
  g.formula(
    row,
    COL.status,
    named(
      `=IF(${approval}=${word(APPROVAL_WORDS.refused)},${word(STATUS_WORDS.refused)},IF(OR(${blanks},ISTEXT(${hours})),${fillIn(c)},IF(${granted},${word(STATUS_WORDS.granted)},IF(${approval}=${word(APPROVAL_WORDS.pending)},${word(STATUS_WORDS.pending)},${fillIn(c)}))))`,
    ),
  );
  g.formula(row, COL.granted, `=IF(${at(COL.status)}=${word(STATUS_WORDS.granted)},${hours},0)`, 'formula', '#,##0');
}

const rules: Block<ReleaseListParameters, ReleaseLayout> = {
  id: 'rules',
  write(g, c) {
    const { ruleRow, ruleEnd } = c.layout;
    g.text(ruleRow - 2, 0, c.w(W.rulesSection), 'section');
    [
      W.rule,
      W.kind,
      W.who,
      W.approval,
      W.units,
      W.hoursPerUnit,
      W.evidence,
      W.hours,
      W.fte,
      W.kr,
      W.status,
      W.grantedHours,
    ].forEach((h, col) => g.text(ruleRow - 1, col, c.w(h), 'header'));
    c.params.file.rules.forEach((r, i) => writeRule(g, c, r, ruleRow + i));
    const list = (col: number, words: readonly Localized[]): void => {
      g.validations.push({
        range: `${a1(ruleRow, col)}:${a1(ruleEnd - 1, col)}`,
        rule: { kind: 'list', items: words.map((x) => c.w(x)) },
        error: c.w(W.listError),
      });
    };
    list(
      COL.kind,
      RELEASE_KINDS.map((k) => KIND_WORDS[k]),
    );
    list(
      COL.approval,
      RELEASE_APPROVALS.map((k) => APPROVAL_WORDS[k]),
    );
    list(
      COL.evidence,
      RELEASE_EVIDENCE.map((k) => EVIDENCE_WORDS[k]),
    );
    g.validations.push({
      range: `${a1(ruleRow, COL.units)}:${a1(ruleEnd - 1, COL.perUnit)}`,
      rule: { kind: 'decimal', min: 0, max: 1e12 },
      error: c.w(W.numberError),
    });
  },
};

const measurement: Block<ReleaseListParameters, ReleaseLayout> = {
  id: 'measurement',
  write(g, c) {
    const { indicatorRow, indicatorEnd } = c.layout;
    g.text(indicatorRow - 2, 0, c.w(W.measurement), 'section');
    [
      W.dimension,
      W.indicator,
      W.direction,
      W.baseline,
      W.midterm,
      W.final,
      W.changeMidterm,
      W.changeFinal,
      W.improved,
    ].forEach((h, col) => g.text(indicatorRow - 1, col, c.w(h), 'header'));
    const list = c.params.file.indicators;
    for (let i = 0; i < Math.max(1, list.length); i++) {
      const row = indicatorRow + i;
      const x = list[i];
      const at = (col: number): string => a1(row, col);
      if (x) g.text(row, IND.dimension, c.w(DIMENSION_WORDS[x.dimension]), 'input');
      else g.blank(row, IND.dimension, 'input');
      if (x?.indicator) g.text(row, IND.indicator, x.indicator, 'input');
      else g.blank(row, IND.indicator, 'input');
      g.text(row, IND.direction, c.w(DIRECTION_WORDS[x?.direction ?? 'higher']), 'input');
      for (const [col, v] of [
        [IND.baseline, x?.baseline],
        [IND.midterm, x?.midterm],
        [IND.final, x?.final],
      ] as const)
        if (v === undefined) g.blank(row, col, 'input', '#,##0.0#');
        else g.number(row, col, v, 'input', '#,##0.0#');
      const change = (to: number): string =>
        `=IF(OR(${blankTest(at(IND.baseline))},${blankTest(at(to))}),"",${at(to)}-${at(IND.baseline)})`;
      g.formula(row, IND.changeMid, change(IND.midterm), 'formula', '#,##0.0#');
      g.formula(row, IND.changeFinal, change(IND.final), 'formula', '#,##0.0#');
      const better = `IF(${at(IND.direction)}=${q(c.w(DIRECTION_WORDS.lower))},${at(IND.final)}<${at(IND.baseline)},${at(IND.final)}>${at(IND.baseline)})`;
      g.formula(
        row,
        IND.improved,
        `=IF(OR(${blankTest(at(IND.baseline))},${blankTest(at(IND.final))}),"",IF(${better},${q(c.w(W.yes))},${q(c.w(W.no))}))`,
      );
    }
    const rows = (col: number): string => `${a1(indicatorRow, col)}:${a1(indicatorEnd - 1, col)}`;
    g.validations.push({
      range: rows(IND.dimension),
      rule: { kind: 'list', items: DIMENSIONS.map((d) => c.w(DIMENSION_WORDS[d])) },
      error: c.w(W.listError),
    });
    g.validations.push({
      range: rows(IND.direction),
      rule: { kind: 'list', items: [c.w(DIRECTION_WORDS.higher), c.w(DIRECTION_WORDS.lower)] },
      error: c.w(W.listError),
    });
  },
};

export const RELEASE_LIST = defineTemplate<ReleaseListParameters, ReleaseLayout>({
  id: 'release-list',
  version: 1,
  params: releaseListParameters,
  words: {},
  layout: layoutOf,
  blocks: [heading, keyFigures, rules, measurement],
  results: [
    { id: 'granted', name: 'Gevinst_ReleasedHours', at: () => ({ row: RELEASE_ROWS.granted, col: 1, cols: 3 }) },
    { id: 'pending', at: () => ({ row: RELEASE_ROWS.pending, col: 1, cols: 3 }) },
    ...RELEASE_KINDS.map((kind) => ({ id: kind, at: () => ({ row: RELEASE_ROWS[kind], col: 1, cols: 3 }) })),
    { id: 'estimatedShare', at: () => ({ row: RELEASE_ROWS.estimatedShare, col: 1 }) },
    { id: 'rules', at: (c) => ({ row: c.layout.ruleRow, col: COL.hours, cols: 4, rows: c.params.file.rules.length }) },
    {
      id: 'indicators',
      at: (c) => ({
        row: c.layout.indicatorRow,
        col: IND.changeMid,
        cols: 3,
        rows: Math.max(1, c.params.file.indicators.length),
      }),
    },
  ],
  names: () => [{ name: 'Gevinst_Template', address: a1(1, 0, true) }],
  sheet: (c) => ({
    name: c.w(W.sheet),
    widths: [54, 31, 30, 16, 12, 14, 12, 11, 11, 12, 12, 12],
    freeze: { rows: 0, cols: 1 },
    identity: { rules: c.params.file.rules.length, indicators: Math.max(1, c.params.file.indicators.length) },
    metadata: { ruleRow: c.layout.ruleRow, indicatorRow: c.layout.indicatorRow },
  }),
});

const num = (v: Scalar | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** What `gevinst calc` prints: the sheet's own formulas, evaluated. */
export function releaseListFromSheet(file: ReleaseListFile): ReleaseListResult {
  const params: ReleaseListParameters = { language: 'en', file };
  const plan = RELEASE_LIST.plan(params);
  const f = RELEASE_LIST.figures(params, planBook([plan]), plan.sheetName);
  const freed = (id: string): Freed => {
    const r = rowOf(f.get(id));
    return { hours: num(r[0]), fte: num(r[1]), kr: num(r[2]) };
  };
  const statusOf = (s: Scalar | undefined): ReleaseListResult['rules'][number]['status'] =>
    s === STATUS_WORDS.granted.en
      ? 'granted'
      : s === STATUS_WORDS.pending.en
        ? 'pending'
        : s === STATUS_WORDS.refused.en
          ? 'refused'
          : null;
  const missing: string[] = [];
  if (file.hourlyCost === undefined) missing.push('hourlyCost');
  file.rules.forEach((r, i) => {
    if (r.approval === 'refused') return;
    for (const k of ['kind', 'approval', 'units', 'hoursPerUnit', 'evidence'] as const)
      if (r[k] === undefined) missing.push(`rules[${i}].${k}`);
  });
  const issues = file.rules.flatMap((r, i) =>
    r.kind !== undefined && r.kind !== 'internal' && r.approval === 'not-needed'
      ? [
          issue(
            'approval_needed',
            ['rules', i, 'approval'],
            { name: r.rule, other: KIND_WORDS[r.kind].en.toLowerCase(), otherDa: KIND_WORDS[r.kind].da.toLowerCase() },
            'warning',
          ),
        ]
      : [],
  );
  const yes = (s: Scalar | undefined): boolean | null => (s === W.yes.en ? true : s === W.no.en ? false : null);
  return {
    template: 'release-list',
    title: file.title,
    rules: rowsOf(f.get('rules')).map((r, i) => ({
      rule: file.rules[i]?.rule ?? '',
      hours: num(r[0]),
      fte: num(r[1]),
      kr: num(r[2]),
      status: statusOf(r[3]),
    })),
    totals: {
      granted: freed('granted'),
      pending: freed('pending'),
      byKind: { internal: freed('internal'), municipal: freed('municipal'), external: freed('external') },
      estimatedShare: num(scalarOf(f.get('estimatedShare'))),
    },
    indicators: file.indicators.map((x, i) => {
      const r = rowsOf(f.get('indicators'))[i] ?? [];
      return {
        dimension: x.dimension,
        indicator: x.indicator,
        changeMidterm: num(r[0]),
        changeFinal: num(r[1]),
        improved: yes(r[2]),
      };
    }),
    missing,
    issues,
  };
}

/** The gallery's empty list: eight rules to name and fill in, and the three bottom lines to measure. */
export function planEmptyReleaseList(language: 'da' | 'en'): SheetPlan {
  return RELEASE_LIST.plan({
    language,
    file: releaseListParameters.shape.file.parse({
      template: 'release-list',
      title: W.sheet[language],
      rules: Array.from({ length: 8 }, () => ({ rule: '' })),
    }),
  });
}
