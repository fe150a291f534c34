/** The templates the gallery offers, with what it shows of each. */
import { BENCHMARK } from './benchmark-info';
import { BUSINESS_CASE } from './business-case-info';
import { MEASUREMENT, MEASUREMENT_FREMFAERD } from './measurement-info';
import { REALISATION_INFO } from './realisation-info';
import type { Language, TemplateInfo } from './template';
import { REFUND_LOSS_INFO, RELEASE_LIST_INFO } from './tracker-info';
import { HOEJE_TAASTRUP_EXAMPLE } from './examples-info';

export const GALLERY: readonly TemplateInfo[] = [
  BUSINESS_CASE,
  BENCHMARK,
  REALISATION_INFO,
  MEASUREMENT,
  MEASUREMENT_FREMFAERD,
  RELEASE_LIST_INFO,
  REFUND_LOSS_INFO,
  HOEJE_TAASTRUP_EXAMPLE,
];

/** Case- and accent-insensitive search over title, purpose and source, in the given language. */
export function searchGallery(query: string, lang: Language, items: readonly TemplateInfo[] = GALLERY): TemplateInfo[] {
  const fold = (s: string): string => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  const words = fold(query).split(/\s+/).filter(Boolean);
  return items.filter((item) => {
    const text = fold(`${item.title[lang]} ${item.purpose[lang]} ${item.source[lang]} ${item.id}`);
    return words.every((w) => text.includes(w));
  });
}
