/**
 * Every formula the product writes is a sentence of the sheet language: it parses, uses only
 * functions of the table with the right number of arguments, and renders back to the very text
 * the plan holds (so the engine's reading of a formula is the formula). LibreOffice holds the
 * values against the evaluator in test/xlsx/formula-parity.test.ts.
 */
import { formulaProblems } from '../../src/engine/formula/evaluate';
import { parseFormula } from '../../src/engine/formula/parse';
import { renderFormula } from '../../src/engine/formula/render';
import { fileFormula } from '../../src/xlsx/write-plan';
import { everyPlanSet } from '../helpers/all-plans';

const formulas = new Set<string>();
for (const set of everyPlanSet())
  for (const plan of set.plans)
    for (const row of plan.cells)
      for (const cell of row) if (cell?.content.kind === 'formula') formulas.add(cell.content.formula);

test('the plans hold thousands of distinct formulas', () => {
  expect(formulas.size).toBeGreaterThan(3000);
});

test('every formula parses, calls only functions of the table correctly, and renders back to itself', () => {
  const wrong: string[] = [];
  for (const f of formulas) {
    try {
      const tree = parseFormula(f);
      const problems = formulaProblems(tree);
      if (problems.length > 0) wrong.push(`${f}: ${problems.join('; ')}`);
      else if (renderFormula(tree) !== f) wrong.push(`${f} renders as ${renderFormula(tree)}`);
      else if (fileFormula(f).replace(/_xlfn\./g, '') !== f || fileFormula(f.slice(1)) !== fileFormula(f).slice(1))
        wrong.push(`${f} is written to a file as ${fileFormula(f)}`);
    } catch (e) {
      wrong.push(`${f}: ${(e as Error).message}`);
    }
  }
  expect(wrong.slice(0, 20)).toEqual([]);
});
