/** Skole og dagtilbud, S01–S07 (Side 96–117). Figures are the report's; blanks are the municipality's. */
import type { Model, ModelTable } from '../../engine/model';
import { checklist, higher, lower, percentProfile } from '../kinds';
import { cell, div, mul, n, scalars, sub, v, w, yearColumns } from '../model-dsl';
import { model, one, type CatalogueEntry } from './types';

const s02: Model = (() => {
  const table: ModelTable = {
    id: 'transitions',
    requireAny: true,
    title: w('Tidligere overgange', 'Earlier transitions'),
    columns: [
      {
        id: 'oldCost',
        label: w('Nettoudgift pr. måned, gammelt tilbud (kr.)', 'Net cost a month, old offer (kr.)'),
        noTotal: true,
      },
      {
        id: 'newCost',
        label: w('Nettoudgift pr. måned, nyt tilbud (kr.)', 'Net cost a month, new offer (kr.)'),
        noTotal: true,
      },
      { id: 'months', label: w('Månedsbørn der skifter tidligere', 'Child-months moving earlier'), format: 'count' },
      {
        id: 'gain',
        label: w('Gevinst (kr.)', 'Gain (kr.)'),
        formula: mul(sub(cell(undefined, 'oldCost'), cell(undefined, 'newCost')), cell(undefined, 'months')),
      },
    ],
    rows: [
      { id: 'dp', label: w('Dagpleje → børnehave', 'Childminding → kindergarten'), optional: true },
      { id: 'vg', label: w('Vuggestue → børnehave', 'Nursery → kindergarten'), optional: true },
      { id: 'bh', label: w('Børnehave → førskole/SFO', 'Kindergarten → pre-school/SFO'), optional: true },
      { id: 'total', label: w('I alt', 'Total'), total: true },
    ],
    note: w('Ugepriser omregnes til måned med × 52 / 12.', 'Weekly prices convert to monthly with × 52 / 12.'),
  };
  // Side 99, "Tabel Sammenligningsgrundlag, enhedsudgifter": Hvidovre's kindergarten "57,837 (årligt) : 52",
  // the weekly price itself lost in the source but computable; two Mini-SFO prices "797,75 (pr. uge)" and
  // "444,61 (pr. uge)" whose municipalities are lost.
  const yearly: ModelTable = {
    id: 'yearlyPrices',
    title: w('Priser at sammenligne med, årlige (Side 99)', 'Prices to compare with, yearly (page 99)'),
    columns: [
      { id: 'year', label: w('Pr. år (kr.)', 'A year (kr.)'), noTotal: true },
      {
        id: 'week',
        label: w('Pr. uge (kr.)', 'A week (kr.)'),
        formula: div(cell(undefined, 'year'), n(52)),
        noTotal: true,
      },
      {
        id: 'month',
        label: w('Pr. måned (kr.)', 'A month (kr.)'),
        formula: div(cell(undefined, 'year'), n(12)),
        noTotal: true,
      },
    ],
    rows: [{ id: 'hvidovreBh', label: w('Hvidovre, børnehave', 'Hvidovre, kindergarten'), values: [57837] }],
  };
  const weekly: ModelTable = {
    id: 'weeklyPrices',
    title: w('Priser at sammenligne med, ugentlige (Side 99)', 'Prices to compare with, weekly (page 99)'),
    columns: [
      { id: 'week', label: w('Pr. uge (kr.)', 'A week (kr.)'), noTotal: true },
      {
        id: 'month',
        label: w('Pr. måned (kr.)', 'A month (kr.)'),
        formula: div(mul(cell(undefined, 'week'), n(52)), n(12)),
        noTotal: true,
      },
    ],
    rows: [
      {
        id: 'miniSfo1',
        label: w('Mini-SFO (kommune tabt i kilden)', 'Mini-SFO (municipality lost in the source)'),
        values: [797.75],
      },
      {
        id: 'miniSfo2',
        label: w('Mini-SFO (kommune tabt i kilden)', 'Mini-SFO (municipality lost in the source)'),
        values: [444.61],
      },
    ],
  };
  return {
    tables: [table, yearly, weekly],
    results: [
      {
        id: 'gain',
        label: w('Gevinst i alt (kr.)', 'Total gain (kr.)'),
        expr: cell('total', 'gain', 'transitions'),
        format: 'amount',
      },
    ],
  };
})();

const s06: Model = (() => {
  const profile = percentProfile({
    baseline: w('Samlet sats for kategorien (kr.)', 'Total rate of the category (kr.)'),
    steps: [0.05, 0.05],
  });
  const breakdown: ModelTable = {
    id: 'breakdown',
    requireAny: true,
    title: w('Omkostningsnedbrydning for kategori', 'Cost breakdown of a category'),
    columns: [{ id: 'rate', label: w('Sats (kr.)', 'Rate (kr.)') }],
    rows: [
      ...[
        w('Administration'),
        w('Ledelse', 'Management'),
        w('Teknisk personale', 'Technical staff'),
        w('Drift (bygninger mm.)', 'Operations (buildings etc.)'),
        w('Undervisningspersonale', 'Teaching staff'),
        w('Andet personale', 'Other staff'),
      ].map((label, i) => ({ id: `c${i + 1}`, label, optional: true })),
      { id: 'total', label: w('Samlet sats', 'Total rate'), total: true },
    ],
  };
  const rest = profile.tables.slice(1);
  // The saving on one place's rate times the places in the category: what the municipality saves.
  const municipal: ModelTable = {
    id: 'municipal',
    title: w('Besparelse for kommunen', 'Saving for the municipality'),
    columns: yearColumns(2),
    rows: [
      {
        id: 'saving',
        label: w('Besparelse pr. plads × pladser (kr.)', 'Saving per place × places (kr.)'),
        formula: mul(cell('gross', undefined, 'profile'), v('inputs', 'places')),
      },
    ],
  };
  return {
    tables: [
      breakdown,
      scalars('inputs', w('Grundlag', 'Baseline'), [
        {
          id: 'baseline',
          label: w('Samlet sats pr. plads (fra nedbrydningen)', 'Total rate per place (from the breakdown)'),
          formula: cell('total', 'rate', 'breakdown'),
        },
        { id: 'places', label: w('Pladser i kategorien', 'Places in the category'), format: 'count' },
      ]),
      ...rest,
      municipal,
    ],
    results: [
      ...profile.results,
      {
        id: 'municipalSaving',
        label: w('Besparelse for kommunen i sidste år (kr.)', 'Saving for the municipality in the last year (kr.)'),
        expr: cell('saving', 'y2', 'municipal'),
        format: 'amount',
      },
    ],
  };
})();

const s07: Model = (() => {
  const table: ModelTable = {
    id: 'units',
    requireAny: true,
    title: w('Ressourceforbrug på tværs af institutioner og skoler', 'Resources across institutions and schools'),
    columns: [
      { id: 'admin', label: w('Årsværk til administrative opgaver', 'Årsværk on administration'), format: 'decimal' },
      {
        id: 'moving',
        label: w('Årsværk der overgår til fællesskabet', 'Årsværk moving to the shared unit'),
        format: 'decimal',
      },
      { id: 'needed', label: w('Årsværk fællesskabet skal bruge', 'Årsværk the shared unit needs'), format: 'decimal' },
      {
        id: 'freed',
        label: w('Frigivelse af årsværk', 'Årsværk freed'),
        format: 'decimal',
        formula: sub(cell(undefined, 'moving'), cell(undefined, 'needed')),
      },
    ],
    rows: [
      ...[1, 2, 3, 4, 5].map((i) => ({
        id: `u${i}`,
        label: w(`Institution/skole ${i}`, `Institution/school ${i}`),
        ownLabel: true,
        optional: true,
      })),
      { id: 'total', label: w('I alt', 'Total'), total: true },
    ],
  };
  return {
    tables: [
      scalars('inputs', w('Forudsætninger', 'Assumptions'), [
        { id: 'cost', label: w('Lønudgift pr. årsværk (kr.)', 'Cost per årsværk (kr.)') },
      ]),
      table,
    ],
    results: [
      {
        id: 'fte',
        label: w('Frigivne årsværk', 'Årsværk freed'),
        expr: cell('total', 'freed', 'units'),
        format: 'decimal',
      },
      {
        id: 'kr',
        label: w('Potentiale (kr. pr. år)', 'Potential (kr. a year)'),
        expr: mul(cell('total', 'freed', 'units'), v('inputs', 'cost')),
        format: 'amount',
      },
    ],
  };
})();

export const SCHOOL: readonly CatalogueEntry[] = [
  {
    id: 'S01',
    track: 'school',
    title: w('Styring af gæstevederlag i dagplejen', 'Managing guest fees in childminding'),
    kind: 'formula-sheet',
    page: '97–98',
    guidance: w(
      'Betal kun gæstevederlag ud over normeringen, ikke når et gæstebarn falder i et hul. Gæstevederlag pr. børnedag = samlet udgift ÷ børnedage; besparelsen = færre børnedage med vederlag × vederlag pr. dag, højst den ledige kapacitet.',
      'Pay guest fees only beyond the norm, not when a guest child fills a vacant place. Fee per child-day = total cost ÷ child-days; the saving = fewer child-days with a fee × fee per day, at most the spare capacity.',
    ),
    lost: w(
      'Billunds udgiftsniveau 2015 og 2016 er tabt i kilden (Side 97).',
      "Billund's 2015 and 2016 expenditure is lost in the source (page 97).",
    ),
    template: model(
      one(
        scalars('guest', w('Gæstevederlag', 'Guest fees'), [
          {
            id: 'cost',
            label: w('Samlet udgift til gæstepasning (kr. pr. år)', 'Total cost of guest minding (kr. a year)'),
          },
          {
            id: 'days',
            label: w('Børnedage i gæstepasning pr. år', 'Child-days in guest minding a year'),
            format: 'count',
          },
          {
            id: 'perDay',
            label: w('Gæstevederlag pr. børnedag (kr.)', 'Fee per child-day (kr.)'),
            formula: div(cell('cost'), cell('days')),
            format: 'decimal',
          },
          {
            id: 'fewer',
            label: w(
              'Færre børnedage med vederlag (inden for ledig kapacitet)',
              'Fewer child-days with a fee (within spare capacity)',
            ),
            format: 'count',
          },
          {
            id: 'saving',
            label: w('Besparelse (kr. pr. år)', 'Saving (kr. a year)'),
            formula: mul(cell('fewer'), cell('perDay')),
            format: 'amount',
          },
        ]),
        'saving',
        w('Besparelse (kr. pr. år)', 'Saving (kr. a year)'),
        'saving',
      ),
    ),
  },
  {
    id: 'S02',
    track: 'school',
    title: w('Fokus på overgange fra vuggestue til skole', 'Earlier transitions from nursery to school'),
    kind: 'formula-sheet',
    page: '99–100',
    guidance: w(
      'Henvis børn tidligst muligt til det billigste relevante tilbud. Gevinst pr. overgang = (månedlig nettoudgift i det gamle − det nye tilbud) × månedsbørn der skifter tidligere. Hold det op mod børn, der går et år ekstra.',
      'Refer children as early as possible to the cheapest suitable offer. Gain per transition = (monthly net cost of the old − the new offer) × child-months moving earlier. Weigh it against children kept an extra year.',
    ),
    lost: w(
      'Hvidovres ugepris for børnehave er tabt, men følger af 57.837 kr. om året ÷ 52 (arket regner den); hvilke kommuner de to Mini-SFO-priser og figurens tal på side 100 hører til, er tabt.',
      "Hvidovre's weekly kindergarten price is lost but follows from 57,837 kr. a year ÷ 52 (the sheet computes it); which municipalities the two Mini-SFO prices and the figures on page 100 belong to is lost.",
    ),
    template: model(s02),
  },
  {
    id: 'S03',
    track: 'school',
    title: w('Strategisk arbejdstilrettelæggelse', 'Strategic work organisation'),
    kind: 'checklist',
    page: '101',
    guidance: w(
      'Gennemgå kommunens egen fortolkning af overenskomster og antallet af lokalaftaler: varsler, hviletid, midlertidig kapacitetsudvidelse og tillæg. Provenuet afhænger af de lokale aftaler.',
      "Review the municipality's own reading of collective agreements and its local agreements: notice, rest time, temporary capacity and allowances. The proceeds depend on the local agreements.",
    ),
    template: model(
      checklist({
        steps: [
          w('Regler og praksis for tillæg', 'Rules and practice for allowances'),
          w('Regler for midlertidig kapacitetsudvidelse', 'Rules for temporary capacity'),
          w('Varsler og hviletidsregler', 'Notice and rest-time rules'),
          w('Gennemgang af lokalaftaler', 'Review of local agreements'),
        ],
        indicators: [
          higher(w('Andel aftaler gennemgået det seneste år', 'Share of agreements reviewed in the last year')),
          higher(w('Antal ændrede aftaler', 'Agreements changed')),
        ],
      }),
    ),
  },
  {
    id: 'S04',
    track: 'school',
    title: w('Anvisningsregler til dagpasning', 'Placement rules for day care'),
    kind: 'checklist',
    page: '102–104',
    guidance: w(
      'Gevinsten kommer af, at der ikke gives budget til overbelægning: anvis børn, hvor der er plads inden for grundtildelingen. Sammenlign egne regler (pasningsgaranti, ventelister, fortrinsret, udmeldelse) med Billund, Hvidovre og København.',
      'The gain comes from giving no budget for overcrowding: place children where there is room within the basic grant. Compare your rules (childcare guarantee, waiting lists, priority, notice) with Billund, Hvidovre and København.',
    ),
    template: model(
      checklist({
        steps: [
          w('Gennemgå anvisningsreglerne', 'Review the placement rules'),
          w('Vurder takster og rettigheder', 'Assess rates and rights'),
          w('Udvikling af private tilbud', 'Develop private offers'),
          w('Politisk beslutning med beregnede gevinster', 'Political decision with computed gains'),
          w('Implementeringsplan', 'Implementation plan'),
        ],
        indicators: [
          // Page 104: vacant places and overcrowding are "et resultat af mange bindinger": both should fall.
          lower(w('Ledige pladser', 'Vacant places')),
          lower(w('Overbelægning (pladser)', 'Overcrowding (places)')),
          lower(w('Bindinger i visitationsreglerne', 'Constraints the placement rules impose')),
          higher(w('Antal private tilbud', 'Private offers')),
        ],
      }),
    ),
  },
  {
    id: 'S05',
    track: 'school',
    title: w('Ledelsesinformation for sygefravær', 'Management information on sickness absence'),
    kind: 'benchmark',
    page: '105–107',
    guidance: w(
      'Intern benchmark af sygefravær pr. skole: skoler over gennemsnittet ned til gennemsnittet (Holbæk: 2 mio. kr.) eller alle ned til den bedste skole (5,3 mio. kr.), ved ca. 1.100 ansatte. Sæt volumen = lønsum pr. skole.',
      'Internal benchmark of sickness absence per school: schools above the average down to the average (Holbæk: 2 m kr.) or all down to the best school (5.3 m kr.), at about 1,100 employees. Set volume = wage bill per school.',
    ),
    lost: w(
      'Holbæks fravær pr. skole er tabt i kilden (Side 106); kun gennemsnittet 5,4 % står der.',
      "Holbæk's absence per school is lost in the source (page 106); only the average of 5.4 % remains.",
    ),
    template: { kind: 'benchmark', benchmark: { unit: 'sygefravær, %', direction: 'lower-is-better', blankRows: 4 } },
  },
  {
    id: 'S06',
    track: 'school',
    title: w('Specialskoler, takster og omkostningsstruktur', 'Special schools: rates and cost structure'),
    kind: 'percent-profile',
    page: '108–112',
    guidance: w(
      'Kategoriser tilbuddene, knyt omkostninger til hver kategori og mål til kvaliteten. Målet er 5 % besparelse i første år stigende til 10 %. Taksterne varierer mere end 40 % mellem kommunerne i de fire første kategorier.',
      'Categorise the offers, tie costs to each category and goals to quality. The target is a 5 % saving in the first year rising to 10 %. Rates vary by more than 40 % between municipalities in the first four categories.',
    ),
    lost: w(
      'Året for de 10 % og taksternes spænd i kr. er tabt i kilden (Side 108, 111).',
      'The year of the 10 % and the rate range in kr. are lost in the source (pages 108, 111).',
    ),
    template: model(s06),
  },
  {
    id: 'S07',
    track: 'school',
    title: w('Administrative fællesskaber på skoleområdet', 'Shared administrative units for schools'),
    kind: 'formula-sheet',
    page: '113–117',
    guidance: w(
      'Saml administrationen for skoler og dagtilbud i fællesskaber. Kortlæg årsværk pr. institution, hvad der overgår, og hvad fællesskabet skal bruge; frigivne årsværk × lønudgift er potentialet. Holbæk forventer 1 mio. kr. ved fuld indfasning.',
      'Pool administration for schools and day care. Map årsværk per institution, what moves and what the shared unit needs; årsværk freed × wage cost is the potential. Holbæk expects 1 m kr. at full phase-in.',
    ),
    template: model(s07),
  },
];
