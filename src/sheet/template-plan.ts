/** The templates inserted without a form, empty, in the sheet language the user chose. */
import { tripleBottomLine } from '../templates/kinds';
import { MEASUREMENT, MEASUREMENT_FREMFAERD } from '../templates/measurement-info';
import type { BottomLineWording } from '../templates/measurement';
import { planModel } from './model-plan';
import { planRealisation } from './realisation-plan';
import type { SheetPlan } from './plan';

/** The before/after measurement (the triple bottom line), empty, in the sheet language and wording. */
export function planMeasurement(lang: 'da' | 'en', wording: BottomLineWording = 'kl'): SheetPlan {
  const info = wording === 'fremfaerd' ? MEASUREMENT_FREMFAERD : MEASUREMENT;
  return planModel({
    language: lang,
    templateId: 'measurement',
    entry: 'TBL',
    title: info.title,
    sheetName: { da: 'Før-efter-måling', en: 'Before-after measurement' },
    subtitle: {
      da: `Gevinst · før/efter-måling · ${info.source.da}`,
      en: `Gevinst · before/after · ${info.source.en}`,
    },
    notes: [
      {
        da: 'Omdøb indikatorerne, vælg retning, og udfyld baseline og mål før indsatsen og efter-målingen bagefter. Tilføj kroner i en business case; her måles det, der ikke er kroner.',
        en: 'Rename the indicators, choose a direction, fill in baseline and target before the effort and the after value afterwards. Money belongs in a business case; this measures what is not money.',
      },
    ],
    model: tripleBottomLine({ wording }),
  });
}

/** An empty benefit realisation plan: five years, five gain lines and five units to start from. */
export function planEmptyRealisation(lang: 'da' | 'en'): SheetPlan {
  const five = Array.from({ length: 5 }, () => ({}));
  return planRealisation({
    language: lang,
    years: 5,
    basis: 'fte',
    rounding: 1,
    unit: 't.kr.',
    gains: five,
    keys: five,
  });
}
