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
import { bundleForBrowser, CHROMIUM, CHROMIUM_ARGS } from './harness';

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
