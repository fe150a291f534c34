/**
 * Excel's limits, over every plan the add-in and `gevinst build` write (every template, both
 * languages, the largest business case): formulas of at most 8,192 characters with text literals
 * of at most 255; defined names Excel accepts; validation messages of at most 225 characters and
 * list sources of at most 255 with no item holding a comma (the separator); and no arithmetic on a
 * range outside SUMPRODUCT, which dynamic-array Excel would spill and Excel 2016/2019 would cut to
 * one cell by implicit intersection.
 */
import type { Formula } from '../../src/engine/formula/ast';
import { parseFormula } from '../../src/engine/formula/parse';
import { planBusinessCase } from '../../src/sheet/business-case-plan';
import type { SheetPlan } from '../../src/sheet/plan';
import { businessCaseParameters } from '../../src/templates/business-case';
import { everyPlanSet } from '../helpers/all-plans';

const PLANS: SheetPlan[] = [
  ...everyPlanSet().flatMap((s) => s.plans),
  ...(['da', 'en'] as const).map((language) =>
    planBusinessCase(
      businessCaseParameters.parse({ language, horizon: 50, lines: { gain: 100, cost: 100, investment: 100 } }),
    ),
  ),
];

function formulasOf(plan: SheetPlan): { at: string; formula: string }[] {
  return plan.cells.flatMap((row, r) =>
    row.flatMap((cell, c) =>
      cell?.content.kind === 'formula'
        ? [{ at: `${plan.sheetName} R${r + 1}C${c + 1}`, formula: cell.content.formula }]
        : [],
    ),
  );
}

/** Every node of a formula with whether a SUMPRODUCT lies above it. */
function* nodes(
  f: Formula,
  inSumProduct = false,
): Generator<{ node: Formula; inSumProduct: boolean; operand: boolean }> {
  yield { node: f, inSumProduct, operand: false };
  switch (f.k) {
    case 'call':
      for (const a of f.args) yield* nodes(a, inSumProduct || f.fn === 'SUMPRODUCT');
      return;
    case 'bin':
      for (const x of [f.a, f.b]) {
        yield { node: x, inSumProduct, operand: true };
        yield* nodes(x, inSumProduct);
      }
      return;
    case 'neg':
    case 'pos':
    case 'pct':
      yield { node: f.a, inSumProduct, operand: true };
      yield* nodes(f.a, inSumProduct);
      return;
    case 'paren':
      yield* nodes(f.a, inSumProduct);
      return;
    default:
      return;
  }
}

/** The operand itself, through parentheses. */
const bare = (f: Formula): Formula => (f.k === 'paren' ? bare(f.a) : f);

/** Whether a formula does arithmetic on a range outside SUMPRODUCT. */
const rangeArithmetic = (formula: string): boolean =>
  [...nodes(parseFormula(formula))].some(
    ({ node, inSumProduct, operand }) => operand && bare(node).k === 'range' && !inSumProduct,
  );

test('range arithmetic is found where Excel would spill or intersect, and not inside SUMPRODUCT', () => {
  expect(['=A1:A3*2', '=SUM(A1:A3*2)', '=-(B1:B3)', '=IF(A1,(A1:A3)>0,0)'].map(rangeArithmetic)).toEqual([
    true,
    true,
    true,
    true,
  ]);
  expect(['=SUMPRODUCT(A1:A3*2)', '=SUMPRODUCT(--(A1:A3>0))', '=SUM(A1:A3)*2', '=A1*2'].map(rangeArithmetic)).toEqual([
    false,
    false,
    false,
    false,
  ]);
});

test('formulas fit Excel: at most 8,192 characters, text literals of at most 255, no range arithmetic outside SUMPRODUCT', () => {
  const problems: string[] = [];
  let count = 0;
  for (const plan of PLANS) {
    for (const { at, formula } of formulasOf(plan)) {
      count++;
      if (formula.length > 8192) problems.push(`${at}: ${formula.length} characters`);
      for (const { node, inSumProduct, operand } of nodes(parseFormula(formula))) {
        if (node.k === 'str' && node.v.length > 255) problems.push(`${at}: a text of ${node.v.length} characters`);
        if (operand && bare(node).k === 'range' && !inSumProduct)
          problems.push(`${at}: range arithmetic in ${formula}`);
      }
    }
  }
  expect(count).toBeGreaterThan(10_000);
  expect(problems.slice(0, 10)).toEqual([]);
});

test('defined names are names Excel accepts, and validations fit its limits', () => {
  const problems: string[] = [];
  for (const plan of PLANS) {
    for (const n of plan.names) {
      // Letters, digits, _ and ., starting with a letter or _; not a cell address (A1 or R1C1); at most 255.
      const cellLike = /^[A-Za-z]{1,3}\d+$/.test(n.name) || /^R\d*C\d*$/i.test(n.name);
      if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(n.name) || cellLike || n.name.length > 255)
        problems.push(`${plan.sheetName}: name ${n.name}`);
    }
    for (const v of plan.validations) {
      if (v.error.length > 225) problems.push(`${plan.sheetName} ${v.range}: message of ${v.error.length} characters`);
      if (v.rule.kind !== 'list') continue;
      const source = v.rule.items.join(',');
      if (source.length > 255)
        problems.push(`${plan.sheetName} ${v.range}: list source of ${source.length} characters`);
      for (const item of v.rule.items)
        if (item.includes(',')) problems.push(`${plan.sheetName} ${v.range}: list item with a comma: ${item}`);
    }
  }
  expect(problems.slice(0, 10)).toEqual([]);
});
