/** Beskæftigelse B01–B06 (Side 71–95) and Skole og dagtilbud S01–S07 (Side 96–117). */
import type { Model, ModelTable } from '../../engine/model';
import { checklist, investmentStrategy, percentProfile } from '../kinds';
import { cell, div, mul, n, scalars, sub, v, w, yearColumns } from '../model-dsl';
import type { CatalogueEntry } from './types';

const model = (m: Model) => ({ kind: 'model' as const, model: m });
const one = (table: ModelTable, id: string, label: ReturnType<typeof w>, row: string): Model => ({
  tables: [table],
  results: [{ id, label, expr: v(table.id, row), format: 'amount' }],
});

const b02: Model = (() => {
  const cols = yearColumns(4);
  const drivers: ModelTable = {
    id: 'drivers',
    title: w('Tilbud og mentorstøtte', 'Offers and mentor support'),
    columns: cols,
    rows: [
      {
        id: 'offerYouths',
        label: w('Antal unge med tilbud', 'Young people with an offer'),
        format: 'count',
        optional: true,
      },
      {
        id: 'offerSize',
        label: w('Tilbuddets omfang (fx uger)', 'Size of the offer (e.g. weeks)'),
        format: 'decimal',
        optional: true,
      },
      {
        id: 'offerPrice',
        label: w('Pris pr. enhed af omfanget (kr.)', 'Price per unit of size (kr.)'),
        optional: true,
      },
      {
        id: 'offers',
        label: w('Tilbud i alt (kr.)', 'Offers in total (kr.)'),
        formula: mul(cell('offerYouths'), cell('offerSize'), cell('offerPrice')),
      },
      {
        id: 'mentorYouths',
        label: w('Antal unge med mentor', 'Young people with a mentor'),
        format: 'count',
        optional: true,
      },
      { id: 'mentorHours', label: w('Timetal pr. ung', 'Hours per young person'), format: 'decimal', optional: true },
      { id: 'mentorPrice', label: w('Pris pr. time (kr.)', 'Price per hour (kr.)'), optional: true },
      {
        id: 'mentor',
        label: w('Mentorstøtte i alt (kr.)', 'Mentor support in total (kr.)'),
        formula: mul(cell('mentorYouths'), cell('mentorHours'), cell('mentorPrice')),
      },
    ],
  };
  return investmentStrategy({
    years: 4,
    drivers: [drivers],
    extraCosts: [
      {
        id: 'offersCalc',
        label: w('Aktiv indsats: tilbud (antal × omfang × pris)', 'Active effort: offers (number × size × price)'),
        formula: cell('offers', undefined, 'drivers'),
      },
      {
        id: 'mentorCalc',
        label: w('Aktiv indsats: mentorstøtte', 'Active effort: mentor support'),
        formula: cell('mentor', undefined, 'drivers'),
      },
    ],
  });
})();

const s02: Model = (() => {
  const table: ModelTable = {
    id: 'transitions',
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
  return {
    tables: [table],
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
  return {
    tables: [
      breakdown,
      scalars('inputs', w('Grundlag', 'Baseline'), [
        {
          id: 'baseline',
          label: w('Samlet sats (fra nedbrydningen)', 'Total rate (from the breakdown)'),
          formula: cell('total', 'rate', 'breakdown'),
        },
      ]),
      ...rest,
    ],
    results: profile.results,
  };
})();

const s07: Model = (() => {
  const table: ModelTable = {
    id: 'units',
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

export const EMPLOYMENT_SCHOOL: readonly CatalogueEntry[] = [
  {
    id: 'B01',
    track: 'employment',
    title: w('Investeringsstrategier på beskæftigelsesområdet', 'Investment strategies in employment'),
    kind: 'investment-strategy',
    page: '72–77',
    guidance: w(
      'Udgifter til flere sagsbehandlere, konsulenter og tilbud mod indtægter fra færre på offentlig forsørgelse. Forsørgelse regnes kommunalt netto efter refusion (fx 20 % refusion for kontanthjælp over et år). Sæt mål pr. måned (60 helårspersoner = 5 om måneden) og følg op som benchmark.',
      'Spending on more caseworkers, consultants and offers against income from fewer people on public support. Support is counted net of the state refund (e.g. 20 % refund for cash benefit beyond one year). Set monthly goals (60 full-year persons = 5 a month) and follow up as a benchmark.',
    ),
    template: model(investmentStrategy({ years: 4, refund: 0.2 })),
  },
  {
    id: 'B02',
    track: 'employment',
    title: w('Investering i ungeindsats', 'Investment in the youth effort'),
    kind: 'investment-strategy',
    page: '78–81',
    guidance: w(
      'Som B01, med mentorstøtte (antal unge × timer × timepris) og tilbud (antal × omfang × pris). Unge uden uddannelse har ti gange så høj risiko for kontanthjælp; ydelsen er lav til 30 år, så se provenuet over en længere horisont.',
      'As B01, with mentor support (young people × hours × hourly price) and offers (number × size × price). Young people without an education run ten times the risk of cash benefit; the benefit is low until 30, so look at the proceeds over a longer horizon.',
    ),
    lost: w(
      'Hvor mange forløb et årsværk kan håndtere, er tabt i kilden (fodnote 10).',
      'How many courses one årsværk can handle is lost in the source (footnote 10).',
    ),
    template: model(b02),
  },
  {
    id: 'B03',
    track: 'employment',
    title: w('Progression i fleksjob', 'Progression in flex-jobs'),
    kind: 'formula-sheet',
    page: '82–85',
    guidance: w(
      'Flere timer i små fleksjob. Kommunens gevinst pr. ekstra time er lille ved få timer (5 timer: 29 kr. om måneden) og større højere oppe (25 timer: 429 kr.; 32 timer: 572 kr.), med 2015-satser. Gør det inden for eksisterende ressourcer.',
      "More hours in small flex-jobs. The municipality's gain per extra hour is small at few hours (5 hours: 29 kr. a month) and larger further up (25 hours: 429 kr.; 32 hours: 572 kr.), at 2015 rates. Do it within existing resources.",
    ),
    lost: w(
      'Satserne (tilskudsgrænse, maksimalt fleksbidrag) og lønniveauerne er tabt i kilden; eksemplerne kan ikke genberegnes.',
      'The rates (subsidy threshold, maximum flex contribution) and the wage levels are lost in the source; the examples cannot be recomputed.',
    ),
    template: model(
      one(
        scalars('flex', w('Gevinst ved flere timer', 'Gain from more hours'), [
          { id: 'citizens', label: w('Borgere der går op i timer', 'Citizens moving up in hours'), format: 'count' },
          {
            id: 'hours',
            label: w('Ekstra timer pr. uge pr. borger', 'Extra hours a week per citizen'),
            format: 'decimal',
          },
          {
            id: 'gain',
            label: w(
              'Kommunal gevinst pr. ekstra time pr. måned (kr., efter egne satser)',
              'Municipal gain per extra hour a month (kr., at current rates)',
            ),
            format: 'decimal',
          },
          {
            id: 'annual',
            label: w('Gevinst pr. år (kr.)', 'Gain a year (kr.)'),
            formula: mul(cell('citizens'), cell('hours'), cell('gain'), n(12)),
            format: 'amount',
          },
        ]),
        'annual',
        w('Gevinst pr. år (kr.)', 'Gain a year (kr.)'),
        'annual',
      ),
    ),
  },
  {
    id: 'B04',
    track: 'employment',
    title: w('Brobygning til uddannelse', 'Bridging courses to education'),
    kind: 'potential',
    page: '86–87',
    guidance: w(
      'Skarpere visitation til brobygningsforløb: ca. 25 % er fejlvisiteret, og 47,1 % starter ikke på uddannelse bagefter. Årlig besparelse = antal forløb × andel fejlvisiterede × udgift pr. forløb efter refusion. Ringkøbing-Skjern sparede 2 mio. kr.',
      'Sharper referral to bridging courses: about 25 % are referred wrongly, and 47.1 % start no education afterwards. Annual saving = courses × share wrongly referred × cost per course after refund. Ringkøbing-Skjern saved 2 m kr.',
    ),
    lost: w(
      'Prisen pr. forløb og pr. uge er tabt i kilden (Side 86).',
      'The price per course and per week is lost in the source (page 86).',
    ),
    template: model(
      one(
        scalars('bridge', w('Forudsætninger for beregning af potentiale', 'Assumptions for the potential'), [
          {
            id: 'courses',
            label: w('Nuværende antal brobygningsforløb pr. år', 'Bridging courses a year now'),
            format: 'count',
          },
          {
            id: 'wrong',
            label: w('Andel fejlvisiterede forløb', 'Share wrongly referred'),
            value: 0.25,
            format: 'percent',
          },
          {
            id: 'cost',
            label: w(
              'Gns. udgift pr. forløb efter statsrefusion (kr.)',
              'Average cost per course after state refund (kr.)',
            ),
          },
          {
            id: 'saving',
            label: w('Årlig besparelse (kr.)', 'Annual saving (kr.)'),
            formula: mul(cell('courses'), cell('wrong'), cell('cost')),
            format: 'amount',
          },
        ]),
        'saving',
        w('Årlig besparelse (kr.)', 'Annual saving (kr.)'),
        'saving',
      ),
    ),
  },
  {
    id: 'B05',
    track: 'employment',
    title: w('Kompetencer, ledelse og kultur i jobcentret', 'Competences, leadership and culture in the jobcentre'),
    kind: 'checklist',
    page: '88–90',
    guidance: w(
      'Sagsbehandlerens tro på borgeren øger chancen for job eller uddannelse med 33 %; sagsbehandlerskift sænker den med 22 %, og 40 % oplever skift. Screen kompetencer på en skala 1–5 (til stede og nødvendigt) og giv ledelsesinformation pr. medarbejder.',
      "A caseworker's belief in the citizen raises the chance of a job or education by 33 %; a change of caseworker lowers it by 22 %, and 40 % experience one. Screen competences on a 1–5 scale (present and needed) and give management information per employee.",
    ),
    template: model(
      checklist({
        steps: [
          w('Kompetencescreening (1–5: til stede og nødvendigt)', 'Competence screening (1–5: present and needed)'),
          w('Ledelsesinformation pr. medarbejder', 'Management information per employee'),
          w('Færre sagsbehandlerskift', 'Fewer changes of caseworker'),
          w('Opfølgning på kultur og ledelse', 'Follow-up on culture and leadership'),
        ],
        indicators: [
          w('Sager pr. medarbejder', 'Cases per employee'),
          w('Gns. varighed af sager', 'Average case duration'),
          w('Andel borgere med sagsbehandlerskift', 'Share of citizens with a change of caseworker'),
        ],
      }),
    ),
  },
  {
    id: 'B06',
    track: 'employment',
    title: w('Optimering af arbejdsprocesser i jobcentret', 'Optimising work processes in the jobcentre'),
    kind: 'formula-sheet',
    page: '91–95',
    guidance: w(
      'Faste rammer for samtaler, selvbooking, korte notater og faste mødetider. Potentialet er 5–10 % af de ressourcer, der går til samtaler; arket starter i den lave ende.',
      'Fixed frames for interviews, self-booking, short notes and fixed meeting slots. The potential is 5–10 % of the resources spent on interviews; the sheet starts at the low end.',
    ),
    template: model(
      one(
        scalars('interviews', w('Potentiale', 'Potential'), [
          {
            id: 'resources',
            label: w('Samlede sagsbehandlerressourcer (kr. pr. år)', 'Total caseworker resources (kr. a year)'),
          },
          {
            id: 'share',
            label: w('Andel af tiden til samtaler', 'Share of time spent on interviews'),
            format: 'percent',
          },
          {
            id: 'rate',
            label: w('Effektivisering (5–10 %)', 'Efficiency gain (5–10 %)'),
            value: 0.05,
            format: 'percent',
          },
          {
            id: 'potential',
            label: w('Potentiale (kr. pr. år)', 'Potential (kr. a year)'),
            formula: mul(cell('resources'), cell('share'), cell('rate')),
            format: 'amount',
          },
        ]),
        'potential',
        w('Potentiale (kr. pr. år)', 'Potential (kr. a year)'),
        'potential',
      ),
    ),
  },
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
      'Ugeprisen for Hvidovres børnehave og flere kommuners navne i sammenligningen er tabt (Side 99–100).',
      "Hvidovre's weekly kindergarten price and several municipalities' names in the comparison are lost (pages 99–100).",
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
          w('Andel aftaler gennemgået det seneste år', 'Share of agreements reviewed in the last year'),
          w('Antal ændrede aftaler', 'Agreements changed'),
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
          w('Ledige pladser', 'Vacant places'),
          w('Overbelægning (pladser)', 'Overcrowding (places)'),
          w('Antal private tilbud', 'Private offers'),
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
