/**
 * The catalogue: every proposal of KL's "Kommunale veje til effektivisering" (2017), the 47 with
 * full text and the 5 VHP proposals that survive only as summaries, each with the template it
 * opens. Search and filters for the gallery; a listing for `gevinst catalogue --json`.
 */
import {
  anyGroupsOf,
  anyRowLabel,
  cellDef,
  cellsOf,
  requiredInputsOf,
  type Model,
  type Words,
} from '../../engine/model';
import { KIND_NAMES, type KindId } from '../kinds';
import { ADMINISTRATION } from './administration';
import { ELDERLY } from './elderly';
import { TECHNICAL } from './technical';
import { EMPLOYMENT } from './employment';
import { SCHOOL } from './school';
import { SOCIAL } from './social';
import { SOURCE, TRACK_NAMES, type BenchmarkSeed, type CatalogueEntry, type TrackId } from './types';
import { benchmarkEntryPrefilled, type BenchmarkEntrySeed } from '../../engine/benchmark-entry';

export { KIND_NAMES, SOURCE, TRACK_NAMES };
export type { CatalogueEntry, KindId, TrackId };

export const CATALOGUE: readonly CatalogueEntry[] = [
  ...ADMINISTRATION,
  ...EMPLOYMENT,
  ...SCHOOL,
  ...ELDERLY,
  ...TECHNICAL,
  ...SOCIAL,
];

export const CATALOGUE_MODELS: ReadonlyMap<string, Model> = new Map(
  CATALOGUE.flatMap((e) => (e.template.kind === 'model' ? [[e.id, e.template.model] as const] : [])),
);

/** The entries that open the benchmark, with the figures the report prints: a catalogue case of one is a benchmark. */
export const BENCHMARK_ENTRIES: ReadonlyMap<string, BenchmarkEntrySeed> = new Map(
  CATALOGUE.flatMap((e) =>
    e.template.kind === 'benchmark' ? [[e.id, benchmarkSeedOf(e, e.template.benchmark)] as const] : [],
  ),
);

function benchmarkSeedOf(e: CatalogueEntry, b: BenchmarkSeed): BenchmarkEntrySeed {
  return {
    title: { da: `${e.id} ${e.title.da}`, en: `${e.id} ${e.title.en}` },
    unit: b.unit,
    direction: b.direction,
    ...(b.per === undefined ? {} : { per: b.per }),
    ...(b.own === undefined ? {} : { own: b.own }),
    rows: b.rows ?? [],
    targets: b.targets ?? [],
  };
}

export function findEntry(id: string): CatalogueEntry | undefined {
  return CATALOGUE.find((e) => e.id.toLowerCase() === id.toLowerCase());
}

/** The inputs the municipality supplies: the sheet's blank required cells, then the data the proposal asks for. */
export function entryInputs(e: CatalogueEntry, lang: 'da' | 'en'): string[] {
  const data = (e.data ?? []).map((d) => d[lang]);
  if (e.template.kind === 'benchmark') {
    const b = e.template.benchmark;
    const rows = b.rows
      ? []
      : [lang === 'da' ? 'Rækker: navn og nøgletal for hver enhed' : 'Rows: name and key figure of each unit'];
    const own = lang === 'da' ? 'Egen række og dens volumen' : 'The own row and its volume';
    return [...rows, own, ...data];
  }
  const model = e.template.model;
  const blanks = new Map<string, string>();
  for (const r of model.results)
    for (const k of requiredInputsOf(model, r.expr)) {
      const t = model.tables.find((x) => x.id === k.table);
      const row = t?.rows.find((x) => x.id === k.row);
      const col = t && t.columns.length > 1 ? t.columns.find((c) => c.id === k.col) : undefined;
      blanks.set(
        `${k.table}.${k.row}`,
        [t?.title[lang], row?.label[lang], col?.label[lang]].filter(Boolean).join(' · '),
      );
    }
  for (const r of model.results)
    for (const g of anyGroupsOf(model, r.expr)) blanks.set(g.table, anyRowLabel(model, g.table, lang));
  return [...blanks.values(), ...data];
}

/** The figures the entry's template comes prefilled with, by input key. */
export function entryPrefilled(e: CatalogueEntry): Record<string, number | string> {
  const seed = BENCHMARK_ENTRIES.get(e.id);
  if (seed) return benchmarkEntryPrefilled(seed);
  if (e.template.kind !== 'model') return {};
  const model = e.template.model;
  const out: Record<string, number | string> = {};
  for (const k of cellsOf(model)) {
    const def = cellDef(model, k);
    if (def.kind !== 'input' || def.value === null) continue;
    const single = model.tables.find((t) => t.id === k.table)?.columns.length === 1;
    out[single ? `${k.table}.${k.row}` : `${k.table}.${k.row}.${k.col}`] =
      typeof def.value === 'number' ? def.value : def.value.da;
  }
  return out;
}

const fold = (s: string): string => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

export interface CatalogueFilter {
  readonly query?: string;
  readonly track?: TrackId | '';
  readonly kind?: KindId | '';
}

/** Case- and accent-insensitive search over id, titles and guidance, with track and kind filters. */
export function searchCatalogue(
  f: CatalogueFilter,
  lang: 'da' | 'en',
  items: readonly CatalogueEntry[] = CATALOGUE,
): CatalogueEntry[] {
  const words = fold(f.query ?? '')
    .split(/\s+/)
    .filter(Boolean);
  return items.filter((e) => {
    if (f.track && e.track !== f.track) return false;
    if (f.kind && e.kind !== f.kind) return false;
    const text = fold(`${e.id} ${e.title[lang]} ${e.title.da} ${e.guidance[lang]} ${KIND_NAMES[e.kind][lang]}`);
    return words.every((w) => text.includes(w));
  });
}

export interface ListedEntry {
  readonly id: string;
  readonly track: TrackId;
  readonly trackName: string;
  readonly title: string;
  readonly titleDa: string;
  readonly titleEn: string;
  readonly kind: KindId;
  readonly kindName: string;
  readonly template: 'catalogue' | 'benchmark';
  readonly page: string;
  readonly guidance: string;
  readonly lost: string | null;
  readonly inputs: string[];
  readonly prefilled: Record<string, number | string>;
}

export function listCatalogue(lang: 'da' | 'en'): ListedEntry[] {
  return CATALOGUE.map((e) => ({
    id: e.id,
    track: e.track,
    trackName: TRACK_NAMES[e.track][lang],
    title: e.title[lang],
    titleDa: e.title.da,
    titleEn: e.title.en,
    kind: e.kind,
    kindName: KIND_NAMES[e.kind][lang],
    template: e.template.kind === 'model' ? 'catalogue' : 'benchmark',
    page: e.page,
    guidance: e.guidance[lang],
    lost: e.lost ? e.lost[lang] : null,
    inputs: entryInputs(e, lang),
    prefilled: entryPrefilled(e),
  }));
}

export type { Words };
