/**
 * The composition root: the use cases bound to the real Excel, with a time-out on every batch.
 * The use cases (and with them zod and the engine) load on first use, after the pane's first
 * render, which keeps the first download small.
 */
import type { Language } from '../engine/messages';
import { officeRun, withTimeout } from '../excel/run';
import type { PaneServices } from './services';
import type { Deps } from './use-cases';

export function officeDeps(): Deps {
  return { run: withTimeout(officeRun, 30), newId: () => crypto.randomUUID() };
}

export function lazyServices(deps: () => Deps): PaneServices {
  const load = () => import(/* webpackChunkName: "use-cases" */ './use-cases');
  return {
    insertBusinessCase: async (params: unknown, lang: Language) =>
      (await load()).insertBusinessCase(deps(), params, lang),
    checkActiveInstance: async (lang: Language) => (await load()).checkActiveInstance(deps(), lang),
  };
}

export function officeServices(): PaneServices {
  return lazyServices(officeDeps);
}
