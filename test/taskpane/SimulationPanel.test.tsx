/**
 * @jest-environment jsdom
 */
/**
 * The pane's Monte Carlo as a user meets it: the run's progress in runs done, a stop that stops
 * it and writes nothing, the results written on the simulation sheet with a summary a committee
 * can read, and options that say what is wrong with them. The worker is stood in for by a runner
 * the test drives (the real worker runs in the Chromium test).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { createServices } from '../../src/app/services';
import { inProcessRunner, SimulationCancelled, type RunSimulation } from '../../src/app/simulation-runner';
import type { SimulationOutput } from '../../src/engine/simulation/output';
import { simulateForSheet } from '../../src/engine/simulation/output';
import { validateCase } from '../../src/engine/case-file';
import { plansForCase } from '../../src/sheet/registry';
import { SIMULATION_ROWS } from '../../src/sheet/simulation-plan';
import { a1 } from '../../src/sheet/address';
import { SimulationPanel } from '../../src/taskpane/SimulationPanel';
import { fakeWorkbookOf } from '../helpers/fake-workbook';
import { installDomStubs, PaneRenderer } from './setup';

installDomStubs();
afterEach(cleanup);

const EXAMPLE = JSON.parse(readFileSync(join(__dirname, '../../examples/business-case-risks.json'), 'utf8')) as object;

/** A runner the test drives: progress when it says, done or cancelled when it says. */
function drivenRunner() {
  const jobs: { progress: (d: number, n: number) => void; finish: () => void; cancelled: boolean }[] = [];
  const run: RunSimulation = (c, options, onProgress) => {
    let resolve: (o: SimulationOutput) => void = () => undefined;
    let reject: (e: Error) => void = () => undefined;
    const done = new Promise<SimulationOutput>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const job = {
      progress: onProgress,
      finish: () => resolve(simulateForSheet(c, options)),
      cancelled: false,
    };
    jobs.push(job);
    return {
      done,
      cancel: () => {
        job.cancelled = true;
        reject(new SimulationCancelled());
      },
    };
  };
  return { run, jobs };
}

async function pane(runner: RunSimulation) {
  const v = validateCase(EXAMPLE);
  if (!v.ok) throw new Error('bad example');
  const plans = plansForCase(v.value, 'da');
  if (!plans.ok) throw new Error('no plans');
  const book = await fakeWorkbookOf(plans.value);
  const services = createServices(book.deps, runner);
  const view = render(<SimulationPanel lang="da" services={services} />, { wrapper: PaneRenderer });
  return { ...book, view, user: userEvent.setup({ delay: null }) };
}

test('a run shows its progress in runs, and stopping it writes nothing', async () => {
  const driven = drivenRunner();
  const { host, sheets, user, view } = await pane(driven.run);
  const simulation = sheets[3] ?? '';
  const before = host.cell(simulation, a1(SIMULATION_ROWS.mean, 1)).value;
  await user.clear(screen.getByRole('textbox', { name: 'Kørsler' }));
  await user.type(screen.getByRole('textbox', { name: 'Kørsler' }), '20.000');
  await user.click(screen.getByRole('button', { name: 'Simulér' }));
  await screen.findByText('0 af 20.000 kørsler');
  await act(async () => driven.jobs[0]?.progress(12_000, 20_000));
  expect(screen.getByText('12.000 af 20.000 kørsler')).toBeTruthy();
  expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0.6');
  expect(screen.getByRole('button', { name: 'Simulér' }).hasAttribute('disabled')).toBe(true);
  expect((await axe(view.container)).violations).toEqual([]);
  await user.click(screen.getByRole('button', { name: 'Stop simuleringen' }));
  expect(await screen.findByText('Simuleringen blev stoppet; intet er skrevet.')).toBeTruthy();
  expect(driven.jobs[0]?.cancelled).toBe(true);
  expect(host.cell(simulation, a1(SIMULATION_ROWS.mean, 1)).value).toBe(before);
  expect(screen.getByRole('button', { name: 'Simulér' }).hasAttribute('disabled')).toBe(false);
});

test('a finished run is written on the simulation sheet and summed up in the pane', async () => {
  const driven = drivenRunner();
  const { host, sheets, user } = await pane(driven.run);
  const simulation = sheets[3] ?? '';
  await user.clear(screen.getByRole('textbox', { name: 'Seed' }));
  await user.type(screen.getByRole('textbox', { name: 'Seed' }), '42');
  await user.click(screen.getByRole('button', { name: 'Simulér' }));
  await screen.findByText('0 af 10.000 kørsler');
  await act(async () => driven.jobs[0]?.finish());
  const title = await screen.findByText(/Resultaterne står på «Simulering»/);
  const done = title.closest('[role="group"], .fui-MessageBar') ?? title.parentElement?.parentElement ?? title;
  const mean = host.cell(simulation, a1(SIMULATION_ROWS.mean, 1)).value as number;
  const p10 = host.cell(simulation, a1(SIMULATION_ROWS.p5 + 1, 1)).value as number;
  const da = (x: number): string => x.toLocaleString('da-DK', { maximumFractionDigits: 0 });
  const figure = (term: string): string =>
    screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent ?? '';
  expect(figure('Middel')).toBe(`${da(mean)} t.kr.`);
  expect(figure('P10–P90')).toMatch(new RegExp(`^${da(p10).replace(/\./g, '\\.')} – [\\d.]+$`));
  expect(figure('Risikopulje ved 80 % dækning')).toMatch(/^[\d.]+ t\.kr\.$/);
  expect(done.textContent).toMatch(/Trukket: \d linje\(r\) med trepunktsestimater, 3 risici/);
  expect(done.textContent).toContain('Resultaterne står på «Simulering».');
  expect(host.cell(simulation, a1(1, 0)).value).toMatch(/10\.000 kørsler, seed 42/);
});

test('the in-process runner gives the same sheet as the CLI would for the same seed', async () => {
  const { host, sheets, user } = await pane(inProcessRunner(simulateForSheet));
  const simulation = sheets[3] ?? '';
  await user.click(screen.getByRole('button', { name: 'Simulér' }));
  await screen.findByText(/Resultaterne står på «Simulering»/, {}, { timeout: 5000 });
  const v = validateCase(EXAMPLE);
  if (!v.ok || v.value.template !== 'business-case') throw new Error('bad example');
  const expected = simulateForSheet(v.value, {
    iterations: 10_000,
    seed: 1,
    coverage: 0.8,
    distribution: 'pert',
    independentYears: false,
  });
  expect(host.cell(simulation, a1(SIMULATION_ROWS.mean, 1)).value).toBe(expected.result.npv.mean);
  expect(host.cell(simulation, a1(SIMULATION_ROWS.poolAmount, 1)).value).toBe(expected.result.riskPool.amount);
});

test.each([
  ['Kørsler', '0', 'Et helt tal fra 1 til 1.000.000.'],
  ['Kørsler', '2.000.000', 'Et helt tal fra 1 til 1.000.000.'],
  ['Seed', '-1', 'Et helt tal fra 0 til 4.294.967.295.'],
  ['Risikopuljens dækning (%)', '0', 'Over 0 og højst 100.'],
  ['Tilbagebetalt inden for år (valgfrit)', '2,5', 'Et helt år fra 1 til 50, eller tomt.'],
])('%s = %s is refused at the field, and nothing can run', async (label, typed, message) => {
  const { user } = await pane(drivenRunner().run);
  await user.clear(screen.getByRole('textbox', { name: label }));
  await user.type(screen.getByRole('textbox', { name: label }), typed);
  expect(screen.getByText(message)).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Simulér' }).hasAttribute('disabled')).toBe(true);
});

test('a case with nothing uncertain says how to add an estimate or a risk, and runs nothing', async () => {
  const plain = JSON.parse(readFileSync(join(__dirname, '../../examples/business-case.json'), 'utf8')) as object;
  const v = validateCase(plain);
  if (!v.ok) throw new Error('bad example');
  const plans = plansForCase(v.value, 'da');
  if (!plans.ok) throw new Error('no plans');
  const book = await fakeWorkbookOf(plans.value);
  const driven = drivenRunner();
  render(<SimulationPanel lang="da" services={createServices(book.deps, driven.run)} />, { wrapper: PaneRenderer });
  await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'Simulér' }));
  expect(await screen.findByText(/intet at simulere: skriv et trepunktsestimat/)).toBeTruthy();
  expect(driven.jobs).toHaveLength(0);
});
