/**
 * The template kinds the catalogue's proposals need (catalogue §10), each a builder of a
 * calculation model. Row and column names follow KL's skeletons; every blank input is a figure
 * the municipality supplies, every prefilled one comes from the proposal's text.
 */
import type { Expr, InputValue, Model, ModelColumn, ModelResult, ModelRow, ModelTable, Words } from '../engine/model';
import {
  add,
  cell,
  div,
  ge,
  ifThen,
  iferr,
  le,
  mul,
  n,
  runningTotal,
  scalars,
  sub,
  sumRow,
  txt,
  v,
  w,
  yearColumns,
} from './model-dsl';

export const KIND_IDS = [
  'percent-profile',
  'result-table',
  'before-after',
  'hours-frequency',
  'investment-strategy',
  'without-with',
  'potential',
  'formula-sheet',
  'benchmark',
  'checklist',
  'measurement',
] as const;
export type KindId = (typeof KIND_IDS)[number];

export const KIND_NAMES: Readonly<Record<KindId, Words>> = {
  'percent-profile': w('Procentprofil', 'Percent profile'),
  'result-table': w('Resultattabel i t.kr.', 'Result table in t.kr.'),
  'before-after': w('Før/efter pr. niveau', 'Before/after by level'),
  'hours-frequency': w('Timer × frekvens × enheder', 'Hours × frequency × units'),
  'investment-strategy': w('Investeringsstrategi', 'Investment strategy'),
  'without-with': w('Uden vs. efter indsats', 'Without vs. with the effort'),
  potential: w('Potentialeskabelon', 'Potential'),
  'formula-sheet': w('Formelark', 'Formula sheet'),
  benchmark: w('Benchmark', 'Benchmark'),
  checklist: w('Tjekliste og realisering', 'Checklist and realisation'),
  measurement: w('Før/efter-måling (tredobbelt bundlinje)', 'Before/after measurement (triple bottom line)'),
};

const HOURS_PER_FTE = 1924;
const fteRow = {
  id: 'hoursPerFte',
  label: w('Timer pr. årsværk', 'Hours per årsværk (FTE)'),
  value: HOURS_PER_FTE,
  format: 'count',
} as const;

/** The hourly cost and the hours in an årsværk, for sheets that count hours (TPL-3, TPL-4). */
function valuedHoursInputs(wage: number | null | undefined): ModelTable {
  return scalars('inputs', w('Forudsætninger', 'Assumptions'), [
    { id: 'wage', label: w('Timeløn (kr.)', 'Hourly cost (kr.)'), value: wage ?? null, format: 'decimal' },
    fteRow,
  ]);
}

/** Hours a year, their value at the hourly cost, and the årsværk they make. */
function valuedHours(hours: Expr): ModelResult[] {
  return [
    { id: 'hours', label: w('Timer pr. år', 'Hours a year'), expr: hours, format: 'hours' },
    {
      id: 'kr',
      label: w('Værdi pr. år, kr.', 'Value a year, kr.'),
      expr: mul(hours, v('inputs', 'wage')),
      format: 'amount',
    },
    {
      id: 'fte',
      label: w('Årsværk', 'Årsværk (FTE)'),
      expr: div(hours, v('inputs', 'hoursPerFte')),
      format: 'decimal',
    },
  ];
}

/** TPL-1: a yearly % saving on a baseline, cumulated; investment; net saving. */
export function percentProfile(o: {
  baseline: Words;
  baselineValue?: number | null;
  steps: readonly (number | null)[];
  investment?: readonly (number | null)[];
  lastPlus?: boolean;
  /** The years the source says the saving rises for: a check flags a profile that still rises after them. */
  risesFor?: { readonly years: number; readonly source: Words };
}): Model {
  const cols = yearColumns(o.steps.length, o.lastPlus);
  const profile: ModelTable = {
    id: 'profile',
    title: w('Forventet besparelse', 'Expected saving'),
    columns: cols,
    rows: [
      {
        id: 'step',
        label: w('Ny besparelse i året, % af grundlaget', 'New saving in the year, % of baseline'),
        values: o.steps,
        format: 'percent',
      },
      {
        id: 'level',
        label: w('Samlet besparelse, %', 'Total saving, %'),
        formula: runningTotal('step'),
        format: 'percent',
      },
      { id: 'gross', label: w('Bruttobesparelse'), formula: mul(v('inputs', 'baseline'), cell('level')) },
      { id: 'investment', label: w('Investering'), values: o.investment ?? [], optional: true },
      { id: 'net', label: w('Nettobesparelse'), formula: sub(cell('gross'), cell('investment')) },
      {
        id: 'cumulative',
        label: w('Akkumuleret nettobesparelse', 'Cumulative net saving'),
        formula: runningTotal('net'),
      },
    ],
  };
  const last = cols[cols.length - 1]?.id ?? 'y1';
  return {
    tables: [
      scalars('inputs', w('Grundlag', 'Baseline'), [
        { id: 'baseline', label: o.baseline, value: o.baselineValue ?? null },
      ]),
      profile,
    ],
    results: [
      {
        id: 'lastYearSaving',
        label: w('Bruttobesparelse i sidste år', 'Gross saving in the last year'),
        expr: cell('gross', last, 'profile'),
        format: 'amount',
      },
      {
        id: 'totalNet',
        label: w('Nettobesparelse i alt', 'Total net saving'),
        expr: sumRow('net', 'profile'),
        format: 'amount',
      },
      ...(o.risesFor
        ? [
            risesAfter(
              o.risesFor,
              cols.slice(o.risesFor.years).map((c) => c.id),
            ),
          ]
        : []),
    ],
  };
}

/** A check: does the profile still add savings after the years the source says it rises for? */
function risesAfter(r: { readonly years: number; readonly source: Words }, later: readonly string[]): ModelResult {
  const rises = later.map((col) => cell('step', col, 'profile')).reduce((a, b) => add(a, b), n(0));
  return {
    id: 'risesAfter',
    label: w(`Stiger profilen efter år ${r.years}?`, `Does the profile rise after year ${r.years}?`),
    expr: ifThen(
      le(rises, n(0)),
      txt(w('Nej', 'No')),
      txt(w(`Ja; kilden: ${r.source.da}`, `Yes; the source: ${r.source.en}`)),
    ),
    format: 'text',
  };
}

/**
 * TPL-2: KL's result table in t.kr. (Side 22, 36–37): Indtjening − Omkostninger = Årligt resultat;
 * − Investering = Resultat; with the cumulative result and the payback year. `gain` is a formula
 * per year (from the drivers) or prefilled values.
 */
export function resultTable(o: {
  years: number;
  gain?: Expr;
  gainValues?: readonly InputValue[];
  costs?: readonly InputValue[];
  investment?: readonly InputValue[];
  drivers?: readonly ModelTable[];
  id?: string;
  title?: Words;
  /** Names the key figures when a sheet holds two result tables ("Business case 1: "). */
  prefix?: Words;
  /**
   * The source had costs and an investment but lost their figures (A07): the rows wait to be filled
   * in (0 where there is none) instead of counting a blank as 0.
   */
  lostCosts?: boolean;
}): Model {
  const id = o.id ?? 'result';
  const optional = !o.lostCosts;
  const named = (x: Words): Words =>
    o.prefix ? w(`${o.prefix.da}${x.da.toLowerCase()}`, `${o.prefix.en}${x.en.toLowerCase()}`) : x;
  const table: ModelTable = {
    id,
    title: o.title ?? w('Beregning af business case. Resultat i t.kr.', 'Business case. Result in t.kr.'),
    columns: yearColumns(o.years, true),
    rows: [
      {
        id: 'gain',
        label: w('Indtjening (reduktion af omkostninger, tab mm.)', 'Gains (cost reductions, avoided losses etc.)'),
        ...(o.gain ? { formula: o.gain } : { values: o.gainValues ?? [] }),
      },
      {
        id: 'cost',
        label: w(
          '− Omkostninger (licenser, drift, andre løbende omkostninger)',
          '− Costs (licences, operations, other running costs)',
        ),
        values: o.costs ?? [],
        optional,
      },
      { id: 'annual', label: w('= Årligt resultat', '= Annual result'), formula: sub(cell('gain'), cell('cost')) },
      {
        id: 'investment',
        label: w(
          '− Investering (indkøb af system, implementering, engangsudgift)',
          '− Investment (systems, implementation, one-off costs)',
        ),
        values: o.investment ?? [],
        optional,
      },
      { id: 'result', label: w('= Resultat', '= Result'), formula: sub(cell('annual'), cell('investment')) },
      { id: 'cumulative', label: w('Akkumuleret resultat', 'Cumulative result'), formula: runningTotal('result') },
      {
        id: 'paid',
        label: w('Tilbagebetalt (1 = ja)', 'Paid back (1 = yes)'),
        formula: ifThen(ge(cell('cumulative'), n(0)), n(1), n(0)),
        helper: true,
        format: 'count',
      },
    ],
  };
  return {
    tables: [...(o.drivers ?? []), table],
    results: [
      {
        id: `${id}Total`,
        label: named(w('Resultat i alt, t.kr.', 'Total result, t.kr.')),
        expr: sumRow('result', id),
        format: 'amount',
      },
      {
        id: `${id}Payback`,
        label: named(w('Tilbagebetalt i år', 'Paid back in year')),
        expr: iferr({ k: 'match1', table: id, row: 'paid' }, txt(w('ingen', 'none'))),
        format: 'count',
      },
    ],
  };
}

const LEVELS = [
  w('Decentralt, de økonomiske enheder (pr. enhed)', 'Decentral units (per unit)'),
  w('Fagforvaltningerne (pr. fagforvaltning)', 'Departments (per department)'),
  w('Centralt/økonomiforvaltningen', 'Central finance department'),
];

/** TPL-3: resources before and after by organisational level: units × time per unit; net hours; kr. */
export function beforeAfter(o: { rows?: readonly Words[]; wage?: number | null; unitTime?: Words }): Model {
  const levels = o.rows ?? LEVELS;
  const time = o.unitTime ?? w('timer pr. år', 'hours a year');
  const col = (id: string, label: Words, extra: Partial<ModelColumn> = {}): ModelColumn => ({ id, label, ...extra });
  const table: ModelTable = {
    id: 'levels',
    requireAny: true,
    title: w('Ressourcer før og efter', 'Resources before and after'),
    columns: [
      col('unitsBefore', w('Antal enheder, før', 'Units, before'), { format: 'count' }),
      col('timeBefore', w(`Tid pr. enhed, før (${time.da})`, `Time per unit, before (${time.en})`), {
        format: 'hours',
        noTotal: true,
      }),
      col('hoursBefore', w('Tidsforbrug i alt, før', 'Total time, before'), {
        format: 'hours',
        formula: mul(cell(undefined, 'unitsBefore'), cell(undefined, 'timeBefore')),
      }),
      col('unitsAfter', w('Antal enheder, efter', 'Units, after'), { format: 'count' }),
      col('timeAfter', w(`Tid pr. enhed, efter (${time.da})`, `Time per unit, after (${time.en})`), {
        format: 'hours',
        noTotal: true,
      }),
      col('hoursAfter', w('Tidsforbrug i alt, efter', 'Total time, after'), {
        format: 'hours',
        formula: mul(cell(undefined, 'unitsAfter'), cell(undefined, 'timeAfter')),
      }),
      col('net', w('Netto (timer)', 'Net (hours)'), {
        format: 'hours',
        formula: sub(cell(undefined, 'hoursBefore'), cell(undefined, 'hoursAfter')),
      }),
    ],
    rows: [
      ...levels.map((label, i): ModelRow => ({ id: `level${i + 1}`, label, optional: true })),
      { id: 'total', label: w('I alt', 'Total'), total: true },
    ],
  };
  return { tables: [valuedHoursInputs(o.wage), table], results: valuedHours(cell('total', 'net', 'levels')) };
}

export interface HoursItem {
  readonly label: Words;
  readonly units?: number | null;
  readonly hours?: number | null;
  readonly perYear?: number | null;
}

/** TPL-4: hours saved per unit per time × times a year × units, valued at the hourly cost. */
export function hoursFrequency(o: {
  items: readonly HoursItem[];
  wage?: number | null;
  unitsLabel?: Words;
  hoursLabel?: Words;
  title?: Words;
}): Model {
  const table: ModelTable = {
    id: 'items',
    title: o.title ?? w('Tidsbesparelse', 'Time saved'),
    columns: [
      { id: 'units', label: o.unitsLabel ?? w('Antal enheder', 'Units'), format: 'count' },
      {
        id: 'hours',
        label: o.hoursLabel ?? w('Timer sparet pr. enhed pr. gang', 'Hours saved per unit each time'),
        format: 'decimal',
        noTotal: true,
      },
      { id: 'perYear', label: w('Gange pr. år', 'Times a year'), format: 'count', noTotal: true },
      {
        id: 'hoursYear',
        label: w('Timer pr. år', 'Hours a year'),
        format: 'hours',
        formula: mul(cell(undefined, 'units'), cell(undefined, 'hours'), cell(undefined, 'perYear')),
      },
    ],
    rows: [
      ...o.items.map((it, i): ModelRow => ({
        id: `item${i + 1}`,
        label: it.label,
        values: [it.units ?? null, it.hours ?? null, it.perYear ?? null],
      })),
      { id: 'total', label: w('I alt', 'Total'), total: true },
    ],
  };
  return { tables: [valuedHoursInputs(o.wage), table], results: valuedHours(cell('total', 'hoursYear', 'items')) };
}

/** TPL-5: Udgifter (administration, aktiv indsats) against Indtægter → Provenu, by year (B01, B02). */
export function investmentStrategy(o: {
  years: number;
  extraCosts?: readonly ModelRow[];
  drivers?: readonly ModelTable[];
  refund?: number | null;
  /** "Opnormering af tilbud til målgruppen" computed from drivers (B02's footnote 11) instead of typed in. */
  moreOffers?: ModelRow['formula'];
}): Model {
  const cols = yearColumns(o.years);
  const optional = (id: string, label: Words): ModelRow => ({ id, label, optional: true });
  const costs: ModelTable = {
    id: 'costs',
    title: w('Udgifter', 'Expenditure'),
    columns: cols,
    rows: [
      optional('caseworkers', w('Administration: opnormering af sagsbehandlere', 'Administration: more caseworkers')),
      optional(
        'consultants',
        w('Administration: opnormering af virksomhedskonsulenter', 'Administration: more company consultants'),
      ),
      optional('practice', w('Administration: udvikling af ny praksis', 'Administration: developing new practice')),
      optional('newOffers', w('Aktiv indsats: udvikling af nye tilbud', 'Active effort: new offers')),
      {
        ...optional(
          'moreOffers',
          w('Aktiv indsats: opnormering af tilbud til målgruppen', 'Active effort: more offers for the target group'),
        ),
        ...(o.moreOffers ? { formula: o.moreOffers, optional: false } : {}),
      },
      ...(o.extraCosts ?? []),
      { id: 'total', label: w('I alt', 'Total'), total: true },
    ],
  };
  const support: ModelTable = {
    id: 'support',
    requireAny: true,
    title: w('Besparelse i offentlig forsørgelse (kommunal netto)', 'Saving on public support (municipal net)'),
    columns: cols,
    rows: [
      { id: 'persons', label: w('Færre helårspersoner', 'Fewer full-year persons'), format: 'decimal', optional: true },
      {
        id: 'benefit',
        label: w('Ydelse pr. helårsperson, brutto (kr.)', 'Benefit per full-year person, gross (kr.)'),
        optional: true,
      },
      {
        id: 'refund',
        label: w('Statsrefusion, %', 'State refund, %'),
        values: cols.map(() => o.refund ?? null),
        format: 'percent',
        optional: true,
      },
      {
        id: 'net',
        label: w('Nettobesparelse', 'Net saving'),
        formula: mul(cell('persons'), cell('benefit'), sub(n(1), cell('refund'))),
      },
    ],
    note: w(
      'Forsørgelse regnes netto efter refusion (refusionstrappen); budgetgaranti, tilskud/udligning og afledte sociale effekter medregnes ikke (Side 76).',
      'Support is counted net of the state refund (the refund ladder); budget guarantee, grants/equalisation and derived social effects are left out (page 76).',
    ),
  };
  const income: ModelTable = {
    id: 'income',
    title: w('Indtægter', 'Income'),
    columns: cols,
    rows: [
      optional('active', w('Besparelse i aktiv indsats', 'Saving on active effort')),
      {
        id: 'support',
        label: w('Besparelse i offentlig forsørgelse', 'Saving on public support'),
        formula: cell('net', undefined, 'support'),
      },
      optional('tax', w('Øgede skatteindtægter', 'Higher tax income')),
      { id: 'total', label: w('I alt', 'Total'), total: true },
      {
        id: 'proceeds',
        label: w('Provenu', 'Proceeds'),
        formula: sub(cell('total'), cell('total', undefined, 'costs')),
      },
      { id: 'cumulative', label: w('Akkumuleret provenu', 'Cumulative proceeds'), formula: runningTotal('proceeds') },
    ],
  };
  return {
    tables: [...(o.drivers ?? []), costs, support, income],
    results: [
      {
        id: 'proceeds',
        label: w('Provenu i alt', 'Total proceeds'),
        expr: sumRow('proceeds', 'income'),
        format: 'amount',
      },
    ],
  };
}

/** TPL-6: per case type, expected number × average price without and with the effort (U01–U04). */
export function withoutWith(o: { rows: readonly Words[]; caseType?: Words }): Model {
  const c = (id: string, label: Words, extra: Partial<ModelColumn> = {}): ModelColumn => ({ id, label, ...extra });
  const table: ModelTable = {
    id: 'cases',
    requireAny: true,
    title: w('Skabelon til beregning af business case (helårs)', 'Business case (full-year)'),
    columns: [
      c('countWithout', w('Uden indsats: antal', 'Without: number'), { format: 'decimal' }),
      c('priceWithout', w('Uden indsats: gns. pris', 'Without: average price'), { noTotal: true }),
      c('countWith', w('Efter indsats: antal', 'With: number'), { format: 'decimal' }),
      c('priceWith', w('Efter indsats: gns. pris', 'With: average price'), { noTotal: true }),
      c('reduction', w('Reduktion, kr.', 'Reduction, kr.'), {
        formula: sub(
          mul(cell(undefined, 'countWithout'), cell(undefined, 'priceWithout')),
          mul(cell(undefined, 'countWith'), cell(undefined, 'priceWith')),
        ),
      }),
    ],
    rows: [
      ...o.rows.map((label, i): ModelRow => ({ id: `type${i + 1}`, label, optional: true, ownLabel: true })),
      { id: 'total', label: w('I alt', 'Total'), total: true },
    ],
    note: w(
      'Antal i helårs (sum af varighed i måneder ÷ 12); pris pr. helårs = 12 × pris pr. måned. Gennemsnitsprisen kan stige, når forløbene bliver kortere (Side 180).',
      'Numbers in full-year cases (months of duration ÷ 12); price per full year = 12 × monthly price. The average price may rise as interventions get shorter (page 180).',
    ),
  };
  return {
    tables: [table],
    results: [
      {
        id: 'reduction',
        label: w('Reduktion i alt, kr. pr. år', 'Total reduction, kr. a year'),
        expr: cell('total', 'reduction', 'cases'),
        format: 'amount',
      },
    ],
  };
}

export { checklist, higher, lower, tripleBottomLine, type Indicator } from './measurement';
