/**
 * The business case's typed layout is where the plan writes: for horizons from 1 to 50 years and
 * sections from 1 to 100 lines, the layout computed from the shape alone equals the record the plan
 * persists, and the plan's cells and names sit on its rows (line labels on the line rows, the
 * totals' labels on the total rows, each key figure's name on its row).
 */
import { businessCaseLayout, flattenLayout, KEY_FIGURES } from '../../src/sheet/business-case-layout';
import { planBusinessCase } from '../../src/sheet/business-case-plan';
import { parseA1Range } from '../../src/sheet/address';
import { businessCaseParameters } from '../../src/templates/business-case';

const SHAPES = [
  { horizon: 1, gain: 1, cost: 1, investment: 1 },
  { horizon: 10, gain: 3, cost: 2, investment: 2 },
  { horizon: 13, gain: 7, cost: 1, investment: 4 },
  { horizon: 50, gain: 100, cost: 100, investment: 100 },
];

test.each(SHAPES)('a $horizon-year case with $gain/$cost/$investment lines is laid out where the plan writes', (s) => {
  const lines = { gain: s.gain, cost: s.cost, investment: s.investment };
  const plan = planBusinessCase(businessCaseParameters.parse({ horizon: s.horizon, lines }));
  const layout = businessCaseLayout(s.horizon, lines);
  expect(flattenLayout(layout)).toEqual(plan.metadata.layout);
  const role = (row: number, col = 0) => plan.cells[row]?.[col]?.role;
  for (const section of ['gain', 'cost', 'investment'] as const) {
    const rows = layout.sections[section];
    for (let i = 0; i < rows.count; i++) expect(role(rows.first + i)).toBe('inputLabel');
    expect(role(rows.first - 1)).toBe('section');
    expect(role(rows.total)).toBe('total');
    expect(role(rows.first, layout.firstYearCol + s.horizon - 1)).toBe('input');
    expect(role(rows.first, layout.totalCol)).toBe('formula');
  }
  expect(role(layout.helpers)).toBe('note');
  expect(role(layout.keyFiguresHeading)).toBe('section');
  for (const name of KEY_FIGURES) {
    const n = plan.names.find((x) => x.name === name);
    expect(n && 'address' in n ? parseA1Range(n.address).row : -1).toBe(layout.keyFigures[name]);
  }
  expect(plan.rows).toBe(layout.height);
  expect(layout.height).toBe(layout.keyFigures.Gevinst_DiscountedPaybackYear + 1);
});
