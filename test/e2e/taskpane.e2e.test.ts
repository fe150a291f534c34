/**
 * The production task pane in real headless Chromium with the fake host injected in place of
 * office.js: open the gallery, choose the business case, set parameters, insert. Screenshots
 * at 320 px and 500 px wide go to test-artifacts/screenshots.
 */
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { requireTool } from '../helpers/system';
import { bundleFakeOffice, CHROMIUM, CHROMIUM_ARGS, serveDist } from './harness';

const SHOTS = join(__dirname, '../../test-artifacts/screenshots');
const available = requireTool(CHROMIUM, 'the task pane is tested in headless Chromium');
const maybe = available ? describe : describe.skip;

interface HostView {
  sheets: string[];
  cells: Record<string, unknown>;
}

maybe('task pane in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let url = '';
  let fakeOffice = '';

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    fakeOffice = await bundleFakeOffice();
    ({ server, url } = await serveDist());
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  async function open(width: number, lang: 'da' | 'en'): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('https://appsforoffice.microsoft.com/**', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: fakeOffice }),
    );
    await page.goto(`${url}taskpane.html?lang=${lang}`);
    (page as Page & { errors: string[] }).errors = errors;
    return page;
  }

  async function hostView(page: Page, sheet: string, addresses: string[]): Promise<HostView> {
    return page.evaluate(
      ({ sheet, addresses }) => {
        const host = (
          window as unknown as {
            __gevinstHost: { state: { sheets: { name: string; cells: Map<string, { value: unknown }> }[] } };
          }
        ).__gevinstHost;
        const target = host.state.sheets.find((s) => s.name === sheet);
        const cells: Record<string, unknown> = {};
        for (const a of addresses) cells[a] = target?.cells.get(a)?.value;
        return { sheets: host.state.sheets.map((s) => s.name), cells };
      },
      { sheet, addresses },
    );
  }

  test.each([
    [320, 'da'],
    [500, 'en'],
  ] as const)(
    'at %i px (%s): gallery → parameters → insert',
    async (width, lang) => {
      const page = await open(width, lang);
      const choose = lang === 'da' ? 'Vælg: Business case' : 'Choose: Business case';
      await page.getByRole('button', { name: choose }).waitFor();
      await page.screenshot({ path: join(SHOTS, `gallery-${width}.png`), fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

      await page.getByRole('button', { name: choose }).click();
      const horizon = page.getByLabel(lang === 'da' ? 'Tidshorisont (år, 1-50)' : 'Horizon (years, 1-50)');
      await horizon.fill('8');
      await page.getByLabel(lang === 'da' ? 'Titel' : 'Title', { exact: true }).fill('Digital udlægshåndtering');
      await page.screenshot({ path: join(SHOTS, `form-${width}.png`), fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

      await page.getByRole('button', { name: lang === 'da' ? 'Indsæt' : 'Insert', exact: true }).click();
      await page.getByText(lang === 'da' ? /Indsat på arket/ : /Inserted on the sheet/).waitFor();
      await page.screenshot({ path: join(SHOTS, `inserted-${width}.png`), fullPage: true });

      const view = await hostView(page, 'Business case', ['B5', 'B6']);
      expect(view.sheets).toEqual(['Ark1', 'Business case']);
      expect(view.cells['B5']).toBe('Digital udlægshåndtering');
      expect(view.cells['B6']).toBe(new Date().getFullYear());
      expect((page as Page & { errors: string[] }).errors).toEqual([]);
      await page.close();
    },
    60_000,
  );

  test('the form is usable by keyboard alone', async () => {
    const page = await open(320, 'da');
    await page.getByRole('button', { name: 'Vælg: Business case' }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Tidshorisont (år, 1-50)').waitFor();
    await page.getByRole('button', { name: 'Indsæt', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(/Indsat på arket/).waitFor();
    await page.close();
  }, 60_000);
});
