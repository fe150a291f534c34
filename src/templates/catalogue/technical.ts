/** Teknik og miljø, T01–T07 (Side 143–169). Figures are the report's; blanks are the municipality's. */
import type { Model } from '../../engine/model';
import { checklist, percentProfile, resultTable } from '../kinds';
import { add, cell, div, mul, n, scalars, sub, v, w } from '../model-dsl';
import { model, one, type CatalogueEntry } from './types';

const t03: Model = resultTable({
  years: 6,
  drivers: [
    scalars('fleet', w('Vognpark og flådestyring', 'Fleet and fleet management'), [
      { id: 'before', label: w('Køretøjer før', 'Vehicles before'), format: 'count' },
      {
        id: 'cut',
        label: w(
          'Reduktion af vognpark og kørselsbehov, % (København: 15 %)',
          'Cut in fleet and driving, % (København: 15 %)',
        ),
        value: 0.15,
        format: 'percent',
      },
      {
        id: 'after',
        label: w('Køretøjer efter', 'Vehicles after'),
        formula: mul(cell('before'), sub(n(1), cell('cut'))),
        format: 'decimal',
      },
      { id: 'perVehicle', label: w('Årlig omkostning pr. køretøj (kr.)', 'Annual cost per vehicle (kr.)') },
      {
        id: 'fieldWages',
        label: w('Lønbudget for udekørende personale (kr.)', 'Wage budget of field staff (kr.)'),
        optional: true,
      },
      {
        id: 'gpsWage',
        label: w('GPS: besparelse på lønbudget, %', 'GPS: saving on wages, %'),
        value: 0.027,
        format: 'percent',
      },
      {
        id: 'materials',
        label: w('Materialer, forsikring mv. (kr.)', 'Materials, insurance etc. (kr.)'),
        optional: true,
      },
      {
        id: 'gpsMaterials',
        label: w('GPS: besparelse på materialer mv., %', 'GPS: saving on materials etc., %'),
        value: 0.06,
        format: 'percent',
      },
      {
        id: 'annual',
        label: w('Årlig besparelse (kr.)', 'Annual saving (kr.)'),
        formula: add(
          mul(sub(cell('before'), cell('after')), cell('perVehicle')),
          mul(cell('fieldWages'), cell('gpsWage')),
          mul(cell('materials'), cell('gpsMaterials')),
        ),
        format: 'amount',
      },
    ]),
    // Side 157: "reducere bilparken og kørselsbehovet med 15 %", "investering på ca. 12,1 mio. kr.", "årlige
    // driftsbesparelser på 2,6-3,1 mio. kr." and the GPS case's "6,4 mio. kr. i 3. implementeringsår":
    // København's figures to hold the own case against.
    scalars(
      'kk',
      w(
        'Københavns business cases til sammenligning (Side 157)',
        "København's business cases for comparison (page 157)",
      ),
      [
        {
          id: 'cars',
          label: w('Delebilsordning: elbiler', 'Shared-car scheme: electric cars'),
          value: 87,
          format: 'count',
        },
        {
          id: 'investment',
          label: w('Delebilsordning: investering (mio. kr.)', 'Shared-car scheme: investment (m kr.)'),
          value: 12.1,
          format: 'decimal',
        },
        {
          id: 'savingLow',
          label: w('Årlig driftsbesparelse, lav (mio. kr.)', 'Annual operating saving, low (m kr.)'),
          value: 2.6,
          format: 'decimal',
        },
        {
          id: 'savingHigh',
          label: w('Årlig driftsbesparelse, høj (mio. kr.)', 'Annual operating saving, high (m kr.)'),
          value: 3.1,
          format: 'decimal',
        },
        {
          id: 'paybackFast',
          label: w('Simpel tilbagebetalingstid ved høj besparelse (år)', 'Simple payback at the high saving (years)'),
          formula: div(cell('investment'), cell('savingHigh')),
          format: 'decimal',
        },
        {
          id: 'paybackSlow',
          label: w('Simpel tilbagebetalingstid ved lav besparelse (år)', 'Simple payback at the low saving (years)'),
          formula: div(cell('investment'), cell('savingLow')),
          format: 'decimal',
        },
        {
          id: 'gpsYear3',
          label: w('GPS-flådestyring: besparelse i 3. år (mio. kr.)', 'GPS fleet management: saving in year 3 (m kr.)'),
          value: 6.4,
          format: 'decimal',
        },
      ],
      w(
        'Kilden siger, at delebilsordningen tjener sig hjem over seks år; 12,1 ÷ 3,1–2,6 giver 3,9–4,7 år uden renter og driftsudgifter.',
        'The source says the shared-car scheme pays back over six years; 12.1 ÷ 3.1–2.6 gives 3.9–4.7 years before interest and running costs.',
      ),
    ),
  ],
  gain: div(v('fleet', 'annual'), n(1000)),
});

export const TECHNICAL: readonly CatalogueEntry[] = [
  {
    id: 'T01',
    track: 'technical',
    title: w('Effektivisering af ejendomsanvendelse og -drift', 'Property use and operations'),
    kind: 'percent-profile',
    page: '144–151',
    guidance: w(
      'Central ejendomsadministration (vedligehold, forsyning, renhold, fælles drift) og en politik for bygningsanvendelsen; potentialet er 15 % eller mere over flere år. Profilen er Holbæks budgetterede sti (7,1 %, 9,3 %, 11,4 %, 14,3 %).',
      "A central property administration (maintenance, utilities, cleaning, shared operations) and a policy for building use; the potential is 15 % or more over several years. The profile is Holbæk's budgeted path (7.1 %, 9.3 %, 11.4 %, 14.3 %).",
    ),
    lost: w(
      'Årstallene i Holbæks tabel er tabt (Side 151); grundlaget på ca. 140 mio. kr. er afledt, ikke oplyst.',
      "The years in Holbæk's table are lost (page 151); the baseline of about 140 m kr. is derived, not stated.",
    ),
    template: model(
      percentProfile({
        baseline: w('Driftsudgift til ejendomme (kr. pr. år)', 'Property operating cost (kr. a year)'),
        steps: [0.071, 0.022, 0.021, 0.029],
      }),
    ),
  },
  {
    id: 'T02',
    track: 'technical',
    title: w('Multifunktionel arealanvendelse', 'Multi-functional land use'),
    kind: 'checklist',
    page: '152–155',
    guidance: w(
      'Afdæk behovet for anlæg (stoppesteder, cykelstier, legepladser, toiletter), mød det med multifunktionelle anlæg, og koordiner anlæg med vedligehold og gravearbejde. Ny asfalt er beskyttet mod opgravning i 2 år.',
      'Map the need for facilities (bus stops, cycle paths, playgrounds, toilets), meet it with multi-functional ones, and coordinate construction with maintenance and digging. New asphalt is protected from digging for 2 years.',
    ),
    template: model(
      checklist({
        steps: [
          w('Fastlæg behovet for service og infrastruktur', 'Determine the need for services and infrastructure'),
          w('Mød behovet med multifunktionelle anlæg', 'Meet the need with multi-functional facilities'),
          w('Koordiner anlæg, vedligehold og gravearbejde', 'Coordinate construction, maintenance and digging'),
        ],
      }),
    ),
  },
  {
    id: 'T03',
    track: 'technical',
    title: w('Optimering af den kommunale vognpark', 'Municipal vehicle fleet optimisation'),
    kind: 'result-table',
    page: '156–158',
    guidance: w(
      'Fælles bilpuljer, GPS og booking. Københavns GPS-flådestyring sparede 2,7 % af lønbudgettet for udekørende og 6 % på materialer og forsikring; delebilsordningen (87 elbiler, 12,1 mio. kr.) tjener sig hjem over seks år. Investeringen i systemer og uddannelse skrives under investering.',
      "Shared vehicle pools, GPS and booking. København's GPS fleet management saved 2.7 % of the field-staff wage budget and 6 % on materials and insurance; the shared-car scheme (87 electric cars, 12.1 m kr.) pays back over six years. Systems and training go under investment.",
    ),
    lost: w(
      'Vægtgrænsen for Hvidovres puljebiler er tabt i kilden (Side 156).',
      "The weight limit of Hvidovre's pool vehicles is lost in the source (page 156).",
    ),
    template: model(t03),
  },
  {
    id: 'T04',
    track: 'technical',
    title: w('Værdiskabende myndighedssagsbehandling', 'Value-creating authority casework'),
    kind: 'formula-sheet',
    page: '159–162',
    guidance: w(
      'Forenkling af myndighedsarbejdet: kort kommunikation, skabeloner, digitalisering og tidlig dialog. Falder sagsbehandlingstiden 20–30 %, kan årsværkene reduceres med samme procent; arket starter ved 20 %. Indregn først effekten, når omstillingen er gennemført.',
      'Simpler authority casework: short communication, templates, digitalisation and early dialogue. If case time falls by 20–30 %, årsværk can fall by the same percentage; the sheet starts at 20 %. Count the effect only once the change is complete.',
    ),
    lost: w(
      'Procenten i forslagets sammenfatning ("Estimeret … % hurtigere") er tabt (Side 11, 159).',
      'The percentage in the summary ("estimated … % faster") is lost (pages 11, 159).',
    ),
    template: model(
      one(
        scalars('casework', w('Effektivisering', 'Efficiency'), [
          { id: 'fte', label: w('Årsværk i myndighedsopgaverne', 'Årsværk in authority casework'), format: 'decimal' },
          {
            id: 'cut',
            label: w('Reduktion i sagsbehandlingstid (20–30 %)', 'Cut in case time (20–30 %)'),
            value: 0.2,
            format: 'percent',
          },
          { id: 'cost', label: w('Lønudgift pr. årsværk (kr.)', 'Cost per årsværk (kr.)') },
          {
            id: 'freed',
            label: w('Frigjorte årsværk', 'Årsværk freed'),
            formula: mul(cell('fte'), cell('cut')),
            format: 'decimal',
          },
          {
            id: 'kr',
            label: w('Gevinst (kr. pr. år)', 'Gain (kr. a year)'),
            formula: mul(cell('freed'), cell('cost')),
            format: 'amount',
          },
        ]),
        'kr',
        w('Gevinst (kr. pr. år)', 'Gain (kr. a year)'),
        'kr',
      ),
    ),
  },
  {
    id: 'T05',
    track: 'technical',
    title: w('Benchmark for myndighedsfunktioner', 'Benchmark of authority functions'),
    kind: 'benchmark',
    page: '163–164',
    guidance: w(
      'Normering pr. område (natur, miljø, plan, byggesager, veje) i forhold til sagsmængden: årsværk (tæller) pr. 100 sager (nævner) fra tidsregistrering og ESDH. Ret for baggrundsvariable før konklusioner; effekten kan ikke måles direkte.',
      'Staffing per area (nature, environment, planning, building cases, roads) relative to case volume: årsværk (numerator) per 100 cases (denominator) from time registration and case management. Correct for background variables before concluding; the effect cannot be measured directly.',
    ),
    template: {
      kind: 'benchmark',
      benchmark: { unit: 'årsværk pr. 100 sager', direction: 'lower-is-better', per: 100, blankRows: 4 },
    },
  },
  {
    id: 'T06',
    track: 'technical',
    title: w('Fælles fagspecialister', 'Shared specialists'),
    kind: 'checklist',
    page: '165',
    guidance: w(
      'Fælles jobpuljer internt og på tværs af kommuner og delte specialister (VVM, landinspektører, trafik, landbrug). Kræver en model for fælles ansættelse; der er endnu ingen konkrete erfaringer.',
      'Shared job pools within and across municipalities, and shared specialists (environmental assessment, surveyors, traffic, agriculture). Needs a model for joint employment; there is no concrete experience yet.',
    ),
    template: model(
      checklist({
        steps: [
          w('Kortlæg specialistfunktioner', 'Map specialist functions'),
          w('Find samarbejdskommuner', 'Find partner municipalities'),
          w('Model for fælles ansættelse', 'Model for joint employment'),
          w('Aftale og opfølgning', 'Agreement and follow-up'),
        ],
      }),
    ),
  },
  {
    id: 'T07',
    track: 'technical',
    title: w('Sourcingstrategier', 'Sourcing strategies'),
    kind: 'checklist',
    page: '166–169',
    guidance: w(
      'Screening af opgaver til ud- eller hjemtagning: politik, marked, andres erfaringer, økonomi, ansvar, serviceniveau, kapacitet, kompleksitet og afgrænsning. Hjemtagning kræver en positiv business case, kapacitet og politisk opbakning.',
      "Screening of tasks for outsourcing or insourcing: policy, market, others' experience, economics, responsibility, service level, capacity, complexity and scope. Insourcing needs a positive business case, capacity and political support.",
    ),
    template: model(
      checklist({
        steps: [
          w('Politik', 'Policy'),
          w('Markedet', 'The market'),
          w('Andres erfaringer', "Others' experience"),
          w('Økonomi', 'Economics'),
          w('Ansvar', 'Responsibility'),
          w('Serviceniveau', 'Service level'),
          w('Kapacitet og opgaveomfang', 'Capacity and volume'),
          w('Kompleksitet', 'Complexity'),
          w('Afgrænsning af opgaven', 'Scope of the task'),
        ],
      }),
    ),
  },
];
