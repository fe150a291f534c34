/**
 * The risk register sheet's own formulas, read by the sheet language's evaluator: the same figures
 * as the engine's register (engine/risks.ts), a row to be filled in that says so (and every total
 * resting on it), and the matrix counting risks by level. LibreOffice recalculates the same sheet
 * in test/xlsx/risk-register-parity.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateCase } from '../../src/engine/case-file';
import type { BusinessCaseFile } from '../../src/engine/business-case-schema';
import { calculateBusinessCase } from '../../src/engine/calculate';
import { rowsOf, scalarOf } from '../../src/sheet/define';
import { planBook } from '../../src/sheet/plan-book';
import { plansForCase } from '../../src/sheet/registry';
import { businessCaseWithSummary } from '../../src/sheet/business-case-figures';
import type { SheetPlan } from '../../src/sheet/plan';
import {
  RISK_REGISTER,
  riskRegisterParametersOf,
  type RiskRegisterParameters,
} from '../../src/sheet/risk-register-plan';

const EXAMPLE = JSON.parse(readFileSync(join(__dirname, '../../examples/business-case-risks.json'), 'utf8')) as object;

function businessCase(data: object): BusinessCaseFile {
  const v = validateCase(data);
  if (!v.ok || v.value.template !== 'business-case') throw new Error(JSON.stringify(v));
  return v.value;
}

/** The figures of the register that `build` writes for a case, with the business case beside it. */
function registerFigures(c: BusinessCaseFile, lang: 'da' | 'en') {
  const plans = plansForCase(c, lang);
  if (!plans.ok) throw new Error(JSON.stringify(plans.issues));
  const register = plans.value[2];
  if (!register || register.metadata.templateId !== 'risk-register') throw new Error('no register sheet');
  const book = planBook(plans.value);
  const params = registerParams(c, lang);
  return RISK_REGISTER.figures(params, book, register.sheetName);
}

function registerParams(c: BusinessCaseFile, lang: 'da' | 'en'): RiskRegisterParameters {
  const planned = businessCaseWithSummary(c, lang);
  if (!planned.ok) throw new Error(JSON.stringify(planned.issues));
  return riskRegisterParametersOf(c, planned.value.summary.businessCase, lang);
}

/** The business case's plan, which the register reads. */
function businessCasePlan(c: BusinessCaseFile): SheetPlan {
  const plans = plansForCase(c, 'da');
  const plan = plans.ok ? plans.value[0] : undefined;
  if (!plan) throw new Error('no business-case plan');
  return plan;
}

test.each(['da', 'en'] as const)(
  "the sheet gives the engine's expected costs and NPV after expected risks (%s)",
  (lang) => {
    const c = businessCase(EXAMPLE);
    const engine = calculateBusinessCase(c);
    const register = engine.risks;
    if (!register) throw new Error('no register');
    const f = registerFigures(c, lang);
    expect(scalarOf(f.get('npv'))).toBeCloseTo(engine.npv, 9);
    expect(scalarOf(f.get('expectedCost'))).toBeCloseTo(register.expectedCost, 9);
    expect(scalarOf(f.get('expectedCostDiscounted'))).toBeCloseTo(register.expectedCostDiscounted, 9);
    expect(scalarOf(f.get('npvAfterExpectedRisks'))).toBeCloseTo(register.npvAfterExpectedRisks, 9);
    expect(rowsOf(f.get('means')).map((r) => r[0])).toEqual(register.risks.map((r) => expect.closeTo(r.mean, 9)));
    expect(rowsOf(f.get('expected')).map((r) => r[0])).toEqual(
      register.risks.map((r) => expect.closeTo(r.expectedCost, 9)),
    );
  },
);

test('the matrix counts each risk at its probability and consequence level', () => {
  const c = businessCase(EXAMPLE);
  const f = registerFigures(c, 'da');
  // Levels by hand: probability from 0 / 10 / 30 / 50 / 70 %; consequence (PERT mean) from 0 / 100 /
  // 200 / 300 / 400 (a fifth of the largest max, 500). Risk 1: 30 %, mean 233.3 → (3, 3);
  // risk 2: 20 %, mean 158.3 → (2, 2); risk 3: 50 %, mean 43.3 → (4, 1).
  const counts = rowsOf(f.get('matrix'));
  const at = (p: number, k: number) => counts[5 - p]?.[k - 1];
  expect(at(3, 3)).toBe(1);
  expect(at(2, 2)).toBe(1);
  expect(at(4, 1)).toBe(1);
  expect(counts.flat().reduce((s: number, v) => s + Number(v), 0)).toBe(3);
});

test('a risk with a blank figure says "udfyld input", and so does every total and the NPV after risks', () => {
  const c = businessCase(EXAMPLE);
  const params = registerParams(c, 'da');
  const first = params.risks[0];
  if (!first) throw new Error('no risk');
  const missing: RiskRegisterParameters = {
    ...params,
    risks: [{ label: first.label, section: first.section }, ...params.risks.slice(1)],
    rows: 5,
  };
  const plan = RISK_REGISTER.plan(missing);
  const book = planBook([businessCasePlan(c), plan]);
  const f = RISK_REGISTER.figures(missing, book, plan.sheetName);
  const expected = rowsOf(f.get('expected')).map((r) => r[0]);
  expect(expected[0]).toBe('udfyld input');
  // Rows 4 and 5 are blank: nothing to fill in, nothing counted.
  expect(expected.slice(3)).toEqual(['', '']);
  expect(scalarOf(f.get('expectedCost'))).toBe('udfyld input');
  expect(scalarOf(f.get('npvAfterExpectedRisks'))).toBe('udfyld input');
  // Blank rows alone count nothing: the NPV after risks is the NPV.
  const none: RiskRegisterParameters = { ...params, risks: [], rows: 4 };
  const empty = RISK_REGISTER.plan(none);
  const g = RISK_REGISTER.figures(none, planBook([businessCasePlan(c), empty]), empty.sheetName);
  expect(scalarOf(g.get('expectedCost'))).toBe(0);
  expect(scalarOf(g.get('npvAfterExpectedRisks'))).toBeCloseTo(calculateBusinessCase(c).npv, 9);
});

test('a case without risks builds no register; one with risks builds it third, after the summary, and its simulation fourth', () => {
  const withRisks = businessCase(EXAMPLE);
  const without = Object.fromEntries(Object.entries(EXAMPLE).filter(([k]) => k !== 'risks' && k !== 'simulation'));
  const plain = plansForCase(businessCase(without), 'da');
  const full = plansForCase(withRisks, 'en');
  expect(plain.ok && plain.value.map((p) => p.metadata.templateId)).toEqual(['business-case', 'summary']);
  expect(full.ok && full.value.map((p) => [p.metadata.templateId, p.sheetName])).toEqual([
    ['business-case', 'Business case'],
    ['summary', 'Management summary'],
    ['risk-register', 'Risks'],
    ['simulation', 'Simulation'],
  ]);
});
