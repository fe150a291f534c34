/** What the gallery shows of the gevinstrealiseringsplan (kept apart from the sheet's words). */
import type { TemplateInfo } from './template';

export const REALISATION_INFO: TemplateInfo = {
  id: 'realisation',
  version: 1,
  kind: 'realisation',
  form: null,
  title: { da: 'Gevinstrealiseringsplan og opfølgning', en: 'Benefit realisation plan and follow-up' },
  purpose: {
    da: 'Gevinstejer, beregnet eller anslået, tidspunkt, fordelingsnøgler og fordeling i hele t.kr.; mål, faktisk og status år for år.',
    en: 'Benefit owner, calculated or estimated, timing, allocation keys and allocation in whole t.kr.; target, actual and status year by year.',
  },
  source: {
    da: 'Høje-Taastrup Kommune, direktionen 15.09.2015: business case og gevinstrealiseringsplan',
    en: 'Høje-Taastrup Kommune, direktion 15.09.2015: business case and benefit realisation plan',
  },
};
