/**
 * A catalogue entry as a sheet: its calculation model with the source and guidance above it, or
 * the benchmark template prefilled with the figures the report gives.
 */
import { withInputs, type Inputs, type Model } from '../engine/model';
import { benchmarkParameters } from '../templates/benchmark';
import { SOURCE, type CatalogueEntry } from '../templates/catalogue';
import { planBenchmark } from './benchmark-plan';
import { planModel, type ModelSheet } from './model-plan';
import type { SheetPlan } from './plan';

export function entrySubtitle(e: CatalogueEntry, lang: 'da' | 'en'): string {
  return lang === 'da'
    ? `Gevinst · katalog ${e.id} · ${SOURCE.da}, side ${e.page}`
    : `Gevinst · catalogue ${e.id} · ${SOURCE.en}, page ${e.page}`;
}

export function planEntry(e: CatalogueEntry, lang: 'da' | 'en', inputs: Inputs = new Map()): SheetPlan {
  if (e.template.kind === 'benchmark') {
    const b = e.template.benchmark;
    const params = benchmarkParameters.parse({
      language: lang,
      title: `${e.id} ${e.title[lang]}`.slice(0, 120),
      unit: b.unit,
      direction: b.direction,
      own: b.own ?? '',
      per: b.per ?? 1,
      rows: b.rows?.length ?? b.blankRows ?? 10,
      targets: b.targets?.length ?? 2,
    });
    return planBenchmark(params, b.rows ? { rows: [...b.rows], targets: [...(b.targets ?? [])] } : undefined);
  }
  return planModel(entrySheet(e, e.template.model, lang, inputs));
}

/** A model entry's sheet: its title, source line, guidance and what the source lost, then the model. */
export function entrySheet(
  e: CatalogueEntry,
  model: Model,
  lang: 'da' | 'en',
  inputs: Inputs = new Map(),
  version?: number,
): ModelSheet {
  return {
    ...(version === undefined ? {} : { version }),
    language: lang,
    templateId: 'catalogue',
    entry: e.id,
    title: { da: `${e.id} ${e.title.da}`, en: `${e.id} ${e.title.en}` },
    subtitle: { da: entrySubtitle(e, 'da'), en: entrySubtitle(e, 'en') },
    notes: [e.guidance, ...(e.lost ? [e.lost] : [])],
    model: withInputs(model, inputs),
  };
}
