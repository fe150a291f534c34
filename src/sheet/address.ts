/** A1 addresses from 0-based grid positions. */

import { columnIndex, columnLetters } from '../engine/formula/columns';

/** `A` for column 0, `AA` for 26: the sheet language's column letters. */
export const columnName = columnLetters;

/** `B7` for row 6, column 1 (0-based); absolute `$B$7` when asked. */
export function a1(row: number, col: number, absolute = false): string {
  return absolute ? `$${columnName(col)}$${row + 1}` : `${columnName(col)}${row + 1}`;
}

export function a1Range(row: number, col: number, rows: number, cols: number, absolute = false): string {
  const start = a1(row, col, absolute);
  return rows === 1 && cols === 1 ? start : `${start}:${a1(row + rows - 1, col + cols - 1, absolute)}`;
}

/** A sheet name quoted for use in a formula or an address: `'Business case'!B7`. */
export function qualified(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

/** `'Sheet'!$B$7:$K$40` or `B7` → its 0-based top-left and size; the sheet part is ignored. */
export function parseA1Range(address: string): { row: number; col: number; rows: number; cols: number } {
  const ref = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const m = /^([A-Za-z]+)(\d+)(?::([A-Za-z]+)(\d+))?$/.exec(ref);
  if (!m) throw new RangeError(`not an A1 range: ${address}`);
  const row = Number(m[2]) - 1;
  const col = columnIndex(m[1] ?? 'A');
  const endRow = m[4] ? Number(m[4]) - 1 : row;
  const endCol = m[3] ? columnIndex(m[3]) : col;
  return { row, col, rows: endRow - row + 1, cols: endCol - col + 1 };
}
