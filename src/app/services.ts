/** What the task pane may ask of the workbook: the use cases, bound to one Excel. */
import type { Language } from '../engine/messages';
import { checkActiveInstance, insertBusinessCase, type Checked, type Deps, type Outcome } from './use-cases';

export interface PaneServices {
  insertBusinessCase(params: unknown, lang: Language): Promise<Outcome<{ sheetName: string }>>;
  checkActiveInstance(lang: Language): Promise<Outcome<Checked>>;
}

export function createServices(deps: Deps): PaneServices {
  return {
    insertBusinessCase: (params, lang) => insertBusinessCase(deps, params, lang),
    checkActiveInstance: (lang) => checkActiveInstance(deps, lang),
  };
}
