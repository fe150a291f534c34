#!/usr/bin/env node
/**
 * Engine throughput (npm run bench): business cases per second, for a 10-year case with 20
 * lines at a flat rate and for a 50-year case under the banded fm-2013 preset; each both as
 * compute-only and as parse + validate + compute of the case-file text. Prints figures; it
 * asserts nothing (speed targets live here, not in tests).
 */
'use strict';
const { parseCase } = require('../dist/cli/engine/case-file');
const { calculate } = require('../dist/cli/engine/calculate');
const { calculateCase } = require('../dist/cli/sheet/registry');

function makeCase(years, lines, discount) {
  const sections = ['gain', 'cost', 'investment'];
  return {
    template: 'business-case',
    title: `Bench ${years} years, ${lines} lines`,
    discount,
    lines: Array.from({ length: lines }, (_, i) => ({
      section: sections[i % 3],
      label: `Line ${i + 1}`,
      values: Array.from({ length: years }, (_, k) =>
        i % 3 === 2 ? (k === 0 ? 900 + i : 0) : Math.round(100 + 37 * Math.sin(i + k) + (i % 3 === 0 ? 40 : 0)),
      ),
    })),
  };
}

// BENCH_MS shortens every measurement (the test suite runs the bench once to prove it still runs).
const SCALE = process.env.BENCH_MS ? Number(process.env.BENCH_MS) / 1500 : 1;

function rate(fn, minMs = 1500) {
  minMs *= SCALE;
  // Warm up (at most 200 calls, at most a third of the time), then count calls one by one.
  const warm = performance.now();
  for (let i = 0; i < 200 && performance.now() - warm < minMs / 3; i++) fn();
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < minMs) {
    fn();
    n++;
    now = performance.now();
  }
  return (n / (now - start)) * 1000;
}

const fmt = (x) => Math.round(x).toLocaleString('en-US');
const scenarios = [
  ['10 years, 20 lines, 3.5 %', makeCase(10, 20, 0.035)],
  ['50 years, 9 lines, fm-2013 bands', makeCase(50, 9, 'fm-2013')],
];
console.log(`gevinst engine benchmark (node ${process.version})`);
for (const [name, c] of scenarios) {
  const text = JSON.stringify(c);
  const parsed = parseCase(text);
  if (!parsed.ok) throw new Error(`bench case is invalid: ${JSON.stringify(parsed.issues)}`);
  const compute = rate(() => calculate(parsed.value));
  const full = rate(() => {
    const p = parseCase(text);
    if (p.ok) calculate(p.value);
  });
  console.log(`${name}: ${fmt(compute)} cases/s computed; ${fmt(full)} cases/s parsed, validated and computed`);
  // What `gevinst calc` reports: the engine's figures and the management summary read from its sheet.
  const calc = rate(() => calculateCase(parsed.value), 1000);
  console.log(
    `${name}: ${fmt(calc)} cases/s as calc reports them (figures and summary from their sheets' formulas, what-if by the engine)`,
  );
}

// The catalogue: every entry's calculation model evaluated once (a full pass over all of them).
const { CATALOGUE_MODELS } = require('../dist/cli/templates/catalogue');
const { evaluateModel } = require('../dist/cli/engine/model-formula');
const models = [...CATALOGUE_MODELS.values()];
const passes = rate(() => {
  for (const m of models) evaluateModel(m, new Map(), 'da');
});
console.log(`catalogue: all ${models.length} entry models evaluated ${fmt(passes)} times/s`);

// A benchmark of 500 municipalities against two targets: statistics, ranks and potentials.
const bench = {
  template: 'benchmark',
  title: 'Bench',
  unit: 'kr. pr. indbygger',
  direction: 'lower-is-better',
  own: 'Kommune 1',
  per: 1000,
  rows: Array.from({ length: 500 }, (_, i) => ({
    name: `Kommune ${i + 1}`,
    value: 900 + ((i * 7919) % 1000) / 3,
    volume: 10000 + ((i * 104729) % 90000),
  })),
  targets: [
    { label: 'Landsgennemsnit', value: 1050 },
    { label: 'Mål', value: 1000 },
  ],
};
const parsedBench = parseCase(JSON.stringify(bench));
if (!parsedBench.ok) throw new Error(`bench benchmark is invalid: ${JSON.stringify(parsedBench.issues)}`);
console.log(
  `benchmark, 500 rows and 2 targets: ${fmt(rate(() => calculateCase(parsedBench.value)))} benchmarks/s (its sheet's formulas, evaluated)`,
);

// A benefit-realisation plan: 20 gains × 10 years allocated over 30 units by largest remainder.
const plan = {
  template: 'realisation',
  title: 'Bench',
  basis: 'fte',
  gains: Array.from({ length: 20 }, (_, i) => ({
    label: `Gain ${i + 1}`,
    evidence: i % 3 === 0 ? 'estimated' : 'calculated',
    timing: i % 4 === 0 ? 'delayed' : 'implementation',
    ...(i % 4 === 0 ? { delay: 1 } : {}),
    values: Array.from({ length: 10 }, (_, k) => 100 + 13.7 * ((i * 7 + k) % 11)),
  })),
  keys: Array.from({ length: 30 }, (_, i) => ({ unit: `Unit ${i + 1}`, value: 10 + ((i * 37) % 90) })),
};
const parsedPlan = parseCase(JSON.stringify(plan));
if (!parsedPlan.ok) throw new Error(`bench plan is invalid: ${JSON.stringify(parsedPlan.issues)}`);
console.log(
  `realisation plan, 20 gains × 10 years × 30 units: ${fmt(rate(() => calculateCase(parsedPlan.value)))} plans/s (its sheet's formulas, evaluated)`,
);

// What-if analyses as lines grow (scenarios, tornado, grid, break-even): the time should grow
// about linearly in lines (a tornado row costs one present value, not a whole case).
for (const lines of [30, 100, 300]) {
  const c = {
    ...makeCase(10, lines, 0.035),
    scenarios: [{ name: 'Low', gainFactor: 0.8 }],
    sensitivity: { step: 0.1 },
    grid: {},
    breakEven: { paybackWithin: 5 },
  };
  const parsed = parseCase(JSON.stringify(c));
  if (!parsed.ok) throw new Error(`bench case is invalid: ${JSON.stringify(parsed.issues)}`);
  const perSecond = rate(() => calculate(parsed.value), 1000);
  console.log(`what-if analyses, 10 years × ${lines} lines: ${(1000 / perSecond).toFixed(2)} ms a case`);
}

// Monte Carlo: a 10-year case with 20 three-point lines and 12 risks, one quantile a line per run
// (and each year on its own), as iterations per second of the whole simulation (draws, NPV,
// payback, driver shares, then the sort for the percentiles).
{
  const { simulate } = require('../dist/cli/engine/simulation/simulate');
  const sections = ['gain', 'cost', 'investment'];
  const uncertain = {
    template: 'business-case',
    title: 'Bench simulation',
    discount: 'fm-2021',
    lines: Array.from({ length: 20 }, (_, i) => ({
      section: sections[i % 3],
      label: `Line ${i + 1}`,
      values: Array.from({ length: 10 }, (_, k) => {
        const likely = i % 3 === 2 ? (k === 0 ? 900 + i : 20) : 100 + 37 * Math.abs(Math.sin(i + k));
        return { min: likely * 0.7, likely, max: likely * (1.2 + (i % 4) * 0.2) };
      }),
    })),
    risks: Array.from({ length: 12 }, (_, i) => ({
      label: `Risk ${i + 1}`,
      probability: 0.05 + 0.07 * i,
      consequence: { min: 50 + i, likely: 100 + 5 * i, max: 400 + 20 * i },
      year: 1 + (i % 10),
    })),
  };
  const parsed = parseCase(JSON.stringify(uncertain));
  if (!parsed.ok) throw new Error(`bench simulation case is invalid: ${JSON.stringify(parsed.issues)}`);
  for (const independentYears of [false, true]) {
    const iterations = Math.max(1000, Math.round(50_000 * SCALE));
    const options = { iterations, seed: 1, coverage: 0.8, distribution: 'pert', independentYears };
    // Warm up, then time five simulations (this machine's other load makes single timings vary).
    simulate(parsed.value, { ...options, iterations: 20_000 * SCALE });
    const times = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      simulate(parsed.value, { ...options, seed: i + 1 });
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const perSecond = (ms) => fmt((iterations / ms) * 1000);
    console.log(
      `simulation, 10 years × 20 three-point lines + 12 risks${independentYears ? ', years drawn on their own' : ''}: ` +
        `${perSecond(times[2])} iterations/s median, ${perSecond(times[0])} best ` +
        `(${iterations.toLocaleString('en-US')} runs in ${fmt(times[2])} ms median, 10,000 runs in ${(times[2] / (iterations / 10_000)).toFixed(0)} ms)`,
    );
  }
}
