/** Deterministic budgets and properties of the production build. */
import { gzipSync } from 'node:zlib';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, built } from '../helpers/built';

/** Scripts taskpane.html loads itself, before any lazy chunk: what the first render waits for. */
function firstRenderScripts(): string[] {
  const html = built('taskpane.html');
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1] ?? '')
    .filter((src) => !/^https?:/.test(src));
}

test('the JavaScript taskpane.html loads before the first render is at most 110 kB gzip', () => {
  const scripts = firstRenderScripts();
  expect(scripts).toEqual(['taskpane.js']);
  const bytes = scripts.reduce((sum, s) => sum + gzipSync(readFileSync(join(DIST, s)), { level: 9 }).length, 0);
  expect(bytes).toBeLessThanOrEqual(110 * 1024);
});

test('the heavy views and the validation library load lazily', () => {
  const chunks = readdirSync(DIST).filter((f) => f.endsWith('.js'));
  expect(chunks.some((f) => f.startsWith('insert-form.'))).toBe(true);
  expect(chunks.some((f) => f.startsWith('use-cases.'))).toBe(true);
  // KL's 52 proposals and their models come with the catalogue list, after the first render.
  expect(chunks.some((f) => f.startsWith('catalogue.'))).toBe(true);
  expect(built('taskpane.js')).not.toContain('Reorganisering af regnskab og løn');
  // zod's own error text must not be in the first bundle.
  expect(built('taskpane.js')).not.toMatch(/Invalid discriminator value|too_small/);
});

test("office.js comes from Microsoft's CDN on every page and is never bundled", () => {
  for (const page of ['taskpane.html', 'commands.html', 'dialog.html']) {
    expect(built(page)).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
  }
  for (const js of readdirSync(DIST).filter((f) => f.endsWith('.js'))) {
    expect([js, /OfficeExtension\.ClientRequestContext\s*=/.test(readFileSync(join(DIST, js), 'utf8'))]).toEqual([
      js,
      false,
    ]);
  }
});

test('production code uses no eval and no IE11 polyfills', () => {
  for (const js of readdirSync(DIST).filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(join(DIST, js), 'utf8');
    expect([js, /\beval\(/.test(code), /core-js|regenerator-runtime/.test(code)]).toEqual([js, false, false]);
  }
});

test("the pane's simulation worker is its own small script: the engine's Monte Carlo, without React or zod", () => {
  const worker = built('simulation-worker.js');
  expect(gzipSync(Buffer.from(worker), { level: 9 }).length).toBeLessThanOrEqual(16 * 1024);
  expect(worker).toMatch(/onmessage/);
  expect(worker).not.toMatch(/react-dom|createElement\(|Invalid discriminator value|too_small/);
  // No page loads it as a script; the pane starts it as a worker.
  for (const page of ['taskpane.html', 'commands.html', 'dialog.html'])
    expect(built(page)).not.toContain('simulation-worker');
});
