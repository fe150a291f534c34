/**
 * JSON for people and scripts alike: indented objects, with lists of plain values (the
 * yearly rows) kept on one line so År 1..År N read across.
 */
export function toJson(value: unknown): string {
  // JSON strings never hold a raw newline, so folding newline+indent inside a flat list is safe.
  return JSON.stringify(value, null, 2).replace(
    /\[\s*\n([^[\]{}]*?)\n\s*\]/g,
    (_, body: string) => `[${body.trim().replace(/\n\s*/g, ' ')}]`,
  );
}
