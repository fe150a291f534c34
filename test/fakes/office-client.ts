/**
 * Microsoft's own Office.js client (npm `@microsoft/office-js`, a devDependency: the add-in loads
 * office.js from Microsoft's CDN), loaded into a jsdom window so the adapter's batches are built,
 * serialised and answered exactly as in Excel: every proxy, load, PropertyNotLoaded, null object,
 * request message and error object is Microsoft's. What answers the requests is the workbook
 * executor (`workbook-executor.ts`).
 *
 * The client runs in jsdom's window, a realm of its own; the test realm's Error and Promise are
 * handed to it before it loads so its errors are `instanceof Error` here, as they are in the add-in.
 */
import { readFileSync } from 'node:fs';
import type * as JsdomModule from 'jsdom';

/** The client builds the package ships for the hosts the add-in supports. */
export const PLATFORMS = {
  web: 'excel-web-16.00.js',
  win32: 'excel-win32-16.01.js',
  mac: 'excel-mac-16.00.js',
} as const;

export type Platform = keyof typeof PLATFORMS;

export interface OfficeClient {
  readonly platform: Platform;
  readonly Excel: typeof Excel;
  readonly OfficeExtension: typeof OfficeExtension & {
    _testSetRichApiMessageReadyImpl(impl: () => Promise<void>): void;
    _testTriggerRichApiMessageEvent(msg: unknown): void;
  };
}

const loaded = new Map<Platform, OfficeClient>();

export function clientFile(platform: Platform): string {
  return require.resolve(`@microsoft/office-js/dist/${PLATFORMS[platform]}`);
}

export function loadClient(platform: Platform = 'web'): OfficeClient {
  const cached = loaded.get(platform);
  if (cached) return cached;
  const window = clientWindow();
  for (const name of ['Error', 'TypeError', 'RangeError', 'Promise'] as const) window[name] = globalThis[name];
  window.eval(readFileSync(clientFile(platform), 'utf8'));
  const client = { platform, Excel: window['Excel'], OfficeExtension: window['OfficeExtension'] } as OfficeClient;
  // Microsoft's test hook: events are registered at once, and delivered by `_testTriggerRichApiMessageEvent`.
  client.OfficeExtension._testSetRichApiMessageReadyImpl(() => Promise.resolve());
  loaded.set(platform, client);
  return client;
}

type ClientWindow = Record<string, unknown> & { eval(code: string): unknown };

/**
 * A window of its own for the client: an iframe where the test already runs in jsdom (the task
 * pane tests), else a new jsdom (jsdom needs TextEncoder, which a jsdom test global lacks).
 */
function clientWindow(): ClientWindow {
  if (typeof document !== 'undefined') {
    const frame = document.createElement('iframe');
    document.body.appendChild(frame);
    const inner = frame.contentWindow as unknown as ClientWindow | null;
    if (!inner) throw new Error('office client: the iframe has no window');
    return inner;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only outside a jsdom test environment
  const { JSDOM } = require('jsdom') as typeof JsdomModule;
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
    runScripts: 'outside-only',
    url: 'https://localhost/taskpane.html',
  });
  return dom.window as unknown as ClientWindow;
}
