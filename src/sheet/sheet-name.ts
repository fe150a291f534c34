/** Sheet names as Excel takes them: at most 31 characters, none of \ / ? * [ ] :, no quote at either end. */

export const SHEET_NAME_MAX = 31;

/**
 * A text cut to fit a sheet name: at the last word boundary ("A07 Digitalisering af
 * udlægshåndtering" becomes "A07 Digitalisering af"), at the limit only where the first word alone
 * is too long, never with a trailing space or dash.
 */
export function fitSheetName(text: string, max = SHEET_NAME_MAX): string {
  const clean = text
    .replace(/[\\/?*[\]:]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^'+|'+$/g, '')
    .trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max + 1);
  const boundary = cut.lastIndexOf(' ');
  const fitted = boundary >= Math.ceil(max / 3) ? cut.slice(0, boundary) : clean.slice(0, max);
  return fitted.replace(/[\s\-–·,;.(]+$/, '');
}
