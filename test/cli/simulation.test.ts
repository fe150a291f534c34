/** `gevinst calc` with a risk register and a simulation (examples/business-case-risks.json). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../helpers/cli';

const EXAMPLE = readFileSync(join(__dirname, '../../examples/business-case-risks.json'), 'utf8');

interface Printed {
  npv: number;
  risks: { expectedCost: number; npvAfterExpectedRisks: number; risks: { label: string; expectedCost: number }[] };
  simulation: {
    iterations: number;
    seed: number;
    npv: Record<'mean' | 'sd' | 'p5' | 'p10' | 'p50' | 'p80' | 'p90' | 'p95', number>;
    probNegativeNpv: number;
    probPayback: number;
    paybackWithin: { years: number; probability: number };
    riskPool: { coverage: number; amount: number; expected: number };
    drivers: { driver: string; share: number }[];
  };
}

test('calc prints the register and the simulation with the documented fields, the same for the same seed', async () => {
  const first = await cli(['calc', 'c.json'], { 'c.json': EXAMPLE });
  expect(first.code).toBe(0);
  const again = await cli(['calc', 'c.json'], { 'c.json': EXAMPLE });
  expect(again.out).toBe(first.out);
  const j = JSON.parse(first.out) as Printed;
  const s = j.simulation;
  expect([s.iterations, s.seed]).toEqual([10000, 42]);
  expect(Object.keys(s.npv)).toEqual(['mean', 'sd', 'p5', 'p10', 'p50', 'p80', 'p90', 'p95']);
  expect(s.npv.p5).toBeLessThan(s.npv.p50);
  expect(s.npv.p50).toBeLessThan(s.npv.p95);
  expect(s.paybackWithin.years).toBe(3);
  // Expected risk cost: 0.3 × (100 + 800 + 500)/6 + 0.2 × (50 + 600 + 300)/6 + 0.5 × (20 + 160 + 80)/6.
  const expected = (0.3 * 1400) / 6 + (0.2 * 950) / 6 + (0.5 * 260) / 6;
  expect(s.riskPool).toEqual({ coverage: 0.8, amount: expect.any(Number), expected: expect.closeTo(expected, 9) });
  expect(j.risks.expectedCost).toBeCloseTo(expected, 9);
  expect(s.riskPool.amount).toBeGreaterThan(0);
  expect(s.drivers.reduce((sum, d) => sum + d.share, 0)).toBeCloseTo(1, 9);
  expect(s.drivers).toHaveLength(7);
});

test('a bad risk or simulation is refused by its path, exit 2', async () => {
  const bad = JSON.parse(EXAMPLE) as { risks: Record<string, unknown>[]; simulation: Record<string, unknown> };
  bad.risks[1] = { ...bad.risks[1], probability: 1.5 };
  bad.simulation = { ...bad.simulation, iterations: 0 };
  const r = await cli(['calc', 'c.json'], { 'c.json': JSON.stringify(bad) });
  expect(r.code).toBe(2);
  expect(r.err).toContain('risks[1].probability');
  expect(r.err).toContain('simulation.iterations');
});
