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

test('a write whose dimensions do not match its range is refused by Excel at sync, and nothing is written', async () => {
  const host = new FakeExcelHost();
  await expect(
    host.run(async (context) => {
      context.workbook.worksheets.getItem('Ark1').getRange('A1:B2').formulas = [[1, 2]];
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'InvalidArgument', message: expect.stringMatching(/doesn't match/) });
  expect(host.cell('Ark1', 'A1').formula).toBe('');
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

test("the batches are Microsoft's: a property read before sync throws the client's own RichApi error", async () => {
  const host = new FakeExcelHost();
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Ark1');
    sheet.load('name');
    expect(() => sheet.id).toThrow(expect.objectContaining({ name: 'RichApi.Error', code: 'PropertyNotLoaded' }));
    await context.sync();
    expect(sheet.name).toBe('Ark1');
  });
});

test('an error names its action: the request stops there, and what ran before it stays done, as in Excel', async () => {
  const host = new FakeExcelHost();
  const error = await host
    .run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Ark1');
      sheet.getRange('A1').formulas = [['før']];
      sheet.names.getItem('Missing').delete();
      sheet.getRange('A2').formulas = [['efter']];
      await context.sync();
    })
    .catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'ItemNotFound', debugInfo: { errorLocation: expect.stringMatching(/Missing/) } });
  expect(host.cell('Ark1', 'A1').formula).toBe('før');
  expect(host.cell('Ark1', 'A2').formula).toBe('');
});

test('an address Excel gives back quotes a sheet name that needs it', async () => {
  const host = new FakeExcelHost();
  await host.run(async (context) => {
    const added = context.workbook.worksheets.add('Mine tal');
    const range = added.getRange('B2:C3');
    range.load('address');
    const plain = context.workbook.worksheets.add('Data').getRange('A1');
    plain.load('address');
    await context.sync();
    expect([range.address, plain.address]).toEqual(["'Mine tal'!B2:C3", 'Data!A1']);
  });
});

test("a large array is sent as Microsoft's client sends it (row chunks of about 1,500 cells) and lands whole", async () => {
  const host = new FakeExcelHost();
  const rows = Array.from({ length: 400 }, (_, r) => Array.from({ length: 10 }, (_, c) => r * 10 + c));
  await host.run(async (context) => {
    context.workbook.worksheets.getItem('Ark1').getRange('A1:J400').values = rows;
    await context.sync();
  });
  expect(host.log.filter((l) => l === 'Range.Values=')).toHaveLength(3);
  expect(host.log).toContain('Range._ValidateArraySize(…, …)');
  expect(host.cell('Ark1', 'J400').value).toBe(3999);
  expect(host.cell('Ark1', 'A151').value).toBe(1500);
});

test.each(['web', 'win32', 'mac'] as const)(
  'the %s build of the client loads and drives the host',
  async (platform) => {
    const host = new FakeExcelHost(undefined, platform);
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.add('Ny');
      sheet.getRange('A1:B1').formulas = [['=1+1', 'tekst']];
      const names = sheet.names.getItemOrNullObject('Nope');
      await context.sync();
      expect(names.isNullObject).toBe(true);
    });
    expect(host.client.platform).toBe(platform);
    expect(host.cell('Ny', 'A1').formula).toBe('=1+1');
  },
);
