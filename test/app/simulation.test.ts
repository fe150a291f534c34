/**
 * The pane's Monte Carlo through Microsoft's Office.js client and the workbook executor: a
 * workbook as `gevinst build` writes it (business case, summary, risk register, simulation) is
 * read back into the very case it was built from (the PERT formulas as three-point estimates,
 * the register's rows as risks), so the pane simulates what the CLI simulates; a re-run rewrites
 * only its own block and charts; a block the user typed into is left alone; and what is wrong in
 * the register is named by its cell.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareSimulation, writeSimulation } from '../../src/app/simulation';
import { insertRiskRegisterForActive } from '../../src/app/follow-on';
import { insertBusinessCase } from '../../src/app/use-cases';
import type { BusinessCaseFile } from '../../src/engine/business-case-schema';
import { validateCase } from '../../src/engine/case-file';
import { simulateForSheet } from '../../src/engine/simulation/output';
import { a1 } from '../../src/sheet/address';
import { businessCaseLayout, estimateCols } from '../../src/sheet/business-case-layout';
import { plansForCase } from '../../src/sheet/registry';
import { RISK_COLUMNS, RISK_ROWS, ZONE_FILLS } from '../../src/sheet/risk-register-plan';
import {
  SIMULATION_CHARTS,
  SIMULATION_HASH_NAME,
  SIMULATION_LAYOUT,
  SIMULATION_ROWS,
} from '../../src/sheet/simulation-plan';
import { fakeWorkbookOf } from '../helpers/fake-workbook';
import { FakeExcelHost } from '../fakes/fake-excel';
import { planBusinessCase } from '../../src/sheet/business-case-plan';
import { businessCaseParameters } from '../../src/templates/business-case';

const EXAMPLE = JSON.parse(readFileSync(join(__dirname, '../../examples/business-case-risks.json'), 'utf8')) as object;

function example(): BusinessCaseFile {
  const v = validateCase(EXAMPLE);
  if (!v.ok || v.value.template !== 'business-case') throw new Error('bad example');
  return v.value;
}

async function builtWorkbook() {
  const c = example();
  const plans = plansForCase(c, 'da');
  if (!plans.ok) throw new Error('no plans');
  const book = await fakeWorkbookOf(plans.value);
  const named = (id: string): string => book.sheets[plans.value.findIndex((p) => p.metadata.templateId === id)] ?? '';
  return { c, ...book, bc: named('business-case'), register: named('risk-register'), simulation: named('simulation') };
}

const OPTIONS = { iterations: 2_000, seed: 9, coverage: 0.8, distribution: 'pert', independentYears: false } as const;

test('the built workbook reads back as the case it was built from, so the pane simulates what calc simulates', async () => {
  const { c, deps } = await builtWorkbook();
  const source = await prepareSimulation(deps, 'da');
  if (!source.ok) throw new Error(JSON.stringify(source.failure));
  // Every three-point value comes back from its PERT formula, every risk from its register row.
  expect(source.value.file.lines.map((l) => l.values)).toEqual(c.lines.map((l) => l.values));
  expect(source.value.file.risks).toEqual(c.risks);
  expect(source.value.uncertainLines).toBe(c.lines.filter((l) => l.values?.some((v) => typeof v !== 'number')).length);
  expect(source.value.risks).toBe(c.risks?.length);
  expect(simulateForSheet(source.value.file, OPTIONS)).toEqual(simulateForSheet(c, OPTIONS));
});

test('a re-run rewrites its own block and charts in place; what the user put beside it stays', async () => {
  const { deps, host, simulation } = await builtWorkbook();
  host.type(simulation, 'F60', 'Drøftet i direktionen 3/12');
  const source = await prepareSimulation(deps, 'da');
  if (!source.ok) throw new Error('not prepared');
  const output = simulateForSheet(source.value.file, OPTIONS);
  const written = await writeSimulation(deps, 'da', source.value, output);
  expect(written).toEqual({ ok: true, value: { sheetName: simulation, replaced: true } });
  const sheet = host.sheet(simulation);
  expect(sheet.cells.get(a1(SIMULATION_ROWS.mean, 1))?.value).toBe(output.result.npv.mean);
  expect(sheet.cells.get(a1(1, 0))?.value).toMatch(/^\* Simulerede værdier, ikke formler: 2\.000 kørsler, seed 9/);
  expect(sheet.charts.map((ch) => ch.name).sort()).toEqual([...SIMULATION_CHARTS].sort());
  expect(sheet.cells.get('F60')?.value).toBe('Drøftet i direktionen 3/12');
  expect(host.sheet(simulation).names.has(SIMULATION_HASH_NAME.toLowerCase())).toBe(true);

  // Again, with fewer drivers: the rewritten block is still the add-in's own, and the old rows below it go.
  const fewer = { ...output, result: { ...output.result, drivers: output.result.drivers.slice(0, 2) } };
  const again = await writeSimulation(deps, 'da', source.value, fewer);
  expect(again).toEqual({ ok: true, value: { sheetName: simulation, replaced: true } });
  const last = SIMULATION_LAYOUT.drivers + output.result.drivers.length - 1;
  expect(output.result.drivers.length).toBeGreaterThan(2);
  expect(host.cell(simulation, a1(SIMULATION_LAYOUT.drivers + 1, 0)).value).toBe(output.result.drivers[1]?.driver);
  expect(host.cell(simulation, a1(last, 0)).value).toBe('');
  expect(host.cell(simulation, 'F60').value).toBe('Drøftet i direktionen 3/12');
});

test('a simulation block the user typed into is kept, and the results go to a new sheet', async () => {
  const { deps, host, simulation } = await builtWorkbook();
  host.type(simulation, a1(SIMULATION_ROWS.mean, 1), 999);
  const source = await prepareSimulation(deps, 'da');
  if (!source.ok) throw new Error('not prepared');
  const written = await writeSimulation(deps, 'da', source.value, simulateForSheet(source.value.file, OPTIONS));
  if (!written.ok) throw new Error('not written');
  expect(written.value).toMatchObject({ replaced: false, kept: simulation });
  expect(written.value.sheetName).not.toBe(simulation);
  expect(host.cell(simulation, a1(SIMULATION_ROWS.mean, 1)).value).toBe(999);
  expect(host.sheet(written.value.sheetName).charts).toHaveLength(3);
});

test.each([
  ['text in a probability', RISK_COLUMNS.probability, 'tyve procent', 'text_number'],
  ['a blank consequence', RISK_COLUMNS.likely, '', 'blank_required'],
  ['a year beyond the horizon', RISK_COLUMNS.year, 40, 'year_beyond_horizon'],
  ['a probability over 100 %', RISK_COLUMNS.probability, 1.5, 'too_big'],
  ['an unknown section', RISK_COLUMNS.section, 'Drift', 'invalid_value'],
] as const)('%s in the register is named by its cell, and nothing runs', async (_, col, typed, code) => {
  const { deps, host, register } = await builtWorkbook();
  const cell = a1(RISK_ROWS.header + 2, col);
  host.type(register, cell, typed);
  const source = await prepareSimulation(deps, 'da');
  expect(source.ok).toBe(false);
  if (source.ok || source.failure.kind !== 'issues') throw new Error('expected issues');
  expect(source.failure.issues.map((i) => [i.code, i.cell])).toContainEqual([code, `${register}!${cell}`]);
});

describe("a three-point estimate's ends are cells beside its line", () => {
  /** The first gain line's År 1 end: its row, and the column of its minimum, most likely or maximum. */
  const endCell = (end: 'min' | 'likely' | 'max'): string => {
    const layout = businessCaseLayout(5, { gain: 2, cost: 1, investment: 1 });
    return a1(layout.sections.gain.first, estimateCols(layout)[end]);
  };

  test('an end changed in the sheet is what the pane simulates', async () => {
    const { deps, host, bc } = await builtWorkbook();
    expect(endCell('min')).toBe('J22');
    host.type(bc, endCell('min'), 50);
    host.type(bc, endCell('max'), 650);
    const source = await prepareSimulation(deps, 'da');
    if (!source.ok) throw new Error(JSON.stringify(source.failure));
    expect(source.value.file.lines[0]?.values?.[0]).toEqual({ min: 50, likely: 400, max: 650 });
  });

  test.each([
    ['blank', '', 'blank_required'],
    ['text', 'fire hundrede', 'text_number'],
  ] as const)('a %s end is named by its cell, and nothing runs', async (_, typed, code) => {
    const { deps, host, bc } = await builtWorkbook();
    host.type(bc, endCell('likely'), typed);
    const source = await prepareSimulation(deps, 'da');
    expect(source.ok).toBe(false);
    if (source.ok || source.failure.kind !== 'issues') throw new Error('expected issues');
    expect(source.failure.issues.map((i) => [i.code, i.cell])).toContainEqual([code, `${bc}!${endCell('likely')}`]);
  });
});

test('a case with neither three-point estimates nor risks says what to add instead of simulating a constant', async () => {
  const excel = new FakeExcelHost();
  let n = 0;
  const host = { host: excel, deps: { run: excel.run, newId: () => `id-${++n}` } };
  const inserted = await insertBusinessCase(host.deps, { language: 'da', horizon: 5 }, 'da');
  if (!inserted.ok) throw new Error('not inserted');
  const bc = inserted.value.sheetName;
  const layout = planBusinessCase(businessCaseParameters.parse({ language: 'da', horizon: 5 })).metadata.layout;
  host.host.type(bc, a1(layout['gain.first'] ?? -1, 1), 100);
  const none = await prepareSimulation(host.deps, 'da');
  expect(none).toMatchObject({ ok: false, failure: { issues: [{ code: 'nothing_uncertain' }] } });

  // A register made from the pane, with one risk filled in: now there is something to draw.
  const register = await insertRiskRegisterForActive(host.deps, 'da');
  if (!register.ok) throw new Error('no register');
  // Its 5 × 5 heatmap, as `gevinst build` writes it: each cell filled by its zone while it counts a risk.
  const heat = host.host.sheet(register.value.sheetName).conditionalFormats;
  expect(heat).toHaveLength(25);
  expect(new Set(heat.map((f) => [f.type, JSON.stringify(f.rule)].join(' ')))).toEqual(
    new Set(['CellValue {"formula1":"0","operator":"GreaterThan"}']),
  );
  expect(new Set(heat.map((f) => f.fill))).toEqual(new Set(Object.values(ZONE_FILLS)));
  const row = RISK_ROWS.header + 1;
  const fill = (col: number, v: string | number): void => host.host.type(register.value.sheetName, a1(row, col), v);
  fill(RISK_COLUMNS.label, 'Forsinket levering');
  fill(RISK_COLUMNS.probability, 0.3);
  fill(RISK_COLUMNS.min, 10);
  fill(RISK_COLUMNS.likely, 20);
  fill(RISK_COLUMNS.max, 50);
  fill(RISK_COLUMNS.year, 2);
  host.host.activate(bc);
  const one = await prepareSimulation(host.deps, 'da');
  if (!one.ok) throw new Error(JSON.stringify(one.failure));
  expect(one.value.risks).toBe(1);
  expect(one.value.register).toBe(register.value.sheetName);
  expect(one.value.file.risks).toEqual([
    {
      label: 'Forsinket levering',
      probability: 0.3,
      consequence: { min: 10, likely: 20, max: 50 },
      year: 2,
      section: 'cost',
    },
  ]);
});

test('reading takes six syncs and rewriting five, whatever the size of the register or the block', async () => {
  const { deps, host } = await builtWorkbook();
  const before = host.syncCount;
  const source = await prepareSimulation(deps, 'da');
  if (!source.ok) throw new Error('not prepared');
  // The case (2), every sheet's title and identity (2), the register (2).
  expect(host.syncCount - before).toBe(6);
  const mid = host.syncCount;
  const written = await writeSimulation(deps, 'da', source.value, simulateForSheet(source.value.file, OPTIONS));
  expect(written).toMatchObject({ ok: true, value: { replaced: true } });
  // Every sheet's title and identity (2), the simulation sheet (2), the rewrite (1).
  expect(host.syncCount - mid).toBe(5);
});
