/**
 * The ribbon's function commands, Kontrollér and Beregn: each runs its use case on the active
 * sheet, shows the summary in a small dialog, and always calls `event.completed()`.
 */
import { officeDeps } from '../app/composition';
import { defaultOptions } from '../app/calc-options';
import { calculateAndWrite } from '../app/calculate';
import { catalogueSummary, checkSummary, writtenSummary, type Summary } from '../app/summaries';
import { inspectCatalogueSheet } from '../app/catalogue-sheet';
import { checkActiveInstance } from '../app/use-cases';
import type { Language } from '../engine/messages';

/** The function names the manifest's ExecuteFunction actions call. */
export const COMMANDS = ['checkInstance', 'calculateInstance'] as const;

function language(): Language {
  return /^da\b/i.test(Office.context?.displayLanguage ?? '') ? 'da' : 'en';
}

function showSummary(summary: Summary): Promise<void> {
  const url = new URL('dialog.html', window.location.href);
  url.hash = encodeURIComponent(JSON.stringify(summary));
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url.toString(), { height: 45, width: 35, displayInIframe: true }, (result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) {
        const dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => dialog.close());
      }
      resolve();
    });
  });
}

function command(work: (lang: Language) => Promise<Summary>) {
  return async (event: Office.AddinCommands.Event): Promise<void> => {
    try {
      await showSummary(await work(language()));
    } finally {
      event.completed();
    }
  };
}

/** Kontrollér: the problems with their cells; on a catalogue sheet, what is still to fill in. */
async function check(lang: Language): Promise<Summary> {
  const deps = officeDeps();
  const o = await checkActiveInstance(deps, lang);
  const catalogue =
    !o.ok && o.failure.kind === 'issues' && o.failure.issues.some((i) => i.params['template'] === 'catalogue');
  return catalogue ? catalogueSummary(await inspectCatalogueSheet(deps, lang), lang) : checkSummary(o, lang);
}

/** Beregn: key figures, and the output block and charts written (never over typed cells). */
async function calculate(lang: Language): Promise<Summary> {
  return writtenSummary(await calculateAndWrite(officeDeps(), lang, (horizon) => defaultOptions(lang, horizon)), lang);
}

void Office.onReady(() => {
  Office.actions.associate('checkInstance', command(check));
  Office.actions.associate('calculateInstance', command(calculate));
});
