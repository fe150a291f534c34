/**
 * zod's issues in a finance user's words: each kind of schema failure becomes one Gevinst issue
 * with its JSON path, what was expected (in English and Danish) and what was found, quoted and
 * cut when long.
 */
import { z } from 'zod';
import { formatIssue } from '../../src/engine/messages';
import { describeValue, fromZodIssues, quote, QUOTE_LIMIT } from '../../src/engine/zod-issues';

function problems(schema: z.ZodType, input: unknown, base: (string | number)[] = []) {
  const r = schema.safeParse(input, { reportInput: true });
  if (r.success) return [];
  return fromZodIssues(r.error.issues, base);
}
const both = (schema: z.ZodType, input: unknown, base: (string | number)[] = []) =>
  problems(schema, input, base).map((i) => [formatIssue(i, 'en'), formatIssue(i, 'da')]);

test('quotes a text whole up to the limit, and cuts a longer one with its length', () => {
  const at = 'x'.repeat(QUOTE_LIMIT);
  expect(quote(at)).toBe(JSON.stringify(at));
  const over = 'y'.repeat(QUOTE_LIMIT + 1);
  expect(quote(over)).toBe(`"${'y'.repeat(QUOTE_LIMIT - 1)}…" (${QUOTE_LIMIT + 1} characters)`);
  expect(quote('say "hi"')).toBe('"say \\"hi\\""');
});

test('describes found values: text quoted, numbers, booleans and null as they are, containers named', () => {
  expect([undefined, 'a', 1.5, false, null, [1], { a: 1 }].map(describeValue)).toEqual([
    'nothing',
    '"a"',
    '1.5',
    'false',
    'null',
    'a list',
    'an object',
  ]);
});

test('a wrong type names what was expected in both languages, for every type', () => {
  expect(both(z.object({ n: z.number() }), { n: '12,5' })).toEqual([
    ['n: expected a number, got "12,5"', 'n: forventede et tal, fik "12,5"'],
  ]);
  expect(both(z.object({ s: z.string() }), { s: 3 })).toEqual([
    ['s: expected text, got 3', 's: forventede tekst, fik 3'],
  ]);
  expect(both(z.object({ a: z.array(z.number()) }), { a: 'x' })).toEqual([
    ['a: expected a list [...], got "x"', 'a: forventede en liste [...], fik "x"'],
  ]);
  expect(both(z.object({ o: z.object({}) }), { o: [1] })).toEqual([
    ['o: expected an object {...}, got a list', 'o: forventede et objekt {...}, fik en liste'],
  ]);
  expect(both(z.object({ b: z.boolean() }), { b: 'ja' })).toEqual([
    ['b: expected true or false, got "ja"', 'b: forventede true eller false, fik "ja"'],
  ]);
});

test('a missing field, and a number that is not finite, have codes of their own', () => {
  const missing = problems(z.object({ n: z.number() }), {});
  expect(missing.map((i) => [i.code, i.path])).toEqual([['missing', ['n']]]);
  expect(formatIssue(missing[0]!, 'da')).toBe('n: påkrævet felt mangler: forventede et tal');
  const nan = problems(z.object({ n: z.number() }), { n: NaN });
  expect(nan.map((i) => i.code)).toEqual(['not_finite']);
  expect(problems(z.object({ n: z.number() }), { n: Infinity }).map((i) => i.code)).toEqual(['not_finite']);
});

test('paths start at the base given', () => {
  const r = problems(z.object({ v: z.array(z.number()) }), { v: [1, 'x'] }, ['lines', 2]);
  expect(r.map((i) => i.path)).toEqual([['lines', 2, 'v', 1]]);
});

test('unknown fields are named one by one', () => {
  const r = problems(z.strictObject({ a: z.number() }), { a: 1, titel: 'x', foo: 2 });
  expect(r.map((i) => [i.code, i.path, i.params['field']])).toEqual([
    ['unknown_field', ['titel'], 'titel'],
    ['unknown_field', ['foo'], 'foo'],
  ]);
});

test('a value outside a list of choices names the choices', () => {
  expect(both(z.object({ k: z.enum(['gain', 'cost']) }), { k: 'gevinst' })).toEqual([
    ['k: expected one of "gain", "cost", got "gevinst"', 'k: forventede en af "gain", "cost", fik "gevinst"'],
  ]);
});

test('bounds on numbers, texts and lists, inclusive or not', () => {
  expect(both(z.object({ n: z.number().min(1) }), { n: 0 })).toEqual([
    ['n: expected a number >= 1, got 0', 'n: forventede et tal >= 1, fik 0'],
  ]);
  expect(both(z.object({ n: z.number().gt(1) }), { n: 1 })[0]![0]).toBe('n: expected a number > 1, got 1');
  expect(both(z.object({ n: z.number().max(50) }), { n: 51 })[0]![0]).toBe('n: expected a number <= 50, got 51');
  expect(both(z.object({ n: z.number().lt(50) }), { n: 50 })[0]![0]).toBe('n: expected a number < 50, got 50');
  expect(both(z.object({ s: z.string().min(1) }), { s: '' })).toEqual([
    ['s: expected a non-empty text, got ""', 's: forventede en ikke-tom tekst, fik ""'],
  ]);
  expect(both(z.object({ s: z.string().max(3) }), { s: 'abcd' })).toEqual([
    ['s: expected text of at most 3 characters, got "abcd"', 's: forventede en tekst på højst 3 tegn, fik "abcd"'],
  ]);
  expect(both(z.object({ a: z.array(z.number()).min(2) }), { a: [1] })).toEqual([
    ['a: expected at least 2 item(s), got 1', 'a: forventede mindst 2 element(er), fik 1'],
  ]);
  expect(both(z.object({ a: z.array(z.number()).max(1) }), { a: [1, 2, 3] })).toEqual([
    ['a: expected at most 1 item(s), got 3', 'a: forventede højst 1 element(er), fik 3'],
  ]);
  expect(problems(z.object({ a: z.array(z.number()).max(1) }), { a: [1, 2] })[0]?.code).toBe('too_big');
  expect(problems(z.object({ a: z.array(z.number()).min(2) }), { a: [1] })[0]?.code).toBe('too_small');
});

test('a union reports the branch the input most probably meant', () => {
  const rate = z.union([z.number().gt(-1).max(1), z.enum(['fm-2021', 'none'])]);
  // A number matched the number branch's type: its bound is reported, not the preset list.
  expect(both(z.object({ d: rate }), { d: 3.5 })[0]![0]).toBe('d: expected a number <= 1, got 3.5');
  // A text matched the enum branch.
  expect(both(z.object({ d: rate }), { d: 'fm2021' })[0]![0]).toBe(
    'd: expected one of "fm-2021", "none", got "fm2021"',
  );
  // A value outside a list of words matched its branch's type as far as zod tells.
  expect(both(z.object({ d: rate }), { d: true })[0]![0]).toBe('d: expected one of "fm-2021", "none", got true');
  // Neither branch's type: the first branch speaks.
  const values = z.union([z.number(), z.array(z.number())]);
  expect(both(z.object({ v: values }), { v: true })[0]![0]).toBe('v: expected a number, got true');
  expect(both(z.object({ v: values }), { v: [1, 'x'] })[0]![0]).toBe('v[1]: expected a number, got "x"');
  // Of two object branches of the right type, the one with fewer problems.
  const shape = z.union([
    z.strictObject({ a: z.number(), b: z.number() }),
    z.strictObject({ a: z.number(), c: z.string() }),
  ]);
  expect(problems(shape, { a: 1, c: 2 }).map((i) => [i.code, i.path])).toEqual([['invalid_type', ['c']]]);
});

test("a refinement's own Gevinst code and parameters are kept", () => {
  const s = z.number().refine((x) => x !== 13, { params: { gevinst: 'rate_range' } });
  const r = problems(z.object({ n: s }), { n: 13 });
  expect(r).toEqual([{ code: 'rate_range', severity: 'error', path: ['n'], params: { received: '13' } }]);
  const plain = problems(z.object({ n: z.number().refine((x) => x > 0) }), { n: -1 });
  expect(plain.map((i) => [i.code, i.params['received']])).toEqual([['invalid_value', '-1']]);
});

test('any other failure keeps zod’s own message as what was expected', () => {
  const r = problems(z.object({ e: z.string().regex(/^\d{4}$/, 'a four-digit year') }), { e: '26' });
  expect(r.map((i) => [i.code, i.params['allowed'], i.params['received']])).toEqual([
    ['invalid_value', 'a four-digit year', '"26"'],
  ]);
});
