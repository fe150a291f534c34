/**
 * A benchmark from the user's own table: the first row holds the headers, the user says which
 * column is the name, the numerator, the denominator, a given value and the volume. Cells that
 * cannot be read are issues with their address in the user's sheet; the table is not changed.
 */
import { benchmarkRowSchema, type BenchmarkRow } from '../engine/benchmark-schema';
import { issue, type Issue } from '../engine/issue';
import { fromZodIssues, quote } from '../engine/zod-issues';
import { a1, parseA1Range } from './address';
import { ambiguousNumberText, isExcelError, numberFromText } from './cell-text';

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
    if (guess !== null) {
      const other = ambiguousNumberText(text);
      if (other !== null) {
        const da = (x: number): string => x.toLocaleString('da-DK', { maximumFractionDigits: 10 });
        const params = { received: quote(text), reading: guess, other, readingDa: da(guess), otherDa: da(other) };
        issues.push({ ...issue('ambiguous_number', ['rows', r - 1, field], params, 'warning'), cell: cellOf(r, c) });
      }
      return guess;
    }
    const code = isExcelError(text) ? 'cell_error' : 'text_number';
    issues.push({
      ...issue(code, ['rows', r - 1, field], { received: isExcelError(text) ? text : quote(text) }),
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
    const row =
      value !== undefined
        ? { name, value, ...withVolume }
        : numerator !== undefined && denominator !== undefined && denominator > 0
          ? { name, numerator, denominator, ...withVolume }
          : undefined;
    if (row !== undefined) {
      // The same rule as a case file's row: no negative volume, nothing beyond a sane magnitude.
      const checked = benchmarkRowSchema.safeParse(row, { reportInput: true });
      if (checked.success) rows.push(checked.data);
      else
        for (const i of fromZodIssues(checked.error.issues, ['rows', r - 1])) {
          const field = String(i.path[2] ?? 'name') as keyof ColumnMapping;
          issues.push({ ...i, cell: cellOf(r, m[field] ?? m.name) });
        }
    } else if (issues.length === reported) {
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
