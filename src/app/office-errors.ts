/** Office errors in plain words (DESIGN.md §1: never raw Office error text). */
import type { Language } from '../engine/messages';
import { MAX_SELECTED_CELLS, SelectionTooLargeError } from '../excel/read-selection';
import { ExcelTimeoutError } from '../excel/run';

const MESSAGES: Record<string, Record<Language, string>> = {
  timeout: {
    da: 'Excel svarede ikke i tide. Prøv igen; luk eventuelle dialogbokse i Excel først.',
    en: 'Excel did not answer in time. Try again; close any open dialog boxes in Excel first.',
  },
  ItemAlreadyExists: {
    da: 'Der findes allerede et ark eller et navn med det navn. Prøv igen.',
    en: 'A sheet or name with that name already exists. Try again.',
  },
  RequestPayloadSizeLimitExceeded: {
    da: 'Skabelonen er for stor til at blive skrevet på én gang i Excel på nettet. Vælg færre år eller linjer.',
    en: 'The template is too large for Excel on the web to write at once. Choose fewer years or lines.',
  },
  ApiNotFound: {
    da: 'Denne version af Excel mangler en funktion, Gevinst bruger (ExcelApi 1.8). Opdatér Excel.',
    en: 'This version of Excel lacks a feature Gevinst uses (ExcelApi 1.8). Update Excel.',
  },
  InvalidSelection: {
    da: 'Markér ét sammenhængende område af celler: ikke flere områder på én gang, et diagram eller en figur.',
    en: 'Select one block of cells: not several areas at once, a chart or a shape.',
  },
  AccessDenied: {
    da: 'Excel afviste ændringen. Er arket beskyttet eller projektmappen skrivebeskyttet?',
    en: 'Excel refused the change. Is the sheet protected or the workbook read-only?',
  },
  other: {
    da: 'Excel kunne ikke udføre handlingen. Prøv igen; fortsætter problemet, så genindlæs tilføjelsesprogrammet.',
    en: 'Excel could not complete the action. Try again; if it persists, reload the add-in.',
  },
};

/** An error Office.js raised (a RichApi.Error, with its code), not one of the add-in's own. */
function officeCode(e: unknown): string | null {
  if (typeof e !== 'object' || e === null) return null;
  const { name, code } = e as { name?: unknown; code?: unknown };
  const office = name === 'RichApi.Error' || name === 'OfficeExtension.Error';
  return office && typeof code === 'string' ? code : null;
}

export function officeErrorMessage(e: unknown, lang: Language): string {
  if (e instanceof ExcelTimeoutError) return MESSAGES['timeout']?.[lang] ?? '';
  if (e instanceof SelectionTooLargeError) {
    const cells = e.cells.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB');
    const most = MAX_SELECTED_CELLS.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB');
    return lang === 'da'
      ? `Markeringen rummer ${cells} udfyldte celler; Gevinst læser højst ${most} ad gangen. Markér selve tabellen.`
      : `The selection holds ${cells} filled cells; Gevinst reads at most ${most} at a time. Select the table itself.`;
  }
  const code = officeCode(e);
  if (code !== null) return (MESSAGES[code] ?? MESSAGES['other'])?.[lang] ?? '';
  // Not Excel's doing: a fault of the add-in, said as such, with what to report.
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return lang === 'da'
    ? `Gevinst fejlede (en fejl i tilføjelsesprogrammet, ikke i din projektmappe): ${detail}. Skriv venligst teksten til os.`
    : `Gevinst failed (a fault of the add-in, not of your workbook): ${detail}. Please send us this text.`;
}
