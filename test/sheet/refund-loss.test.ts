/**
 * The refund-loss tracker (seed 002, Høje-Taastrup Kommune, direktionen 15-09-2015): "mistet i alt
 * 178.666 kr. i sygedagpengerefusion … sidste år 347.510 kr. … et fald i mistede sygedagpenge på
 * 49 %", the six centres' amounts and the causes' shares 53 / 29 / 18 %, and 6.939 kr. lost by
 * HR's own reporting error. `gevinst calc` reads them from the sheet's formulas; LibreOffice
 * recalculates the same sheet in both languages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateCase } from '../../src/engine/case-file';
import { formatIssue } from '../../src/engine/messages';
import type { RefundLossFile } from '../../src/engine/refund-loss-schema';
import { planEmptyRefundLoss, REFUND_LOSS, REFUND_ROWS, refundLossFromSheet } from '../../src/sheet/refund-loss-plan';
import { planBook } from '../../src/sheet/plan-book';
import { recalculatedInBothLanguages } from '../helpers/both-languages';
import { requireTool } from '../helpers/system';

const EXAMPLE = JSON.parse(readFileSync(join(__dirname, '../../examples/refund-loss.json'), 'utf8')) as Record<
  string,
  unknown
>;

function refundCase(data: object): RefundLossFile {
  const v = validateCase(data);
  if (!v.ok) throw new Error(v.issues.map((i) => formatIssue(i)).join('; '));
  if (v.value.template !== 'refund-loss') throw new Error('not a refund-loss case');
  return v.value;
}

test("seed 002's figures: 178.666 kr. lost, 347.510 kr. the year before, a fall of 49 %", () => {
  const r = refundLossFromSheet(refundCase(EXAMPLE));
  expect(r.total).toBe(178666);
  expect(r.previousTotal).toBe(347510);
  expect(r.change).toBe(178666 - 347510);
  expect(Math.round((r.changePct ?? 0) * 100)).toBe(-49);
  // The causes' shares account for the whole loss: 53 % of 178.666 kr. is 94.692,98 kr.
  expect(r.causesShare).toBeCloseTo(1, 12);
  expect(r.causes.map((c) => c.amount)).toEqual([94692.98, 51813.14, 32159.88].map((v) => expect.closeTo(v, 6)));
  // Center for Ejendomme og Intern Service lost 82.326 kr., 46 % of the total.
  expect(r.units[2]?.share).toBeCloseTo(82326 / 178666, 12);
  expect(r.selfCausedShare).toBeCloseTo(6939 / 178666, 12);
  expect(r.missing).toEqual([]);
});

test('without the previous period the change is to be filled in, and calc says which input is missing', () => {
  const file = refundCase(Object.fromEntries(Object.entries(EXAMPLE).filter(([k]) => k !== 'previousTotal')));
  const r = refundLossFromSheet(file);
  expect([r.change, r.changePct]).toEqual([null, null]);
  expect(r.missing).toContain('previousTotal');
  const params = { language: 'da' as const, file };
  const plan = REFUND_LOSS.plan(params);
  const f = REFUND_LOSS.figures(params, planBook([plan]), plan.sheetName);
  expect(f.get('change')).toBe('udfyld input');
});

test('causes that do not make 100 % are flagged on the sheet', () => {
  const file = refundCase({ ...EXAMPLE, causes: [{ cause: 'Sen indberetning', share: 0.5 }] });
  const params = { language: 'en' as const, file };
  const plan = REFUND_LOSS.plan(params);
  const row = (plan.metadata.layout['causeTotal'] ?? 0) + 1;
  const book = planBook([plan]);
  expect(book.cell(plan.sheetName, row, 0)).toBe('The shares do not add up to 100 %');
  expect(refundLossFromSheet(file).causesShare).toBe(0.5);
});

test.each<[string, object, RegExp]>([
  ['a negative amount', { units: [{ unit: 'A', lost: -1 }] }, /units\[0\]\.lost/],
  ['a share over 100 %', { causes: [{ cause: 'A', share: 1.5 }] }, /causes\[0\]\.share/],
  ['no units', { units: [] }, /units/],
])('%s is refused with its path', (_, patch, path) => {
  const v = validateCase({ ...EXAMPLE, ...patch });
  expect(v.ok).toBe(false);
  if (!v.ok) expect(v.issues.map((i) => formatIssue(i)).join('\n')).toMatch(path);
});

const available = requireTool('soffice', 'LibreOffice recalculates the refund-loss sheet');
(available ? test : test.skip)(
  'LibreOffice computes the same figures from the built sheet, in Danish and English',
  async () => {
    const file = refundCase(EXAMPLE);
    const calc = refundLossFromSheet(file);
    for (const sheet of await recalculatedInBothLanguages(file)) {
      const value = (row: number): unknown => sheet.value(row, 1);
      const R = REFUND_ROWS;
      expect([value(R.total), value(R.change)]).toEqual([calc.total, calc.change]);
      expect(value(R.changePct)).toBeCloseTo(calc.changePct ?? NaN, 12);
      expect(value(R.selfCausedShare)).toBeCloseTo(calc.selfCausedShare ?? NaN, 12);
    }
  },
  120_000,
);

test('the gallery inserts an empty tracker in either language whose total says what to fill in, never 0 kr.', () => {
  for (const language of ['da', 'en'] as const) {
    const plan = planEmptyRefundLoss(language);
    const book = planBook([plan]);
    const fill = language === 'da' ? 'udfyld input' : 'fill in';
    expect(book.cell(plan.sheetName, REFUND_ROWS.total, 1)).toBe(fill);
    expect(book.cell(plan.sheetName, REFUND_ROWS.change, 1)).toBe(fill);
  }
});
