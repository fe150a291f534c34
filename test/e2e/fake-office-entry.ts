/**
 * Stands in for office.js in the browser tests: `Office.onReady` resolves at once and `Excel.run`
 * goes to the fake host, which the test inspects through `window.__gevinstHost`.
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
  Excel: { run: host.run },
});
