import { fitSheetName, SHEET_NAME_MAX } from '../sheet/sheet-name';

/**
 * A sheet name that no sheet in the workbook has (case-insensitively, as Excel compares),
 * within Excel's 31 characters and without the characters Excel forbids.
 */
export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base = fitSheetName(wanted) || 'Gevinst';
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = fitSheetName(base, SHEET_NAME_MAX - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
