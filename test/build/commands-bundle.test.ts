/**
 * Every FunctionName in the manifest is associated by the built commands bundle: the bundle runs
 * in a sandbox with a stand-in Office that records `Office.actions.associate`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { built } from '../helpers/built';
import { insertBusinessCase, insertTemplate } from '../../src/app/use-cases';
import { FakeExcelHost } from '../fakes/fake-excel';
import { a1 } from '../../src/sheet/address';
import { planBusinessCase } from '../../src/sheet/business-case-plan';
import { businessCaseParameters } from '../../src/templates/business-case';

const manifest = readFileSync(join(__dirname, '../../manifest.xml'), 'utf8');

test('each ExecuteFunction in the manifest is associated in commands.js', async () => {
  const associated = new Map<string, unknown>();
  const office = {
    onReady: (cb: () => void) => Promise.resolve().then(cb),
    actions: { associate: (name: string, fn: unknown) => associated.set(name, fn) },
    context: { displayLanguage: 'da-DK' },
  };
  // webpack's runtime finds its public path from document.currentScript, as in a browser.
  const src = 'https://localhost:3000/commands.js';
  const document = { currentScript: { tagName: 'SCRIPT', src }, getElementsByTagName: () => [] };
  runInNewContext(built('commands.js'), {
    Office: office,
    document,
    window: { location: { href: src } },
    URL,
    console,
    setTimeout,
  });
  await new Promise((r) => setTimeout(r, 0));
  const functionNames = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
  expect(functionNames.length).toBeGreaterThan(0);
  for (const name of functionNames) expect([name, typeof associated.get(name ?? '')]).toEqual([name, 'function']);
});

test('the production manifest points at the production host, is XSD-shaped like the dev one, and has no localhost', () => {
  const prod = built('manifest.xml');
  expect(prod).not.toMatch(/localhost/);
  expect(
    prod
      .replace(/https:\/\/addin\.gevinst\.dk\//g, 'https://localhost:3000/')
      .replace(/https:\/\/addin\.gevinst\.dk/g, 'https://localhost:3000'),
  ).toBe(manifest);
});

describe('the ribbon commands, run from the built bundle against the fake host', () => {
  async function loadCommands(host: FakeExcelHost) {
    const associated = new Map<string, (event: { completed(): void }) => Promise<void>>();
    const dialogs: string[] = [];
    const office = {
      onReady: (cb: () => void) => Promise.resolve().then(cb),
      actions: {
        associate: (name: string, fn: (event: { completed(): void }) => Promise<void>) => associated.set(name, fn),
      },
      context: {
        displayLanguage: 'da-DK',
        ui: {
          displayDialogAsync: (url: string, _options: unknown, cb: (r: { status: string }) => void) => {
            dialogs.push(url);
            cb({ status: 'failed' });
          },
        },
      },
      AsyncResultStatus: { Succeeded: 'succeeded' },
      EventType: { DialogMessageReceived: 'dialogMessageReceived' },
    };
    const src = 'https://localhost:3000/commands.js';
    const document = { currentScript: { tagName: 'SCRIPT', src }, getElementsByTagName: () => [] };
    runInNewContext(built('commands.js'), {
      Office: office,
      Excel: { run: host.run },
      document,
      window: { location: { href: 'https://localhost:3000/commands.html' } },
      URL,
      console,
      setTimeout,
      clearTimeout,
      crypto,
    });
    await new Promise((r) => setTimeout(r, 0));
    const summary = (): { title: string; lines: string[] } =>
      // This host has no DialogApi 1.2: the summary travels in the dialog's query string.
      JSON.parse(new URL(dialogs[dialogs.length - 1] ?? '').searchParams.get('summary') ?? '') as {
        title: string;
        lines: string[];
      };
    return { associated, summary };
  }

  test('Kontrollér and Beregn report in a dialog and always complete the event', async () => {
    const host = new FakeExcelHost();
    const { associated, summary } = await loadCommands(host);
    const completed = jest.fn();
    await associated.get('checkInstance')?.({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(summary().lines).toEqual(['case: det aktive ark er ikke en Gevinst-skabelon; indsæt en fra fanen Gevinst']);

    await insertBusinessCase({ run: host.run, newId: () => 'r' }, { firstYear: 2026, horizon: 4 }, 'da');
    const layout = planBusinessCase(businessCaseParameters.parse({ horizon: 4 })).metadata.layout;
    host.type('Business case', a1(layout['gain.first'] ?? 0, 2), 500);
    host.type('Business case', a1(layout['investment.first'] ?? 0, 1), 300);
    await associated.get('calculateInstance')?.({ completed });
    expect(completed).toHaveBeenCalledTimes(2);
    expect(summary().title).toBe('Nøgletal: Business case');
    expect(summary().lines[0]).toMatch(/^Nutidsværdi: 1\d\d t\.kr\.$/);
    expect(summary().lines).toContain('Resultaterne er skrevet under skabelonen.');
    expect(host.sheet('Business case').charts).toHaveLength(2);
  });

  test('Kontrollér on a catalogue sheet lists the blank inputs with their cells and the key figures', async () => {
    const host = new FakeExcelHost();
    const { associated, summary } = await loadCommands(host);
    const inserted = await insertTemplate({ run: host.run, newId: () => 'q' }, 'A07', 'da', 'da');
    if (!inserted.ok) throw new Error('insert failed');
    await associated.get('checkInstance')?.({ completed: jest.fn() });
    // The transactions and both result tables' costs and investment, four years each (the source lost them).
    expect(summary().title).toBe(`Mangler (${1 + 2 * 2 * 4}): ${inserted.value.sheetName}`);
    // The key figures first, so a dialog that carries only part of the list still shows them; then what to fill in.
    expect(summary().lines[0]).toBe('Business case 1: årlig besparelse (kr.): 649.070');
    expect(summary().lines).toContainEqual(
      expect.stringMatching(/^A07 Digitalisering af!B\d+: udfyld Antal transaktioner pr\. år$/),
    );
  });
});
