/**
 * A catalogue sheet on the active sheet, read in one sync: which entry it is, which required
 * inputs are still blank (with their cells), numbers typed as text, and the key figures as the
 * engine computes them from the sheet's inputs.
 */
import type { Language } from '../engine/messages';
import { readActiveSheet } from '../excel/read-instance';
import { entrySheet } from '../sheet/entry-plan';
import { readModelSheet, type ModelReading } from '../sheet/read-model';
import { MODEL_SHEET_VERSION } from '../sheet/model-plan';
import { parseIdentity } from '../sheet/identity';
import { SHAPE_NAME } from '../sheet/shape';
import { findEntry } from '../templates/catalogue';
import { issue } from '../engine/issue';
import { guarded, type Deps, type Outcome } from './use-cases';

export interface CatalogueSheet {
  readonly sheetName: string;
  readonly entry: string;
  readonly title: string;
  readonly reading: ModelReading;
}

export function catalogueEntryOf(shape: string): { entry: string; language: Language; version: number } | null {
  const id = parseIdentity(shape);
  const entry = id?.params['entry'];
  // Version 1 wrote each note on one line, version 2 wraps those under the heading, version 3 those
  // under a table too: the layout below follows from it.
  if (!id || id.templateId !== 'catalogue' || id.version < 1 || id.version > MODEL_SHEET_VERSION) return null;
  if (typeof entry !== 'string') return null;
  return /^[A-Z]\d\d$/.test(entry) ? { entry, language: id.language, version: id.version } : null;
}

export async function inspectCatalogueSheet(deps: Deps, lang: Language): Promise<Outcome<CatalogueSheet>> {
  return guarded(lang, async () => {
    const snapshot = await readActiveSheet(deps.run);
    const stamp = catalogueEntryOf(snapshot.names.get(SHAPE_NAME) ?? '');
    const entry = stamp ? findEntry(stamp.entry) : undefined;
    if (!stamp || !entry || entry.template.kind !== 'model' || !snapshot.cells) {
      return { ok: false, failure: { kind: 'issues', issues: [issue('not_instance', [])] } };
    }
    const sheet = entrySheet(entry, entry.template.model, stamp.language, new Map(), stamp.version);
    return {
      ok: true,
      value: {
        sheetName: snapshot.sheetName,
        entry: entry.id,
        title: `${entry.id} ${entry.title[lang]}`,
        reading: readModelSheet(sheet, snapshot.cells),
      },
    };
  });
}
