/**
 * A benchmark from the user's own table: the first row holds the headers, the user says which
 * column is the name, the numerator, the denominator, a given value and the volume. Cells that
 * cannot be read are issues with their address in the user's sheet; the table is not changed.
 */
import type { BenchmarkRow } from '../engine/benchmark-schema';
import { issue, type Issue } from '../engine/issue';
import { a1, parseA1Range } from './address';
import { isExcelError, numberFromText } from './cell-text';

export interface ColumnMapping {
  readonly name: number;
  readonly numerator?: number | undefined;
  readonly denominator?: number | undefined;
  readonly value?: number | undefined;
  readonly volume?: number | undefined;
}

export interface TableSource {
  readonly sheetName: string;
  readonly address: string;
  readonly values: readonly (readonly unknown[])[];
}

export function headersOf(t: TableSource): string[] {
  return (t.values[0] ?? []).map((h, i) => (typeof h === 'string' && h.trim() ? h.trim() : `#${i + 1}`));
}

export function rowsFromTable(t: TableSource, m: ColumnMapping): { rows: BenchmarkRow[]; issues: Issue[] } {
  const origin = parseA1Range(t.address);
  const issues: Issue[] = [];
  const rows: BenchmarkRow[] = [];
  const cellOf = (r: number, c: number): string => `${t.sheetName}!${a1(origin.row + r, origin.col + c)}`;
  const number = (r: number, c: number | undefined, field: string): number | undefined => {
    if (c === undefined) return undefined;
    const v = t.values[r]?.[c];
    if (typeof v === 'number') return v;
    if (v === '' || v === null || v === undefined) return undefined;
    const text = String(v);
    const guess = isExcelError(text) ? null : numberFromText(text);
    if (guess !== null) return guess;
    const code = isExcelError(text) ? 'cell_error' : 'text_number';
    issues.push({
      ...issue(code, ['rows', r - 1, field], { received: isExcelError(text) ? text : JSON.stringify(text) }),
      cell: cellOf(r, c),
    });
    return undefined;
  };
  for (let r = 1; r < t.values.length; r++) {
    const name = String(t.values[r]?.[m.name] ?? '').trim();
    if (name === '') continue;
    const reported = issues.length;
    const numerator = number(r, m.numerator, 'numerator');
    const denominator = number(r, m.denominator, 'denominator');
    const value = number(r, m.value, 'value');
    const volume = number(r, m.volume, 'volume');
    const withVolume = volume === undefined ? {} : { volume };
    if (value !== undefined) rows.push({ name, value, ...withVolume });
    else if (numerator !== undefined && denominator !== undefined && denominator > 0)
      rows.push({ name, numerator, denominator, ...withVolume });
    else if (issues.length === reported) {
      // A row whose cells were already reported needs no second message.
      const at = m.denominator ?? m.value ?? m.name;
      issues.push({
        ...issue('missing', ['rows', r - 1], {
          expected: 'a value, or a numerator and a denominator above 0',
          expectedDa: 'en værdi, eller en tæller og en nævner over 0',
        }),
        cell: cellOf(r, at),
      });
    }
  }
  return { rows, issues };
}
