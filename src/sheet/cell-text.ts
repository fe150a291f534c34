/**
 * Reading what a user typed: a number typed as Danish-formatted text ("1.234,5", "12,5",
 * "-3.000") or English ("1,234.5") is recognised so the check can offer the number it
 * probably means; Excel's error values are named.
 */

export const EXCEL_ERRORS = [
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
];

export function isExcelError(v: unknown): v is string {
  return typeof v === 'string' && EXCEL_ERRORS.includes(v.trim().toUpperCase());
}

/** The number a text probably means, or null. Danish form first: `.` groups thousands, `,` is decimal. */
export function numberFromText(text: string): number | null {
  const t = text
    .trim()
    .replace(/\s|\u00a0/g, '')
    .replace(/kr\.?$/i, '');
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t) || /^-?\d+,\d+$/.test(t))
    return Number(t.replace(/\./g, '').replace(',', '.'));
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  return null;
}

/**
 * For a text that reads two ways ("1.234" is 1234 the Danish way and 1.234 the English way;
 * "1,234" the reverse), the number the other way; null when the text is unambiguous.
 */
export function ambiguousNumberText(text: string): number | null {
  const t = text.trim().replace(/\s|\u00a0/g, '');
  if (/^-?\d{1,3}\.\d{3}$/.test(t)) return Number(t);
  if (/^-?\d{1,3},\d{3}$/.test(t)) return Number(t.replace(',', ''));
  return null;
}

/** A date typed as text, read the Danish way (day first) or as ISO: the ISO date, or null. */
export function dateFromText(text: string): string | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const dmy = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(t);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (y === undefined || m === undefined || d === undefined) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return null;
  return date.toISOString().slice(0, 10);
}

/** Excel's serial number of an ISO date (days since 1899-12-30, the 1900 date system). */
export function excelDateSerial(isoDate: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return null;
  return Math.round((Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - Date.UTC(1899, 11, 30)) / 86_400_000);
}
