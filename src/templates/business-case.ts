/**
 * The business-case template: KL's skeleton (catalogue §1.2 B, "Tabel Skabelon, beregning af
 * business case. Resultat i t. kr.", Side 22): Indtjening − Omkostninger = Årligt resultat;
 * − Investering = Resultat; År 1..År N, plus cumulative result, discount factors, NPV, IRR,
 * payback and an assumptions block. This file is data: parameters and words.
 */
import { z } from 'zod';
import { PRESET_NAMES, type DiscountPreset } from '../engine/discount';
import { MAX_SECTION_LINES, MAX_YEARS } from '../engine/business-case-schema';
import { TEXT_LIMITS, text, title } from '../engine/schema-parts';
import { BUSINESS_CASE } from './business-case-info';
import type { Localized } from './template';

export { BUSINESS_CASE };

export const MAX_HORIZON = MAX_YEARS;
export const MAX_LINES = MAX_SECTION_LINES;

const count = (fallback: number) => z.number().int().min(1).max(MAX_LINES).default(fallback);

/** Parameters chosen before insert. */
export const businessCaseParameters = z.strictObject({
  language: z.enum(['da', 'en']).default('da'),
  title: title.optional(),
  /** Calendar year of År 1; without it the sheet counts År 1..År N. */
  firstYear: z.number().int().min(1900).max(2200).optional(),
  horizon: z.number().int().min(1).max(MAX_HORIZON).default(10),
  discount: z
    .union([z.enum(PRESET_NAMES as [DiscountPreset, ...DiscountPreset[]]), z.number().gt(-1).lte(1)])
    .default('fm-2021'),
  firstYearDiscounted: z.boolean().default(false),
  unit: text(TEXT_LIMITS.unit).default('t.kr.'),
  priceLevel: text(TEXT_LIMITS.name).default(''),
  owner: text(TEXT_LIMITS.name).default(''),
  /** ISO date (YYYY-MM-DD), written as an Excel date. */
  date: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]).default(''),
  source: text(TEXT_LIMITS.label).default(''),
  lines: z
    .strictObject({ gain: count(3), cost: count(2), investment: count(2) })
    .default({ gain: 3, cost: 2, investment: 2 }),
});

export type BusinessCaseParameters = z.output<typeof businessCaseParameters>;

type Words = Readonly<Record<string, Localized>>;

/** Every word the sheet shows. KL's row names are kept in Danish; English mirrors them. */
export const WORDS = {
  subtitle: { da: 'business case', en: 'business case' },
  assumptions: { da: 'Forudsætninger', en: 'Assumptions' },
  title: { da: 'Titel', en: 'Title' },
  firstYear: { da: 'Første år (År 1)', en: 'First year (År 1)' },
  horizon: { da: 'Tidshorisont (år)', en: 'Horizon (years)' },
  discount: { da: 'Diskontering', en: 'Discounting' },
  flatRate: { da: 'Fast rente', en: 'Flat rate' },
  firstYearDiscounted: { da: 'År 1 diskonteres', en: 'Discount År 1' },
  yes: { da: 'Ja', en: 'Yes' },
  no: { da: 'Nej', en: 'No' },
  unit: { da: 'Enhed', en: 'Unit' },
  priceLevel: { da: 'Prisniveau', en: 'Price level' },
  owner: { da: 'Ejer', en: 'Owner' },
  date: { da: 'Dato', en: 'Date' },
  source: { da: 'Kilde', en: 'Source' },
  template: { da: 'Skabelon', en: 'Template' },
  ratePerPeriod: { da: 'Rente pr. periode', en: 'Rate per period' },
  amountsIn: { da: 'Beløb i ', en: 'Amounts in ' },
  year: { da: 'År', en: 'År' },
  calendarYear: { da: 'Kalenderår', en: 'Calendar year' },
  total: { da: 'I alt', en: 'Total' },
  gainType: { da: 'Gevinsttype', en: 'Gain type' },
  gainSection: {
    da: 'Indtjening (reduktion af omkostninger, tab mm.)',
    en: 'Gains (cost reductions, avoided losses etc.)',
  },
  costSection: {
    da: 'Omkostninger (licenser, drift, andre løbende omkostninger)',
    en: 'Costs (licences, operations, other running costs)',
  },
  investmentSection: {
    da: 'Investering (indkøb af system, implementering, engangsudgift)',
    en: 'Investment (systems, implementation, one-off costs)',
  },
  gainLine: { da: 'Gevinst', en: 'Gain' },
  costLine: { da: 'Omkostning', en: 'Cost' },
  investmentLine: { da: 'Investering', en: 'Investment' },
  totalGains: { da: 'Indtjening i alt', en: 'Total gains' },
  totalCosts: { da: 'Omkostninger i alt', en: 'Total costs' },
  annualResult: { da: 'Årligt resultat', en: 'Annual result' },
  totalInvestments: { da: 'Investering i alt', en: 'Total investment' },
  result: { da: 'Resultat', en: 'Result' },
  cumulative: { da: 'Akkumuleret resultat', en: 'Cumulative result' },
  discountFactor: { da: 'Diskonteringsfaktor', en: 'Discount factor' },
  presentValue: { da: 'Nutidsværdi pr. år', en: 'Present value per year' },
  cumulativePresentValue: { da: 'Akkumuleret nutidsværdi', en: 'Cumulative present value' },
  helpers: { da: 'Hjælperækker (beregnes af skabelonen)', en: 'Helper rows (computed by the template)' },
  period: { da: 'Periode', en: 'Period' },
  periodRate: { da: 'Rente for perioden', en: 'Rate for the period' },
  paidBack: { da: 'Tilbagebetalt (1 = ja)', en: 'Paid back (1 = yes)' },
  discountedPaidBack: { da: 'Diskonteret tilbagebetalt (1 = ja)', en: 'Discounted paid back (1 = yes)' },
  sign: { da: 'Seneste fortegn', en: 'Latest sign' },
  trialRate: { da: 'Prøverente (til IRR)', en: 'Trial rate (for IRR)' },
  trialNpv: { da: 'Nutidsværdi ved prøverenten', en: 'NPV at the trial rate' },
  trialBracket: { da: 'Roden ligger herfra (1 = ja)', en: 'Root lies from here (1 = yes)' },
  keyFigures: { da: 'Nøgletal', en: 'Key figures' },
  npv: { da: 'Nutidsværdi (NPV)', en: 'Net present value (NPV)' },
  irr: { da: 'Intern rente (IRR)', en: 'Internal rate of return (IRR)' },
  paybackYear: { da: 'Tilbagebetalingsår', en: 'Payback year' },
  paybackYears: { da: 'Tilbagebetalingstid (år)', en: 'Payback period (years)' },
  discountedPaybackYear: { da: 'Diskonteret tilbagebetalingsår', en: 'Discounted payback year' },
  noUniqueRate: { da: 'ingen entydig rente', en: 'no unique rate' },
  notWithinHorizon: { da: 'ikke inden for horisonten', en: 'not within the horizon' },
  fillIn: { da: 'udfyld input', en: 'fill in inputs' },
  presetFm2021: {
    da: 'Finansministeriet 2021: 3,5 % år 1–35, 2,5 % år 36–70, 1,5 % derefter',
    en: 'Finansministeriet 2021: 3.5 % years 1–35, 2.5 % years 36–70, 1.5 % after',
  },
  presetFm2013: {
    da: 'Finansministeriet 2013: 4 % år 1–35, 3 % år 36–70, 2 % derefter',
    en: 'Finansministeriet 2013: 4 % years 1–35, 3 % years 36–70, 2 % after',
  },
  /** Beside the flat rate while a preset is chosen. */
  flatRateIgnored: { da: '← bruges ikke', en: '← not used' },
  estimates: {
    da: 'Trepunktsestimater: årets celle er (min. + 4 × sandsynlig + maks.) / 6',
    en: "Three-point estimates: the year's cell is (min + 4 × likely + max) / 6",
  },
  estimateMin: { da: 'Min.', en: 'Min' },
  estimateLikely: { da: 'Sandsynlig', en: 'Likely' },
  estimateMax: { da: 'Maks.', en: 'Max' },
  presetFlat: { da: 'Den faste rente gælder alle år', en: 'The flat rate applies to every year' },
  legend: { da: 'Farverne:', en: 'The colours:' },
  keyFiguresAtTop: { da: 'Nøgletal (se nederst)', en: 'Key figures (see below)' },
  legendInput: { da: 'Input', en: 'Input' },
  legendInputNote: { da: 'skriv eller vælg her', en: 'type or choose here' },
  legendKey: { da: 'Nøgletal', en: 'Key figure' },
  legendKeyNote: { da: 'beregnes; ret ikke i formlerne', en: 'calculated; do not edit the formulas' },
  yearNumber: { da: '"År "0', en: '"Year "0' },
  calendarYearFormat: { da: '"i "0', en: '"in "0' },
  budget: { da: 'Budget', en: 'Budget' },
  nonBudget: { da: 'Ikke-budget', en: 'Non-budget' },
  income: { da: 'Indtægt', en: 'Income' },
  irrNote: {
    da: 'IRR vises kun, når resultatet skifter fortegn præcis én gang; ellers er den ikke entydig.',
    en: 'IRR is shown only when the result changes sign exactly once; otherwise it is not unique.',
  },
  amountError: { da: 'Skriv et tal (beløb i enheden ovenfor).', en: 'Enter a number (amount in the unit above).' },
  nonNegativeError: { da: 'Skriv et tal, der er 0 eller større.', en: 'Enter a number of 0 or more.' },
  yearError: { da: 'Skriv et årstal mellem 1900 og 2200.', en: 'Enter a year between 1900 and 2200.' },
  rateError: {
    da: 'Skriv renten som procent, fx 3,5 %, mellem -99 % og 100 %.',
    en: 'Enter the rate as a percentage such as 3.5 %, between -99 % and 100 %.',
  },
  listError: { da: 'Vælg en værdi fra listen.', en: 'Choose a value from the list.' },
} satisfies Words;

/** The sheet's discount list: the current preset first, the older one, then a flat rate. */
export function discountChoices(lang: 'da' | 'en'): string[] {
  const newestFirst = [...PRESET_NAMES].sort().reverse();
  return [...newestFirst, WORDS.flatRate[lang]];
}
