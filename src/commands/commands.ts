/**
 * The ribbon's function commands, Kontrollér and Beregn: each runs its use case on the active
 * sheet, shows the summary in a small dialog, and calls `event.completed()` when the dialog is
 * closed (or at the time limit), always.
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

/** A function command must complete within five minutes; the dialog closes itself before that. */
export const DIALOG_LIMIT_MS = 4.5 * 60 * 1000;

/** Lines a dialog URL can carry where the host cannot send a message to the dialog (DialogApi 1.1). */
const URL_SUMMARY_CHARS = 1500;

/**
 * Shows the summary in a dialog and resolves when the dialog is closed (by its button, by the
 * user's X, or at the time limit), so the command's runtime lives as long as the dialog does.
 * The summary is sent to the dialog when it says it is ready (DialogApi 1.2); a host without
 * `messageChild` gets it in the query string, never in the `#`, which Office uses itself.
 */
export function showSummary(summary: Summary): Promise<void> {
  const url = new URL('dialog.html', window.location.href);
  const canMessage = Office.context.requirements?.isSetSupported?.('DialogApi', '1.2') === true;
  if (!canMessage) url.searchParams.set('summary', JSON.stringify(shortened(summary)));
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url.toString(), { height: 45, width: 35, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) return resolve();
      const dialog = result.value;
      const done = (): void => {
        clearTimeout(timer);
        resolve();
      };
      const close = (): void => {
        dialog.close();
        done();
      };
      const timer = setTimeout(close, DIALOG_LIMIT_MS);
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        const message = 'message' in arg ? arg.message : '';
        if (message === 'ready' && canMessage) dialog.messageChild(JSON.stringify(summary));
        else if (message === 'close') close();
      });
      // The user closed it with its X (or it failed): nothing to close, the command is done.
      dialog.addEventHandler(Office.EventType.DialogEventReceived, done);
    });
  });
}

/** The summary cut to what a URL carries, with a last line that says so. */
function shortened(summary: Summary): Summary {
  const lines: string[] = [];
  let used = summary.title.length;
  for (const line of summary.lines) {
    if (used + line.length > URL_SUMMARY_CHARS) {
      lines.push('…');
      break;
    }
    lines.push(line);
    used += line.length;
  }
  return { title: summary.title, lines };
}

export function command(work: (lang: Language) => Promise<Summary>) {
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

/**
 * Registers the commands: by `Office.actions.associate` where the host has it, else as global
 * functions by name, as hosts without it look them up.
 */
export function registerCommands(): void {
  const handlers = { checkInstance: command(check), calculateInstance: command(calculate) } as const;
  for (const name of COMMANDS) {
    if (typeof Office.actions?.associate === 'function') Office.actions.associate(name, handlers[name]);
    else (globalThis as Record<string, unknown>)[name] = handlers[name];
  }
}

void Office.onReady(registerCommands);
