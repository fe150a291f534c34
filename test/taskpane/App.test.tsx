/**
 * @jest-environment jsdom
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { createServices } from '../../src/app/services';
import { App } from '../../src/taskpane/App';
import { FakeExcelHost } from '../fakes/fake-excel';
import { newSheet } from '../fakes/state';
import { installDomStubs, PaneRenderer } from './setup';

installDomStubs();

function renderPane(lang: 'da' | 'en' = 'da') {
  const host = new FakeExcelHost();
  const services = createServices({ run: host.run, newId: () => 'pane-1' });
  const view = render(<App services={services} initialLanguage={lang} />, { wrapper: PaneRenderer });
  return { host, view, user: userEvent.setup({ delay: null }) };
}

test('the gallery lists the business case with its purpose and source, and has no accessibility violations', async () => {
  const { view } = renderPane();
  expect(screen.getByRole('heading', { name: 'Skabeloner' })).toBeTruthy();
  const builtIn = within(screen.getByRole('list', { name: 'Skabeloner' })).getAllByRole('listitem');
  expect(builtIn).toHaveLength(8);
  await screen.findByText('52 forslag');
  const card = builtIn[0] as HTMLElement;
  expect(within(card).getByText(/nutidsværdi, intern rente og tilbagebetaling/)).toBeTruthy();
  expect(within(card).getByText(/side 22/)).toBeTruthy();
  expect((await axe(view.container)).violations).toEqual([]);
});

test('search filters the gallery and says when nothing matches', async () => {
  const { user } = renderPane('en');
  await user.type(screen.getByLabelText('Search templates'), 'payback');
  expect(within(screen.getByRole('list', { name: 'Templates' })).getAllByRole('listitem')).toHaveLength(1);
  await user.clear(screen.getByLabelText('Search templates'));
  await user.type(screen.getByLabelText('Search templates'), 'benchmark of dogs');
  expect(screen.getByText('No templates match the search.').getAttribute('role')).toBe('status');
  expect(await screen.findByText('0 proposals')).toBeTruthy();
});

test('the language switch changes every word of the pane', async () => {
  const { user } = renderPane('da');
  await user.click(screen.getByRole('button', { name: 'English' }));
  expect(screen.getByRole('heading', { name: 'Templates' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Choose: Business case' })).toBeTruthy();
});

test('choose → set parameters → insert puts the business case on a new sheet', async () => {
  const { user, host, view } = renderPane('da');
  await user.click(screen.getByRole('button', { name: 'Vælg: Business case' }));
  const horizon = await screen.findByLabelText('Tidshorisont (år, 1-50)');
  expect((await axe(view.container)).violations).toEqual([]);
  await user.clear(horizon);
  await user.type(horizon, '80');
  await user.click(screen.getByRole('button', { name: 'Indsæt' }));
  expect(await screen.findByText('forventede et tal <= 50, fik 80')).toBeTruthy();
  expect(host.state.sheets).toHaveLength(1);

  await user.clear(horizon);
  await user.type(horizon, '5');
  await user.selectOptions(screen.getByLabelText('Diskontering'), 'flat');
  const rate = screen.getByLabelText('Rente i procent');
  await user.clear(rate);
  await user.type(rate, '4,5');
  await user.click(screen.getByRole('button', { name: 'Indsæt' }));
  expect(await screen.findByRole('heading', { name: 'Skabelon på arket «Business case»' })).toBeTruthy();
  expect(host.cell('Business case', 'B9').value).toBe(0.045);
  expect(host.cell('Business case', 'B8').value).toBe('Fast rente');
});

test('a benchmark is inserted from its own form, with its settings on the sheet', async () => {
  const { user, host } = renderPane('da');
  await user.click(screen.getByRole('button', { name: 'Vælg: Benchmark' }));
  await user.type(await screen.findByLabelText('Egen kommune eller enhed'), 'Holbæk');
  await user.click(screen.getByLabelText('Højere er bedre (fx brugertid)'));
  const rows = screen.getByLabelText('Antal rækker (kommuner eller enheder)');
  await user.clear(rows);
  await user.type(rows, '0');
  await user.click(screen.getByRole('button', { name: 'Indsæt' }));
  expect(await screen.findByText('forventede et tal >= 1, fik 0')).toBeTruthy();
  await user.clear(rows);
  await user.type(rows, '98');
  await user.click(screen.getByRole('button', { name: 'Indsæt' }));
  expect(await screen.findByText(/Indsat på arket «Benchmark»/)).toBeTruthy();
  expect(host.cell('Benchmark', 'B8').value).toBe('Holbæk');
  expect(host.cell('Benchmark', 'B7').value).toBe('Højere er bedre');
  expect(host.sheet('Benchmark').names.get('gevinst_median')).toBeDefined();
});

test("a benchmark from the user's own selected table: choose the columns, insert, the table stays as it was", async () => {
  const { user, host } = renderPane('da');
  host.state.sheets.push(newSheet('sheet-own', 'Mine tal'));
  const data = [
    ['Kommune', 'Udgift', 'Børn'],
    ['Nyborg', 1200, 300],
    ['Varde', 1500, 320],
    ['Billund', 900, 280],
  ];
  data.forEach((row, r) => row.forEach((v, c) => host.type('Mine tal', `${'ABC'[c]}${r + 1}`, v)));
  host.select('Mine tal', 'A1:C4');
  const before = new Map([...host.sheet('Mine tal').cells].map(([k, v]) => [k, { ...v }]));
  await user.click(screen.getByRole('button', { name: 'Vælg: Benchmark' }));
  await user.type(await screen.findByLabelText('Egen kommune eller enhed'), 'Varde');
  await user.click(screen.getByRole('button', { name: 'Læs det markerede område' }));
  await user.selectOptions(await screen.findByLabelText('Kolonne for tæller'), 'Udgift');
  await user.selectOptions(screen.getByLabelText('Kolonne for nævner'), 'Børn');
  await user.click(screen.getByRole('button', { name: 'Indsæt fra mine data' }));
  expect(await screen.findByText(/Indsat på arket «Benchmark» \(3\)/)).toBeTruthy();
  expect(host.sheet('Mine tal').cells).toEqual(before);
  expect(host.cell('Benchmark', 'A15').value).toBe('Varde');
});

test("statistics for every column of the user's table are written on a new sheet", async () => {
  const { user, host } = renderPane('en');
  host.state.sheets.push(newSheet('sheet-own', 'Data'));
  const data = [
    ['Unit', '2023', '2024'],
    ['North', 10, 12],
    ['South', 14, 11],
    ['East', 9, 13],
  ];
  data.forEach((row, r) => row.forEach((v, c) => host.type('Data', `${'ABC'[c]}${r + 1}`, v)));
  host.select('Data', 'A1:C4');
  await user.click(screen.getByRole('button', { name: 'Choose: Benchmark' }));
  await user.type(await screen.findByLabelText('Own municipality or unit'), 'South');
  await user.click(screen.getByRole('button', { name: 'Read the selected range' }));
  await user.click(await screen.findByRole('button', { name: 'Statistics for every column' }));
  expect(await screen.findByText(/Statistics for 2 columns are written on the sheet/)).toBeTruthy();
  expect(host.cell('Statistics Data', 'B6').formula).toBe("=AVERAGE('Data'!$B$2:$B$4)");
});

test('the catalogue filters by track and kind, previews an entry and inserts it prefilled', async () => {
  const { user, host, view } = renderPane('da');
  await screen.findByText('52 forslag');
  const catalogue = () => screen.getByRole('list', { name: 'KL-kataloget: Kommunale veje til effektivisering' });
  // Unfiltered the list starts short, with a way to see all.
  expect(within(catalogue()).getAllByRole('listitem')).toHaveLength(6);
  await user.selectOptions(screen.getByLabelText('Spor'), 'Beskæftigelse');
  expect(screen.getByText('6 forslag')).toBeTruthy();
  expect(
    within(catalogue())
      .getAllByRole('heading')
      .map((h) => h.textContent?.slice(0, 3)),
  ).toEqual(['B01', 'B02', 'B03', 'B04', 'B05', 'B06']);
  await user.selectOptions(screen.getByLabelText('Spor'), 'Alle');
  await user.selectOptions(screen.getByLabelText('Skabelontype'), 'Uden vs. efter indsats');
  expect(screen.getByText('4 forslag')).toBeTruthy();
  await user.selectOptions(screen.getByLabelText('Skabelontype'), 'Alle');
  await user.type(screen.getByLabelText('Søg i skabeloner'), 'udlægshåndtering');
  const preview = screen.getByRole('button', { name: 'Vis: A07 Digitalisering af udlægshåndtering' });
  await user.click(preview);
  expect(
    screen.getByRole('button', { name: 'Skjul: A07 Digitalisering af udlægshåndtering' }).getAttribute('aria-expanded'),
  ).toBe('true');
  expect(screen.getByText(/2.762 medarbejdere à 235 kr/)).toBeTruthy();
  expect(screen.getByText(/Kilden mangler: Drifts- og projektomkostninger/)).toBeTruthy();
  expect(screen.getByText(/Antal transaktioner pr. år/)).toBeTruthy();
  expect((await axe(view.container)).violations).toEqual([]);

  await user.click(screen.getByRole('button', { name: 'Indsæt: A07 Digitalisering af udlægshåndtering' }));
  const done = await screen.findByText(/Indsat på arket «A07 Digitalisering af»/);
  expect(done).toBeTruthy();
  const sheet = host.state.sheets.find((s) => s.name.startsWith('A07'));
  expect(sheet).toBeDefined();
  const values = [...(sheet?.cells.values() ?? [])].map((c) => c.value);
  expect(values).toContain(2762);
  expect(values).toContain(306);
}, 30_000);

test('the before/after measurement inserts at once from the gallery', async () => {
  const { user, host } = renderPane('en');
  await user.click(screen.getByRole('button', { name: 'Insert: Before/after: quality, wellbeing and productivity' }));
  await screen.findByText(/Inserted on the sheet «Before-after measurement»/);
  const sheet = host.state.sheets.find((s) => s.name === 'Before-after measurement');
  const values = [...(sheet?.cells.values() ?? [])].map((c) => c.value);
  expect(values).toEqual(expect.arrayContaining(['Quality', 'Wellbeing', 'Productivity', 'Higher is better']));
});

test('the benefit realisation plan inserts at once, with its keys check and follow-up', async () => {
  const { user, host } = renderPane('da');
  await user.click(screen.getByRole('button', { name: 'Indsæt: Gevinstrealiseringsplan og opfølgning' }));
  await screen.findByText(/Indsat på arket «Gevinstrealisering»/);
  const sheet = host.state.sheets.find((s) => s.name === 'Gevinstrealisering');
  const values = [...(sheet?.cells.values() ?? [])].map((c) => c.value);
  expect(values).toEqual(
    expect.arrayContaining(['Gevinstejer', 'Fordelingsnøgler', 'Opfølgning', 'Årsværk', 'Beregnet']),
  );
  expect(sheet?.names.has('gevinst_keyscheck')).toBe(true);
});

test('"Om Gevinst" opens what to send when something goes wrong, and copies it', async () => {
  const { user } = renderPane('da');
  const about = screen.getByRole('button', { name: 'Om Gevinst' });
  expect(about.getAttribute('aria-expanded')).toBe('false');
  await user.click(about);
  expect(about.getAttribute('aria-expanded')).toBe('true');
  expect(screen.getByLabelText('Om Gevinst').textContent).toMatch(/^Gevinst \S+\nVært: /);
  const written: string[] = [];
  Object.defineProperty(navigator, 'clipboard', {
    value: { writeText: async (s: string) => void written.push(s) },
    configurable: true,
  });
  await user.click(screen.getByRole('button', { name: 'Kopiér' }));
  expect(written[0]).toMatch(/^Gevinst \S+\nVært: unknown\nPlatform: unknown\nOffice: unknown\nExcelApi: /);
  expect(await screen.findByText('Kopieret.')).toBeTruthy();
});

test('the insert form takes the owner, date, source and price level, and the sheet shows them (date stamped today)', async () => {
  const { user, host } = renderPane('da');
  await user.click(screen.getByRole('button', { name: 'Vælg: Business case' }));
  const provenance = screen.getByRole('group', { name: 'Oplysninger om casen (står på arket)' });
  const date = within(provenance).getByLabelText('Dato') as HTMLInputElement;
  const now = new Date();
  const two = (n: number): string => String(n).padStart(2, '0');
  expect(date.value).toBe(`${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`);
  await user.type(within(provenance).getByLabelText('Ejer'), 'Økonomi og Løn');
  await user.type(within(provenance).getByLabelText('Kilde'), 'KL 2017, side 22');
  const price = within(provenance).getByLabelText('Prisniveau (fx 2026-pl)');
  await user.clear(price);
  await user.type(price, '2025-pl');
  await user.clear(date);
  await user.type(date, '2026-03-01');
  await user.click(screen.getByRole('button', { name: 'Indsæt' }));
  expect(await screen.findByRole('heading', { name: 'Skabelon på arket «Business case»' })).toBeTruthy();
  // The assumptions block: price level, owner, date (an Excel date serial) and source in B12:B15.
  expect(host.cell('Business case', 'B12').value).toBe('2025-pl');
  expect(host.cell('Business case', 'B13').value).toBe('Økonomi og Løn');
  // 2026-03-01 is day 46082 counted from 1899-12-30, as Excel counts.
  expect(host.cell('Business case', 'B14').value).toBe(46082);
  expect(host.cell('Business case', 'B15').value).toBe('KL 2017, side 22');
});
