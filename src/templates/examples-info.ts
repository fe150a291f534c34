/** What the gallery shows of the worked examples it inserts with their figures. */
import type { TemplateInfo } from './template';

export const HOEJE_TAASTRUP_EXAMPLE: TemplateInfo = {
  id: 'example-hoeje-taastrup',
  version: 1,
  kind: 'business-case',
  form: null,
  preset: { example: 'hoeje-taastrup' },
  title: {
    da: 'Eksempel: Høje-Taastrups investering i Socialområdet for voksne',
    en: "Example: Høje-Taastrup's investment in adult social services",
  },
  purpose: {
    da: '1,61 mio. kr. i 2015 og 1,1 mio. kr. i 2016 og 2017 til løn og kompetenceudvikling (Service) mod 10,3 mio. kr. om året fra 2018; tilbagebetalt i 2018.',
    en: '1.61 m kr. in 2015 and 1.1 m kr. in 2016 and 2017 for wages and training (Service) against 10.3 m kr. a year from 2018; paid back in 2018.',
  },
  source: {
    da: 'Høje-Taastrup Kommune, direktionen 15.09.2015 og Byrådet 18.03.2015',
    en: 'Høje-Taastrup Kommune, direktion 15.09.2015 and city council 18.03.2015',
  },
};
