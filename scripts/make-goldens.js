#!/usr/bin/env node
/**
 * Golden values from an independent engine: for every case file in test/fixtures/goldens/cases,
 * write a workbook whose every figure is a spreadsheet formula (no cached values), let
 * LibreOffice recalculate it headless (`soffice --convert-to xlsx`), read the computed values
 * back, and store them with their provenance in test/fixtures/goldens/goldens.json.
 *
 * The formulas are written here from the finance conventions in DESIGN.md §4, not from the
 * engine: Excel's own NPV and IRR where they apply, SUMPRODUCT with banded factors for the
 * Finansministeriet presets, MATCH for the payback year.
 *
 *   node scripts/make-goldens.js [--out DIR]     (default: test/fixtures/goldens)
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const ExcelJS = require('exceljs');

const ROOT = path.resolve(__dirname, '..');
const CASES = path.join(ROOT, 'test/fixtures/goldens/cases');
const BANDS = {
  'fm-2013': [0.04, 0.03, 0.02],
  'fm-2021': [0.035, 0.025, 0.015],
};
/** The what-if variants recalculated for every business case (the tests run the same in the engine). */
const WHAT_IF = { scenario: { gains: 0.8, costs: 1.1, investments: 1.2 }, grid: { rate: 0.05, gainFactor: 0.9 } };
const IRR_GUESSES = [-0.9, -0.5, -0.2, -0.05, 0, 0.05, 0.1, 0.15, 0.25, 0.5, 1, 2, 5, 10, 20];

const col = (i) => {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
/** Year k (0-based) sits in column C + k. */
const yc = (k) => col(2 + k);

function horizon(c) {
  return c.years ?? Math.max(...c.lines.map((l) => (l.values ? l.values.length : 0)));
}

function rateFormula(discount, tCell) {
  if (typeof discount === 'number') return discount;
  const [a, b, c] = BANDS[discount];
  return { formula: `IF(${tCell}<=35,${a},IF(${tCell}<=70,${b},${c}))` };
}

/** Lays out a business case; returns the cells to read back. */
function businessCaseSheet(ws, c) {
  const n = horizon(c);
  const last = yc(n - 1);
  ws.getCell('A1').value = c.title;
  ws.getCell('B2').value = 'År';
  for (let k = 0; k < n; k++) ws.getCell(`${yc(k)}2`).value = k + 1;
  let row = 3;
  let aux = 200;
  for (const line of c.lines) {
    ws.getCell(`A${row}`).value = line.section;
    ws.getCell(`B${row}`).value = line.label;
    if (line.profile) {
      const stepsRow = aux++;
      ws.getCell(`B${stepsRow}`).value = line.profile.baseline;
      for (let k = 0; k < n; k++) {
        ws.getCell(`${yc(k)}${stepsRow}`).value = line.profile.steps[k] ?? 0;
        ws.getCell(`${yc(k)}${row}`).value = { formula: `$B$${stepsRow}*SUM($C$${stepsRow}:${yc(k)}${stepsRow})` };
      }
    } else {
      line.values.forEach((v, k) => {
        if (typeof v === 'number') ws.getCell(`${yc(k)}${row}`).value = v;
        else {
          const r = aux;
          aux += 3;
          ws.getCell(`${yc(k)}${r}`).value = v.min;
          ws.getCell(`${yc(k)}${r + 1}`).value = v.likely;
          ws.getCell(`${yc(k)}${r + 2}`).value = v.max;
          ws.getCell(`${yc(k)}${row}`).value = {
            formula: `(${yc(k)}${r}+4*${yc(k)}${r + 1}+${yc(k)}${r + 2})/6`,
          };
        }
      });
    }
    row++;
  }
  const lastLine = row - 1;
  const R = {};
  const addRow = (name, f) => {
    R[name] = row;
    ws.getCell(`B${row}`).value = name;
    for (let k = 0; k < n; k++) ws.getCell(`${yc(k)}${row}`).value = f(k, yc(k));
    row++;
  };
  const sumIf = (section) => (k, x) => ({ formula: `SUMIF($A$3:$A$${lastLine},"${section}",${x}3:${x}${lastLine})` });
  addRow('gains', sumIf('gain'));
  addRow('costs', sumIf('cost'));
  addRow('investments', sumIf('investment'));
  addRow('annualResult', (k, x) => ({ formula: `${x}${R.gains}-${x}${R.costs}` }));
  addRow('result', (k, x) => ({ formula: `${x}${R.annualResult}-${x}${R.investments}` }));
  addRow('cumulative', (k, x) => ({ formula: `SUM($C$${R.result}:${x}${R.result})` }));
  addRow('period', (k) => ({ formula: `${k}+${c.firstYearDiscounted ? 1 : 0}` }));
  addRow('rate', (k, x) => rateFormula(c.discount ?? 'fm-2021', `${x}${R.period}`));
  addRow('discountFactors', (k, x) =>
    k === 0
      ? { formula: `IF(${x}${R.period}=0,1,1/(1+${x}${R.rate}))` }
      : { formula: `${yc(k - 1)}${R.discountFactors}/(1+${x}${R.rate})` },
  );
  addRow('discountedResult', (k, x) => ({ formula: `${x}${R.result}*${x}${R.discountFactors}` }));
  addRow('discountedCumulative', (k, x) => ({ formula: `SUM($C$${R.discountedResult}:${x}${R.discountedResult})` }));
  addRow('paidBack', (k, x) => ({ formula: `IF(${x}${R.cumulative}>=0,1,0)` }));
  addRow('discountedPaidBack', (k, x) => ({ formula: `IF(${x}${R.discountedCumulative}>=0,1,0)` }));

  const keys = {};
  const key = (name, formula) => {
    keys[name] = `B${row}`;
    ws.getCell(`A${row}`).value = name;
    ws.getCell(`B${row}`).value = { formula };
    row++;
  };
  const res = `C${R.result}:${last}${R.result}`;
  key('npv', `SUMPRODUCT(${res},C${R.discountFactors}:${last}${R.discountFactors})`);
  if (typeof c.discount === 'number') {
    // Excel's NPV discounts its first value one period: the base-year form adds År 1 undiscounted.
    key(
      'npvNative',
      c.firstYearDiscounted
        ? `NPV(${c.discount},${res})`
        : n === 1
          ? `C${R.result}`
          : `C${R.result}+NPV(${c.discount},D${R.result}:${last}${R.result})`,
    );
  }
  const payback = (flags, cum, flow, prefix) => {
    key(`${prefix}Year`, `IFERROR(MATCH(1,C${flags}:${last}${flags},0),-1)`);
    const p = keys[`${prefix}Year`];
    key(
      `${prefix}Years`,
      `IF(${p}=-1,-1,IF(${p}=1,0,(${p}-1)-INDEX(C${cum}:${last}${cum},${p}-1)/INDEX(C${flow}:${last}${flow},${p})))`,
    );
  };
  payback(R.paidBack, R.cumulative, R.result, 'payback');
  payback(R.discountedPaidBack, R.discountedCumulative, R.discountedResult, 'discountedPayback');
  IRR_GUESSES.forEach((g, i) => key(`irr${i}`, `IRR(${res},${g})`));
  // What-if figures: a scenario of section factors, the break-even gain factor, one grid cell.
  const span = (name) => `C${R[name]}:${last}${R[name]}`;
  const factors = span('discountFactors');
  const { gains, costs, investments } = WHAT_IF.scenario;
  key(
    'scenarioNpv',
    `SUMPRODUCT(${gains}*${span('gains')}-${costs}*${span('costs')}-${investments}*${span('investments')},${factors})`,
  );
  key(
    'breakEvenGainFactor',
    `SUMPRODUCT(${span('costs')}+${span('investments')},${factors})/SUMPRODUCT(${span('gains')},${factors})`,
  );
  key(
    'gridNpv',
    `SUMPRODUCT(${WHAT_IF.grid.gainFactor}*${span('gains')}-${span('costs')}-${span('investments')},(1+${WHAT_IF.grid.rate})^-${span('period')})`,
  );
  const rows = [
    'gains',
    'costs',
    'investments',
    'annualResult',
    'result',
    'cumulative',
    'discountFactors',
    'discountedResult',
  ];
  return { n, rows: Object.fromEntries(rows.map((r) => [r, R[r]])), keys };
}

function timeSavingsSheet(ws, c) {
  ws.getCell('A1').value = c.title;
  ws.getCell('B2').value = c.hoursPerFte ?? 1924;
  let row = 4;
  const items = [];
  for (const it of c.items) {
    ws.getCell(`A${row}`).value = it.label;
    if ('minutesPerCase' in it) {
      ws.getCell(`B${row}`).value = it.minutesPerCase;
      ws.getCell(`C${row}`).value = it.casesPerYear;
      ws.getCell(`D${row}`).value = it.hourlyCost;
      ws.getCell(`E${row}`).value = { formula: `B${row}*C${row}/60` };
      ws.getCell(`F${row}`).value = { formula: `E${row}*D${row}` };
      ws.getCell(`G${row}`).value = { formula: `E${row}/$B$2` };
    } else {
      ws.getCell(`B${row}`).value = it.savingPerUnit;
      ws.getCell(`C${row}`).value = it.units;
      ws.getCell(`F${row}`).value = { formula: `B${row}*C${row}` };
    }
    items.push(row++);
  }
  const first = items[0];
  const lastRow = row - 1;
  ws.getCell(`E${row}`).value = { formula: `SUM(E${first}:E${lastRow})` };
  ws.getCell(`F${row}`).value = { formula: `SUM(F${first}:F${lastRow})` };
  ws.getCell(`G${row}`).value = { formula: `E${row}/$B$2` };
  return { items, keys: { hours: `E${row}`, kr: `F${row}`, fte: `G${row}` } };
}

/** A benchmark: rows, then Excel's AVERAGE, MEDIAN, QUARTILE.INC, MIN, MAX, RANK.EQ and the gaps. */
function benchmarkSheet(ws, c) {
  const lower = c.direction === 'lower-is-better';
  const per = c.per ?? 1;
  const n = c.rows.length;
  const first = 3;
  const last = first + n - 1;
  c.rows.forEach((r, i) => {
    const row = first + i;
    ws.getCell(`A${row}`).value = r.name;
    if ('value' in r) ws.getCell(`D${row}`).value = r.value;
    else {
      ws.getCell(`B${row}`).value = r.numerator;
      ws.getCell(`C${row}`).value = r.denominator;
      ws.getCell(`D${row}`).value = { formula: `B${row}/C${row}*${per}` };
    }
    if (r.volume !== undefined) ws.getCell(`E${row}`).value = r.volume;
    else if ('denominator' in r) ws.getCell(`E${row}`).value = { formula: `C${row}` };
  });
  const D = `$D$${first}:$D$${last}`;
  const keys = {};
  let row = last + 2;
  const key = (name, formula) => {
    keys[name] = `B${row}`;
    ws.getCell(`A${row}`).value = name;
    ws.getCell(`B${row}`).value = { formula };
    row++;
  };
  key('mean', `AVERAGE(${D})`);
  if (c.rows.every((r) => 'numerator' in r))
    key('weightedMean', `SUM(B${first}:B${last})/SUM(C${first}:C${last})*${per}`);
  key('median', `MEDIAN(${D})`);
  key('q1', `_xlfn.QUARTILE.INC(${D},1)`);
  key('q3', `_xlfn.QUARTILE.INC(${D},3)`);
  key('min', `MIN(${D})`);
  key('max', `MAX(${D})`);
  const target = {
    mean: keys.mean,
    median: keys.median,
    bestQuartile: lower ? keys.q1 : keys.q3,
    best: lower ? keys.min : keys.max,
  };
  const gap = (v, t) => (lower ? `${v}-${t}` : `${t}-${v}`);
  const cols = { rank: 'F', gapToMean: 'G', gapToMedian: 'H', gapToBestQuartile: 'I', gapToBest: 'J' };
  c.rows.forEach((_, i) => {
    const r = first + i;
    ws.getCell(`F${r}`).value = { formula: `_xlfn.RANK.EQ(D${r},${D},${lower ? 1 : 0})` };
    ws.getCell(`G${r}`).value = { formula: gap(`D${r}`, `$${target.mean}`) };
    ws.getCell(`H${r}`).value = { formula: gap(`D${r}`, `$${target.median}`) };
    ws.getCell(`I${r}`).value = { formula: gap(`D${r}`, `$${target.bestQuartile}`) };
    ws.getCell(`J${r}`).value = { formula: gap(`D${r}`, `$${target.best}`) };
  });
  const own = first + c.rows.findIndex((r) => r.name === c.own);
  const potentials = {};
  for (const [name, col] of [
    ['mean', 'G'],
    ['median', 'H'],
    ['bestQuartile', 'I'],
    ['best', 'J'],
  ]) {
    key(`potential.${name}`, `MAX(0,${col}${own})*E${own}/${per}`);
    potentials[name] = keys[`potential.${name}`];
  }
  (c.targets ?? []).forEach((t, i) => key(`target${i}`, `MAX(0,${gap(`D${own}`, t.value)})*E${own}/${per}`));
  return { first, n, cols, keys, targets: (c.targets ?? []).length, names: c.rows.map((r) => r.name) };
}

function readBenchmark(ws, l) {
  const key = (name) => readNumber(ws, l.keys[name]);
  const stats = {};
  for (const k of ['mean', 'median', 'q1', 'q3', 'min', 'max']) stats[k] = key(k);
  stats.weightedMean = l.keys.weightedMean ? key('weightedMean') : null;
  const rows = l.names.map((name, i) => {
    const r = l.first + i;
    const out = { name, value: readNumber(ws, `D${r}`) };
    for (const [k, col] of Object.entries(l.cols)) out[k] = readNumber(ws, `${col}${r}`);
    return out;
  });
  const potential = {};
  for (const k of ['mean', 'median', 'bestQuartile', 'best']) potential[k] = key(`potential.${k}`);
  const targets = Array.from({ length: l.targets }, (_, i) => ({ potential: key(`target${i}`) }));
  return { stats, rows, potential, targets };
}

function readNumber(ws, address) {
  const cell = ws.getCell(address);
  // `cell.value` drops a formula result of 0; `cell.result` is the stored <v> itself.
  const v = cell.formula !== undefined && cell.formula !== null ? cell.result : cell.value;
  if (typeof v === 'number') return v;
  if (v && typeof v === 'object' && 'error' in v) return { error: v.error };
  throw new Error(`${ws.name}!${address}: expected a computed number, found ${JSON.stringify(v)}`);
}

const distinct = (xs) =>
  xs.sort((a, b) => a - b).filter((x, i, a) => i === 0 || Math.abs(x - a[i - 1]) > 1e-6 * Math.max(1, Math.abs(x)));

function readBusinessCase(ws, layout) {
  const row = (r) => Array.from({ length: layout.n }, (_, k) => readNumber(ws, `${yc(k)}${r}`));
  const out = {};
  for (const [name, r] of Object.entries(layout.rows)) out[name] = row(r);
  const key = (name) => readNumber(ws, layout.keys[name]);
  out.npv = key('npv');
  for (const k of ['scenarioNpv', 'breakEvenGainFactor', 'gridNpv']) out[k] = key(k);
  if (layout.keys.npvNative) out.npvNative = key('npvNative');
  const none = (v) => (v === -1 ? null : v);
  for (const p of ['paybackYear', 'paybackYears', 'discountedPaybackYear', 'discountedPaybackYears'])
    out[p] = none(key(p));
  const irrs = IRR_GUESSES.map((_, i) => key(`irr${i}`)).filter((v) => typeof v === 'number' && v > -1);
  out.irrRoots = distinct(irrs);
  return out;
}

function readTimeSavings(ws, layout) {
  const out = {};
  for (const [name, address] of Object.entries(layout.keys)) out[name] = readNumber(ws, address);
  out.items = layout.items.map((r) => ({
    kr: readNumber(ws, `F${r}`),
    hours: ws.getCell(`E${r}`).formula ? readNumber(ws, `E${r}`) : null,
  }));
  return out;
}

function libreOfficeVersion() {
  return execFileSync('soffice', ['--version'], { encoding: 'utf8' }).trim();
}

async function main() {
  const outIndex = process.argv.indexOf('--out');
  const outDir = outIndex > 0 ? path.resolve(process.argv[outIndex + 1]) : path.join(ROOT, 'test/fixtures/goldens');
  const files = fs
    .readdirSync(CASES)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const wb = new ExcelJS.Workbook();
  const layouts = [];
  files.forEach((file, i) => {
    const c = JSON.parse(fs.readFileSync(path.join(CASES, file), 'utf8'));
    const ws = wb.addWorksheet(`case${i + 1}`);
    const sheetOf = { 'business-case': businessCaseSheet, 'time-savings': timeSavingsSheet, benchmark: benchmarkSheet };
    const layout = sheetOf[c.template](ws, c);
    layouts.push({ file, template: c.template, sheet: ws.name, layout });
  });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gevinst-goldens-'));
  const input = path.join(work, 'goldens.xlsx');
  await wb.xlsx.writeFile(input);
  const recalculated = path.join(work, 'out');
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${work}/profile`,
      '--headless',
      '--convert-to',
      'xlsx',
      '--outdir',
      recalculated,
      input,
    ],
    { stdio: 'pipe', timeout: 180000 },
  );
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(path.join(recalculated, 'goldens.xlsx'));
  const cases = {};
  for (const l of layouts) {
    const ws = back.getWorksheet(l.sheet);
    const readerOf = { 'business-case': readBusinessCase, 'time-savings': readTimeSavings, benchmark: readBenchmark };
    cases[l.file] = readerOf[l.template](ws, l.layout);
  }
  const golden = {
    provenance:
      `Recalculated by ${libreOfficeVersion()} (soffice --headless --convert-to xlsx) from formulas written by ` +
      'scripts/make-goldens.js: NPV as SUMPRODUCT of results and chained banded factors, and as Excel NPV for flat ' +
      `rates; benchmarks by AVERAGE, MEDIAN, QUARTILE.INC, MIN, MAX and RANK.EQ; IRR as Excel IRR from the guesses ${IRR_GUESSES.join(', ')}, distinct converged values kept; payback by MATCH.`,
    whatIf: WHAT_IF,
    cases,
  };
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'goldens.json'), JSON.stringify(golden, null, 1) + '\n');
  fs.rmSync(work, { recursive: true, force: true });
  process.stdout.write(`wrote ${path.join(outDir, 'goldens.json')} (${files.length} cases)\n`);
}

main().catch((e) => {
  process.stderr.write(`${e.stack || e}\n`);
  process.exitCode = 1;
});
