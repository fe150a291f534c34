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
