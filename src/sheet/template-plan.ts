/**
 * Templates inserted without a form: a catalogue entry by its id, or a built-in calculation
 * model (the before/after measurement), in the sheet language the user chose.
 */
import { findEntry } from '../templates/catalogue';
import { tripleBottomLine } from '../templates/kinds';
import { MEASUREMENT } from '../templates/measurement-info';
import { planEntry } from './entry-plan';
import { planModel } from './model-plan';
import { planRealisation } from './realisation-plan';
import { REALISATION_INFO } from '../templates/realisation-info';
import type { SheetPlan } from './plan';

/** The templates inserted without a form, by id (the gallery's `form: null`). */
const DIRECT: Readonly<Record<string, (lang: 'da' | 'en') => SheetPlan>> = {
  [MEASUREMENT.id]: (lang) =>
    planModel({
      language: lang,
      templateId: 'measurement',
      entry: 'TBL',
      title: MEASUREMENT.title,
      sheetName: { da: 'Før-efter-måling', en: 'Before-after measurement' },
      subtitle: {
        da: `Gevinst · før/efter-måling · ${MEASUREMENT.source.da}`,
        en: `Gevinst · before/after · ${MEASUREMENT.source.en}`,
      },
      notes: [
        {
          da: 'Omdøb indikatorerne, vælg retning, og udfyld baseline og mål før indsatsen og efter-målingen bagefter. Tilføj kroner i en business case; her måles det, der ikke er kroner.',
          en: 'Rename the indicators, choose a direction, fill in baseline and target before the effort and the after value afterwards. Money belongs in a business case; this measures what is not money.',
        },
      ],
      model: tripleBottomLine(),
    }),
  [REALISATION_INFO.id]: (lang) => {
    // Five years, five gain lines and five units to start from; blank lines count as nothing.
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
  },
};

export function planTemplate(id: string, lang: 'da' | 'en'): SheetPlan | null {
  const direct = DIRECT[id];
  if (direct) return direct(lang);
  const entry = findEntry(id);
  return entry ? planEntry(entry, lang) : null;
}
