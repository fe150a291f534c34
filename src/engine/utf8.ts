/**
 * Decoding a case file's bytes as UTF-8, strictly: a file saved as Windows-1252 ("Holbæk" as
 * the single byte 0xE6) is refused with the line and column of the first byte that is not
 * UTF-8, instead of reaching the workbook as "Holb�k".
 */
import { issue } from './issue';
import { fail, ok, type Result } from './result';

/**
 * Well-formed UTF-8 by its lead byte (the Unicode Standard, table 3-7): the sequence's length
 * and the range its second byte must fall in; every further byte is 0x80–0xBF.
 */
const LEADS: readonly (readonly [lo: number, hi: number, length: number, secondLo: number, secondHi: number])[] = [
  [0xc2, 0xdf, 2, 0x80, 0xbf],
  [0xe0, 0xe0, 3, 0xa0, 0xbf],
  [0xe1, 0xec, 3, 0x80, 0xbf],
  [0xed, 0xed, 3, 0x80, 0x9f],
  [0xee, 0xef, 3, 0x80, 0xbf],
  [0xf0, 0xf0, 4, 0x90, 0xbf],
  [0xf1, 0xf3, 4, 0x80, 0xbf],
  [0xf4, 0xf4, 4, 0x80, 0x8f],
];

/** The length of the UTF-8 sequence that starts at `i`, or 0 when it is not valid UTF-8. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  if (b < 0x80) return 1;
  const lead = LEADS.find(([lo, hi]) => b >= lo && b <= hi);
  if (!lead) return 0;
  const [, , n, lo, hi] = lead;
  if (i + n > bytes.length) return 0;
  const second = bytes[i + 1] ?? 0;
  if (second < lo || second > hi) return 0;
  for (let k = 2; k < n; k++) {
    const c = bytes[i + k] ?? 0;
    if (c < 0x80 || c > 0xbf) return 0;
  }
  return n;
}

/** The byte offset of the first invalid UTF-8 sequence, or -1 when every byte is valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const n = sequenceLength(bytes, i);
    if (n === 0) return i;
    i += n;
  }
  return -1;
}

/** Decodes UTF-8 bytes (a leading BOM is dropped later by the JSON reader); anything else is an `encoding` issue. */
export function decodeUtf8(bytes: Uint8Array): Result<string> {
  const bad = firstInvalidUtf8(bytes);
  const decoder = new TextDecoder('utf-8');
  if (bad < 0) return ok(decoder.decode(bytes));
  const lineStart = bytes.lastIndexOf(0x0a, bad - 1) + 1;
  const line = bytes.subarray(0, bad).filter((b) => b === 0x0a).length + 1;
  const column = [...decoder.decode(bytes.subarray(lineStart, bad))].length + 1;
  const byte = `0x${(bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
  return fail([issue('encoding', [], { line, column, byte })]);
}
