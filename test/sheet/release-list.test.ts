/**
 * The release list (frisættelsesliste; Københavns Kommune, Økonomiudvalget 7.11.2017, "Plan for
 * frisættelsesforsøg 2.0", model b). The plan gives the model (kinds of rule, approval from the
 * relevant actor where the department cannot release a rule itself, kvalitet/trivsel/produktivitet
 * measured, a mid-term evaluation mid-2019) but no figures, so examples/release-list.json is our own
 * example, worked by hand below. `gevinst calc` reads every figure from the sheet's formulas;
 * LibreOffice recalculates the same sheet in both languages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateCase } from '../../src/engine/case-file';
import { formatIssue } from '../../src/engine/messages';
import type { ReleaseListFile } from '../../src/engine/release-list-schema';
import { planBook } from '../../src/sheet/plan-book';
import {
  planEmptyReleaseList,
  RELEASE_LIST,
  RELEASE_ROWS,
  releaseListFromSheet,
} from '../../src/sheet/release-list-plan';
import { recalculatedInBothLanguages } from '../helpers/both-languages';
import { requireTool } from '../helpers/system';

const EXAMPLE = JSON.parse(readFileSync(join(__dirname, '../../examples/release-list.json'), 'utf8')) as {
  rules: Record<string, unknown>[];
} & Record<string, unknown>;

function releaseCase(data: object): ReleaseListFile {
  const v = validateCase(data);
  if (!v.ok) throw new Error(v.issues.map((i) => formatIssue(i)).join('; '));
  if (v.value.template !== 'release-list') throw new Error('not a release list');
  return v.value;
}

test('the example by hand: only granted releases count, pending apart, by kind, with the estimated share', () => {
  const r = releaseListFromSheet(releaseCase(EXAMPLE));
  // Granted: 3 × 40 (internal, not needed) + 5 × 26 (internal, not needed) + 4 × 12 (municipal, approved) = 298 h.
  expect(r.totals.granted.hours).toBe(298);
  expect(r.totals.granted.fte).toBeCloseTo(298 / 1924, 12);
  expect(r.totals.granted.kr).toBe(298 * 306);
  // Pending: 3 × 60 = 180 h stands apart; the refused 3 × 20 counts nowhere.
  expect(r.totals.pending).toEqual({ hours: 180, fte: expect.closeTo(180 / 1924, 12), kr: 180 * 306 });
  expect(r.totals.byKind.internal.hours).toBe(250);
  expect(r.totals.byKind.municipal.hours).toBe(48);
  expect(r.totals.byKind.external.hours).toBe(0);
  // Estimated: 130 + 48 of the 298 granted hours.
  expect(r.totals.estimatedShare).toBeCloseTo(178 / 298, 12);
  expect(r.rules.map((x) => x.status)).toEqual(['granted', 'granted', 'granted', 'pending', 'refused']);
  expect(r.rules[1]).toEqual({
    rule: 'Ugentlig statusrapport til forvaltningen',
    hours: 130,
    fte: expect.closeTo(130 / 1924, 12),
    kr: 130 * 306,
    status: 'granted',
  });
  // Kvalitet 3,4 → 3,6 → 3,9 (higher is better): improved; trivsel has no final point yet.
  expect(r.indicators[0]).toMatchObject({
    changeMidterm: expect.closeTo(0.2, 12),
    changeFinal: expect.closeTo(0.5, 12),
    improved: true,
  });
  expect(r.indicators[1]).toMatchObject({ changeMidterm: expect.closeTo(-1.1, 12), changeFinal: null, improved: null });
  expect([r.missing, r.issues]).toEqual([[], []]);
});

test('a blank input leaves the totals to be filled in, names the input, and a refused rule needs nothing', () => {
  const rules = EXAMPLE.rules.map((x, i) =>
    i === 2 ? { rule: x['rule'], kind: 'municipal', approval: 'approved' } : x,
  );
  rules[4] = { rule: 'Afvist regel', approval: 'refused' };
  const file = releaseCase({ ...EXAMPLE, rules, hourlyCost: undefined });
  const r = releaseListFromSheet(file);
  expect(r.totals.granted).toEqual({ hours: null, fte: null, kr: null });
  expect(r.rules[2]?.status).toBeNull();
  expect(r.rules[4]?.status).toBe('refused');
  expect(r.missing).toEqual(['hourlyCost', 'rules[2].units', 'rules[2].hoursPerUnit', 'rules[2].evidence']);
  const params = { language: 'da' as const, file };
  const plan = RELEASE_LIST.plan(params);
  const book = planBook([plan]);
  expect(book.cell(plan.sheetName, RELEASE_ROWS.granted, 1)).toBe('udfyld input');
  // Without an hourly cost, the rule's hours stand and its kr. wait.
  expect(r.rules[0]).toMatchObject({ hours: 120, kr: null });
});

test('a rule outside the department marked "not needed" is flagged on the sheet and warned of in calc', () => {
  const rules = EXAMPLE.rules.map((x, i) => (i === 3 ? { ...x, approval: 'not-needed' } : x));
  const file = releaseCase({ ...EXAMPLE, rules });
  const r = releaseListFromSheet(file);
  expect(r.issues.map((i) => [i.code, i.severity, i.path])).toEqual([
    ['approval_needed', 'warning', ['rules', 3, 'approval']],
  ]);
  expect(formatIssue(r.issues[0]!, 'da')).toMatch(
    /ekstern: lov eller overenskomst, så forvaltningen kan ikke selv frisætte den/,
  );
  const params = { language: 'en' as const, file };
  const plan = RELEASE_LIST.plan(params);
  expect(planBook([plan]).cell(plan.sheetName, RELEASE_ROWS.check, 0)).toMatch(/^1 rule\(s\) outside the department/);
});

test.each<[string, object, RegExp]>([
  [
    'an unknown kind',
    { rules: [{ rule: 'A', kind: 'national' }] },
    /rules\[0\]\.kind: expected one of "internal", "municipal", "external"/,
  ],
  ['negative hours', { rules: [{ rule: 'A', hoursPerUnit: -1 }] }, /rules\[0\]\.hoursPerUnit/],
  ['no rules', { rules: [] }, /rules/],
  ['zero hours per årsværk', { hoursPerFte: 0 }, /hoursPerFte/],
])('%s is refused with its path', (_, patch, path) => {
  const v = validateCase({ ...EXAMPLE, ...patch });
  expect(v.ok).toBe(false);
  if (!v.ok) expect(v.issues.map((i) => formatIssue(i)).join('\n')).toMatch(path);
});

const available = requireTool('soffice', 'LibreOffice recalculates the release list');
(available ? test : test.skip)(
  'LibreOffice computes the same figures from the built sheet, in Danish and English',
  async () => {
    const file = releaseCase(EXAMPLE);
    const calc = releaseListFromSheet(file);
    for (const { value } of await recalculatedInBothLanguages(file)) {
      const R = RELEASE_ROWS;
      const freed = (row: number) => [value(row, 1), value(row, 2), value(row, 3)];
      expect(freed(R.granted)).toEqual([298, expect.closeTo(calc.totals.granted.fte ?? NaN, 12), 298 * 306]);
      expect(freed(R.pending)).toEqual([180, expect.closeTo(calc.totals.pending.fte ?? NaN, 12), 180 * 306]);
      expect([value(R.internal, 1), value(R.municipal, 1), value(R.external, 1)]).toEqual([250, 48, 0]);
      expect(value(R.estimatedShare, 1)).toBeCloseTo(calc.totals.estimatedShare ?? NaN, 12);
      expect(value(R.check, 0) ?? '').toBe('');
    }
  },
  120_000,
);

test('the gallery inserts an empty list in either language whose totals say what to fill in, never 0 hours', () => {
  for (const language of ['da', 'en'] as const) {
    const plan = planEmptyReleaseList(language);
    const book = planBook([plan]);
    const fill = language === 'da' ? 'udfyld input' : 'fill in';
    expect(book.cell(plan.sheetName, RELEASE_ROWS.granted, 1)).toBe(fill);
    expect(book.cell(plan.sheetName, RELEASE_ROWS.pending, 1)).toBe(fill);
    // An unnamed row is no rule yet: its status and hours stay empty.
    expect(book.cell(plan.sheetName, 21, 10)).toBe('');
    expect(book.cell(plan.sheetName, 21, 7)).toBe('');
  }
});
