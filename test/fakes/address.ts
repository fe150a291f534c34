/** A1 address parsing for the fake host. */

export interface Box {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function colName(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Rows in a worksheet, as in Excel. */
export const SHEET_ROWS = 1_048_576;

/** Parses `B7`, `$B$7:C9`, whole columns `A:F` or `'My sheet'!B7` (the sheet part is returned apart). */
export function parseAddress(address: string): { sheet: string | null; box: Box } {
  const bang = address.lastIndexOf('!');
  const sheet = bang < 0 ? null : address.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'");
  const ref = (bang < 0 ? address : address.slice(bang + 1)).replace(/\$/g, '');
  const columns = /^([A-Za-z]+):([A-Za-z]+)$/.exec(ref);
  if (columns) {
    const [c1, c2] = [colIndex(columns[1] ?? 'A'), colIndex(columns[2] ?? 'A')];
    return { sheet, box: { row: 0, col: Math.min(c1, c2), rows: SHEET_ROWS, cols: Math.abs(c2 - c1) + 1 } };
  }
  const m = /^([A-Za-z]+)(\d+)(?::([A-Za-z]+)(\d+))?$/.exec(ref);
  if (!m) throw new Error(`fake host: cannot parse address "${address}"`);
  const r1 = Number(m[2]) - 1;
  const c1 = colIndex(m[1] ?? 'A');
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  const c2 = m[3] ? colIndex(m[3]) : c1;
  return {
    sheet,
    box: { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 },
  };
}

export function boxAddress(b: Box): string {
  const start = `${colName(b.col)}${b.row + 1}`;
  return b.rows === 1 && b.cols === 1 ? start : `${start}:${colName(b.col + b.cols - 1)}${b.row + b.rows}`;
}
