/**
 * Tværgående X01–X02 (Side 170–175), Udsatte børn og unge U01–U06 (Side 176–201) and the five
 * VHP proposals that survive only as one-line summaries (Side 13).
 */
import type { Model, Words } from '../../engine/model';
import { checklist, higher, lower, tripleBottomLine, withoutWith, type Indicator } from '../kinds';
import { cell, div, mul, scalars, sub, v, w, n } from '../model-dsl';
import { model, one, type CatalogueEntry } from './types';

const x02: Model = {
  tables: [
    scalars('admin', w('Skabelon til at opgøre potentiale, administration', 'Potential, administration'), [
      {
        id: 'current',
        label: w(
          'Nuværende udgifter til sagsbehandling ift. målgruppen (kr.)',
          'Current casework cost for the target group (kr.)',
        ),
      },
      {
        id: 'share',
        label: w(
          'Andel med sagsbehandler i både jobcenter og socialafdeling',
          'Share with a caseworker in both jobcentre and social department',
        ),
        value: 0.1,
        format: 'percent',
      },
      {
        id: 'reduction',
        label: w('Mulig reduktion i sagsbehandling (kr.)', 'Possible reduction in casework (kr.)'),
        formula: mul(cell('current'), cell('share')),
        format: 'amount',
      },
      {
        id: 'training',
        label: w(
          'Investering i opkvalificering til anden lovgivning (kr.)',
          'Training caseworkers in the other act (kr.)',
        ),
        optional: true,
      },
      {
        id: 'potential',
        label: w('Effektiviseringspotentiale (kr.)', 'Efficiency potential (kr.)'),
        formula: sub(cell('reduction'), cell('training')),
        format: 'amount',
      },
    ]),
    scalars('operations', w('Skabelon til at opgøre potentiale, driftsudgifter', 'Potential, running costs'), [
      {
        id: 'hours',
        label: w(
          'Overlappende timer (støttekontaktperson og mentor) pr. år',
          'Overlapping hours (support contact and mentor) a year',
        ),
        format: 'hours',
      },
      {
        id: 'share',
        label: w(
          'Andel af de overlappende timer, der kan effektiviseres bort',
          'Share of the overlapping hours that can go',
        ),
        value: 0.25,
        format: 'percent',
      },
      {
        id: 'price',
        label: w('Timepris for støttekontaktperson (kr.)', 'Hourly price of a support contact (kr.)'),
        format: 'decimal',
      },
      {
        id: 'potential',
        label: w('Effektiviseringspotentiale (kr.)', 'Efficiency potential (kr.)'),
        formula: mul(cell('hours'), cell('share'), cell('price')),
        format: 'amount',
      },
    ]),
  ],
  results: [
    {
      id: 'adminReduction',
      label: w('Mulig reduktion, administration (kr.)', 'Possible reduction, administration (kr.)'),
      expr: v('admin', 'reduction'),
      format: 'amount',
    },
    {
      id: 'adminPotential',
      label: w('Potentiale, administration (kr.)', 'Potential, administration (kr.)'),
      expr: v('admin', 'potential'),
      format: 'amount',
    },
    {
      id: 'operationsPotential',
      label: w('Potentiale, driftsudgifter (kr.)', 'Potential, running costs (kr.)'),
      expr: v('operations', 'potential'),
      format: 'amount',
    },
  ],
};

const u06: Model = {
  tables: [
    scalars('caseload', w('Sagsantal', 'Caseload'), [
      { id: 'hours', label: w('Samlede normtider (timer pr. uge)', 'Total standard hours (a week)'), format: 'hours' },
      {
        id: 'fullTime',
        label: w('Fuldtidsrådgivere (normtid ÷ 37)', 'Full-time caseworkers (standard hours ÷ 37)'),
        formula: div(cell('hours'), n(37)),
        format: 'decimal',
      },
      { id: 'open', label: w('Åbne sager', 'Open cases'), format: 'count' },
      {
        id: 'perWorker',
        label: w('Sager pr. fuldtidsrådgiver', 'Cases per full-time caseworker'),
        formula: div(cell('open'), cell('fullTime')),
        format: 'decimal',
      },
    ]),
  ],
  results: [
    {
      id: 'casesPerWorker',
      label: w('Sager pr. fuldtidsrådgiver', 'Cases per full-time caseworker'),
      expr: v('caseload', 'perWorker'),
      format: 'decimal',
    },
  ],
};

const VHP_LOST = w(
  'Forslagets sider (202–231) mangler i kilden; kun sammenfatningen på side 13 er bevaret, uden tal. Mål før og efter med egne indikatorer.',
  "The proposal's pages (202–231) are missing from the source; only the summary on page 13 survives, without figures. Measure before and after with your own indicators.",
);

const vhp = (
  id: string,
  title: Words,
  guidance: Words,
  quality: Indicator[],
  productivity: Indicator[],
): CatalogueEntry => ({
  id,
  track: 'disability',
  title,
  kind: 'measurement',
  page: '13',
  guidance,
  lost: VHP_LOST,
  template: model(tripleBottomLine({ quality, productivity })),
});

const CASE_TYPES_U01 = [
  w('Anbringelse, plejefamilie', 'Placement, foster family'),
  w('Anbringelse, opholdssted', 'Placement, residential home'),
  w('Anbringelse, institution', 'Placement, institution'),
  w('Andre foranstaltninger', 'Other measures'),
  w('Efterværn', 'After-care'),
];

export const SOCIAL: readonly CatalogueEntry[] = [
  {
    id: 'X01',
    track: 'cross-cutting',
    title: w('Samordning af beskæftigelses- og sundhedsindsatser', 'Coordinating employment and health efforts'),
    kind: 'formula-sheet',
    page: '171–172',
    guidance: w(
      'Tidlig dialog med borger og arbejdsgiver, målrettet genoptræning og sundhedsfaglig indsats. I TTA-projektet faldt sygefraværet i gennemsnit 2,6 uger hvor implementeringen var god (stor variation). Find CPR-numre med både jobcenter- og genoptræningsforløb.',
      'Early dialogue with citizen and employer, targeted rehabilitation and health input. In the TTA project sick leave fell by 2.6 weeks on average where implementation was good (large variation). Find citizens with both a jobcentre and a rehabilitation case.',
    ),
    lost: w(
      'Ugesatsen for sygedagpenge og refusionen står ikke i kilden.',
      'The weekly sickness-benefit rate and the refund are not in the source.',
    ),
    template: model(
      one(
        scalars('sick', w('Kortere sygedagpengeforløb', 'Shorter sickness-benefit periods'), [
          {
            id: 'citizens',
            label: w('Borgere i målgruppen pr. år', 'Citizens in the target group a year'),
            format: 'count',
          },
          {
            id: 'weeks',
            label: w(
              'Færre uger på sygedagpenge pr. borger (TTA: 2,6)',
              'Fewer weeks on sickness benefit per citizen (TTA: 2.6)',
            ),
            value: 2.6,
            format: 'decimal',
          },
          {
            id: 'rate',
            label: w('Sygedagpenge pr. uge, kommunal netto (kr.)', 'Sickness benefit a week, municipal net (kr.)'),
          },
          {
            id: 'saving',
            label: w('Besparelse (kr. pr. år)', 'Saving (kr. a year)'),
            formula: mul(cell('citizens'), cell('weeks'), cell('rate')),
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
    id: 'X02',
    track: 'cross-cutting',
    title: w('Samordning af kontaktperson- og mentorordninger', 'Merging support-contact and mentor schemes'),
    kind: 'potential',
    page: '173–175',
    guidance: w(
      'Flyt myndigheden for støttekontaktpersoner til jobcentret og lad samme person være mentor og støttekontaktperson. Regn med 10 % af socialafdelingens del af sagsbehandlingen og ca. 25 % af de overlappende timer.',
      "Move the authority for support contacts to the jobcentre and let one person be both mentor and support contact. Count on 10 % of the social department's share of the casework and about 25 % of the overlapping hours.",
    ),
    template: model(x02),
  },
  {
    id: 'U01',
    track: 'children',
    title: w('Målrettet indsats og kortere varighed', 'Targeted effort and shorter duration'),
    kind: 'without-with',
    page: '177–180',
    guidance: w(
      'Klare mål for alle indsatser, fast opfølgning, forventet slutdato og hjemgivelsesperspektiv. Brug varighed og pris pr. foranstaltningsmåned for de seneste 2–3 år; regn antal i helårs.',
      'Clear goals for every intervention, fixed follow-up, an expected end date and a return-home perspective. Use duration and price per month of measure for the last 2–3 years; count in full-year cases.',
    ),
    template: model(withoutWith({ rows: CASE_TYPES_U01 })),
  },
  {
    id: 'U02',
    track: 'children',
    title: w('Fokuseret brug af efterværn', 'Focused use of after-care'),
    kind: 'without-with',
    page: '182–184',
    guidance: w(
      'Efterværn er aldrig automatisk; hovedreglen er, at anbringelsen ophører ved 18. Start dialogen ved 16. Færre unge i efterværn i hver aldersgruppe, især med stigende alder.',
      'After-care is never automatic; as a rule the placement ends at 18. Start the dialogue at 16. Fewer young people in after-care in each age group, especially as age rises.',
    ),
    template: model(
      withoutWith({ rows: [18, 19, 20, 21, 22].map((a) => w(`Unge i efterværn, ${a} år`, `After-care, age ${a}`)) }),
    ),
  },
  {
    id: 'U03',
    track: 'children',
    title: w('Styring af aflønning af plejefamilier', 'Managing foster-family pay'),
    kind: 'without-with',
    page: '185–187',
    guidance: w(
      'Gennemsigtig aflønning, genforhandling og mængderabat, incitamenter og central vederlagsfastsættelse. Holbæk opsagde alle aftaler og genforhandlede på et lavere niveau: 1,3 mio. kr.',
      'Transparent pay, renegotiation and volume discounts, incentives and central fee-setting. Holbæk terminated every agreement and renegotiated at a lower level: 1.3 m kr.',
    ),
    template: model(
      withoutWith({
        rows: [1, 2, 3, 4, 5, 6]
          .map((k) => w(`${k} plejevederlag`, `${k} foster fees`))
          .concat([w('7+ plejevederlag', '7+ foster fees')]),
      }),
    ),
  },
  {
    id: 'U04',
    track: 'children',
    title: w('Professionelt indkøb af tilbud', 'Professional purchasing of placements'),
    kind: 'without-with',
    page: '188–190',
    guidance: w(
      'Strammere prisaftaler for skole og dagbehandling og en kontraktenhed, der forhandler med opholdssteder og institutioner, de dyreste sager først (Slagelse).',
      'Tighter price agreements for school and day treatment and a contract unit that negotiates with residential homes and institutions, most expensive cases first (Slagelse).',
    ),
    template: model(
      withoutWith({
        rows: [
          w('Regionale institutioner', 'Regional institutions'),
          w('Andre kommuners institutioner', "Other municipalities' institutions"),
          w('Opholdssteder uden interne skoler', 'Residential homes without a school'),
          w('Opholdssteder med interne skoler', 'Residential homes with a school'),
          w('Andet', 'Other'),
        ],
      }),
    ),
  },
  {
    id: 'U05',
    track: 'children',
    title: w(
      'Datadrevet styring på det specialiserede børneområde',
      "Data-driven management in specialised children's services",
    ),
    kind: 'checklist',
    page: '191–194',
    guidance: w(
      'Syv opmærksomhedspunkter: kobl økonomiske og faglige data, se myndighed som produktion, kommuniker på afdelings-, team- og medarbejderniveau, omkostningsbevidsthed, kompetencer, nysgerrighed og et validt datagrundlag. Start med hurtige gevinster.',
      'Seven points: link financial and professional data, treat the authority as production, communicate at department, team and employee level, cost awareness, competences, curiosity and valid data. Start with quick wins.',
    ),
    template: model(
      checklist({
        steps: [
          w('Udvælg og kobl økonomiske og ikke-økonomiske data', 'Select and link financial and non-financial data'),
          w('Myndighed som produktionsenhed', 'The authority as a production unit'),
          w('Kommunikation på afdeling, team og medarbejder', 'Communication by department, team and employee'),
          w('Omkostningsbevidst adfærd', 'Cost-conscious behaviour'),
          w('Kompetencer', 'Competences'),
          w('Nysgerrighed på egen praksis', 'Curiosity about own practice'),
          w('Validt datagrundlag', 'Valid data'),
        ],
      }),
    ),
  },
  {
    id: 'U06',
    track: 'children',
    title: w('Implementering af datamodel', 'Implementing the data model'),
    kind: 'formula-sheet',
    page: '195–201',
    guidance: w(
      'Vardes datamodel: tidlig indsats (§ 11), børnefaglige undersøgelser (§ 50, højst 4 måneder; gul liste 2–4 måneder, rød over 4), forebyggende foranstaltninger og anbringelser (§ 52), underretninger, sagsantal og økonomi. Fuldtidsrådgivere = normtid ÷ 37 timer.',
      "Varde's data model: early help (§ 11), child assessments (§ 50, at most 4 months; yellow list 2–4 months, red over 4), preventive measures and placements (§ 52), notifications, caseload and economy. Full-time caseworkers = standard hours ÷ 37.",
    ),
    lost: w(
      'Kilden slutter midt i forslaget (Side 201); resten af økonomidelen mangler.',
      'The source stops in the middle of the proposal (page 201); the rest of the economy part is missing.',
    ),
    template: model(u06),
  },
  vhp(
    'V01',
    w('Styrket myndighedssagsbehandling', 'Stronger authority casework'),
    w(
      'Screen nye ansøgere, fokus på omkostningseffektiv støtte og progression i igangværende forløb. Mulige gevinster: færre nye sager, begrænset udgiftspres og hurtigere afslutning.',
      'Screen new applicants, focus on cost-effective support and progress in ongoing courses. Possible gains: fewer new cases, limited cost pressure and faster closure.',
    ),
    [higher(w('Andel forløb med progression', 'Share of courses with progress'))],
    [
      lower(w('Nye sager pr. år', 'New cases a year')),
      lower(w('Gns. varighed til afslutning (måneder)', 'Average time to closure (months)')),
    ],
  ),
  vhp(
    'V02',
    w('Optimering af borgerrettet tid', 'More time with citizens'),
    w(
      'Ny arbejdstilrettelæggelse og personalesammensætning frigør tid til borgerrettet arbejde.',
      'New work planning and staff mix free time for work with citizens.',
    ),
    [higher(w('Borgertilfredshed', 'Citizen satisfaction'))],
    [higher(w('Borgerrettet tid, % af arbejdstiden', 'Time with citizens, % of working time'))],
  ),
  vhp(
    'V03',
    w('Gentænkning af § 85', 'Rethinking § 85 support'),
    w(
      'Ny praksis for støtte i eget hjem: forebyggelse, hjælp til økonomi og frivillige til lettere opgaver. Mulige gevinster: færre borgere med behov, kortere og billigere forløb.',
      'New practice for support at home: prevention, help with finances and volunteers for lighter tasks. Possible gains: fewer citizens in need, shorter and cheaper courses.',
    ),
    [higher(w('Andel borgere der klarer sig uden støtte', 'Share of citizens managing without support'))],
    [
      lower(w('Borgere med § 85-støtte', 'Citizens with § 85 support')),
      lower(w('Gns. pris pr. forløb (kr.)', 'Average price per course (kr.)')),
    ],
  ),
  vhp(
    'V04',
    w('Øget brug af videomøder', 'More video meetings'),
    w(
      'Videomøder og telefon i stedet for eller som supplement til fysiske møder, internt og med borgere. Mindre transporttid og mere fleksibel adgang.',
      'Video and phone meetings instead of or alongside physical meetings, internally and with citizens. Less travel time and more flexible access.',
    ),
    [higher(w('Borgernes oplevede tilgængelighed', "Citizens' sense of access"))],
    [
      lower(w('Transporttid, timer pr. måned', 'Travel time, hours a month')),
      higher(w('Andel møder holdt virtuelt', 'Share of meetings held online')),
    ],
  ),
  vhp(
    'V05',
    w('Bedre ledelsesinformation', 'Better management information'),
    w(
      'Databaseret ledelse: færre fejlvurderinger, og medarbejdere og ledere er på forkant med udviklingen.',
      'Data-based management: fewer misjudgements, and staff and managers ahead of developments.',
    ),
    [lower(w('Fejlvurderinger pr. 100 sager', 'Misjudgements per 100 cases'))],
    [higher(w('Ledelsesrapporter brugt i styringen pr. kvartal', 'Management reports used in steering a quarter'))],
  ),
];
