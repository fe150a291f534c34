/**
 * The ribbon's function commands, Kontrollér and Beregn: each runs its use case on the active
 * sheet, shows the summary in a small dialog, and always calls `event.completed()`.
 */
import { officeDeps } from '../app/composition';
import { calculateSummary, checkSummary, type Summary } from '../app/summaries';
import { checkActiveInstance, type Checked, type Outcome } from '../app/use-cases';
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

function command(summarise: (o: Outcome<Checked>, lang: Language) => Summary) {
  return async (event: Office.AddinCommands.Event): Promise<void> => {
    try {
      const lang = language();
      await showSummary(summarise(await checkActiveInstance(officeDeps(), lang), lang));
    } finally {
      event.completed();
    }
  };
}

void Office.onReady(() => {
  Office.actions.associate('checkInstance', command(checkSummary));
  Office.actions.associate('calculateInstance', command(calculateSummary));
});
