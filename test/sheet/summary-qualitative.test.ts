/**
 * The business case's qualitative side (seed 002, Høje-Taastrup's direktion 15-09-2015: "I business
 * casen beskrives forandringen i forhold til økonomi, kvalitet, service og trivsel … Det vigtigste
 * er, at beskrive forudsætningerne" and "en kvalitativ vurdering af forandringen"): consequences
 * for citizens, staff and the organisation on kvalitet, service and trivsel, rated and described,
 * and the assumptions, on the ledelsesresumé and in calc.
 */
import { validateCase } from '../../src/engine/case-file';
import { formatIssue } from '../../src/engine/messages';
import { plansForCase } from '../../src/sheet/registry';
import { summarise } from '../../src/sheet/business-case-figures';
import { planBook } from '../../src/sheet/plan-book';
import type { SheetPlan } from '../../src/sheet/plan';

const base = {
  template: 'business-case',
  title: 'Digital post',
  lines: [{ section: 'gain', label: 'Porto', values: [100, 100, 100] }],
};
const qualitative = {
  consequences: [
    { for: 'citizens', aspect: 'service', rating: 2, description: 'Svar samme dag' },
    { for: 'staff', aspect: 'wellbeing', rating: -1, description: 'Ny arbejdsgang i overgangen' },
  ],
  assumptions: ['80 % af borgerne bruger digital post', 'Ingen afskedigelser'],
};

function summaryPlan(data: object, lang: 'da' | 'en'): { plan: SheetPlan; book: ReturnType<typeof planBook> } {
  const c = validateCase(data);
  if (!c.ok) throw new Error(c.issues.map((i) => formatIssue(i)).join('; '));
  const plans = plansForCase(c.value, lang);
  if (!plans.ok) throw new Error('does not build');
  const plan = plans.value.find((p) => p.metadata.templateId === 'summary');
  if (!plan) throw new Error('no summary');
  return { plan, book: planBook(plans.value) };
}

test('the summary shows each person × bottom line with its rating and description, and the assumptions', () => {
  const { plan, book } = summaryPlan({ ...base, qualitative }, 'da');
  const Q = plan.metadata.layout['qualitativeRow'] ?? -1;
  const A = plan.metadata.layout['restsOnRow'] ?? -1;
  const row = (r: number) => [0, 1, 2, 3].map((col) => book.cell(plan.sheetName, r, col));
  // Citizens × service is the second of nine rows; staff × wellbeing the sixth.
  expect(row(Q + 1)).toEqual(['Borgere', 'Service', 'Meget bedre', 'Svar samme dag']);
  expect(row(Q + 5)).toEqual(['Medarbejdere', 'Trivsel', 'Dårligere', 'Ny arbejdsgang i overgangen']);
  expect(row(Q + 8).slice(0, 3)).toEqual(['Organisationen', 'Trivsel', null]);
  expect([book.cell(plan.sheetName, A - 1, 0), book.cell(plan.sheetName, A, 0)]).toEqual([
    '80 % af borgerne bruger digital post',
    'Ingen afskedigelser',
  ]);
  // The rating is a choice from the list, in the sheet's language.
  expect(plan.validations.find((v) => v.range.startsWith(`A${Q + 1}`) || v.range.includes(`C${Q + 1}:`))?.rule).toEqual(
    {
      kind: 'list',
      items: ['Meget bedre', 'Bedre', 'Uændret', 'Dårligere', 'Meget dårligere'],
    },
  );
});

test('calc reports the assessment in the summary; without one the nine ratings are null and blank rows wait on the sheet', () => {
  const c = validateCase({ ...base, qualitative });
  if (!c.ok || c.value.template !== 'business-case') throw new Error('invalid');
  const s = summarise(c.value);
  if (!s.ok) throw new Error('no summary');
  expect(s.value.qualitative.consequences).toHaveLength(9);
  expect(s.value.qualitative.consequences[1]).toEqual({
    for: 'citizens',
    aspect: 'service',
    rating: 2,
    description: 'Svar samme dag',
  });
  expect(s.value.qualitative.assumptions).toEqual(qualitative.assumptions);
  const none = validateCase(base);
  if (!none.ok || none.value.template !== 'business-case') throw new Error('invalid');
  const empty = summarise(none.value);
  expect(empty.ok && empty.value.qualitative.consequences.every((x) => x.rating === null)).toBe(true);
  const { plan, book } = summaryPlan(base, 'en');
  const Q = plan.metadata.layout['qualitativeRow'] ?? -1;
  expect([0, 1, 2].map((col) => book.cell(plan.sheetName, Q, col))).toEqual(['Citizens', 'Quality', null]);
});

test.each<[string, object, RegExp]>([
  [
    'a rating outside −2..2',
    { consequences: [{ for: 'staff', aspect: 'quality', rating: 3 }] },
    /qualitative\.consequences\[0\]\.rating/,
  ],
  [
    'an unknown aspect',
    { consequences: [{ for: 'staff', aspect: 'economy', rating: 1 }] },
    /qualitative\.consequences\[0\]\.aspect: expected one of "quality", "service", "wellbeing"/,
  ],
  [
    'the same person and bottom line twice',
    {
      consequences: [
        { for: 'staff', aspect: 'quality', rating: 1 },
        { for: 'staff', aspect: 'quality', rating: -1 },
      ],
    },
    /qualitative\.consequences\[1\]: expected one of one consequence per "for" and "aspect", got a second staff\/quality/,
  ],
])('%s is refused by its path', (_, q, message) => {
  const v = validateCase({ ...base, qualitative: q });
  expect(v.ok).toBe(false);
  if (!v.ok) expect(v.issues.map((i) => formatIssue(i)).join('\n')).toMatch(message);
});
