/** The task pane's words, in Danish and English. */
import type { Language } from '../engine/messages';

export const TEXT = {
  appTitle: { da: 'Gevinst', en: 'Gevinst' },
  tagline: { da: 'Business cases og gevinster som levende Excel', en: 'Business cases and benefits as live Excel' },
  language: { da: 'Sprog', en: 'Language' },
  gallery: { da: 'Skabeloner', en: 'Templates' },
  search: { da: 'Søg i skabeloner', en: 'Search templates' },
  noMatch: { da: 'Ingen skabeloner matcher søgningen.', en: 'No templates match the search.' },
  choose: { da: 'Vælg', en: 'Choose' },
  source: { da: 'Kilde', en: 'Source' },
  back: { da: 'Tilbage til skabelonerne', en: 'Back to the templates' },
  parameters: { da: 'Indstillinger før indsættelse', en: 'Settings before insert' },
  title: { da: 'Titel', en: 'Title' },
  firstYear: { da: 'Første år (År 1)', en: 'First year (År 1)' },
  horizon: { da: 'Tidshorisont (år, 1-50)', en: 'Horizon (years, 1-50)' },
  discount: { da: 'Diskontering', en: 'Discounting' },
  fm2021: {
    da: 'Finansministeriet 2021 (3,5 % / 2,5 % / 1,5 %)',
    en: 'Finansministeriet 2021 (3.5 % / 2.5 % / 1.5 %)',
  },
  fm2013: { da: 'Finansministeriet 2013 (4 % / 3 % / 2 %)', en: 'Finansministeriet 2013 (4 % / 3 % / 2 %)' },
  flat: { da: 'Fast rente', en: 'Flat rate' },
  rate: { da: 'Rente i procent', en: 'Rate in per cent' },
  firstYearDiscounted: {
    da: 'Diskontér År 1 (ellers er År 1 basisår)',
    en: 'Discount År 1 (otherwise År 1 is the base year)',
  },
  lines: { da: 'Antal linjer', en: 'Number of lines' },
  gains: { da: 'Gevinster', en: 'Gains' },
  costs: { da: 'Omkostninger', en: 'Costs' },
  investments: { da: 'Investeringer', en: 'Investments' },
  sheetLanguage: { da: 'Arkets sprog', en: 'Sheet language' },
  danish: { da: 'Dansk', en: 'Danish' },
  english: { da: 'Engelsk', en: 'English' },
  insert: { da: 'Indsæt', en: 'Insert' },
  inserting: { da: 'Indsætter …', en: 'Inserting …' },
  inserted: { da: 'Indsat på arket', en: 'Inserted on the sheet' },
  fixFields: { da: 'Ret de markerede felter.', en: 'Correct the marked fields.' },
  failed: { da: 'Kunne ikke indsætte', en: 'Could not insert' },
  loading: { da: 'Indlæser …', en: 'Loading …' },
} as const;

export type TextKey = keyof typeof TEXT;

export const t = (key: TextKey, lang: Language): string => TEXT[key][lang];
