/** Beskæftigelse, B01–B06 (Side 71–95). Figures are the report's; blanks are the municipality's. */
import type { Model, ModelTable } from '../../engine/model';
import { checklist, higher, investmentStrategy, lower } from '../kinds';
import { cell, mul, n, scalars, w, yearColumns } from '../model-dsl';
import { model, one, type CatalogueEntry } from './types';

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
    // Side 80, footnote 11: "Opnormering af tilbud til målgruppen" is "Beregnet ud fra, hvor mange unge der
    // forventes at skulle have et tilbud, tilbuddets omfang og pris": the offers line, not a second one.
    moreOffers: cell('offers', undefined, 'drivers'),
    extraCosts: [
      {
        id: 'mentorCalc',
        label: w('Aktiv indsats: mentorstøtte', 'Active effort: mentor support'),
        formula: cell('mentor', undefined, 'drivers'),
      },
    ],
  });
})();

export const EMPLOYMENT: readonly CatalogueEntry[] = [
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
          higher(w('Sager pr. medarbejder', 'Cases per employee')),
          lower(w('Gns. varighed af sager', 'Average case duration')),
          lower(w('Andel borgere med sagsbehandlerskift', 'Share of citizens with a change of caseworker')),
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
];
