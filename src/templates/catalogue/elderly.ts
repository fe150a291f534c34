/** Sundhed og ældre, E01–E06 (Side 118–142). Figures are the report's; blanks are the municipality's. */
import type { Model, ModelTable, Words } from '../../engine/model';
import { add, cell, div, mul, n, scalars, sub, v, w } from '../model-dsl';
import { model, type CatalogueEntry } from './types';

/** The Sundhed og ældre proposals open with one sentence: frame, potential, horizon, investment. */
const summary = (frame: Words): ModelTable =>
  scalars('summary', w('Sammenfatning', 'Summary'), [
    { id: 'frame', label: frame },
    { id: 'potential', label: w('Potentiale (kr. pr. år)', 'Potential (kr. a year)'), optional: true },
    { id: 'horizon', label: w('Tidshorisont (år)', 'Horizon (years)'), format: 'count', optional: true },
    { id: 'investment', label: w('Krav om investeringer (kr.)', 'Investment required (kr.)'), optional: true },
    {
      id: 'share',
      label: w('Potentiale i % af rammen', 'Potential as % of the frame'),
      formula: { k: 'iferr', a: div(cell('potential'), cell('frame')), b: n(0) },
      format: 'percent',
    },
  ]);

const e01: Model = {
  tables: [
    summary(w('Visitationens samlede økonomiske ramme (kr.)', 'Total budget of needs assessment (kr.)')),
    scalars('review', w('Opfølgning på gennemførte visitationer', 'Follow-up on completed assessments'), [
      { id: 'cases', label: w('Gennemgåede sager', 'Cases reviewed'), format: 'count' },
      { id: 'reduced', label: w('Andel med reduceret hjælp', 'Share with help reduced'), format: 'percent' },
      {
        id: 'perCitizen',
        label: w('Gns. reduktion pr. borger (kr. pr. år)', 'Average reduction per citizen (kr. a year)'),
      },
      { id: 'cost', label: w('Omkostning ved gennemgangen (kr.)', 'Cost of the review (kr.)'), optional: true },
      {
        id: 'saving',
        label: w('Besparelse (kr. pr. år)', 'Saving (kr. a year)'),
        formula: sub(mul(cell('cases'), cell('reduced'), cell('perCitizen')), cell('cost')),
        format: 'amount',
      },
    ]),
    scalars('aabenraa', w('Aabenraa (Side 121)', 'Aabenraa (page 121)'), [
      {
        id: 'cases',
        label: w('Gennemgåede sager på funktionsniveau 3', 'Cases reviewed at function level 3'),
        value: 52,
        format: 'count',
      },
      {
        id: 'reduced',
        label: w('Borgere med reduceret hjælp', 'Citizens with help reduced'),
        value: 19,
        format: 'count',
      },
      {
        id: 'share',
        label: w('Andel reduceret', 'Share reduced'),
        formula: div(cell('reduced'), cell('cases')),
        format: 'percent',
      },
      // "Kommunens indsats er opgjort til 10 timer alt inkl." (Side 121); its price in kr. is lost.
      {
        id: 'hours',
        label: w('Kommunens indsats, timer alt inkl.', "The municipality's effort, hours all in"),
        value: 10,
        format: 'decimal',
      },
    ]),
  ],
  results: [
    {
      id: 'saving',
      label: w('Besparelse (kr. pr. år)', 'Saving (kr. a year)'),
      expr: v('review', 'saving'),
      format: 'amount',
    },
    {
      id: 'aabenraaShare',
      label: w('Aabenraa: andel reduceret', 'Aabenraa: share reduced'),
      expr: v('aabenraa', 'share'),
      format: 'percent',
    },
  ],
};

const e02: Model = {
  tables: [
    summary(
      w(
        'Samlet ramme til pleje i eget hjem, midlertidig bolig og plejebolig (kr.)',
        'Total budget for care at home, temporary and permanent places (kr.)',
      ),
    ),
    scalars(
      'breakEven',
      w('Break-even mellem hjemmepleje og plejebolig', 'Break-even between home care and a care place'),
      [
        { id: 'place', label: w('Pris for en plejeboligplads pr. uge (kr.)', 'Price of a care place a week (kr.)') },
        {
          id: 'fixed',
          label: w('Faste udgifter i eget hjem pr. uge (kr.)', 'Fixed costs at home a week (kr.)'),
          optional: true,
        },
        {
          id: 'hourly',
          label: w('Timepris i hjemmeplejen (kr.)', 'Hourly price of home care (kr.)'),
          format: 'decimal',
        },
        {
          id: 'hours',
          label: w('Break-even (timer hjemmepleje pr. uge)', 'Break-even (hours of home care a week)'),
          formula: div(sub(cell('place'), cell('fixed')), cell('hourly')),
          format: 'decimal',
        },
      ],
    ),
  ],
  results: [
    {
      id: 'breakEvenHours',
      label: w('Break-even, timer pr. uge', 'Break-even, hours a week'),
      expr: v('breakEven', 'hours'),
      format: 'decimal',
    },
  ],
};

const e03: Model = (() => {
  const aabenraa: ModelTable = {
    id: 'aabenraa',
    title: w(
      'Aabenraa: break-even for rehabiliteringsforløb (Side 128)',
      'Aabenraa: break-even of rehabilitation (page 128)',
    ),
    columns: [
      { id: 'weeks', label: w('Uger'), format: 'decimal' },
      { id: 'days', label: w('Dage', 'Days'), format: 'count', formula: mul(cell(undefined, 'weeks'), n(7)) },
    ],
    rows: [
      { id: 'home', label: w('Rehabilitering i hjemmet', 'Rehabilitation at home'), values: [3.51] },
      { id: 'residential', label: w('Døgnrehabilitering', 'Residential rehabilitation'), values: [2.6] },
      { id: 'combined', label: w('Kombineret rehabilitering', 'Combined rehabilitation'), values: [5.83] },
    ],
  };
  return {
    tables: [
      summary(
        w(
          'Ramme til hjemmepleje inkl. sygepleje til de tungeste borgere (kr.)',
          'Home care incl. nursing budget for the heaviest users (kr.)',
        ),
      ),
      scalars('course', w('Break-even for et forløb', 'Break-even of one course'), [
        { id: 'extra', label: w('Merudgift pr. forløb (kr.)', 'Extra cost per course (kr.)') },
        {
          id: 'hours',
          label: w('Reduktion i visiteret tid (timer pr. uge)', 'Reduction in assessed time (hours a week)'),
          format: 'decimal',
        },
        { id: 'hourly', label: w('Timepris (kr.)', 'Hourly price (kr.)'), format: 'decimal' },
        {
          id: 'weeks',
          label: w('Break-even (uger)', 'Break-even (weeks)'),
          formula: div(cell('extra'), mul(cell('hours'), cell('hourly'))),
          format: 'decimal',
        },
        {
          id: 'days',
          label: w('Break-even (dage)', 'Break-even (days)'),
          formula: mul(cell('weeks'), n(7)),
          format: 'count',
        },
      ]),
      aabenraa,
    ],
    results: [
      {
        id: 'breakEvenWeeks',
        label: w('Break-even (uger)', 'Break-even (weeks)'),
        expr: v('course', 'weeks'),
        format: 'decimal',
      },
    ],
  };
})();

const e04: Model = {
  tables: [
    summary(w('Samlet ramme til sygepleje (kr.)', 'Total nursing budget (kr.)')),
    scalars('clinic', w('Sygeplejeklinikker', 'Nursing clinics'), [
      { id: 'visits', label: w('Besøg flyttet til klinik pr. år', 'Visits moved to a clinic a year'), format: 'count' },
      { id: 'hoursSaved', label: w('Sparet tid pr. besøg (timer)', 'Time saved per visit (hours)'), format: 'decimal' },
      { id: 'hourly', label: w('Timepris (kr.)', 'Hourly price (kr.)'), format: 'decimal' },
      { id: 'driving', label: w('Sparet kørsel (kr. pr. år)', 'Driving saved (kr. a year)'), optional: true },
      {
        id: 'extraTravel',
        label: w(
          'Ekstra vejtid for resterende hjemmebesøg (kr. pr. år)',
          'Extra travel for the remaining home visits (kr. a year)',
        ),
        optional: true,
      },
      { id: 'clinicCost', label: w('Klinikudgifter (kr. pr. år)', 'Clinic costs (kr. a year)'), optional: true },
      {
        id: 'saving',
        label: w('Besparelse (kr. pr. år)', 'Saving (kr. a year)'),
        formula: sub(
          add(mul(cell('visits'), cell('hoursSaved'), cell('hourly')), cell('driving')),
          cell('extraTravel'),
          cell('clinicCost'),
        ),
        format: 'amount',
      },
    ]),
  ],
  results: [
    {
      id: 'saving',
      label: w('Besparelse (kr. pr. år)', 'Saving (kr. a year)'),
      expr: v('clinic', 'saving'),
      format: 'amount',
    },
  ],
};

export const ELDERLY: readonly CatalogueEntry[] = [
  {
    id: 'E01',
    track: 'elderly',
    title: w('Effektiv visitation', 'Efficient needs assessment'),
    kind: 'formula-sheet',
    page: '119–122',
    guidance: w(
      'Mål for besøg og tidsforbrug, fælles og fremskudt visitation, og opfølgning på gennemførte visitationer: Aabenraa gennemgik 52 sager og reducerede hjælpen for 19 (36 %), godt 2 mio. kr. om året. Undgå automatisk nivellering mellem kommuner.',
      'Targets for visits and time, joint and early assessment, and follow-up on completed assessments: Aabenraa reviewed 52 cases and reduced help for 19 (36 %), a little over 2 m kr. a year. Avoid automatic levelling between municipalities.',
    ),
    lost: w(
      'Aabenraas indsats står som 10 timer alt inkl., men beløbet ("godt … kr.") er tabt; sæt omkostningen med egen timepris. Effekterne af de øvrige delelementer er tabt eller pladsholdere.',
      'Aabenraa\'s effort survives as 10 hours all in, but its amount ("godt … kr.") is lost; price the review at your own hourly cost. The effects of the other elements are lost or placeholders.',
    ),
    template: model(e01),
  },
  {
    id: 'E02',
    track: 'elderly',
    title: w('Balance mellem plejetilbud', 'Balance between care settings'),
    kind: 'formula-sheet',
    page: '123–126',
    guidance: w(
      'Beregn udgiften pr. borger i eget hjem, midlertidig bolig og plejebolig, og find knækket, hvor hjemmepleje bliver dyrere end en plejebolig. 15–30 % flytter i plejebolig uden forudgående væsentlig hjemmehjælp; break-even ligger ofte tidligere end antaget.',
      'Compute the cost per citizen at home, in temporary housing and in a care place, and find the point where home care costs more than a care place. 15–30 % move into a care place without significant home help first; break-even often comes earlier than assumed.',
    ),
    lost: w(
      'Sammenfatningens tal er pladsholdere (den økonomiske ramme "XX", potentialet og tidshorisonten "XXX", Side 123), og analyseværktøjet (bilag 2), drejebogen (bilag 3) og kapacitetsbenchmarket (bilag 1) følger ikke med kilden; udfyld egne priser.',
      'The summary\'s figures are placeholders (the financial frame "XX", the potential and the time horizon "XXX", page 123), and the analysis tool (annex 2), the playbook (annex 3) and the capacity benchmark (annex 1) are not in the source; fill in your own prices.',
    ),
    template: model(e02),
  },
  {
    id: 'E03',
    track: 'elderly',
    title: w(
      'Rehabilitering for de tungeste borgere i ældreplejen',
      'Rehabilitation for the heaviest users of elderly care',
    ),
    kind: 'formula-sheet',
    page: '127–131',
    guidance: w(
      'Tværfaglige, tidsafgrænsede forløb for borgere med mest hjælp. Break-even = merudgift pr. forløb ÷ (sparet tid pr. uge × timepris); i Aabenraa 2,6–5,83 uger. I København faldt hjælpen til nye borgere 0,74 timer om ugen over 12 måneder.',
      'Interdisciplinary, time-limited courses for the citizens with the most help. Break-even = extra cost per course ÷ (time saved a week × hourly price); in Aabenraa 2.6–5.83 weeks. In København help for new citizens fell by 0.74 hours a week over 12 months.',
    ),
    lost: w(
      'Sammenfatningens tal er pladsholdere (andelen "XX", potentialet og tidshorisonten "XXX", Side 127); Aabenraas antal udførere pr. kombineret forløb, Københavns udgifter pr. borger pr. dag (figuren, Side 128–129) og året for målgruppens udtræk (Side 129) er tabt.',
      'The summary\'s figures are placeholders (the share "XX", the potential and the time horizon "XXX", page 127); Aabenraa\'s performers per combined course, København\'s cost per citizen per day (the figure, pages 128–129) and the year of the target group\'s extract (page 129) are lost.',
    ),
    template: model(e03),
  },
  {
    id: 'E04',
    track: 'elderly',
    title: w('Rigtigt omfang i sygeplejen', 'The right level of home nursing'),
    kind: 'formula-sheet',
    page: '132–135',
    guidance: w(
      'Sammenlign økonomi og normering, standardiser dokumentation, differentier ydelserne (elementær, grundlæggende, kompleks, akut) og brug sygeplejeklinikker. Varde sparede 1,1 mio. kr. om året; klinikker sparer mest vejtid.',
      'Compare costs and staffing, standardise documentation, differentiate services (elementary, basic, complex, acute) and use nursing clinics. Varde saved 1.1 m kr. a year; clinics save mostly travel time.',
    ),
    lost: w(
      'Kontonummeret for sygeplejen og Vardes lønbesparelse ved klinikker er tabt i kilden (Side 132, 135).',
      "The account number for nursing and Varde's wage saving from clinics are lost in the source (pages 132, 135).",
    ),
    template: model(e04),
  },
  {
    id: 'E05',
    track: 'elderly',
    title: w('Produktionsomkostninger i hjemmeplejen', 'Production costs in home care'),
    kind: 'benchmark',
    page: '136–138',
    guidance: w(
      'Sammenlign timepriser og deres bestanddele; en høj pris er anledning til at undersøge nærmere, ikke en automatisk besparelse. Se også på vagtplaner, brugertidsprocent og dokumentation (FS3: op mod 280 mio. kr. på landsplan).',
      'Compare hourly prices and their components; a high price is a reason to look closer, not an automatic saving. Look also at rosters, the share of time with citizens and documentation (FS3: up to 280 m kr. nationally).',
    ),
    template: { kind: 'benchmark', benchmark: { unit: 'kr. pr. time', direction: 'lower-is-better', blankRows: 4 } },
  },
  {
    id: 'E06',
    track: 'elderly',
    title: w('Produktionsomkostninger i plejecentre', 'Production costs in nursing homes'),
    kind: 'benchmark',
    page: '139–142',
    guidance: w(
      'Sammenlign pladspriser pr. pladstype (personale, materialer og administration, inventar, bygninger, beboerbetaling, fællesomkostninger) og justér for belægning. Seks fokuspunkter om arbejdstid sænker vikarudgifterne.',
      "Compare place prices by type of place (staff, materials and administration, furniture, buildings, residents' payments, shared costs) and adjust for occupancy. Six focus points on working time lower substitute costs.",
    ),
    template: { kind: 'benchmark', benchmark: { unit: 'kr. pr. plads', direction: 'lower-is-better', blankRows: 4 } },
  },
];
