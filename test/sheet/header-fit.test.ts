/**
 * Column headers are never cut off, in any template or language: a header wraps within its cell
 * (its style says so, in the add-in's named style and in the built file), so what must fit its
 * column is its longest word. Widths are counted in characters of the default font, bold as 1.1.
 */
import { ROLE_STYLES } from '../../src/sheet/styles';
import { everyPlanSet } from '../helpers/all-plans';

test('every header wraps, and its longest word fits its column', () => {
  expect(ROLE_STYLES.header.wrap).toBe(true);
  const cut: string[] = [];
  let headers = 0;
  for (const plan of everyPlanSet().flatMap((s) => s.plans)) {
    plan.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.role !== 'header' || cell.content.kind !== 'text') return;
        headers++;
        const style = ROLE_STYLES.header;
        const longest = Math.max(...cell.content.text.split(/\s+/).map((w) => w.length));
        const width = longest * (style.bold ? 1.1 : 1) * (style.size / 11);
        if (width > (plan.columnWidths[c] ?? 10))
          cut.push(`${plan.sheetName} row ${r + 1} col ${c + 1} (${plan.columnWidths[c]}): "${cell.content.text}"`);
      }),
    );
  }
  expect(headers).toBeGreaterThan(1000);
  expect([...new Set(cut)]).toEqual([]);
});

test('a header that wraps gets a row tall enough for its lines', () => {
  const short: string[] = [];
  for (const plan of everyPlanSet().flatMap((s) => s.plans)) {
    const lines = new Map((plan.tallRows ?? []).map((t) => [t.row, t.lines]));
    plan.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.role !== 'header' || cell.content.kind !== 'text') return;
        const need = Math.min(
          4,
          Math.ceil((cell.content.text.length * 1.1) / Math.max(1, (plan.columnWidths[c] ?? 10) - 1)),
        );
        if (need > (lines.get(r) ?? 1))
          short.push(`${plan.sheetName} row ${r + 1}: "${cell.content.text}" needs ${need}`);
      }),
    );
  }
  expect([...new Set(short)]).toEqual([]);
});

test("a catalogue or measurement sheet's guidance and the notes under its tables print within the sheet's width, wrapped into lines", () => {
  const wide: string[] = [];
  let notes = 0;
  for (const plan of everyPlanSet().flatMap((s) => s.plans)) {
    if (!['catalogue', 'measurement'].includes(plan.metadata.templateId)) continue;
    const printed = plan.columnWidths.slice(0, plan.printCols ?? plan.cols).reduce((a, b) => a + b, 0);
    // The guidance under the heading and the note under a table (B01's, U01–U04's).
    plan.cells.forEach((row, r) => {
      const cell = row[0];
      if (cell?.role !== 'note' || cell.content.kind !== 'text') return;
      notes++;
      // A note is 9 points to the columns' 11.
      if ((cell.content.text.length * 9) / 11 > printed)
        wide.push(`${plan.sheetName} row ${r + 1} (${cell.content.text.length} chars, ${printed} wide)`);
    });
  }
  expect(notes).toBeGreaterThan(60);
  expect(wide).toEqual([]);
});
