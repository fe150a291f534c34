/**
 * @jest-environment jsdom
 */
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { createServices } from '../../src/app/services';
import { a1 } from '../../src/sheet/address';
import { planBusinessCase } from '../../src/sheet/business-case-plan';
import { businessCaseParameters } from '../../src/templates/business-case';
import { App } from '../../src/taskpane/App';
import { FakeExcelHost } from '../fakes/fake-excel';
import { installDomStubs, PaneRenderer } from './setup';

installDomStubs();

const layout = planBusinessCase(businessCaseParameters.parse({ horizon: 10, language: 'da' })).metadata.layout;
const cell = (key: string, k: number, line = 0): string => a1((layout[`${key}.first`] ?? 0) + line, 1 + k);

/** What the user does in Excel, and the pane's re-check that follows it (debounced), inside act. */
async function inExcel(action: () => void): Promise<void> {
  await act(async () => {
    action();
    await new Promise((r) => setTimeout(r, 700));
  });
}

async function paneOnInstance() {
  const host = new FakeExcelHost();
  const services = createServices({ run: host.run, newId: () => 'p' });
  const inserted = await services.insertBusinessCase({ firstYear: 2026 }, 'da');
  if (!inserted.ok) throw new Error('insert failed');
  for (let k = 0; k < 10; k++) host.type('Business case', cell('gain', k), k === 0 ? 0 : 200);
  host.type('Business case', cell('investment', 0), 500);
  const view = render(<App services={services} initialLanguage="da" />, { wrapper: PaneRenderer });
  await screen.findByRole('heading', { name: 'Skabelon på arket «Business case»' });
  return { host, view, user: userEvent.setup({ delay: null }) };
}

test('the pane follows the active sheet: an instance shows its panel, an ordinary sheet the gallery', async () => {
  const { host, view } = await paneOnInstance();
  expect(screen.getByText('Ingen problemer fundet.')).toBeTruthy();
  expect((await axe(view.container)).violations).toEqual([]);
  await inExcel(() => host.activate('Ark1'));
  expect(await screen.findByRole('heading', { name: 'Skabeloner' })).toBeTruthy();
});

test('an edit is re-checked live; the problem shows its cell, and choosing it selects the cell', async () => {
  const { host, user } = await paneOnInstance();
  await inExcel(() => host.type('Business case', cell('gain', 3), '1.234,5'));
  const item = await screen.findByText(/mente du 1\.234,5\?/);
  const address = `Business case!${cell('gain', 3)}`;
  expect(item.closest('li')?.textContent).toContain(address);
  await user.click(within(item.closest('li') as HTMLElement).getByRole('button', { name: `Gå til ${address}` }));
  await waitFor(() => expect(host.state.selection).toBe(`'Business case'!${cell('gain', 3)}`));
  expect(screen.getByRole('button', { name: 'Beregn og skriv resultater' }).hasAttribute('disabled')).toBe(true);
  await inExcel(() => host.type('Business case', cell('gain', 3), 1234.5));
  await screen.findByText('Ingen problemer fundet.');
});

test('Beregn writes results and charts, and asks before replacing what the user typed there', async () => {
  const { host, user } = await paneOnInstance();
  await user.click(screen.getByRole('button', { name: 'Beregn og skriv resultater' }));
  expect(await screen.findByText('Resultater og diagrammer er skrevet under skabelonen.')).toBeTruthy();
  expect(host.sheet('Business case').charts.map((c) => c.name)).toEqual(['Gevinst_CashFlow', 'Gevinst_Tornado']);
  const owned = host.sheet('Business case').names.get('gevinst_output');
  if (!owned || !('address' in owned.ref)) throw new Error('no owned region');
  const first = owned.ref.address.split(':')[0] ?? '';
  const typedAt = first.replace(/\d+/, (d) => String(Number(d) + 1)).replace(/^A/, 'F');
  await inExcel(() => host.type('Business case', typedAt, 'min kommentar'));
  await user.click(screen.getByRole('button', { name: 'Beregn og skriv resultater' }));
  expect(await screen.findByText('Du har skrevet i resultatområdet')).toBeTruthy();
  expect(host.cell('Business case', typedAt).value).toBe('min kommentar');
  await user.click(screen.getByRole('button', { name: 'Erstat' }));
  await screen.findByText('Resultater og diagrammer er skrevet under skabelonen.');
  expect(host.cell('Business case', typedAt).value).toBe('');
});

test('a broken template offers repair, which leaves the numbers alone', async () => {
  const { host, user } = await paneOnInstance();
  const resultCell = a1(layout['result'] ?? 0, 3);
  await inExcel(() => host.type('Business case', resultCell, 0));
  await screen.findByRole('button', { name: 'Reparér skabelonen' }, { timeout: 2000 });
  await user.click(screen.getByRole('button', { name: 'Reparér skabelonen' }));
  await screen.findByText('Ingen problemer fundet.');
  expect(host.cell('Business case', resultCell).formula).toMatch(/^=D\d+-D\d+$/);
  expect(host.cell('Business case', cell('gain', 2)).value).toBe(200);
});

test('on a benchmark sheet the pane offers to send a potential to a business case', async () => {
  const host = new FakeExcelHost();
  const services = createServices({ run: host.run, newId: () => 'b' });
  await services.insertBusinessCase({ firstYear: 2026, horizon: 3 }, 'da');
  await services.insertBenchmark({ rows: 4, own: 'Nyborg' }, 'da');
  const named = host.sheet('Benchmark').names;
  for (const [name, value] of [
    ['gevinst_potentialmean', 100],
    ['gevinst_potentialmedian', 120],
    ['gevinst_potentialbestquartile', 250],
    ['gevinst_potentialbest', 400],
  ] as const) {
    const ref = named.get(name)?.ref;
    if (!ref || !('address' in ref)) throw new Error(name);
    host.compute('Benchmark', ref.address, value);
  }
  const user = userEvent.setup({ delay: null });
  const view = render(<App services={services} initialLanguage="da" />, { wrapper: PaneRenderer });
  await screen.findByRole('heading', { name: 'Benchmark på arket «Benchmark»' });
  expect((await axe(view.container)).violations).toEqual([]);
  await user.selectOptions(screen.getByLabelText('Potentiale'), 'best');
  await user.click(screen.getByRole('button', { name: 'Send til business case' }));
  expect(await screen.findByText(/Tilføjet som gevinstlinje i Business case!A22/)).toBeTruthy();
  expect(host.cell('Business case', 'A22').value).toBe('Til bedste række (Benchmark) (anslået)');
  expect(host.cell('Business case', 'D22').value).toBe(400);
});

test('the send button is enabled only with a business case to send to and a computed potential', async () => {
  const host = new FakeExcelHost();
  const services = createServices({ run: host.run, newId: () => 'b' });
  await services.insertBenchmark({ rows: 4, own: 'Nyborg' }, 'da');
  const ref = host.sheet('Benchmark').names.get('gevinst_potentialbest')?.ref;
  if (!ref || !('address' in ref)) throw new Error('no potential name');
  host.compute('Benchmark', ref.address, 400);
  const user = userEvent.setup({ delay: null });
  render(<App services={services} initialLanguage="da" />, { wrapper: PaneRenderer });
  await screen.findByRole('heading', { name: 'Benchmark på arket «Benchmark»' });
  await user.selectOptions(screen.getByLabelText('Potentiale'), 'best');
  const send = (): HTMLElement => screen.getByRole('button', { name: 'Send til business case' });
  // No business case in the workbook: nothing to send to.
  expect(send().hasAttribute('disabled')).toBe(true);
  cleanup();
  await services.insertBusinessCase({ firstYear: 2026, horizon: 3 }, 'da');
  await inExcel(() => host.activate('Benchmark'));
  render(<App services={services} initialLanguage="da" />, { wrapper: PaneRenderer });
  await screen.findByRole('heading', { name: 'Benchmark på arket «Benchmark»' });
  await user.selectOptions(screen.getByLabelText('Potentiale'), 'best');
  expect(send().hasAttribute('disabled')).toBe(false);
  // The mean's potential was never computed: no amount to send.
  await user.selectOptions(screen.getByLabelText('Potentiale'), 'mean');
  expect(send().hasAttribute('disabled')).toBe(true);
});

test('from the business case the pane makes its management summary on a new sheet, and says where', async () => {
  const { host, user } = await paneOnInstance();
  await user.click(screen.getByRole('button', { name: 'Lav ledelsesresumé' }));
  expect(await screen.findByText('Indsat på arket «Ledelsesresumé».')).toBeTruthy();
  expect(host.state.sheets.map((s) => s.name)).toContain('Ledelsesresumé');
});

test('from the business case the pane makes its risk register, linked to the case, with levels on its scale', async () => {
  const { host, user } = await paneOnInstance();
  // Two investment lines in År 1: 500 and 2,000, so 2,500 is the largest yearly total.
  host.type('Business case', cell('investment', 0, 1), 2000);
  await user.click(screen.getByRole('button', { name: 'Lav risikoregister' }));
  expect(await screen.findByText('Indsat på arket «Risici».')).toBeTruthy();
  const sheet = host.sheet('Risici');
  // The NPV it starts from is the business case's own, by formula.
  const npv = [...sheet.cells.values()].find((c) => /^='Business case'!\$B\$\d+$/.test(String(c.formula ?? '')));
  expect(npv).toBeDefined();
  // The consequence levels step by a fifth of it: 500, 1,000, 1,500, 2,000.
  const levels = [...sheet.cells.values()].filter((c) => c.style === 'Gevinst input').map((c) => c.value);
  expect(levels).toEqual(expect.arrayContaining([500, 1000, 1500, 2000]));
});

test('on a catalogue sheet the pane lists what is still blank, goes to its cell, and shows the key figures', async () => {
  const host = new FakeExcelHost();
  const services = createServices({ run: host.run, newId: () => 'k' });
  const inserted = await services.insertTemplate('A07', 'da', 'da');
  if (!inserted.ok) throw new Error('insert failed');
  const user = userEvent.setup({ delay: null });
  const view = render(<App services={services} initialLanguage="da" />, { wrapper: PaneRenderer });
  await screen.findByRole('heading', { name: `Katalogark «${inserted.value.sheetName}»` }, { timeout: 3000 });
  const todo = await screen.findByRole('button', { name: /^Gå til .*: Udfyld: Antal transaktioner pr\. år$/ });
  expect(screen.getByText('649.070')).toBeTruthy();
  // Business case 2's three figures and business case 1's total and payback (its lost costs) wait.
  expect(screen.getAllByText('venter på input').length).toBe(5);
  expect((await axe(view.container)).violations).toEqual([]);
  await user.click(todo);
  const address = todo.getAttribute('aria-label')?.match(/!([A-Z]+\d+):/)?.[1];
  expect(host.state.selection).toBe(`'${inserted.value.sheetName}'!${address}`);
  await inExcel(() => host.type(inserted.value.sheetName, address ?? 'A1', 10000));
  expect(await screen.findByText('255.000')).toBeTruthy();
  // The transactions are done; the lost costs still wait, as items to go to.
  expect(screen.queryByRole('button', { name: /Udfyld: Antal transaktioner pr\. år$/ })).toBeNull();
  expect(screen.getAllByRole('button', { name: /Udfyld: − Omkostninger/ }).length).toBeGreaterThan(0);
});

test('a freshly inserted, empty business case shows no NPV of 0 or payback year, but what to fill in', async () => {
  const host = new FakeExcelHost();
  const services = createServices({ run: host.run, newId: () => 'e' });
  const inserted = await services.insertBusinessCase({ firstYear: 2026 }, 'da');
  if (!inserted.ok) throw new Error('insert failed');
  render(<App services={services} initialLanguage="da" />, { wrapper: PaneRenderer });
  await screen.findByRole('heading', { name: 'Skabelon på arket «Business case»' });
  expect(await screen.findByText(/her skal stå en værdi: et tal i mindst én linje/)).toBeTruthy();
  expect(screen.queryByRole('heading', { name: 'Nøgletal' })).toBeNull();
  expect(screen.queryByText('2026')).toBeNull();
  expect(screen.queryByText(/ingen intern rente/)).toBeNull();
});
