/**
 * The same case and seed give the same simulation in the browser as in Node, to the last digit:
 * the engine bundled for the web and run in headless Chromium against the Node run of the same
 * case. The browser's pace (iterations a second) is printed, not asserted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { validateCase } from '../../src/engine/case-file';
import { simulate } from '../../src/engine/simulation/simulate';
import { requireTool } from '../helpers/system';
import { progressEvery } from '../../src/app/simulation-runner';
import { bundleForBrowser, CHROMIUM, CHROMIUM_ARGS, serveDist } from './harness';

const available = requireTool(CHROMIUM, 'the simulation is run in headless Chromium');
const maybe = available ? test : test.skip;
const CASES = JSON.parse(readFileSync(join(__dirname, '../engine/simulation-cases.json'), 'utf8')) as Record<
  string,
  unknown
>;

maybe(
  'Chromium and Node give identical simulations for every reference case',
  async () => {
    const script = await bundleForBrowser(join(__dirname, 'simulation-entry.ts'));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      await page.addScriptTag({ content: script });
      for (const [name, data] of Object.entries(CASES)) {
        const c = validateCase(data);
        if (!c.ok || c.value.template !== 'business-case' || !c.value.simulation) throw new Error(name);
        const inNode = simulate(c.value, c.value.simulation);
        const inBrowser = await page.evaluate(
          (text) =>
            (window as unknown as { gevinstSimulate: (t: string) => { result: unknown } }).gevinstSimulate(text),
          JSON.stringify(data),
        );
        expect([name, inBrowser.result]).toEqual([name, JSON.parse(JSON.stringify(inNode))]);
      }
      const pace = await page.evaluate(
        (text) =>
          (window as unknown as { gevinstSimulate: (t: string, n: number) => { ms: number } }).gevinstSimulate(
            text,
            100_000,
          ),
        JSON.stringify(CASES['mixed']),
      );
      process.stdout.write(
        `simulation in Chromium: ${Math.round((100_000 / pace.ms) * 1000).toLocaleString('en-US')} iterations/s ("mixed", 100,000 runs)\n`,
      );
    } finally {
      await browser.close();
    }
  },
  180_000,
);

/**
 * The pane's run as the add-in makes it: the production worker from dist/addin, driven by the
 * pane's runner. It gives the Node figures to the last digit, reports progress as it goes, leaves
 * the page's own timer ticking (the pane stays responsive), and stops at once when cancelled.
 * The pace and the time to the first progress report are printed.
 */
maybe(
  'the production worker simulates off the page thread, with progress, and stops when cancelled',
  async () => {
    const script = await bundleForBrowser(join(__dirname, 'worker-entry.ts'));
    const { server, url } = await serveDist();
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      // Any page of the add-in's origin: the worker loads from beside it, as beside taskpane.html.
      await page.route(`${url}blank.html`, (route) =>
        route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Gevinst</title>' }),
      );
      await page.goto(`${url}blank.html`);
      await page.addScriptTag({ content: script });
      const data = CASES['mixed'];
      const c = validateCase(data);
      if (!c.ok || c.value.template !== 'business-case' || !c.value.simulation) throw new Error('mixed');
      const run = await page.evaluate(
        (text) =>
          (
            window as unknown as {
              gevinstInWorker: (
                t: string,
                n?: number,
              ) => Promise<{ result: unknown; progress: number[]; ticks: number; ms: number; firstProgressMs: number }>;
            }
          ).gevinstInWorker(text),
        JSON.stringify(data),
      );
      expect(run.result).toEqual(JSON.parse(JSON.stringify(simulate(c.value, c.value.simulation))));
      // Progress every 500 runs of 40,000, in order, the last at the end.
      expect(run.progress).toHaveLength(c.value.simulation.iterations / progressEvery(c.value.simulation.iterations));
      expect(run.progress).toEqual([...run.progress].sort((a, b) => a - b));
      expect(run.progress.at(-1)).toBe(c.value.simulation.iterations);
      // The page's 10 ms timer kept running while the worker did (a run on the page thread would block it).
      expect(run.ticks).toBeGreaterThanOrEqual(Math.floor(run.ms / 10 / 4));

      const big = await page.evaluate(
        (text) =>
          (
            window as unknown as {
              gevinstInWorker: (
                t: string,
                n?: number,
              ) => Promise<{ ms: number; firstProgressMs: number; ticks: number }>;
            }
          ).gevinstInWorker(text, 200_000),
        JSON.stringify(data),
      );
      const stopped = await page.evaluate(
        (text) =>
          (
            window as unknown as {
              gevinstCancelInWorker: (
                t: string,
              ) => Promise<{ cancelled: boolean; afterMs: number; progressBefore: number }>;
            }
          ).gevinstCancelInWorker(text),
        JSON.stringify(data),
      );
      expect(stopped.cancelled).toBe(true);
      expect(stopped.progressBefore).toBeLessThan(1_000_000);
      process.stdout.write(
        `simulation in the pane's worker: ${Math.round((200_000 / big.ms) * 1000).toLocaleString('en-US')} iterations/s ("mixed", 200,000 runs, progress every ${progressEvery(200_000).toLocaleString('en-US')}), first progress after ${big.firstProgressMs.toFixed(0)} ms, page timer ticked ${big.ticks} times in ${big.ms.toFixed(0)} ms; cancel of a 1,000,000-run job took ${stopped.afterMs.toFixed(1)} ms\n`,
      );
    } finally {
      await browser.close();
      server.close();
    }
  },
  180_000,
);
