/** A catalogue sheet read back: blanks with their cells, text typed for numbers, and the engine's key figures. */
import { catalogueEntryOf, inspectCatalogueSheet } from '../../src/app/catalogue-sheet';
import { insertTemplate, type Deps } from '../../src/app/use-cases';
import { a1 } from '../../src/sheet/address';
import { entrySheet } from '../../src/sheet/entry-plan';
import { modelAddresses } from '../../src/sheet/model-plan';
import { findEntry } from '../../src/templates/catalogue';
import { FakeExcelHost } from '../fakes/fake-excel';

/** Where each input of a catalogue entry's sheet sits, by its key. */
function addressesOf(id: string, lang: 'da' | 'en'): (key: string) => string {
  const entry = findEntry(id);
  if (!entry || entry.template.kind !== 'model') throw new Error(`${id} is a model entry`);
  const at = modelAddresses(entrySheet(entry, entry.template.model, lang)).cells;
  return (key) => {
    const p = at.get(key);
    if (!p) throw new Error(key);
    return a1(p.row, p.col);
  };
}
const cellOf = addressesOf('A07', 'da');

async function onA07() {
  const host = new FakeExcelHost();
  const deps: Deps = { run: host.run, newId: () => 'c' };
  const inserted = await insertTemplate(deps, 'A07', 'da', 'da');
  if (!inserted.ok) throw new Error('insert failed');
  return { host, deps, sheet: inserted.value.sheetName };
}

test('the shape names the entry and the sheet language', () => {
  expect(catalogueEntryOf('="catalogue@1;entry=A07;lang=en"')).toEqual({ entry: 'A07', language: 'en', version: 1 });
  expect(catalogueEntryOf('="benchmark@1;rows=4;lang=da"')).toBeNull();
});

test('A07 as inserted waits for the transactions the source lost; business case 1 is 649,070 kr. (Side 36)', async () => {
  const { deps, host, sheet } = await onA07();
  host.syncCount = 0;
  const o = await inspectCatalogueSheet(deps, 'da');
  // Its names first, then its own cells.
  expect(host.syncCount).toBe(2);
  if (!o.ok) throw new Error(JSON.stringify(o.failure));
  // The transactions, then both result tables' costs and investment by year (the source lost them all).
  const blanks = o.value.reading.blanks;
  expect(blanks[0]).toEqual({
    label: 'Antal transaktioner pr. år',
    cell: `${sheet}!${cellOf('bc2.transactions.value')}`,
  });
  expect(blanks).toHaveLength(1 + 2 * 2 * 4);
  expect(blanks).toContainEqual({
    label: '− Omkostninger (licenser, drift, andre løbende omkostninger) · År 1',
    cell: `${sheet}!${cellOf('result1.cost.y1')}`,
  });
  const figure = (id: string) => o.value.reading.results.find((r) => r.id === id)?.value;
  expect(figure('bc1Annual')).toBe(649070);
  expect(figure('bc2Annual')).toBeNull();
  // Business case 1's result waits for its costs instead of counting them as 0.
  expect(figure('result1Total')).toBeNull();
});

test('filled in, cleared and typed as text: the reading follows the sheet', async () => {
  const { deps, host, sheet } = await onA07();
  host.type(sheet, cellOf('bc2.transactions.value'), 10000);
  host.type(sheet, cellOf('bc1.employees.value'), '');
  host.type(sheet, cellOf('bc1.saving.value'), '1.234,5');
  const o = await inspectCatalogueSheet(deps, 'da');
  if (!o.ok) throw new Error(JSON.stringify(o.failure));
  expect(o.value.reading.blanks.map((b) => b.label)[0]).toBe('Antal medarbejdere');
  expect(o.value.reading.blanks.map((b) => b.label)).not.toContain('Antal transaktioner pr. år');
  expect(o.value.reading.issues.map((i) => [i.code, i.cell, i.params['suggestion']])).toEqual([
    ['text_number', `${sheet}!${cellOf('bc1.saving.value')}`, '1234,5'],
  ]);
  const figure = (id: string) => o.value.reading.results.find((r) => r.id === id)?.value;
  expect(figure('bc2Annual')).toBeCloseTo(255000, 6);
  expect(figure('bc1Annual')).toBeNull();
});

test('on a sheet that is not a catalogue sheet it says so', async () => {
  const host = new FakeExcelHost();
  const o = await inspectCatalogueSheet({ run: host.run, newId: () => 'x' }, 'en');
  expect(o.ok).toBe(false);
});

test('U01 as inserted asks for at least one case type, at its first cell, and its reduction waits; one row filled, it is a figure', async () => {
  const cellOfU01 = addressesOf('U01', 'en');
  const host = new FakeExcelHost();
  const deps: Deps = { run: host.run, newId: () => 'u' };
  const inserted = await insertTemplate(deps, 'U01', 'en', 'en');
  if (!inserted.ok) throw new Error('insert failed');
  const sheet = inserted.value.sheetName;
  const before = await inspectCatalogueSheet(deps, 'en');
  if (!before.ok) throw new Error(JSON.stringify(before.failure));
  expect(before.value.reading.blanks).toEqual([
    {
      label: 'Business case (full-year) · at least one row',
      cell: `${sheet}!${cellOfU01('cases.type1.countWithout')}`,
    },
  ]);
  expect(before.value.reading.results.find((r) => r.id === 'reduction')?.value).toBeNull();
  // Foster families only: 10 full-year cases at 400,000 kr. without, 8 at 420,000 kr. with.
  host.type(sheet, cellOfU01('cases.type1.countWithout'), 10);
  host.type(sheet, cellOfU01('cases.type1.priceWithout'), 400000);
  host.type(sheet, cellOfU01('cases.type1.countWith'), 8);
  host.type(sheet, cellOfU01('cases.type1.priceWith'), 420000);
  const after = await inspectCatalogueSheet(deps, 'en');
  if (!after.ok) throw new Error(JSON.stringify(after.failure));
  expect(after.value.reading.blanks).toEqual([]);
  expect(after.value.reading.results.find((r) => r.id === 'reduction')?.value).toBe(10 * 400000 - 8 * 420000);
});
