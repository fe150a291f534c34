/**
 * Workbooks that earlier versions of Gevinst wrote keep working: recognised, checked, repaired
 * and calculated. The fixtures in test/fixtures/legacy are the plans (cells, formulas, names,
 * metadata) that the add-in and `gevinst build` wrote at commit e912a78, before the templates
 * moved onto definitions, (business-case-v2-*) the business case of template version 2 that
 * `gevinst build` wrote at commit 897c803, and (catalogue-v2-*) catalogue sheets of model sheet
 * version 2, filled in, as planned at commit a4b54f8 (one line for the note under a table); they
 * are never regenerated. Each is put into a workbook as the add-in
 * inserted it, and the add-in of today is run on it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defaultOptions } from '../../src/app/calc-options';
import { calculateAndWrite, repairActiveInstance } from '../../src/app/calculate';
import { inspectCatalogueSheet } from '../../src/app/catalogue-sheet';
import { insertSummaryForActive } from '../../src/app/follow-on';
import { checkActiveInstance } from '../../src/app/use-cases';
import { recogniseActiveInstance } from '../../src/excel/recognise';
import { readPotentials } from '../../src/excel/send-potential';
import { POTENTIAL_NAMES } from '../../src/app/services';
import { a1 } from '../../src/sheet/address';
import type { SheetPlan } from '../../src/sheet/plan';
import { OUTPUT_HASH_NAME } from '../../src/sheet/output-plan';
import { fakeWorkbookOf } from '../helpers/fake-workbook';

const DIR = join(__dirname, '../fixtures/legacy');
const FIXTURES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({
    name: f.replace(/\.json$/, ''),
    plans: (JSON.parse(readFileSync(join(DIR, f), 'utf8')) as { plans: SheetPlan[] }).plans,
  }));

/** The first cell of a plan whose formula matches. */
function formulaCell(plan: SheetPlan | undefined, pattern: RegExp): { address: string; formula: string } {
  for (const [r, row] of (plan?.cells ?? []).entries()) {
    for (const [c, cell] of row.entries()) {
      if (cell?.content.kind === 'formula' && pattern.test(cell.content.formula))
        return { address: a1(r, c), formula: cell.content.formula };
    }
  }
  throw new Error(`no formula like ${pattern} in ${plan?.sheetName}`);
}

const kindOf = (plans: readonly SheetPlan[]): string => plans[0]?.metadata.templateId ?? '';

test('the fixtures cover every template a workbook holds today', () => {
  const kinds = new Set(FIXTURES.flatMap((f) => f.plans.map((p) => p.metadata.templateId)));
  expect([...kinds].sort()).toEqual([
    'benchmark',
    'business-case',
    'catalogue',
    'measurement',
    'realisation',
    'summary',
  ]);
  expect(FIXTURES.some((f) => f.plans.some((p) => p.names.some((x) => x.name === 'Gevinst_Output')))).toBe(true);
});

test.each(FIXTURES.map((f) => [f.name, f.plans] as const))(
  '%s: every sheet is recognised as what it is',
  async (_, plans) => {
    const { host, deps, sheets } = await fakeWorkbookOf(plans);
    for (const [i, plan] of plans.entries()) {
      host.activate(sheets[i] ?? '');
      const r = await recogniseActiveInstance(deps.run);
      expect(r).toMatchObject({
        templateId: plan.metadata.templateId,
        templateVersion: plan.metadata.templateVersion,
        instanceId: `legacy-${i}`,
      });
      expect(r?.identity.language).toBe(plan.metadata.language);
      expect(r?.record?.identity).toEqual(r?.identity);
    }
  },
);

const businessCases = FIXTURES.filter((f) => kindOf(f.plans) === 'business-case');

test.each(businessCases.map((f) => [f.name, f.plans] as const))(
  '%s: checked, repaired and calculated',
  async (name, plans) => {
    const { host, deps, sheets } = await fakeWorkbookOf(plans);
    const sheet = sheets[0] ?? '';
    const checked = await checkActiveInstance(deps, 'en');
    if (!checked.ok) throw new Error(JSON.stringify(checked));
    const filled = !name.includes('empty');
    // A filled-in case reads without an error; an empty one says what is blank, and nothing to repair.
    expect(checked.value.issues.filter((i) => i.severity === 'error')).toEqual(filled ? [] : expect.any(Array));
    expect(checked.value.repairs).toEqual([]);
    if (filled) expect(checked.value.result?.npv).toEqual(expect.any(Number));

    // A template formula typed over is found and put back.
    const { address, formula } = formulaCell(plans[0], /^=SUM\(/);
    host.type(sheet, address, 12345);
    const broken = await checkActiveInstance(deps, 'en');
    expect(broken.ok && broken.value.repairs).toEqual([{ kind: 'formula', address, formula }]);
    const repaired = await repairActiveInstance(deps, 'en');
    expect(repaired.ok && repaired.value.repairs).toEqual([]);
    expect(host.cell(sheet, address).formula).toBe(formula);

    if (!filled) return;
    const options = (horizon: number) => defaultOptions('en', horizon);
    const calculated = await calculateAndWrite(deps, 'en', options);
    // A block written by build before it stamped its fingerprint (version 1) is the user's until they say
    // otherwise; one with its fingerprint (version 2 on) is Beregn's own and is replaced.
    const names = new Set(plans[0]?.names.map((x) => x.name));
    const built = names.has('Gevinst_Output') && !names.has(OUTPUT_HASH_NAME);
    expect(calculated).toMatchObject({ ok: true, value: { kind: built ? 'confirm' : 'written' } });
    if (built) expect(await calculateAndWrite(deps, 'en', options, true)).toMatchObject({ value: { kind: 'written' } });
    expect(host.sheet(sheet).names.get('gevinst_output')).toBeDefined();
    // The management summary of a legacy case is still made from it.
    host.activate(sheet);
    const summary = await insertSummaryForActive(deps, 'en');
    expect(summary.ok).toBe(true);
  },
);

test.each(FIXTURES.filter((f) => kindOf(f.plans) === 'catalogue').map((f) => [f.name, f.plans] as const))(
  '%s: the catalogue sheet is read with its key figures',
  async (_, plans) => {
    const { deps, host, sheets } = await fakeWorkbookOf(plans);
    const r = await inspectCatalogueSheet(deps, 'en');
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.value.entry).toBe(plans[0]?.sheetName.slice(0, 3));
    // Filled in when saved: nothing blank, nothing misread.
    expect(r.value.reading.blanks).toEqual([]);
    expect(r.value.reading.issues).toEqual([]);
    // Each key figure as the engine computes it from the inputs read equals what the sheet's own
    // formulas show: an input read from the wrong row (a layout of another version) would not.
    const top = plans[0]?.metadata.layout['results'] ?? 0;
    r.value.reading.results.forEach((result, i) => {
      const shown = host.cell(sheets[0] ?? '', a1(top + 1 + i, 1)).value;
      if (typeof result.value === 'number' && typeof shown === 'number')
        expect([result.id, result.value]).toEqual([result.id, expect.closeTo(shown, 6)]);
      else expect([result.id, String(result.value)]).toEqual([result.id, String(shown)]);
    });
  },
);

test.each(FIXTURES.filter((f) => kindOf(f.plans) === 'benchmark').map((f) => [f.name, f.plans] as const))(
  '%s: its potentials can be read to send to a business case',
  async (_, plans) => {
    const { deps } = await fakeWorkbookOf(plans);
    const r = await readPotentials(deps.run, Object.values(POTENTIAL_NAMES));
    expect([...r.potentials.keys()].sort()).toEqual(Object.values(POTENTIAL_NAMES).sort());
  },
);
