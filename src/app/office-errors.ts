/** Office errors in plain words (DESIGN.md §1: never raw Office error text). */
import type { Language } from '../engine/messages';
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
  AccessDenied: {
    da: 'Excel afviste ændringen. Er arket beskyttet eller projektmappen skrivebeskyttet?',
    en: 'Excel refused the change. Is the sheet protected or the workbook read-only?',
  },
  other: {
    da: 'Excel kunne ikke udføre handlingen. Prøv igen; fortsætter problemet, så genindlæs tilføjelsesprogrammet.',
    en: 'Excel could not complete the action. Try again; if it persists, reload the add-in.',
  },
};

export function officeErrorMessage(e: unknown, lang: Language): string {
  if (e instanceof ExcelTimeoutError) return MESSAGES['timeout']?.[lang] ?? '';
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  return (MESSAGES[code] ?? MESSAGES['other'])?.[lang] ?? '';
}
