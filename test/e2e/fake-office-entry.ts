/**
 * Stands in for the Office host in the browser tests: `Office.onReady` resolves at once, and
 * `Excel.run` hands Microsoft's own request context (from the client the page loaded) to the fake
 * host, which the test inspects through `window.__gevinstHost`.
 */
import { FakeExcelHost } from '../fakes/fake-excel';

const host = new FakeExcelHost();
const params = new URLSearchParams(window.location.search);

Object.assign(window, {
  __gevinstHost: host,
  Office: {
    onReady: (cb?: (info: { host: string }) => void) => Promise.resolve(cb?.({ host: 'Excel' })),
    context: { displayLanguage: params.get('lang') === 'en' ? 'en-US' : 'da-DK' },
  },
});
// Microsoft's client (loaded ahead of this bundle) builds every request; the fake host answers them.
Object.assign((window as unknown as { Excel: object }).Excel, { run: host.run });
