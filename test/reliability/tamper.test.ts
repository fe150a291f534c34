/**
 * The tamper suite (issue: reliability): an inserted, filled-in business case broken the ways
 * users break sheets, then put through Kontrollér, repair and Beregn through the Excel adapter
 * (the fake host until the real Office.js client is in the loop). For every break: no use case
 * throws, every problem reported names a cell, and a snapshot of every cell the user typed
 * (the inputs, and anything typed outside the template's formulas) is the same after all three.
 */
import { defaultOptions } from '../../src/app/calc-options';
import { calculateAndWrite, repairActiveInstance } from '../../src/app/calculate';
import { checkActiveInstance, insertBusinessCase, type Deps } from '../../src/app/use-cases';
import { a1 } from '../../src/sheet/address';
import { planBusinessCase } from '../../src/sheet/business-case-plan';
import { SHAPE_NAME } from '../../src/sheet/shape';
import { businessCaseParameters } from '../../src/templates/business-case';
import { FakeExcelHost } from '../fakes/fake-excel';
import type { CellState } from '../fakes/state';

const SHEET = 'Business case';
const params = { firstYear: 2026, horizon: 5, discount: 0.04, lines: { gain: 2, cost: 1, investment: 1 } };
const plan = planBusinessCase(businessCaseParameters.parse({ ...params, language: 'da' }));
const L = plan.metadata.layout;
const at = (key: string): number => L[key] ?? -1;
const year = (key: string, i: number, k: number): string => a1(at(`${key}.first`) + i, 1 + k);

async function filled(): Promise<{ host: FakeExcelHost; deps: Deps }> {
  const host = new FakeExcelHost();
  const deps: Deps = { run: host.run, newId: () => 'id-1' };
  const inserted = await insertBusinessCase(deps, params, 'da');
  if (!inserted.ok) throw new Error(JSON.stringify(inserted));
  [0, 300, 300, 300, 300].forEach((v, k) => host.type(SHEET, year('gain', 0, k), v));
  [10, 20, 20, 20, 20].forEach((v, k) => host.type(SHEET, year('gain', 1, k), v));
  [40, 40, 40, 40, 40].forEach((v, k) => host.type(SHEET, year('cost', 0, k), v));
  host.type(SHEET, year('investment', 0, 0), 700);
  return { host, deps };
}

type Cells = Map<string, CellState>;
/** The instance's sheet, whatever a break renamed it to (the user's own sheet is sheet-1). */
function instanceSheet(host: FakeExcelHost) {
  const sheet = host.state.sheets.find((s) => s.id !== 'sheet-1');
  if (!sheet) throw new Error('no instance sheet');
  return sheet;
}
const cellsOf = (host: FakeExcelHost): Cells => instanceSheet(host).cells;
const split = (address: string): [string, number] => {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  return [m?.[1] ?? 'A', Number(m?.[2] ?? 1)];
};
const colIndex = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** Moves every cell at or below `fromRow` (1-based) by `by` rows, as inserting or deleting rows does. */
function shiftRows(cells: Cells, fromRow: number, by: number): void {
  const moved = [...cells].flatMap(([address, cell]) => {
    const [col, row] = split(address);
    if (row < fromRow) return [[address, cell] as const];
    if (by < 0 && row < fromRow - by) return [];
    return [[`${col}${row + by}`, cell] as const];
  });
  cells.clear();
  for (const [k, v] of moved) cells.set(k, v);
}

function shiftColumns(cells: Cells, fromCol: number, by: number): void {
  const moved = [...cells].map(([address, cell]) => {
    const [col, row] = split(address);
    const c = colIndex(col);
    return [c < fromCol ? address : a1(row - 1, c + by), cell] as const;
  });
  cells.clear();
  for (const [k, v] of moved) cells.set(k, v);
}

/** What the user typed: every constant (not a formula, not blank) on the instance's sheet, by address. */
function typed(host: FakeExcelHost): Map<string, unknown> {
  const entries = [...instanceSheet(host).cells].filter(
    ([, c]) => c.formula !== '' && !(typeof c.formula === 'string' && c.formula.startsWith('=')),
  );
  return new Map(entries.map(([k, c]) => [k, c.formula]));
}

/** The template's own text (labels, headings) is the plan's, not the user's; repair may not touch it either. */
const templateFormulaAddresses = new Set(
  plan.cells.flatMap((row, i) =>
    row.flatMap((cell, j) => (cell?.content.kind === 'formula' && cell.role !== 'input' ? [a1(i, j)] : [])),
  ),
);

type Break = (host: FakeExcelHost) => void;

const names = (host: FakeExcelHost) => instanceSheet(host).names;

const BREAKS: [string, Break][] = [
  ['a row inserted inside the template', (h) => shiftRows(cellsOf(h), at('gain.total') + 1, 1)],
  ['a row deleted inside the template', (h) => shiftRows(cellsOf(h), at('cost.first') + 1, -1)],
  ['a row inserted above the template', (h) => shiftRows(cellsOf(h), 1, 1)],
  ['a column inserted inside the year columns', (h) => shiftColumns(cellsOf(h), 3, 1)],
  [
    'the NPV name moved to another cell',
    (h) => {
      const n = names(h).get('gevinst_npv');
      if (!n || !('address' in n.ref)) throw new Error('no NPV name');
      names(h).set('gevinst_npv', { name: 'Gevinst_NPV', ref: { sheetId: n.ref.sheetId, address: 'A1' } });
    },
  ],
  ['the IRR name deleted', (h) => names(h).delete('gevinst_irr')],
  ['every name on the sheet deleted', (h) => names(h).clear()],
  [
    'the layout name edited to a horizon of 0',
    (h) =>
      names(h).set(SHAPE_NAME.toLowerCase(), {
        name: SHAPE_NAME,
        ref: { formula: '="business-case@1;h=0;g=2;c=1;i=1;lang=da"' },
      }),
  ],
  ['the layout name deleted', (h) => names(h).delete(SHAPE_NAME.toLowerCase())],
  ['the sheet renamed', (h) => (instanceSheet(h).name = 'Mit forslag')],
  ['the custom XML part lost', (h) => h.state.parts.splice(0)],
  ['a result formula overwritten by a number', (h) => h.type(SHEET, a1(at('result'), 2), 999)],
  ['a total overwritten by text', (h) => h.type(SHEET, a1(at('gain.total'), 3), 'se note')],
  ['#REF! in a year cell', (h) => h.type(SHEET, year('gain', 0, 2), '=#REF!')],
  ['a year cell showing #DIV/0!', (h) => h.type(SHEET, year('cost', 0, 1), '#DIV/0!')],
  [
    'two year cells merged (the second left blank)',
    (h) => {
      cellsOf(h).delete(year('gain', 1, 3));
    },
  ],
  [
    'Danish text numbers typed in year cells',
    (h) => ['1.234,5', '12,5'].forEach((t, k) => h.type(SHEET, year('gain', 1, k), t)),
  ],
  ['the first year typed as text', (h) => h.type(SHEET, a1(at('assumption.firstYear'), 1), '2026 (forventet)')],
  ['the first year 26', (h) => h.type(SHEET, a1(at('assumption.firstYear'), 1), 26)],
  ['an unknown discount choice', (h) => h.type(SHEET, a1(at('assumption.discount'), 1), 'fm-2030')],
  ['a flat rate of -150 %', (h) => h.type(SHEET, a1(at('assumption.flatRate'), 1), -1.5)],
  ['a value beyond any magnitude', (h) => h.type(SHEET, year('gain', 0, 4), 1e300)],
  ['a negative investment', (h) => h.type(SHEET, year('investment', 0, 0), -700)],
  ['a line label cleared', (h) => h.type(SHEET, a1(at('gain.first'), 0), '')],
  [
    'a second instance pasted below on the same sheet',
    (h) => {
      const cells = cellsOf(h);
      const below = plan.rows + 40;
      for (const [address, cell] of [...cells]) {
        const [col, row] = split(address);
        cells.set(`${col}${row + below}`, { ...cell });
      }
    },
  ],
  ['a note typed into the output region', (h) => h.type(SHEET, a1(plan.rows + 3, 4), 'min note')],
];

describe.each(BREAKS)('%s', (_, breakIt) => {
  test('check, repair and Beregn neither throw nor touch what the user typed; every problem names a cell', async () => {
    const { host, deps } = await filled();
    breakIt(host);
    const before = typed(host);
    const checked = await checkActiveInstance(deps, 'da');
    const issues = checked.ok ? checked.value.issues : checked.failure.kind === 'issues' ? checked.failure.issues : [];
    if (!checked.ok) expect(checked.failure.kind).toBe('issues');
    // Two verdicts are about the whole sheet, not a cell: it was renamed, or (every name gone) it is no instance.
    const sheetLevel = new Set(['sheet_renamed', 'not_instance']);
    for (const i of issues.filter((x) => !sheetLevel.has(x.code))) expect(i.cell).toMatch(/!\$?[A-Z]+\$?\d+$/);
    const repaired = await repairActiveInstance(deps, 'da');
    if (!repaired.ok) expect(repaired.failure.kind).toBe('issues');
    const calculated = await calculateAndWrite(deps, 'da', defaultOptions('da', 5));
    if (!calculated.ok) expect(calculated.failure.kind).toBe('issues');
    const after = typed(host);
    // Every constant the user had typed is still there, unless repair put a template formula back in its place.
    for (const [address, value] of before) {
      if (templateFormulaAddresses.has(address) && !after.has(address)) continue;
      expect({ address, value: after.get(address) }).toEqual({ address, value });
    }
  });
});

test('there are at least twenty breaks', () => {
  expect(BREAKS.length).toBeGreaterThanOrEqual(20);
});
