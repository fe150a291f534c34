/** A1 addresses from 0-based grid positions. */

export function columnName(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

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
