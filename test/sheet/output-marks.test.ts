/**
 * Live means live: in the block Beregn writes (and `gevinst build` with a case's analyses), a figure
 * Gevinst computed as a value, not a formula, is marked " *" in its own cell, and the block's heading
 * carries the day it was computed. Formulas carry no mark; the scenario factors and grid headings
 * are the user's definitions, not computed figures.
 */
import { validateCase } from '../../src/engine/case-file';
import { excelDateSerial } from '../../src/sheet/cell-text';
import { lineRowsOf, OUTPUT_NAME, planOutput } from '../../src/sheet/output-plan';
import { businessCaseLayout } from '../../src/sheet/business-case-layout';
import { computeBusinessCase } from '../../src/engine/business-case';
import { analyse } from '../../src/engine/what-if';
import type { PlannedCell, SheetPlan } from '../../src/sheet/plan';
import { plansForCase } from '../../src/sheet/registry';
import { parseA1Range } from '../../src/sheet/address';

const CASE = {
  template: 'business-case',
  title: 'Mærkede værdier',
  firstYear: 2026,
  unit: 't.kr.',
  lines: [
    { section: 'gain', label: 'Gevinst', values: [{ min: 50, likely: 100, max: 130 }, 200, 200, 200, 200] },
    { section: 'cost', label: 'Drift', values: [20, 20, 20, 20, 20] },
    { section: 'investment', label: 'System', values: [400, 0, 0, 0, 0] },
  ],
  scenarios: [
    { name: 'Basis', gainFactor: 1 },
    { name: 'Pessimistisk', estimate: 'pessimistic' },
  ],
  sensitivity: { step: 0.1 },
  grid: { rates: [0.02, 0.035], gainFactors: [0.8, 1] },
  breakEven: { paybackWithin: 4 },
};

function outputOf(): { plan: SheetPlan; top: number; rows: number } {
  const c = validateCase(CASE);
  if (!c.ok) throw new Error(JSON.stringify(c.issues));
  const plans = plansForCase(c.value, 'da');
  if (!plans.ok || !plans.value[0]) throw new Error('no plan');
  const plan = plans.value[0];
  const name = plan.names.find((n) => n.name === OUTPUT_NAME);
  if (!name || !('address' in name)) throw new Error('no output block');
  const { row, rows } = parseA1Range(name.address);
  return { plan, top: row, rows };
}

test('every value Gevinst computed in the block is marked, no formula is, and the heading dates them', () => {
  const { plan, top, rows } = outputOf();
  const marked: string[] = [];
  const unmarked: string[] = [];
  for (let r = top; r < top + rows; r++)
    plan.cells[r]?.forEach((cell, c) => {
      if (!cell) return;
      const isMarked =
        (cell.format ?? '').includes('" *"') || (cell.content.kind === 'text' && cell.content.text.endsWith(' *'));
      const where = `${r - top}:${c} ${cell.role}`;
      if (cell.content.kind === 'formula') expect([where, isMarked]).toEqual([where, false]);
      else if (cell.content.kind === 'number') (isMarked ? marked : unmarked).push(where);
      else if (isMarked) marked.push(where);
    });
  // Each scenario's IRR and payback (the pessimistic one's NPV, gains and net are formulas over the
  // three-point ends, which `build` writes as cells); the tornado's discount-rate row (two NPVs);
  // break-even for payback.
  expect(marked).toHaveLength(2 + 2 + 2 + 1);
  // Unmarked numbers: the date, the scenarios' factors (3 each) and the grid's headings (2 + 2).
  expect(unmarked).toHaveLength(1 + 3 * 2 + 4);
  const heading = plan.cells[top]?.[1];
  expect(heading?.content).toEqual({ kind: 'number', value: excelDateSerial(new Date().toISOString().slice(0, 10)) });
  expect(heading?.format).toBe('dd-mm-yyyy');
});

test("the block's wrapped headers get the lines they need at the business case's column widths", () => {
  const { plan, top } = outputOf();
  const headerRows = new Set<number>();
  plan.cells.forEach((row, r) => {
    // A header longer than a year column (11 wide) takes two lines there; column A is 46 wide.
    const long = row.some(
      (cell, c) => c >= 1 && cell?.role === 'header' && cell.content.kind === 'text' && cell.content.text.length > 10,
    );
    if (r >= top && long) headerRows.add(r);
  });
  const tall = new Map((plan.tallRows ?? []).map((t) => [t.row, t.lines]));
  // "Omkostningsfaktor" and "Nutidsværdi ved −10 %" need more than one line in a column 11 wide.
  expect(headerRows.size).toBeGreaterThanOrEqual(2);
  for (const r of headerRows) expect([r - top, (tall.get(r) ?? 1) >= 2]).toEqual([r - top, true]);
});

test('an estimate typed into the year cell (no end cells) leaves the scenario on it a value, marked; with end cells it is a formula', () => {
  const c = validateCase(CASE);
  if (!c.ok || c.value.template !== 'business-case') throw new Error(JSON.stringify(c));
  const input = c.value;
  const layout = businessCaseLayout(5, { gain: 1, cost: 1, investment: 1 });
  const npvOf = (ends: boolean): PlannedCell | null | undefined => {
    const out = planOutput({
      layout,
      startRow: layout.height + 1,
      language: 'da',
      unit: 't.kr.',
      result: computeBusinessCase(input),
      analysis: analyse(input),
      scenarioDefinitions: input.scenarios ?? [],
      sensitivityStep: 0.1,
      lineRows: lineRowsOf(layout, input.lines, () => ends),
    });
    const row = out.cells.findIndex((r) => r[0]?.content.kind === 'text' && r[0].content.text === 'Pessimistisk');
    return out.cells[row]?.[4];
  };
  expect(npvOf(false)).toMatchObject({ content: { kind: 'number' }, format: expect.stringContaining('" *"') });
  // The minimum of the gain's År 1 (column J at five years) stands in the formula.
  expect(npvOf(true)?.content).toMatchObject({ kind: 'formula', formula: expect.stringContaining('$J$22:$N$22') });
});
