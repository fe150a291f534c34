/**
 * JSON for people and scripts alike: indented objects, with lists of plain values (the
 * yearly rows) kept on one line so År 1..År N read across. Numbers carry at most 15
 * significant digits, as Excel keeps them: 254999.99999999997 (float noise from summing)
 * is written 255000, 0.1 + 0.2 is 0.3.
 */
export function toJson(value: unknown): string {
  const excelPrecision = (_: string, v: unknown): unknown =>
    typeof v === 'number' && Number.isFinite(v) && !Number.isInteger(v) ? Number(v.toPrecision(15)) : v;
  // JSON strings never hold a raw newline, so folding newline+indent inside a flat list is safe.
  return JSON.stringify(value, excelPrecision, 2).replace(
    /\[\s*\n([^[\]{}]*?)\n\s*\]/g,
    (_, body: string) => `[${body.trim().replace(/\n\s*/g, ' ')}]`,
  );
}
