/**
 * The ledelsesresumé's figures as `gevinst calc` reports them, read from the summary sheet's own
 * formulas by the sheet language's evaluator: the thousands factor of each unit, the anslået and
 * unstated shares, and the økonomiske konsekvenser table by budget area with budget signs. The
 * expected figures are worked by hand from the lines below (the LibreOffice parity of the summary
 * sheet is test/xlsx/summary-parity.test.ts).
 */
import { computeBusinessCase } from '../../src/engine/business-case';
import { validateCase } from '../../src/engine/case-file';
import type { BusinessCaseFile } from '../../src/engine/business-case-schema';
import { summarise as summariseResult } from '../../src/sheet/business-case-figures';
import { defaultArea } from '../../src/sheet/summary-plan';
import { MIXED_LINES } from '../helpers/summary-lines';

function summarise(c: BusinessCaseFile) {
  const s = summariseResult(c);
  if (!s.ok) throw new Error(JSON.stringify(s.issues));
  return s.value;
}

function caseOf(data: object): BusinessCaseFile {
  const parsed = validateCase({ template: 'business-case', title: 'Resumé', discount: 0.035, ...data });
  if (!parsed.ok || parsed.value.template !== 'business-case') throw new Error(JSON.stringify(parsed));
  return parsed.value;
}
const summaryOf = (c: BusinessCaseFile) => summarise(c);

test.each([
  ['kr.', 0.001],
  ['kr', 0.001],
  ['  KR. ', 0.001],
  ['t.kr.', 1],
  ['1.000 kr.', 1],
  ['mio. kr.', 1000],
  ['Mio', 1000],
])('a case in %j is %d thousand kroner per unit', (unit, factor) => {
  const s = summaryOf(caseOf({ unit, lines: [{ section: 'gain', label: 'A', values: [1000] }] }));
  expect(s.consequences.service[0]).toBeCloseTo(-1000 * factor, 12);
});

test('an investment defaults to Anlæg only where it buys an asset; wages, training and consultancy are Service', () => {
  expect(defaultArea('investment', 'Ombygning af lokaler')).toBe('construction');
  expect(defaultArea('investment', 'Indkøb af udstyr')).toBe('construction');
  expect(defaultArea('investment', 'New vehicles')).toBe('construction');
  expect(defaultArea('investment', 'Konsulentbistand')).toBe('service');
  expect(defaultArea('investment', 'Oplæring af medarbejdere')).toBe('service');
  expect(defaultArea('investment', 'Implementering (løn)')).toBe('service');
  expect(defaultArea('gain', 'Sparet byggeri')).toBe('service');
  expect(defaultArea('cost', 'Drift af bil')).toBe('service');
});

const mixed = caseOf({ unit: 't.kr.', lines: MIXED_LINES });

test('the anslået share counts every anslået gain, budget or not, over all gains in all years', () => {
  // Gains: 2,150 + 300 + 200 + 70 = 2,720; anslået 300 + 200 = 500; unstated only Refusion's 70.
  const s = summaryOf(mixed);
  expect(s.estimatedShare).toBeCloseTo(500 / 2720, 12);
  expect(s.unstatedShare).toBeCloseTo(70 / 2720, 12);
});

test('the consequences table signs savings and income minus, spending plus, and leaves out non-budget gains', () => {
  const s = summaryOf(mixed);
  // Service: −(200+0), −(650+100) … plus Licens 80 plus Udstyr 40 in year 1; Bedre overblik is left out.
  expect(s.consequences.service).toEqual([-80, -670, -670, -670]);
  expect(s.consequences.construction).toEqual([500, 0, 0, 0]);
  expect(s.consequences.transfers).toEqual([-10, -20, -20, -20]);
  expect(s.consequences.total).toEqual([410, -690, -690, -690]);
  expect(s.consequences.unit).toBe('1.000 kr.');
});

test('the key figures are the business case result, and each assumption keeps its evidence, area and source', () => {
  const r = computeBusinessCase(mixed);
  const s = summarise(mixed);
  expect(s.keyFigures).toEqual({ npv: r.npv, irr: r.irr, paybackYear: r.paybackYear, totals: r.totals });
  expect(s.assumptions).toEqual([
    { label: 'Sparet tid', section: 'gain', evidence: 'calculated', area: 'service', source: 'Tidsmåling 2026' },
    { label: 'Færre fejl (anslået)', section: 'gain', evidence: 'estimated', area: 'service', source: null },
    { label: 'Bedre overblik', section: 'gain', evidence: 'estimated', area: 'service', source: null },
    { label: 'Refusion', section: 'gain', evidence: null, area: 'transfers', source: null },
    { label: 'Licens', section: 'cost', evidence: null, area: 'service', source: 'Tilbud' },
    { label: 'Ombygning af lokaler', section: 'investment', evidence: null, area: 'construction', source: null },
    { label: 'Udstyr', section: 'investment', evidence: null, area: 'service', source: null },
  ]);
});

test('kroner and millions are turned into thousands', () => {
  const kr = summaryOf(
    caseOf({
      unit: 'kr.',
      lines: [
        { section: 'gain', label: 'A', values: [649070, 649070] },
        { section: 'investment', label: 'Bygning', values: [1000000, 0] },
      ],
    }),
  );
  expect(kr.consequences.service[0]).toBeCloseTo(-649.07, 9);
  expect(kr.consequences.construction).toEqual([1000, 0]);
  expect(kr.consequences.total[1]).toBeCloseTo(-649.07, 9);
  const mio = summaryOf(
    caseOf({
      unit: 'mio. kr.',
      lines: [
        { section: 'gain', label: 'A', values: [1.5, 2.5] },
        { section: 'cost', label: 'B', area: 'transfers', values: [0.25, 0.25] },
      ],
    }),
  );
  expect(mio.consequences.service).toEqual([-1500, -2500]);
  expect(mio.consequences.transfers).toEqual([250, 250]);
  expect(mio.consequences.total).toEqual([-1250, -2250]);
});

test('a case without gains, or whose gains sum to nothing, has no shares rather than 0 %', () => {
  const noGains = summaryOf(caseOf({ lines: [{ section: 'cost', label: 'Licens', values: [10, 10] }] }));
  expect(noGains.estimatedShare).toBeNull();
  expect(noGains.unstatedShare).toBeNull();
  const zeroGains = summaryOf(
    caseOf({
      lines: [
        { section: 'gain', label: 'Intet endnu', evidence: 'estimated', values: [0, 0] },
        { section: 'cost', label: 'Licens', values: [10, 10] },
      ],
    }),
  );
  expect(zeroGains.estimatedShare).toBeNull();
  const allCalculated = summaryOf(
    caseOf({ lines: [{ section: 'gain', label: 'Målt', evidence: 'calculated', values: [5, 5] }] }),
  );
  expect(allCalculated.estimatedShare).toBe(0);
  expect(allCalculated.unstatedShare).toBe(0);
});
