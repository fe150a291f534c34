/** What the gallery shows of the refund-loss tracker and the release list (kept apart from the sheets' words). */
import type { TemplateInfo } from './template';

export const REFUND_LOSS_INFO: TemplateInfo = {
  id: 'refund-loss',
  version: 1,
  kind: 'refund-loss',
  form: null,
  title: { da: 'Mistet sygedagpengerefusion', en: 'Lost sickness-benefit refunds' },
  purpose: {
    da: 'Mistet refusion pr. enhed, ændringen mod forrige periode i kr. og %, årsager med andele og egne fejl.',
    en: 'Refunds lost by unit, the change against the previous period in kr. and %, causes with shares and own errors.',
  },
  source: {
    da: 'Høje-Taastrup Kommune, direktionen 15.09.2015: mistet sygedagpengerefusion; KL-katalogets A05',
    en: "Høje-Taastrup Kommune, direktion 15.09.2015: lost sickness-benefit refunds; KL's catalogue A05",
  },
};

export const RELEASE_LIST_INFO: TemplateInfo = {
  id: 'release-list',
  version: 1,
  kind: 'release-list',
  form: null,
  title: { da: 'Frisættelsesliste', en: 'Release list (frisættelsesliste)' },
  purpose: {
    da: 'Regler, der begrænser kerneopgaven: type, godkendelse, enheder og frigjort tid; kun frisatte regler tæller, og kvalitet, trivsel og produktivitet måles.',
    en: 'Rules that limit the core task: kind, approval, units and time freed; only granted releases count, and quality, wellbeing and productivity are measured.',
  },
  source: {
    da: 'Københavns Kommune, Økonomiudvalget 7.11.2017: plan for frisættelsesforsøg 2.0, model b',
    en: 'Københavns Kommune, Finance Committee 7.11.2017: plan for frisættelsesforsøg 2.0, model b',
  },
};
