/**
 * The production task pane in real headless Chromium with the fake host injected in place of
 * office.js: open the gallery, choose the business case, set parameters, insert. Screenshots
 * at 320 px and 500 px wide go to test-artifacts/screenshots.
 */
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { a1 } from '../../src/sheet/address';
import { planBusinessCase } from '../../src/sheet/business-case-plan';
import { businessCaseParameters } from '../../src/templates/business-case';
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
      const panel = lang === 'da' ? 'Skabelon på arket «Business case»' : 'Template on the sheet «Business case»';
      await page.getByRole('heading', { name: panel }).waitFor();
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

  test.each([
    [320, 'da'],
    [500, 'en'],
  ] as const)(
    'at %i px (%s): the catalogue filters, previews and inserts a proposal',
    async (width, lang) => {
      const page = await open(width, lang);
      const da = lang === 'da';
      await page.getByText(da ? '52 forslag' : '52 proposals', { exact: true }).waitFor();
      await page
        .getByLabel(da ? 'Spor' : 'Track')
        .selectOption({ label: da ? 'Tværgående indsatser' : 'Cross-cutting efforts' });
      await page.getByText(da ? '2 forslag' : '2 proposals', { exact: true }).waitFor();
      const title = da
        ? 'X02 Samordning af kontaktperson- og mentorordninger'
        : 'X02 Merging support-contact and mentor schemes';
      await page.getByRole('button', { name: `${da ? 'Vis' : 'Preview'}: ${title}` }).click();
      await page.getByRole('button', { name: `${da ? 'Indsæt' : 'Insert'}: ${title}` }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `catalogue-${width}.png`), fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

      await page.getByRole('button', { name: `${da ? 'Indsæt' : 'Insert'}: ${title}` }).click();
      await page.getByText(da ? /Indsat på arket «X02/ : /Inserted on the sheet «X02/).waitFor();
      const sheets = (await hostView(page, '', [])).sheets;
      expect(sheets.some((s) => s.startsWith('X02'))).toBe(true);
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
    await page.getByRole('heading', { name: 'Skabelon på arket «Business case»' }).waitFor();
    await page.close();
  }, 60_000);

  test('insert → fill → break a cell → see it with its address → fix → calculate → output block and charts', async () => {
    const page = await open(320, 'da');
    await page.getByRole('button', { name: 'Vælg: Business case' }).click();
    await page.getByLabel('Tidshorisont (år, 1-50)').fill('6');
    await page.getByRole('button', { name: 'Indsæt', exact: true }).click();
    await page.getByRole('heading', { name: 'Skabelon på arket «Business case»' }).waitFor();
    // The user types in Excel: through the fake host, which fires the sheet's onChanged.
    const type = (address: string, value: string | number) =>
      page.evaluate(
        ([a, v]) =>
          (window as unknown as { __gevinstHost: { type(s: string, a: string, v: unknown): void } }).__gevinstHost.type(
            'Business case',
            a as string,
            v,
          ),
        [address, value] as const,
      );
    const layout = planBusinessCase(businessCaseParameters.parse({ horizon: 6 })).metadata.layout;
    const at = (key: string, k: number): string => a1(layout[`${key}.first`] ?? 0, 1 + k);
    for (let k = 1; k < 6; k++) await type(at('gain', k), 250 + k * 10);
    await type(at('cost', 0), 40);
    await type(at('investment', 0), 600);
    const broken = a1((layout['gain.first'] ?? 0) + 1, 3);
    await type(broken, '12,5');
    await page.getByText(`Business case!${broken}`, { exact: true }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'problem-320.png'), fullPage: true });
    await type(broken, 12.5);
    await page.getByText('Ingen problemer fundet.').waitFor();
    await page.getByRole('button', { name: 'Beregn og skriv resultater' }).click();
    await page.getByText('Resultater og diagrammer er skrevet under skabelonen.').waitFor();
    await page.screenshot({ path: join(SHOTS, 'calculated-320.png'), fullPage: true });
    const charts = await page.evaluate(() =>
      (
        window as unknown as { __gevinstHost: { state: { sheets: { name: string; charts: { name: string }[] }[] } } }
      ).__gevinstHost.state.sheets
        .find((s) => s.name === 'Business case')
        ?.charts.map((c) => c.name),
    );
    expect(charts).toEqual(['Gevinst_CashFlow', 'Gevinst_Tornado']);

    // A three-point estimate in År 3's gain (Excel shows its PERT mean), and the pane's Monte Carlo in its worker.
    const pert = at('gain', 2);
    await page.evaluate(
      ([a]) => {
        const host = (
          window as unknown as {
            __gevinstHost: {
              type(s: string, a: string, v: unknown): void;
              compute(s: string, a: string, v: number): void;
            };
          }
        ).__gevinstHost;
        host.type('Business case', a as string, '=(200+4*270+400)/6');
        host.compute('Business case', a as string, (200 + 4 * 270 + 400) / 6);
      },
      [pert] as const,
    );
    await page.getByText('Ingen problemer fundet.').waitFor();
    const runs = page.getByRole('textbox', { name: 'Kørsler' });
    await runs.fill('1.000.000');
    await page.getByRole('button', { name: 'Simulér' }).click();
    await page.getByText(/^[\d.]+ af 1\.000\.000 kørsler$/).waitFor();
    // The progress as the user sees it (the stop is tested in jsdom and, on the worker, in simulation.e2e).
    await page.screenshot({ path: join(SHOTS, 'simulating-320.png'), fullPage: true });
    await page.getByText(/Resultaterne står på «Simulering»/).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(SHOTS, 'simulated-320.png'), fullPage: true });
    const simulation = await page.evaluate(() =>
      (
        window as unknown as { __gevinstHost: { state: { sheets: { name: string; charts: { name: string }[] }[] } } }
      ).__gevinstHost.state.sheets
        .find((s) => s.name === 'Simulering')
        ?.charts.map((c) => c.name),
    );
    expect(simulation).toEqual(['Gevinst_SimHistogram', 'Gevinst_SimCurve', 'Gevinst_SimDrivers']);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  }, 90_000);
});
