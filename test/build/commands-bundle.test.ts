/**
 * Every FunctionName in the manifest is associated by the built commands bundle: the bundle runs
 * in a sandbox with a stand-in Office that records `Office.actions.associate`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { built } from '../helpers/built';

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
