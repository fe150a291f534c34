/** What the gallery shows of the before/after measurement (the triple bottom line). */
import type { TemplateInfo } from './template';

export const MEASUREMENT: TemplateInfo = {
  id: 'triple-bottom-line',
  version: 3,
  kind: 'measurement',
  form: null,
  title: {
    da: 'Før/efter-måling: kvalitet, trivsel og produktivitet',
    en: 'Before/after: quality, wellbeing and productivity',
  },
  purpose: {
    da: 'Indikatorer med baseline, mål og efter-måling; ændring, ændring i % og om målet er nået.',
    en: 'Indicators with baseline, target and after; change, % change and whether the target is met.',
  },
  source: {
    da: 'Københavns frisættelsesforsøg 2.0 (2017) og Fremfærds "Mere kerneopgave og mindre bureaukrati" (2016)',
    en: 'Copenhagen\'s frisættelsesforsøg 2.0 (2017) and Fremfærd\'s "Mere kerneopgave og mindre bureaukrati" (2016)',
  },
};

/** The same measurement worded as Fremfærd's project: its third bottom line is økonomi / effektivisering. */
export const MEASUREMENT_FREMFAERD: TemplateInfo = {
  id: 'triple-bottom-line-fremfaerd',
  version: 3,
  kind: 'measurement',
  form: null,
  preset: { wording: 'fremfaerd' },
  title: {
    da: 'Før/efter-måling efter Fremfærd: kvalitet, trivsel og økonomi',
    en: "Before/after in Fremfærd's words: quality, wellbeing and economy",
  },
  purpose: {
    da: 'Den tredobbelte bundlinje som Fremfærd formulerer den: bedre velfærd til borgerne, arbejdsmiljø og økonomi / effektivisering.',
    en: 'The triple bottom line as Fremfærd words it: better welfare for citizens, working environment, and economy / efficiency.',
  },
  source: {
    da: 'Fremfærd: "Mere kerneopgave og mindre bureaukrati" (15. april 2016)',
    en: 'Fremfærd: "Mere kerneopgave og mindre bureaukrati" (15 April 2016)',
  },
};
