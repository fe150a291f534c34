/**
 * What adding a template takes: one definition. The small template below (time freed by
 * releasing rules, a sketch of the frisættelsesliste) is written the way every template now is:
 * parameters as a zod schema, words in both languages, a typed layout computed once, blocks that
 * write their own cells, and named results. The test plans it, reads its results back through
 * the one evaluator, and checks what `defineTemplate` adds: the identity, the names, the metadata.
 */
import { z } from 'zod';
import { defineTemplate, rowsOf, scalarOf, type Block } from '../../src/sheet/define';
import { a1 } from '../../src/sheet/address';
import { parseIdentity } from '../../src/sheet/identity';
import { planBook } from '../../src/sheet/plan-book';

const params = z.strictObject({ language: z.enum(['da', 'en']), rules: z.number().int().min(1).max(50) });
type Params = z.output<typeof params>;
interface Layout {
  readonly first: number;
  readonly total: number;
}
const WORDS = {
  sheet: { da: 'Frisættelse', en: 'Release' },
  rule: { da: 'Regel', en: 'Rule' },
  hours: { da: 'Timer pr. enhed', en: 'Hours per unit' },
  units: { da: 'Enheder', en: 'Units' },
  freed: { da: 'Frigjorte timer', en: 'Hours freed' },
  total: { da: 'I alt', en: 'Total' },
};

const table: Block<Params, Layout> = {
  id: 'rules',
  write(g, c) {
    [WORDS.rule, WORDS.hours, WORDS.units, WORDS.freed].forEach((w, col) => g.text(0, col, c.w(w), 'header'));
    for (let i = 0; i < c.params.rules; i++) {
      const r = c.layout.first + i;
      g.text(r, 0, `${c.w(WORDS.rule)} ${i + 1}`, 'input');
      g.blank(r, 1, 'input');
      g.blank(r, 2, 'input');
      g.formula(r, 3, `=${a1(r, 1)}*${a1(r, 2)}`, 'formula');
    }
    g.text(c.layout.total, 0, c.w(WORDS.total), 'total');
    g.formula(c.layout.total, 3, `=SUM(${a1(c.layout.first, 3)}:${a1(c.layout.total - 1, 3)})`, 'total');
  },
};

const RELEASE = defineTemplate<Params, Layout>({
  id: 'release-example',
  version: 1,
  params,
  words: WORDS,
  layout: (p) => ({ first: 1, total: 1 + p.rules }),
  blocks: [table],
  results: [
    { id: 'freed', name: 'Gevinst_FreedHours', at: (c) => ({ row: c.layout.total, col: 3 }) },
    { id: 'byRule', at: (c) => ({ row: c.layout.first, col: 3, rows: c.params.rules, cols: 1 }) },
  ],
  sheet: (c) => ({
    name: c.w(WORDS.sheet),
    widths: [30, 14],
    freeze: { rows: 1, cols: 1 },
    identity: { rules: c.params.rules },
    metadata: { first: c.layout.first, total: c.layout.total },
  }),
});

test('a definition plans its sheet with its identity, its named results and its metadata', () => {
  const plan = RELEASE.plan(params.parse({ language: 'en', rules: 3 }));
  expect(plan.sheetName).toBe('Release');
  expect(plan.names).toEqual([
    { name: 'Gevinst_FreedHours', address: '$D$5' },
    { name: 'Gevinst_Shape', formula: '="release-example@1;rules=3;lang=en"' },
  ]);
  const shape = plan.names[1];
  expect(shape && 'formula' in shape ? parseIdentity(shape.formula) : null).toEqual({
    templateId: 'release-example',
    version: 1,
    language: 'en',
    params: { rules: 3 },
  });
  expect(plan.metadata).toEqual({
    templateId: 'release-example',
    templateVersion: 1,
    language: 'en',
    layout: { first: 1, total: 4 },
  });
});

test('its results are read back from its own formulas by the one evaluator', () => {
  const p = params.parse({ language: 'da', rules: 3 });
  const plan = RELEASE.plan(p);
  // What a user types: 2 hours × 40 units, 0.5 × 12; the third rule left blank.
  const typed = new Map([
    ['Frisættelse!1,1', 2],
    ['Frisættelse!1,2', 40],
    ['Frisættelse!2,1', 0.5],
    ['Frisættelse!2,2', 12],
  ]);
  const f = RELEASE.figures(p, planBook([plan], [plan.sheetName], typed), plan.sheetName);
  expect(scalarOf(f.get('freed'))).toBe(86);
  expect(rowsOf(f.get('byRule'))).toEqual([[80], [6], [0]]);
});
