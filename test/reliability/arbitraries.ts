/**
 * fast-check arbitraries for hostile input: case files of every template mutated leaf by leaf,
 * catalogue inputs, the cell grids the sheet readers take, and the user tables the importer
 * takes. Values are drawn from what users and files really produce (text numbers, Excel errors,
 * full-width signs, huge and tiny magnitudes, NaN tokens) as much as from plain randomness.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE_MODELS } from '../../src/templates/catalogue';
import { inputKeys } from '../../src/engine/model-case';

const EXAMPLES = join(__dirname, '../../examples');
const example = (name: string): unknown => JSON.parse(readFileSync(join(EXAMPLES, name), 'utf8'));

/** One valid case of every template: the starting points that mutations break. */
export const BASE_CASES: readonly unknown[] = [
  example('business-case.json'),
  example('time-savings.json'),
  example('realisation-plan.json'),
  example('catalogue-a07.json'),
  {
    template: 'benchmark',
    title: 'Sagsbehandlingstid',
    unit: 'dage',
    direction: 'lower-is-better',
    own: 'Holbæk',
    per: 1000,
    rows: [
      { name: 'Holbæk', numerator: 30, denominator: 1000, volume: 1000 },
      { name: 'Nyborg', value: 24, volume: 900 },
      { name: 'Varde', numerator: 20, denominator: 800 },
    ],
    targets: [{ label: 'Model 1', value: 22 }],
  },
  {
    template: 'realisation',
    title: 'Fordeling',
    total: [100, 200],
    keys: [
      { unit: 'A', weight: 0.4 },
      { unit: 'B', weight: 0.6 },
    ],
  },
  {
    template: 'business-case',
    title: 'Med analyser',
    discount: 'fm-2013',
    firstYear: 2026,
    lines: [
      { section: 'gain', label: 'Tid', values: [{ min: 0, likely: 10, max: 20 }, 100, 100] },
      { section: 'gain', label: 'Profil', profile: { baseline: 1000, steps: [0.1, 0.05, 0.05] } },
      { section: 'cost', label: 'Licens', values: [10, 10, 10] },
      { section: 'investment', label: 'System', values: [300, 0, 0] },
    ],
    scenarios: [{ name: 'Lav', gainFactor: 0.8, estimate: 'pessimistic' }],
    sensitivity: { step: 0.1 },
    grid: {},
    breakEven: { paybackWithin: 3 },
  },
];

/** Numbers as they arrive: ordinary, on the edges of a double, and beyond any sane amount. */
export const hostileNumber = fc.oneof(
  fc.integer({ min: -1000, max: 10000 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(0, -0, 1e15, 1e15 + 2, -1e15 - 2, 1e200, 1e308, -1e308, 5e-324, 1e-9, 0.5, 2026.5, NaN, Infinity),
);

/** Text as it arrives: numbers typed as text, formula-looking text, long and empty text. */
export const hostileText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    '',
    ' ',
    '1.234,5',
    '1,234',
    '1.234',
    '1.234.567,5',
    '=1+1',
    '+SUM(A1)',
    '-2',
    '@x',
    '＝1',
    '\t=1',
    ' =1',
    '\n=1',
    '#DIV/0!',
    '#REF!',
    'TRUE',
    '50 %',
    '1-35',
    'fm-2021',
    'Holbæk',
  ),
  fc.string({ minLength: 100, maxLength: 400 }),
  // Just under, at and over every text limit the sheets have.
  fc.constantFrom(...[40, 41, 80, 81, 120, 121, 200, 201, 1001].map((n) => 'x'.repeat(n))),
);

const leaf: fc.Arbitrary<unknown> = fc.oneof(
  hostileNumber,
  hostileText,
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);

/** Any JSON-like value, a few levels deep. */
export const anyValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(fc.constantFrom('a', 'min', 'max', 'likely', 'values', 'label', 'x'), tie('value'), {
    maxKeys: 3,
  }),
})).value;

type Path = (string | number)[];

/** Every path to a value inside `v` (the root included). */
function pathsOf(v: unknown, at: Path = []): Path[] {
  const inner = Array.isArray(v)
    ? v.flatMap((x, i) => pathsOf(x, [...at, i]))
    : v !== null && typeof v === 'object'
      ? Object.entries(v).flatMap(([k, x]) => pathsOf(x, [...at, k]))
      : [];
  return [at, ...inner];
}

function setAt(root: unknown, path: Path, action: Mutation['action'], value: unknown): unknown {
  if (path.length === 0) return action === 'delete' ? undefined : value;
  const copy: unknown = structuredClone(root);
  let parent = copy as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (action === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (action === 'insert' && Array.isArray(parent)) parent.splice(Number(last), 0, value);
  else if (action === 'insert') parent[`${String(last)}Extra`] = value;
  else if (action === 'scale') parent[last] = scaled(parent[last], typeof value === 'number' ? value : 1e200);
  else if (action === 'repeat' && Array.isArray(parent)) {
    parent.push(...Array.from({ length: 40 }, () => structuredClone(parent[Number(last)])));
  } else parent[last] = value;
  return copy;
}

/** Every number inside `v` multiplied by `factor`: overflow needs two big numbers meeting. */
function scaled(v: unknown, factor: number): unknown {
  if (typeof v === 'number') return v * factor;
  if (Array.isArray(v)) return v.map((x) => scaled(x, factor));
  if (v !== null && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, scaled(x, factor)]));
  return v;
}

interface Mutation {
  readonly pick: number;
  readonly action: 'replace' | 'delete' | 'insert' | 'repeat' | 'scale';
  readonly value: unknown;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  pick: fc.nat(),
  action: fc.constantFrom('replace', 'replace', 'delete', 'insert', 'repeat', 'scale'),
  value: anyValue,
});

/** A valid case with up to three leaves replaced, deleted, inserted or repeated. */
export const mutatedCase: fc.Arbitrary<unknown> = fc
  .tuple(fc.constantFrom(...BASE_CASES), fc.array(mutation, { minLength: 0, maxLength: 3 }))
  .map(([base, mutations]) =>
    mutations.reduce<unknown>((c, m) => {
      const paths = pathsOf(c).filter((p) => p.length > 0);
      const path = paths[m.pick % Math.max(1, paths.length)] ?? [];
      return setAt(c, path, m.action, m.value);
    }, base),
  );

/** JSON text that keeps NaN and ±Infinity as the tokens a hand-written file may hold. */
export function jsonWithTokens(v: unknown): string {
  const text = JSON.stringify(v, (_, x: unknown) =>
    typeof x === 'number' && !Number.isFinite(x) ? `__${String(x)}__` : x,
  );
  return (text ?? 'null').replace(/"__(NaN|Infinity|-Infinity)__"/g, '$1');
}

/** The bytes of a case file: the JSON, sometimes cut short, re-encoded or given a stray byte. */
export const caseFileBytes: fc.Arbitrary<Uint8Array> = fc
  .tuple(mutatedCase, fc.constantFrom('utf8', 'utf8', 'utf8', 'latin1', 'cut', 'byte', 'bom', 'deep'), fc.nat())
  .map(([c, how, n]) => {
    const text = jsonWithTokens(c);
    if (how === 'latin1') return new Uint8Array(Buffer.from(text, 'latin1'));
    if (how === 'cut') return new Uint8Array(Buffer.from(text.slice(0, n % (text.length + 1)), 'utf8'));
    if (how === 'bom') return new Uint8Array(Buffer.from('\ufeff' + text, 'utf8'));
    if (how === 'deep') {
      const depth = 50 + (n % 3000);
      return new Uint8Array(Buffer.from(`${'['.repeat(depth)}${text}${']'.repeat(depth)}`, 'utf8'));
    }
    const bytes = Buffer.from(text, 'utf8');
    if (how === 'byte' && bytes.length > 0) bytes[n % bytes.length] = 0x80 + (n % 0x80);
    return new Uint8Array(bytes);
  });

const catalogueIds = [...CATALOGUE_MODELS.keys()];

/** A catalogue case: a real entry, its own input keys (and some that are not), hostile values. */
export const catalogueCase: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.constantFrom(...catalogueIds),
    fc.array(fc.tuple(fc.nat(), fc.oneof(hostileNumber, hostileText, fc.constant(null), fc.array(hostileNumber))), {
      maxLength: 6,
    }),
    fc.constantFrom('da', 'en'),
  )
  .map(([entry, picks, language]) => {
    const model = CATALOGUE_MODELS.get(entry);
    const keys = model ? [...inputKeys(model).keys()] : [];
    const inputs: Record<string, unknown> = {};
    for (const [i, v] of picks) inputs[keys[i % (keys.length + 1)] ?? 'no.such.input'] = v;
    return { template: 'catalogue', entry, language, inputs };
  });

/** What a cell read through Office.js may hold: numbers, text, Excel's errors, booleans, blanks. */
export const cellValue: fc.Arbitrary<string | number | boolean> = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 3, arbitrary: fc.integer({ min: -5000, max: 5000 }) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 2, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.constantFrom(1e300, -1e300, 2026, 26, 1899, 0.035, -1.5, 150) },
  { weight: 1, arbitrary: fc.boolean() },
);

/** A rectangle of cells, rows × cols. */
export const grid = (rows: number, cols: number): fc.Arbitrary<(string | number | boolean)[][]> =>
  fc.array(fc.array(cellValue, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
