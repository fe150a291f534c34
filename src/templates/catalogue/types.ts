/** What a catalogue entry is: a proposal from KL's "Kommunale veje til effektivisering" (2017). */
import type { Model, ModelTable, Words } from '../../engine/model';
import type { BenchmarkRow } from '../../engine/benchmark-schema';
import type { KindId } from '../kinds';
import { w } from '../model-dsl';

export const TRACK_IDS = [
  'administration',
  'employment',
  'school',
  'elderly',
  'technical',
  'cross-cutting',
  'children',
  'disability',
] as const;
export type TrackId = (typeof TRACK_IDS)[number];

export const TRACK_NAMES: Readonly<Record<TrackId, Words>> = {
  administration: w('Administration'),
  employment: w('Beskæftigelse', 'Employment'),
  school: w('Skole og dagtilbud', 'Schools and day care'),
  elderly: w('Sundhed og ældre', 'Health and elderly care'),
  technical: w('Teknik og miljø', 'Technical services and environment'),
  'cross-cutting': w('Tværgående indsatser', 'Cross-cutting efforts'),
  children: w('Udsatte børn og unge', 'Vulnerable children and young people'),
  disability: w('Voksen handicap og psykiatri', 'Adult disability and psychiatry'),
};

/** The benchmark template, prefilled where the source gives figures. */
export interface BenchmarkSeed {
  readonly unit: string;
  readonly direction: 'lower-is-better' | 'higher-is-better';
  readonly per?: number;
  readonly own?: string;
  readonly rows?: readonly BenchmarkRow[];
  readonly targets?: readonly { label: string; value: number }[];
  /** Blank rows to offer when the source gives none. */
  readonly blankRows?: number;
}

export type EntryTemplate =
  { readonly kind: 'model'; readonly model: Model } | { readonly kind: 'benchmark'; readonly benchmark: BenchmarkSeed };

export interface CatalogueEntry {
  readonly id: string;
  readonly track: TrackId;
  readonly title: Words;
  readonly kind: KindId;
  /** Pages ("Side") of the 2017 report. */
  readonly page: string;
  /** In our own words: what the proposal does and how to use the sheet. */
  readonly guidance: Words;
  /** What the source text lost or leaves open; never filled in by us. */
  readonly lost?: Words;
  /** Data the proposal asks the municipality for, beyond the sheet's blank inputs. */
  readonly data?: readonly Words[];
  readonly template: EntryTemplate;
}

export const SOURCE = w(
  'KL/KLK, Kommunale veje til effektivisering (2017)',
  'KL/KLK, Kommunale veje til effektivisering (2017)',
);

/** An entry that opens its own calculation sheet. */
export const model = (m: Model): EntryTemplate => ({ kind: 'model', model: m });

/** A model of one table of named values whose key figure is one of its rows. */
export const one = (table: ModelTable, id: string, label: Words, row: string): Model => ({
  tables: [table],
  results: [{ id, label, expr: { k: 'cell', table: table.id, row }, format: 'amount' }],
});
