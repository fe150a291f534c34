/** Bad case files get one clear issue per problem, with the JSON path and what was expected. */
import { firstInvalidUtf8 } from '../../src/engine/utf8';
import { parseCase } from '../../src/engine/case-file';
import { formatIssue } from '../../src/engine/messages';

const base = {
  template: 'business-case',
  title: 'Test',
  discount: 0.035,
  lines: [
    { section: 'gain', label: 'Gevinst', values: [0, 100, 100] },
    { section: 'investment', label: 'Investering', values: [150, 0, 0] },
  ],
};

function problems(text: string, lang: 'en' | 'da' = 'en'): string[] {
  const r = parseCase(text);
  return r.ok ? [] : r.issues.map((i) => formatIssue(i, lang));
}

const withChange = (change: (c: Record<string, unknown> & typeof base) => void): string => {
  const c = JSON.parse(JSON.stringify(base)) as Record<string, unknown> & typeof base;
  change(c);
  return JSON.stringify(c);
};

test('a valid case has no problems', () => {
  expect(problems(JSON.stringify(base))).toEqual([]);
});

test('malformed JSON names line and column', () => {
  expect(problems('{\n  "template": "business-case",\n  "title": "x"\n  "lines": []\n}')).toEqual([
    'case: the file is not valid JSON at line 4, column 3: expected "," or "}" in an object',
  ]);
  expect(problems('')).toEqual(['case: the file is not valid JSON at line 1, column 1: unexpected end of file']);
  expect(problems('{"a": "unterminated}')[0]).toMatch(/line 1, column 7: unterminated string/);
});

test('text in a number cell, including Danish decimals, names the path and the text', () => {
  const text = withChange((c) => {
    (c.lines[0]!.values as unknown[])[1] = '12,5';
  });
  expect(problems(text)).toEqual(['lines[0].values[1]: expected a number, got "12,5"']);
  expect(problems(text, 'da')).toEqual(['lines[0].values[1]: forventede et tal, fik "12,5"']);
});

test('NaN and Infinity are refused by path, not as a syntax error', () => {
  const text = JSON.stringify(base).replace('[0,100,100]', '[NaN,100,-Infinity]');
  expect(problems(text)).toEqual([
    'lines[0].values[0]: expected a finite number, got NaN',
    'lines[0].values[2]: expected a finite number, got -Infinity',
  ]);
});

test('missing fields, wrong types and unknown fields', () => {
  const text = withChange((c) => {
    delete (c as Partial<typeof c>).title;
    c['discont'] = 0.04;
    (c.lines[1] as Record<string, unknown>)['section'] = 'invest';
    (c.lines[0] as Record<string, unknown>)['label'] = 7;
  });
  expect(problems(text)).toEqual([
    'title: required field is missing: expected text',
    'lines[0].label: expected text, got 7',
    'lines[1].section: expected one of "gain", "cost", "investment", got "invest"',
    'discont: unknown field "discont" (check the spelling)',
  ]);
});

test('lines of unequal length are refused, not padded', () => {
  const text = withChange((c) => {
    c.lines[1]!.values = [150, 0];
  });
  expect(problems(text)).toEqual([
    'lines[1].values: expected 3 yearly values (År 1..År 3), got 2; every line must cover the whole horizon, missing years are not filled in',
  ]);
  const withYears = withChange((c) => {
    c['years'] = 4;
  });
  expect(problems(withYears)).toHaveLength(2);
});

test('unknown template and unknown discount preset', () => {
  expect(problems(withChange((c) => (c.template = 'business')))).toEqual([
    'template: unknown template "business"; expected one of "business-case", "time-savings", "benchmark", "realisation", "catalogue", "refund-loss", "release-list"',
  ]);
  expect(problems(withChange((c) => ((c as Record<string, unknown>)['discount'] = 'fm-2099')))).toEqual([
    'discount: expected a discount rate such as 0.035 or one of the presets "fm-2013", "fm-2021", got "fm-2099"',
  ]);
  expect(problems(withChange((c) => (c.discount = 3.5)))).toEqual([
    'discount: expected a rate as a fraction above -1 and at most 1 (0.035 means 3.5 %), got 3.5',
  ]);
  expect(problems('{"title":"x"}')).toEqual([
    'template: required field is missing: expected one of "business-case", "time-savings", "benchmark", "realisation", "catalogue", "refund-loss", "release-list"',
  ]);
  expect(problems('[1,2]')).toEqual(['case: expected an object {...}, got a list']);
});

test('three-point estimates must be ordered; gain types belong to gains; values or profile, not both', () => {
  const text = withChange((c) => {
    (c.lines[0]!.values as unknown[])[2] = { min: 120, likely: 100, max: 130 };
    (c.lines[1] as Record<string, unknown>)['gainType'] = 'income';
    (c.lines[0] as Record<string, unknown>)['profile'] = { baseline: 100, steps: [0.1] };
  });
  expect(problems(text)).toEqual([
    'lines[0]: give either "values" or "profile" for a line, not both and not neither',
    'lines[0].values[2]: a three-point estimate needs min <= likely <= max, got min 120, likely 100, max 130',
    'lines[1].gainType: "gainType" applies only to gain lines',
  ]);
});

test('a time-savings item picks the form it most resembles when it reports problems', () => {
  const text = JSON.stringify({
    template: 'time-savings',
    title: 'T',
    items: [
      { label: 'a', minutesPerCase: 5, casesPerYear: '10000', hourlyCost: 306 },
      { label: 'b', savingPerUnit: 235, units: -1 },
    ],
  });
  expect(problems(text)).toEqual([
    'items[0].casesPerYear: expected a number, got "10000"',
    'items[1].units: expected a number >= 0, got -1',
  ]);
});

test('a byte-order mark is accepted', () => {
  expect(problems('\ufeff' + JSON.stringify(base))).toEqual([]);
});

test('a benchmark whose own row is not among the rows, or with a zero denominator, is refused by path', () => {
  const text = JSON.stringify({
    template: 'benchmark',
    title: 'b',
    direction: 'lower-is-better',
    own: 'Holbaek',
    rows: [
      { name: 'Holbæk', value: 1 },
      { name: 'Nyborg', value: 2 },
    ],
  });
  expect(problems(text)).toEqual(['own: no row is named "Holbaek"; "own" must be one of the rows\' names']);
  const zero = text.replace('{"name":"Nyborg","value":2}', '{"name":"Nyborg","numerator":2,"denominator":0}');
  expect(problems(zero)).toEqual(['rows[1].denominator: expected a number >= 1e-9, got 0']);
});

describe('UTF-8', () => {
  test.each([
    ['ASCII', [0x7b, 0x7d], -1],
    ['æ in UTF-8', [0xc3, 0xa6], -1],
    ['€ (three bytes)', [0xe2, 0x82, 0xac], -1],
    ['😀 (four bytes)', [0xf0, 0x9f, 0x98, 0x80], -1],
    ['æ in Windows-1252', [0x48, 0xe6, 0x6b], 1],
    ['an overlong two-byte form', [0xc0, 0xaf], 0],
    ['a surrogate half', [0xed, 0xa0, 0x80], 0],
    ['beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a sequence cut short', [0x41, 0xe2, 0x82], 1],
    ['a stray continuation byte', [0x41, 0x80], 1],
  ])('%s: first invalid byte at %j', (_, bytes, at) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes as number[]))).toBe(at);
  });
});
