/**
 * The calculation models of the Administration track's proposals that need more than one kind's
 * builder: A02's reduction profile, A05's refund tables, A07's two worked business cases, A08's
 * UDK contribution, A10's three formulas and A11's e-handel formulas with Holbæk's table.
 */
import type { Model, ModelTable } from '../../engine/model';
import { resultTable } from '../kinds';
import { add, cell, div, mul, n, scalars, sub, v, w, yearColumns } from '../model-dsl';

/** Two result tables side by side in one model (A07's two worked business cases). */
function merge(...models: Model[]): Model {
  return { tables: models.flatMap((m) => m.tables), results: models.flatMap((m) => m.results) };
}

/**
 * A05 (Side 28-30): the source's three templates (cases and hours, administrative resources, lost
 * refunds). What is harvested: "reducere personaleomkostningerne til refusionshåndtering med 10 % i
 * det første år. Besparelsen hentes ved at reducere lønsummen på HK 6", and the lost refunds halved
 * ("opskrive indtægten fra refusioner"). The units' time saved on following up refunds "hentes ikke,
 * men kommer enhederne til gavn": it is shown apart and kept out of the total.
 */
export const a05: Model = (() => {
  // Before the centralisation the units do the work, so their row is required (a blank is "udfyld
  // input", never 0); the central row is the optional extra line (blank means none).
  const unitRows = [
    { id: 'r1', label: w('Centralt', 'Central'), optional: true },
    { id: 'r2', label: w('Decentralt', 'Decentral') },
  ];
  const cases: ModelTable = {
    id: 'cases',
    title: w('Antal refusionssager, der håndteres', 'Refund cases handled'),
    columns: [
      { id: 'count', label: w('Antal sager pr. år', 'Cases a year'), format: 'count' },
      { id: 'before', label: w('Tid pr. sag før (timer)', 'Hours per case before'), format: 'decimal', noTotal: true },
      { id: 'after', label: w('Tid pr. sag efter (timer)', 'Hours per case after'), format: 'decimal', noTotal: true },
      {
        id: 'net',
        label: w('Netto (timer)', 'Net (hours)'),
        format: 'hours',
        formula: mul(cell(undefined, 'count'), sub(cell(undefined, 'before'), cell(undefined, 'after'))),
      },
    ],
    rows: [...unitRows, { id: 'total', label: w('I alt', 'Total'), total: true }],
  };
  const resources: ModelTable = {
    id: 'resources',
    title: w(
      'Administrative ressourcer til refusionshåndtering (lønsum, kr. pr. år)',
      'Administrative resources for refund handling (wage bill, kr. a year)',
    ),
    columns: [
      { id: 'before', label: w('Før', 'Before') },
      {
        id: 'after',
        label: w('Efter', 'After'),
        formula: mul(cell(undefined, 'before'), sub(n(1), v('inputs', 'staffCut'))),
      },
      { id: 'net', label: w('Netto', 'Net'), formula: sub(cell(undefined, 'before'), cell(undefined, 'after')) },
    ],
    rows: [...unitRows, { id: 'total', label: w('I alt', 'Total'), total: true }],
  };
  const losses: ModelTable = {
    id: 'losses',
    title: w('Tab af refusioner (kr. pr. år)', 'Refunds lost (kr. a year)'),
    columns: [
      { id: 'before', label: w('Før', 'Before') },
      {
        id: 'after',
        label: w('Efter', 'After'),
        formula: mul(cell(undefined, 'before'), sub(n(1), v('inputs', 'lossCut'))),
      },
      { id: 'net', label: w('Netto', 'Net'), formula: sub(cell(undefined, 'before'), cell(undefined, 'after')) },
    ],
    rows: [...unitRows, { id: 'total', label: w('I alt', 'Total'), total: true }],
  };
  const inputs = scalars('inputs', w('Forudsætninger', 'Assumptions'), [
    { id: 'wage', label: w('Timeløn (kr.)', 'Hourly cost (kr.)'), format: 'decimal' },
    {
      id: 'staffCut',
      label: w('Reduktion af personaleomkostninger, % (år 1: 10 %)', 'Cut in staff costs, % (year 1: 10 %)'),
      value: 0.1,
      format: 'percent',
    },
    {
      id: 'lossCut',
      label: w('Reduktion af tab, % (år 1: 50 %; op til 80 %)', 'Cut in losses, % (year 1: 50 %; up to 80 %)'),
      value: 0.5,
      format: 'percent',
    },
  ]);
  const staff = cell('total', 'net', 'resources');
  const income = cell('total', 'net', 'losses');
  return {
    tables: [inputs, cases, resources, losses],
    results: [
      {
        id: 'staffKr',
        label: w('Personalegevinst (lønsum HK 6), kr. pr. år', 'Staff gain (HK 6 wage bill), kr. a year'),
        expr: staff,
        format: 'amount',
      },
      {
        id: 'income',
        label: w('Øget refusionsindtægt, kr. pr. år', 'Extra refund income, kr. a year'),
        expr: income,
        format: 'amount',
      },
      {
        id: 'total',
        label: w('Gevinst, der hentes, kr. pr. år', 'Gain harvested, kr. a year'),
        expr: add(staff, income),
        format: 'amount',
      },
      {
        id: 'hours',
        label: w('Frigjorte timer pr. år (centralt og decentralt)', 'Hours freed a year (central and decentral)'),
        expr: cell('total', 'net', 'cases'),
        format: 'hours',
      },
      {
        id: 'unitsKr',
        label: w(
          'Enhedernes sparede tid, kr. pr. år (hentes ikke)',
          "The units' time saved, kr. a year (not harvested)",
        ),
        expr: mul(cell('r2', 'net', 'cases'), v('inputs', 'wage')),
        format: 'amount',
      },
    ],
  };
})();

export const a07: Model = (() => {
  const bc1 = scalars(
    'bc1',
    w('Datagrundlag for business case 1 (pr. medarbejder)', 'Business case 1 data (per employee)'),
    [
      { id: 'employees', label: w('Antal medarbejdere', 'Employees'), value: 2762, format: 'count' },
      {
        id: 'saving',
        label: w('Årlig besparelse pr. medarbejder (kr.)', 'Annual saving per employee (kr.)'),
        value: 235,
        format: 'amount',
      },
      {
        id: 'annual',
        label: w('Årlig besparelse (kr.)', 'Annual saving (kr.)'),
        formula: mul(cell('employees'), cell('saving')),
        format: 'amount',
      },
    ],
  );
  const bc2 = scalars(
    'bc2',
    w('Datagrundlag for business case 2 (pr. transaktion)', 'Business case 2 data (per transaction)'),
    [
      { id: 'transactions', label: w('Antal transaktioner pr. år', 'Transactions a year'), format: 'count' },
      {
        id: 'wage',
        label: w('Gennemsnitlig timeløn (kr.)', 'Average hourly cost (kr.)'),
        value: 306,
        format: 'decimal',
      },
      {
        id: 'hours',
        label: w('Besparelse pr. transaktion (timer) = 5/60', 'Saving per transaction (hours) = 5/60'),
        formula: div(n(5), n(60)),
        format: 'decimal',
      },
      {
        id: 'annual',
        label: w('Årlig besparelse (kr.)', 'Annual saving (kr.)'),
        formula: mul(cell('transactions'), cell('hours'), cell('wage')),
        format: 'amount',
      },
    ],
  );
  const one = resultTable({
    years: 4,
    id: 'result1',
    prefix: w('Business case 1: '),
    title: w('Business case 1. Resultat i t.kr.', 'Business case 1. Result in t.kr.'),
    gain: div(v('bc1', 'annual'), n(1000)),
    // "Drift … [lost] kr. årligt"; "projektomkostning … [lost] kr." (Side 34-36): costs there were, figures lost.
    lostCosts: true,
  });
  const two = resultTable({
    years: 4,
    id: 'result2',
    prefix: w('Business case 2: '),
    title: w('Business case 2. Resultat i t.kr.', 'Business case 2. Result in t.kr.'),
    gain: div(v('bc2', 'annual'), n(1000)),
    lostCosts: true,
  });
  return merge(
    {
      tables: [bc1, bc2],
      results: [
        {
          id: 'bc1Annual',
          label: w('Business case 1: årlig besparelse (kr.)', 'Business case 1: annual saving (kr.)'),
          expr: v('bc1', 'annual'),
          format: 'amount',
        },
        {
          id: 'bc2Annual',
          label: w('Business case 2: årlig besparelse (kr.)', 'Business case 2: annual saving (kr.)'),
          expr: v('bc2', 'annual'),
          format: 'amount',
        },
      ],
    },
    one,
    two,
  );
})();

export const a08: Model = (() => {
  const cols = yearColumns(4);
  const table: ModelTable = {
    id: 'it',
    title: w('Administrationsbidrag til IT (mio. kr.)', 'Administration contribution to IT (m kr.)'),
    columns: cols,
    rows: [
      {
        id: 'example',
        label: w('Fiktiv kommune med 1 % (Samlet, Side 42)', 'Fictitious 1 % municipality (Samlet, page 42)'),
        values: [1.3, 3.0, 4.6, 4.6],
        format: 'decimal',
      },
      {
        id: 'own',
        label: w('Egen kommune', 'Own municipality'),
        formula: mul(cell('example'), div(v('inputs', 'key'), n(0.01))),
        format: 'decimal',
      },
      {
        id: 'current',
        label: w('Nuværende betaling for de samme systemer', 'Current payments for the same systems'),
        format: 'decimal',
      },
      {
        id: 'gain',
        label: w('Forventet gevinst', 'Expected gain'),
        formula: sub(cell('current'), cell('own')),
        format: 'decimal',
      },
    ],
    note: w('Årstallene over kolonnerne mangler i kilden.', 'The source lost the years over the columns.'),
  };
  // Side 41: "i en kommune på [lost] medarbejdere ([lost] indbyggere) kan forventes en administrativ besparelse
  // på KY på 0,75-1,25 årsværk og på KSD 0,35-0,75 årsværk": the range as printed, for a size the source lost.
  const staff = scalars(
    'staff',
    w('Administrative årsværk ved fuld indfasning', 'Administrative årsværk at full phase-in'),
    [
      {
        id: 'kyLow',
        label: w('KY (kontanthjælp), tommelfingerregel lav', 'KY (cash benefit), rule of thumb low'),
        value: 0.75,
        format: 'decimal',
      },
      { id: 'kyHigh', label: w('KY, tommelfingerregel høj', 'KY, rule of thumb high'), value: 1.25, format: 'decimal' },
      {
        id: 'ksdLow',
        label: w('KSD (sygedagpenge), tommelfingerregel lav', 'KSD (sickness benefit), rule of thumb low'),
        value: 0.35,
        format: 'decimal',
      },
      {
        id: 'ksdHigh',
        label: w('KSD, tommelfingerregel høj', 'KSD, rule of thumb high'),
        value: 0.75,
        format: 'decimal',
      },
      { id: 'ky', label: w('KY: eget skøn, årsværk', 'KY: own estimate, årsværk'), format: 'decimal' },
      { id: 'ksd', label: w('KSD: eget skøn, årsværk', 'KSD: own estimate, årsværk'), format: 'decimal' },
      { id: 'cost', label: w('Lønudgift pr. årsværk (kr.)', 'Cost per årsværk (kr.)'), format: 'amount' },
      {
        id: 'kr',
        label: w('Gevinst efter eget skøn, kr. pr. år', 'Gain by own estimate, kr. a year'),
        formula: mul(add(cell('ky'), cell('ksd')), cell('cost')),
        format: 'amount',
      },
    ],
    w(
      'Tommelfingerreglen gælder en kommune af en størrelse, som kilden har tabt (antal medarbejdere og indbyggere, Side 41); skaler den med omtanke.',
      'The rule of thumb holds for a municipality of a size the source lost (employees and inhabitants, page 41); scale it with care.',
    ),
  );
  // Side 41-42: new systems' IT costs are shared "efter antal borgere ( = 50%)", "lade indbyggertal … vægte med
  // 50%": inhabitants weigh 50 % of the key; what the other half rests on is lost in the source.
  const key = scalars('inputs', w('Fordelingsnøgle', 'Distribution key'), [
    { id: 'share', label: w('Egen andel af indbyggerne, %', 'Own share of inhabitants, %'), format: 'percent' },
    {
      id: 'other',
      label: w(
        'Egen andel efter nøglens anden del, % (grundlaget er tabt i kilden)',
        "Own share by the key's other part, % (its basis is lost in the source)",
      ),
      format: 'percent',
    },
    {
      id: 'weight',
      label: w('Indbyggertallets vægt i nøglen (Side 42: 50 %)', "Inhabitants' weight in the key (page 42: 50 %)"),
      value: 0.5,
      format: 'percent',
    },
    {
      id: 'key',
      label: w('Egen andel efter nøglen, %', 'Own share by the key, %'),
      formula: add(mul(cell('weight'), cell('share')), mul(sub(n(1), cell('weight')), cell('other'))),
      format: 'percent',
    },
  ]);
  const cost = v('staff', 'cost');
  return {
    tables: [key, table, staff],
    results: [
      {
        id: 'itGain',
        label: w('IT-gevinst over fire år (mio. kr.)', 'IT gain over four years (m kr.)'),
        expr: { k: 'sum', table: 'it', row: 'gain' },
        format: 'decimal',
      },
      {
        id: 'staffGainLow',
        label: w(
          'Administrativ gevinst efter tommelfingerreglen, lav, kr. pr. år',
          'Administrative gain by the rule of thumb, low, kr. a year',
        ),
        expr: mul(add(v('staff', 'kyLow'), v('staff', 'ksdLow')), cost),
        format: 'amount',
      },
      {
        id: 'staffGainHigh',
        label: w(
          'Administrativ gevinst efter tommelfingerreglen, høj, kr. pr. år',
          'Administrative gain by the rule of thumb, high, kr. a year',
        ),
        expr: mul(add(v('staff', 'kyHigh'), v('staff', 'ksdHigh')), cost),
        format: 'amount',
      },
      {
        id: 'staffGain',
        label: w(
          'Administrativ gevinst efter eget skøn, kr. pr. år',
          'Administrative gain by own estimate, kr. a year',
        ),
        expr: v('staff', 'kr'),
        format: 'amount',
      },
    ],
  };
})();

/** (expected − current e-handel share) × average price saving × volume (A10 and A11, formula 1). */
const priceSaving = scalars('price', w('Prisbesparelse ved øget e-handel', 'Price saving from more e-commerce'), [
  { id: 'current', label: w('Nuværende e-handelsprocent', 'Current e-commerce share'), format: 'percent' },
  { id: 'expected', label: w('Forventet e-handelsprocent', 'Expected e-commerce share'), format: 'percent' },
  {
    id: 'discount',
    label: w('Gns. prisbesparelse på e-handelsaftaler, %', 'Average price saving on e-commerce contracts, %'),
    format: 'percent',
  },
  { id: 'volume', label: w('Indkøbsvolumen (kr. pr. år)', 'Purchasing volume (kr. a year)'), format: 'amount' },
  {
    id: 'saving',
    label: w('Prisbesparelse (kr. pr. år)', 'Price saving (kr. a year)'),
    formula: mul(sub(cell('expected'), cell('current')), cell('discount'), cell('volume')),
    format: 'amount',
  },
]);

export const a11: Model = (() => {
  const moves: ModelTable = {
    id: 'moves',
    requireAny: true,
    title: w('Lavere transaktionsomkostninger', 'Lower transaction costs'),
    columns: [
      {
        id: 'count',
        label: w('Indkøb flyttet til e-handel pr. år', 'Purchases moved to e-commerce a year'),
        format: 'count',
      },
      { id: 'before', label: w('Omkostning pr. indkøb før (kr.)', 'Cost per purchase before (kr.)'), noTotal: true },
      {
        id: 'ehandel',
        label: w('Omkostning pr. e-handelsindkøb (kr.)', 'Cost per e-commerce purchase (kr.)'),
        noTotal: true,
      },
      {
        id: 'saving',
        label: w('Besparelse (kr.)', 'Saving (kr.)'),
        formula: mul(cell(undefined, 'count'), sub(cell(undefined, 'before'), cell(undefined, 'ehandel'))),
      },
    ],
    rows: [
      { id: 'shop', label: w('Indkøb i butik', 'Purchases in a shop'), values: [null, 330, 90], optional: true },
      {
        id: 'phone',
        label: w('Indkøb pr. telefon/mail', 'Purchases by phone/mail'),
        values: [null, 175, 90],
        optional: true,
      },
      { id: 'total', label: w('I alt', 'Total'), total: true },
    ],
    note: w('Omkostninger pr. indkøb: Hjørring (Side 52).', 'Costs per purchase: Hjørring (page 52).'),
  };
  const holbaek: ModelTable = {
    id: 'holbaek',
    title: w(
      'Holbæk: gevinster fra effektivisering af regningsbetaling (årsværk)',
      'Holbæk: gains from streamlined invoice payment (årsværk)',
    ),
    columns: [{ id: 'fte', label: w('Årsværk', 'Årsværk (FTE)'), format: 'decimal' }],
    rows: [
      {
        id: 'workflow',
        label: w('Ændret arbejdsgang i nyt e-handelssystem', 'New workflow in the e-commerce system'),
        values: [2.25],
      },
      { id: 'search', label: w('Lettere søgning efter varer', 'Easier search for goods'), values: [0.75] },
      {
        id: 'small',
        label: w('Indkøb under 500 kr. uden yderligere kontrol', 'Purchases under 500 kr. without further checks'),
        values: [0.75],
      },
      {
        id: 'app',
        label: w('App til udlæg og kortkøb (Eurocard)', 'App for expenses and card purchases (Eurocard)'),
        values: [1.5],
      },
      { id: 'standard', label: w('Standardiseret fakturahåndtering', 'Standardised invoice handling'), values: [3.0] },
      { id: 'total', label: w('I alt', 'Total'), total: true },
    ],
    note: w(
      'Fakturaantallene bag beregningen mangler i kilden (Side 51–52).',
      'The invoice counts behind the figures are lost in the source (pages 51–52).',
    ),
  };
  return {
    tables: [priceSaving, moves, holbaek],
    results: [
      {
        id: 'priceSaving',
        label: w('Prisbesparelse (kr. pr. år)', 'Price saving (kr. a year)'),
        expr: v('price', 'saving'),
        format: 'amount',
      },
      {
        id: 'transactionSaving',
        label: w('Lavere transaktionsomkostninger (kr. pr. år)', 'Lower transaction costs (kr. a year)'),
        expr: cell('total', 'saving', 'moves'),
        format: 'amount',
      },
      {
        id: 'holbaekFte',
        label: w('Holbæks effektivisering i alt (årsværk)', "Holbæk's total (årsværk)"),
        expr: cell('total', 'fte', 'holbaek'),
        format: 'decimal',
      },
    ],
  };
})();

export const a10: Model = {
  tables: [
    priceSaving,
    scalars('fees', w('Reduktion af gebyrer', 'Lower fees'), [
      { id: 'fee', label: w('Gns. gebyr pr. ordre (kr.)', 'Average fee per order (kr.)'), format: 'decimal' },
      { id: 'orders', label: w('Antal små ordrer pr. år', 'Small orders a year'), format: 'count' },
      { id: 'cut', label: w('Estimeret reduktion af ordrer, %', 'Estimated cut in orders, %'), format: 'percent' },
      {
        id: 'saving',
        label: w('Reduktion af gebyrer (kr.)', 'Lower fees (kr.)'),
        formula: mul(cell('fee'), cell('orders'), cell('cut')),
        format: 'amount',
      },
    ]),
    scalars('expenses', w('Reduceret tidsforbrug på udlæg', 'Less time on expense claims'), [
      { id: 'hours', label: w('Tid pr. udlægshåndtering (timer)', 'Hours per expense claim'), format: 'decimal' },
      {
        id: 'count',
        label: w('Antal udlæg som følge af indkøb pr. år', 'Expense claims from purchases a year'),
        format: 'count',
      },
      { id: 'wage', label: w('Timeløn (kr.)', 'Hourly cost (kr.)'), format: 'decimal' },
      {
        id: 'saving',
        label: w('Reduceret tidsforbrug (kr.)', 'Time saved (kr.)'),
        formula: mul(cell('hours'), cell('count'), cell('wage')),
        format: 'amount',
      },
    ]),
  ],
  results: [
    {
      id: 'total',
      label: w('Samlet forventet besparelse pr. år (kr.)', 'Total expected saving a year (kr.)'),
      expr: add(v('price', 'saving'), v('fees', 'saving'), v('expenses', 'saving')),
      format: 'amount',
    },
  ],
};

export const a02: Model = resultTable({
  years: 5,
  drivers: [
    scalars('inputs', w('Grundlag', 'Baseline'), [
      {
        id: 'baseline',
        label: w(
          'Administrative ressourcer i scope (t.kr. pr. år)',
          'Administrative resources in scope (t.kr. a year)',
        ),
      },
    ]),
    {
      id: 'cut',
      title: w('Reduktion af de administrative ressourcer', 'Cut in administrative resources'),
      columns: yearColumns(5, true),
      rows: [
        {
          id: 'share',
          label: w('Samlet reduktion, %', 'Total cut, %'),
          values: [0.1, 0.2, 0.2, 0.2, 0.2],
          format: 'percent',
        },
      ],
    },
  ],
  gain: mul(v('inputs', 'baseline'), cell('share', undefined, 'cut')),
});
