/**
 * The gevinstrealiseringsplan built by `gevinst build` and recalculated by LibreOffice: the
 * booked gain after timing, the anslået share, the keys' shares, the largest-remainder
 * allocation and the follow-up's variance and status equal what `gevinst calc` reports. The cases are built to
 * be hard: ties between equal keys, negative totals, a total that is not a whole t.kr., a delay
 * past the horizon, weights and key figures.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildXlsx } from '../../src/cli/build';
import { calculateCase, plansForCase } from '../../src/sheet/registry';
import type { CaseFile } from '../../src/engine/case-file';

import { validateCase } from '../../src/engine/case-file';
import type { RealisationResult } from '../../src/engine/realisation';
import { a1 } from '../../src/sheet/address';
import { planRealisation, realisationLayout } from '../../src/sheet/realisation-plan';
import { planToXlsx } from '../../src/xlsx/write-plan';
import { REALISATION_WORDS as W } from '../../src/templates/realisation';
import { recalculate } from '../helpers/libreoffice';
import { requireTool } from '../helpers/system';
import { expectMoney } from '../helpers/tolerance';

/** What `gevinst calc` reports for the case (the sheet's formulas, read by the evaluator). */
function calculated(c: CaseFile): RealisationResult {
  const r = calculateCase(c);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value as RealisationResult;
}

const available = requireTool('soffice', 'LibreOffice recalculates the realisation workbooks');
const maybe = available ? test : test.skip;

const CASES: Record<string, object> = {
  plan: {
    template: 'realisation',
    title: 'Digital udlægshåndtering: gevinstplan',
    firstYear: 2027,
    basis: 'fte',
    gains: [
      {
        label: 'Sparet tid, bogholderi',
        owner: 'Økonomichef',
        evidence: 'calculated',
        basis: 'Tidsmåling',
        timing: 'implementation',
        values: [120.5, 649.07, 649.07, 649.07],
        baseline: 900,
        actual: [130, 600, null, null],
      },
      {
        label: 'Færre fejl',
        owner: 'Direktør',
        evidence: 'estimated',
        timing: 'delayed',
        delay: 1,
        values: [50, 100, 100, 100],
        actual: [0, -5],
      },
      { label: 'Licensbesparelse', evidence: 'calculated', timing: 'upfront', values: [0, 40, 80, 80] },
      // Forlods, but delayed a year for the implementation: 90 from År 2.
      { label: 'Arbejdsgange', evidence: 'calculated', timing: 'upfront', delay: 1, values: [30, 60, 90, 90] },
    ],
    keys: [
      { unit: 'Skoler', value: 310 },
      { unit: 'Dagtilbud', value: 310 },
      { unit: 'Ældre', value: 155.5 },
      // A small unit whose reduction the centre takes (seed 002).
      { unit: 'Administration', value: 12, central: true },
    ],
    centre: 'Center for Økonomi',
  },
  ties: {
    template: 'realisation',
    title: 'Tre lige nøgler',
    total: [10, -10, 1, 0, 7],
    keys: [
      { unit: 'A', weight: 0.25 },
      { unit: 'B', weight: 0.25 },
      { unit: 'C', weight: 0.25 },
      { unit: 'D', weight: 0.25 },
    ],
  },
  delayedPastHorizon: {
    template: 'realisation',
    title: 'Forsinket',
    basis: 'm2',
    rounding: 5,
    gains: [{ label: 'Areal', evidence: 'estimated', timing: 'delayed', delay: 4, values: [10, 20, 33] }],
    keys: [
      { unit: 'Rådhus', value: 1200 },
      { unit: 'Skole', value: 3400 },
      { unit: 'Hal', value: 950 },
    ],
  },
};

interface Built {
  name: string;
  lang: 'da' | 'en';
  engine: RealisationResult;
  sheet: ExcelJS.Worksheet;
  gains: number;
  units: number;
  years: number;
}
const built: Built[] = [];

beforeAll(async () => {
  if (!available) return;
  const dir = mkdtempSync(join(tmpdir(), 'gevinst-realisation-'));
  const jobs: Omit<Built, 'sheet'>[] = [];
  const paths: string[] = [];
  for (const [i, [name, file]] of Object.entries(CASES).entries()) {
    const parsed = validateCase(file);
    if (!parsed.ok || parsed.value.template !== 'realisation') throw new Error(`${name}: ${JSON.stringify(parsed)}`);
    const lang = i % 2 === 0 ? 'da' : 'en';
    const bytes = await buildXlsx(parsed.value, lang);
    const plans = plansForCase(parsed.value, lang);
    const plan = plans.ok ? plans.value[0] : undefined;
    if (!bytes.ok || !plan) throw new Error(`${name} did not build`);
    const path = join(dir, `${name}.xlsx`);
    writeFileSync(path, bytes.value);
    paths.push(path);
    const layout = plan.metadata.layout;
    jobs.push({
      name,
      lang,
      engine: calculated(parsed.value),
      gains: layout['gains'] ?? 0,
      units: layout['units'] ?? 0,
      years: layout['years'] ?? 0,
    });
  }
  const out = recalculate(paths);
  for (const [i, job] of jobs.entries()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out[i] ?? '');
    const sheet = wb.worksheets[0];
    if (!sheet) throw new Error(job.name);
    built.push({ ...job, sheet });
  }
}, 300_000);

const value = (sheet: ExcelJS.Worksheet, row: number, col: number): unknown => {
  const c = sheet.getCell(a1(row, col));
  return c.formula ? c.result : c.value;
};

function layoutOf(b: Built) {
  return realisationLayout({
    gains: Array.from({ length: b.gains }, () => ({})),
    keys: Array.from({ length: b.units }, () => ({})),
  });
}

maybe('all three plans were built and recalculated', () => {
  expect(built.map((b) => b.name)).toEqual(['plan', 'ties', 'delayedPastHorizon']);
});

maybe('booked gains after timing, the totals and the anslået share equal the engine', () => {
  for (const b of built) {
    const lay = layoutOf(b);
    const booked = b.engine.plan?.booked ?? [{ values: b.engine.total }];
    booked.forEach((row, i) =>
      row.values.forEach((v, k) =>
        expectMoney(value(b.sheet, lay.bookedRow + i, 6 + k) as number, v, `${b.name} booked ${i} ${k}`),
      ),
    );
    b.engine.total.forEach((t, k) =>
      expectMoney(value(b.sheet, lay.totalRow, 6 + k) as number, t, `${b.name} total ${k}`),
    );
    const share = b.engine.plan?.estimatedShare;
    if (share !== undefined && share !== null)
      expectMoney(value(b.sheet, 7, 4) as number, share, `${b.name} estimated share`);
  }
  // A delay of four years in a three-year plan books nothing; the share is then "–".
  const past = built.find((b) => b.name === 'delayedPastHorizon');
  expect(past?.engine.total).toEqual([0, 0, 0]);
  expect(value(past!.sheet, 7, 4)).toBe('–');
});

maybe('the keys and the largest-remainder allocation equal the engine, whole units that add up', () => {
  for (const b of built) {
    const lay = layoutOf(b);
    expect([b.name, value(b.sheet, lay.keyTotalRow, 3)]).toEqual([b.name, W.keysOk[b.lang]]);
    b.engine.allocation.forEach((a, i) =>
      a.values.forEach((v, k) => {
        const got = value(b.sheet, lay.allocationRow + i, 6 + k);
        expect([b.name, a.unit, k, got]).toEqual([b.name, a.unit, k, v]);
      }),
    );
    // The central line (units marked central), then the total, which differs from the rounded booked total by nothing.
    b.engine.central?.values.forEach((v, k) => expect(value(b.sheet, lay.allocationRow + b.units, 6 + k)).toBe(v));
    for (let k = 0; k < b.years; k++) expect(value(b.sheet, lay.allocationRow + b.units + 2, 6 + k)).toBe(0);
  }
  const ties = built.find((b) => b.name === 'ties');
  // 10 over four equal keys: 3, 3, 2, 2 (ties go to the earlier key); -10 mirrors it.
  expect(ties?.engine.allocation.map((a) => a.values[0])).toEqual([3, 3, 2, 2]);
  expect(ties?.engine.allocation.map((a) => a.values[1])).toEqual([-3, -3, -2, -2]);
});

maybe("the follow-up's targets, variances and statuses equal the engine", () => {
  const b = built.find((x) => x.name === 'plan');
  if (!b) throw new Error('plan not built');
  const lay = layoutOf(b);
  const status = { realised: W.realised, partly: W.partly, not: W.not, unknown: W.unknown } as const;
  b.engine.plan?.followUp.forEach((f, i) => {
    const r = lay.followRow + 4 * i;
    f.target.forEach((t, k) => expectMoney(value(b.sheet, r, 6 + k) as number, t, `target ${i} ${k}`));
    f.variance.forEach((v, k) => {
      const got = value(b.sheet, r + 2, 6 + k);
      if (v === null) expect(got ?? '').toBe('');
      else expectMoney(got as number, v, `variance ${i} ${k}`);
    });
    f.status.forEach((s, k) => expect([i, k, value(b.sheet, r + 3, 6 + k)]).toEqual([i, k, status[s][b.lang]]));
  });
  expect(b.engine.plan?.followUp[0]?.status).toEqual(['realised', 'partly', 'unknown', 'unknown']);
  expect(b.engine.plan?.followUp[1]?.status).toEqual(['realised', 'not', 'unknown', 'unknown']);
});

maybe('the year columns follow the first-year cell: calendar years, or År 1..År N without one', () => {
  const plan = built.find((b) => b.name === 'plan');
  const ties = built.find((b) => b.name === 'ties');
  const headerRow = (b: Built) => layoutOf(b).planRow - 1;
  expect([6, 7, 8, 9].map((c) => value(plan!.sheet, headerRow(plan!), c))).toEqual([2027, 2028, 2029, 2030]);
  expect([6, 10].map((c) => value(ties!.sheet, headerRow(ties!), c))).toEqual(['År 1', 'År 5']);
});

maybe(
  'keys typed as weights that do not sum to 100 % allocate nothing, and the check says why',
  async () => {
    const plan = planRealisation({
      language: 'da',
      years: 2,
      basis: 'weights',
      rounding: 1,
      unit: 't.kr.',
      gains: [{ label: 'A', evidence: 'calculated', timing: 'implementation', delay: 0, values: [100, 200] }],
      keys: [
        { unit: 'X', value: 0.5 },
        { unit: 'Y', value: 0.4 },
      ],
    });
    const dir = mkdtempSync(join(tmpdir(), 'gevinst-keys-'));
    const path = join(dir, 'keys.xlsx');
    writeFileSync(path, await planToXlsx(plan));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recalculate([path])[0] ?? '');
    const sheet = wb.worksheets[0]!;
    const lay = realisationLayout({ gains: [{}], keys: [{}, {}] });
    expect(value(sheet, lay.keyTotalRow, 3)).toBe(W.keysBad.da);
    expect([value(sheet, lay.allocationRow, 6), value(sheet, lay.allocationRow + 1, 7)]).toEqual(['–', '–']);
  },
  120_000,
);
