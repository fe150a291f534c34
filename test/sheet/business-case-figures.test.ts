/**
 * `gevinst calc` reports a business case's figures from its sheet's formulas (through the one
 * evaluator); the what-if analyses compute every variant with the engine. The two must agree on
 * the base case, or a scenario at factor 1 would differ from the sheet: held here over generated
 * cases (numbers, three-point estimates, percent profiles, the presets and flat rates, År 1
 * discounted or not, with and without a first year).
 */
import fc from 'fast-check';
import { computeBusinessCase } from '../../src/engine/business-case';
import { validateCase } from '../../src/engine/case-file';
import { calculateCase } from '../../src/sheet/registry';

const FIGURES = [
  'gains',
  'costs',
  'investments',
  'annualResult',
  'result',
  'cumulative',
  'discountFactors',
  'discountedResult',
  'discountedCumulative',
  'npv',
  'paybackYear',
  'paybackCalendarYear',
  'paybackYears',
  'discountedPaybackYear',
  'totals',
] as const;

function close(a: unknown, b: unknown, path: string, out: string[]): void {
  if (typeof a === 'number' && typeof b === 'number') {
    if (!(Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)))) out.push(`${path}: sheet ${a}, engine ${b}`);
  } else if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${path}: ${a.length} values, engine ${b.length}`);
    a.forEach((x, i) => close(x, b[i], `${path}[${i}]`, out));
  } else if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    for (const k of Object.keys(b))
      close((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`, out);
  } else if (a !== b) out.push(`${path}: sheet ${String(a)}, engine ${String(b)}`);
}

test('the figures calc reads from the sheet equal the engine the what-if analyses use', () => {
  const amount = fc.integer({ min: -50_000, max: 200_000 }).map((x) => x / 100);
  const positive = fc.integer({ min: 0, max: 200_000 }).map((x) => x / 100);
  const value = (years: number, section: string) =>
    fc.oneof(
      fc.array(section === 'gain' ? amount : positive, { minLength: years, maxLength: years }),
      fc
        .array(fc.tuple(positive, positive, positive), { minLength: years, maxLength: years })
        .map((xs) => xs.map((t) => [...t].sort((p, q) => p - q)).map(([min, likely, max]) => ({ min, likely, max }))),
    );
  const line = (years: number) =>
    fc.constantFrom('gain', 'cost', 'investment').chain((section) =>
      fc.oneof(
        value(years, section).map((values) => ({ section, label: `${section} line`, values })),
        fc
          .record({
            baseline: fc.integer({ min: 0, max: 10_000 }),
            steps: fc.array(
              fc.integer({ min: 0, max: 30 }).map((p) => p / 100),
              { minLength: 1, maxLength: years },
            ),
          })
          .map((profile) => ({ section: 'gain', label: 'profile line', profile })),
      ),
    );
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 12 }).chain((years) =>
        fc.record({
          lines: fc.array(line(years), { minLength: 1, maxLength: 6 }),
          years: fc.constant(years),
          discount: fc.oneof(
            fc.constantFrom('fm-2021', 'fm-2013'),
            fc.integer({ min: 0, max: 12 }).map((x) => x / 100),
          ),
          firstYearDiscounted: fc.boolean(),
          firstYear: fc.option(fc.integer({ min: 2020, max: 2040 }), { nil: undefined }),
        }),
      ),
      (raw) => {
        const parsed = validateCase({ template: 'business-case', title: 'Generated', ...raw });
        if (!parsed.ok || parsed.value.template !== 'business-case') throw new Error(JSON.stringify(parsed));
        const calc = calculateCase(parsed.value);
        if (!calc.ok) throw new Error(JSON.stringify(calc.issues));
        const engine = computeBusinessCase(parsed.value) as unknown as Record<string, unknown>;
        const sheet = calc.value as unknown as Record<string, unknown>;
        const out: string[] = [];
        for (const k of FIGURES) close(sheet[k], engine[k], k, out);
        expect(out).toEqual([]);
      },
    ),
    // Each run plans and evaluates a business case and its summary.
    { numRuns: 150 },
  );
});
