/** What the gallery shows of the business-case template (kept apart from its zod schema, so the
 * task pane's first render does not load the validation library). */
import type { TemplateInfo } from './template';

export const BUSINESS_CASE: TemplateInfo = {
  id: 'business-case',
  // 2: Gevinst_PaybackYear holds the År number (the calendar year has its own name), the key
  // figures wait for a first figure, the discount preset is written out, and a legend.
  version: 3,
  kind: 'business-case',
  form: 'business-case',
  title: { da: 'Business case', en: 'Business case' },
  purpose: {
    da: 'Gevinster, omkostninger og investeringer år for år med nutidsværdi, intern rente og tilbagebetaling.',
    en: 'Gains, costs and investments year by year, with net present value, IRR and payback.',
  },
  source: {
    da: 'KL, Kommunale veje til effektivisering (2017), skabelon side 22',
    en: 'KL, Kommunale veje til effektivisering (2017), template on page 22',
  },
};
