/**
 * The one codec for an instance's identity: every template writes it, every reader reads it, and
 * what is written reads back the same. An identity edited by hand into something else is not
 * taken for one.
 */
import { identityFormula, identityText, parseIdentity, templateOf, IDENTITY_NAME } from '../../src/sheet/identity';
import { parseShape, shapeFormula } from '../../src/sheet/shape';
import { catalogueEntryOf } from '../../src/app/catalogue-sheet';
import { everyPlanSet } from '../helpers/all-plans';

test('written and read back: id, version, language and parameters in order, whole numbers as numbers', () => {
  const id = { templateId: 'benchmark', version: 1, language: 'en' as const, params: { rows: 6, targets: 2 } };
  expect(identityText(id)).toBe('benchmark@1;rows=6;targets=2;lang=en');
  expect(identityFormula(id)).toBe('="benchmark@1;rows=6;targets=2;lang=en"');
  expect(parseIdentity(identityFormula(id))).toEqual(id);
  expect(parseIdentity(identityText(id))).toEqual(id);
  expect(parseIdentity('="catalogue@1;entry=A07;lang=da"')).toEqual({
    templateId: 'catalogue',
    version: 1,
    language: 'da',
    params: { entry: 'A07' },
  });
});

test.each([
  ['no language', '="benchmark@1;rows=6"'],
  ['another language', '="benchmark@1;rows=6;lang=sv"'],
  ['no version', '="benchmark;rows=6;lang=da"'],
  ['a parameter twice', '="benchmark@1;rows=6;rows=7;lang=da"'],
  ['a parameter without a value sign', '="benchmark@1;rows;lang=da"'],
  ['a capital in a key', '="benchmark@1;Rows=6;lang=da"'],
  ['a space in a value', '="benchmark@1;rows=6 rows;lang=da"'],
  ['an upper-case id', '="Benchmark@1;lang=da"'],
  ['not an identity at all', '=SUM(A1)'],
])('%s is not an identity', (_, text) => {
  expect(parseIdentity(text)).toBeNull();
});

test('a value that would break the text is refused when written', () => {
  const base = { templateId: 'catalogue', version: 1, language: 'da' as const };
  expect(() => identityText({ ...base, params: { entry: 'A07;lang=en' } })).toThrow(/parameter entry/);
  expect(() => identityText({ ...base, params: { lang: 'en' } })).toThrow(/parameter lang/);
  expect(() => identityText({ ...base, templateId: 'Katalog', params: {} })).toThrow(/template id/);
});

test('the template is known even from an identity edited out of shape', () => {
  expect(templateOf('="business-case@1;h=x;lang=da"')).toBe('business-case');
  expect(templateOf('="business-case@1"')).toBe('business-case');
  expect(templateOf('="hello"')).toBeNull();
});

test('a business case shape is its identity with four sizes, within the template’s limits', () => {
  const shape = {
    templateId: 'business-case',
    version: 1,
    horizon: 10,
    lines: { gain: 3, cost: 2, investment: 2 },
    language: 'da' as const,
  };
  expect(shapeFormula(shape)).toBe('="business-case@1;h=10;g=3;c=2;i=2;lang=da"');
  expect(parseShape(shapeFormula(shape))).toEqual(shape);
  expect(parseShape('="business-case@1;h=0;g=3;c=2;i=2;lang=da"')).toBeNull();
  expect(parseShape('="business-case@1;h=51;g=3;c=2;i=2;lang=da"')).toBeNull();
  expect(parseShape('="business-case@1;h=10;g=101;c=2;i=2;lang=da"')).toBeNull();
  expect(parseShape('="business-case@1;h=10;g=3;c=2;lang=da"')).toBeNull();
  expect(parseShape('="business-case@1;h=10;g=3;c=2;i=2;x=1;lang=da"')).toBeNull();
  expect(parseShape('="business-case@1;h=ten;g=3;c=2;i=2;lang=da"')).toBeNull();
  expect(parseShape('="benchmark@1;rows=6;targets=2;lang=da"')).toBeNull();
});

test('a catalogue sheet is known by its entry', () => {
  // Version 1 wrote notes on one line each, version 2 wraps those under the heading, version 3 those
  // under a table too: each is read by its own layout.
  expect(catalogueEntryOf('="catalogue@1;entry=A07;lang=en"')).toEqual({ entry: 'A07', language: 'en', version: 1 });
  expect(catalogueEntryOf('="catalogue@2;entry=A07;lang=en"')).toEqual({ entry: 'A07', language: 'en', version: 2 });
  expect(catalogueEntryOf('="catalogue@3;entry=A07;lang=en"')).toEqual({ entry: 'A07', language: 'en', version: 3 });
  expect(catalogueEntryOf('="catalogue@4;entry=A07;lang=en"')).toBeNull();
  expect(catalogueEntryOf('="catalogue@1;entry=a7;lang=en"')).toBeNull();
  expect(catalogueEntryOf('="measurement@1;entry=TBL;lang=en"')).toBeNull();
});

test('every sheet every template writes carries an identity that names it, in its language', () => {
  const seen = new Set<string>();
  for (const set of everyPlanSet())
    for (const plan of set.plans) {
      const name = plan.names.find((n) => n.name === IDENTITY_NAME);
      if (!name || !('formula' in name)) throw new Error(`${set.name}: ${plan.sheetName} has no identity`);
      const id = parseIdentity(name.formula);
      expect(id?.templateId).toBe(plan.metadata.templateId);
      expect(id?.language).toBe(plan.metadata.language);
      seen.add(plan.metadata.templateId);
    }
  expect([...seen].sort()).toEqual([
    'benchmark',
    'business-case',
    'catalogue',
    'measurement',
    'realisation',
    'refund-loss',
    'release-list',
    'risk-register',
    'simulation',
    'summary',
    'time-savings',
  ]);
});
