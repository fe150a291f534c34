/**
 * "Om Gevinst" / "About Gevinst": what a user sends when something goes wrong: Gevinst's
 * version, the host, platform and Office version, and the ExcelApi sets this Excel supports.
 */
import { gevinstVersion } from '../version';
import type { Language } from '../engine/messages';

export interface AboutInfo {
  readonly version: string;
  readonly host: string;
  readonly platform: string;
  readonly officeVersion: string;
  /** The highest ExcelApi 1.x the host supports; null when it says none. */
  readonly excelApi: string | null;
}

/** The highest ExcelApi requirement set this reads of. */
const HIGHEST_KNOWN = 20;

/** What Office says about itself; "unknown" where it does not (outside Office, or an old host). */
export function collectAbout(office: typeof Office | undefined): AboutInfo {
  const diagnostics = office?.context?.diagnostics;
  const supported = (minor: number): boolean =>
    office?.context?.requirements?.isSetSupported?.('ExcelApi', `1.${minor}`) === true;
  let highest: number | null = null;
  for (let minor = 1; minor <= HIGHEST_KNOWN; minor++) if (supported(minor)) highest = minor;
  return {
    version: gevinstVersion(),
    host: String(diagnostics?.host ?? 'unknown'),
    platform: String(diagnostics?.platform ?? 'unknown'),
    officeVersion: diagnostics?.version ?? 'unknown',
    excelApi: highest === null ? null : `1.${highest}`,
  };
}

/** The lines shown and copied, in the pane's language. */
export function aboutLines(a: AboutInfo, lang: Language): string[] {
  const da = lang === 'da';
  const api =
    a.excelApi === null
      ? da
        ? 'ExcelApi: ingen oplyst (Gevinst kræver 1.8)'
        : 'ExcelApi: none reported (Gevinst needs 1.8)'
      : `ExcelApi: 1.1–${a.excelApi}${Number(a.excelApi.split('.')[1]) < 8 ? (da ? ' (Gevinst kræver 1.8)' : ' (Gevinst needs 1.8)') : ''}`;
  return [
    `Gevinst ${a.version}`,
    `${da ? 'Vært' : 'Host'}: ${a.host}`,
    `${da ? 'Platform' : 'Platform'}: ${a.platform}`,
    `Office: ${a.officeVersion}`,
    api,
  ];
}
