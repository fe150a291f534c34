/** The fake host keeps Office.js's rules, so adapter tests that pass here respect them. */
import { FakeExcelHost, REQUEST_LIMIT_BYTES } from './fake-excel';

test('a property read before load and sync throws PropertyNotLoaded', async () => {
  const host = new FakeExcelHost();
  await host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    expect(() => sheets.items).toThrow(/not available/);
    sheets.load('items/name');
    expect(() => sheets.items).toThrow(/not available/);
    await context.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(['Ark1']);
  });
});

test('writes take effect only at sync, and unsynced commands are an error', async () => {
  const host = new FakeExcelHost();
  await expect(
    host.run(async (context) => {
      context.workbook.worksheets.getItem('Ark1').getRange('A1').formulas = [['=1+1']];
      expect(host.cell('Ark1', 'A1').formula).toBe('');
    }),
  ).rejects.toThrow(/never synced/);
});

test('getItem fails at sync for a missing sheet; getItemOrNullObject on names does not', async () => {
  const host = new FakeExcelHost();
  await expect(
    host.run(async (context) => {
      context.workbook.worksheets.getItem('Nope').getRange('A1').formulas = [[1]];
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'ItemNotFound' });
  await host.run(async (context) => {
    const name = context.workbook.worksheets.getItem('Ark1').names.getItemOrNullObject('Missing');
    await context.sync();
    expect(name.isNullObject).toBe(true);
  });
});

test('text that starts with + or = becomes a formula unless quoted, as in Excel', async () => {
  const host = new FakeExcelHost();
  await host.run(async (context) => {
    context.workbook.worksheets.getItem('Ark1').getRange('A1:C1').formulas = [['+45 kr.', "'=tekst", 'tekst']];
    await context.sync();
  });
  expect(host.cell('Ark1', 'A1').formula).toBe('=+45 kr.');
  expect(host.cell('Ark1', 'B1').value).toBe('=tekst');
  expect(host.cell('Ark1', 'C1').value).toBe('tekst');
});

test('a write whose dimensions do not match its range is refused', async () => {
  const host = new FakeExcelHost();
  await host.run(async (context) => {
    const range = context.workbook.worksheets.getItem('Ark1').getRange('A1:B2');
    expect(() => (range.formulas = [[1, 2]])).toThrow(/expected 2×2/);
    await context.sync();
  });
});

test('a request over 5 MB is refused, as Excel on the web does', async () => {
  const host = new FakeExcelHost();
  const big = Array.from({ length: 1000 }, () => Array.from({ length: 10 }, () => 'x'.repeat(600)));
  await expect(
    host.run(async (context) => {
      context.workbook.worksheets.getItem('Ark1').getRange('A1:J1000').formulas = big;
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  expect(host.requestBytes[0]).toBeGreaterThan(REQUEST_LIMIT_BYTES);
});
