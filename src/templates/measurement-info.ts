/** What the gallery shows of the before/after measurement (the triple bottom line). */
import type { TemplateInfo } from './template';

export const MEASUREMENT: TemplateInfo = {
  id: 'triple-bottom-line',
  version: 1,
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
