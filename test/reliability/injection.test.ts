/**
 * Formula injection (issue: reliability): every text field of every template that `gevinst build`
 * and the add-in write, filled with text that looks like a formula, stays text through both
 * writers: the Excel adapter (through the fake host, which takes such text for a formula as
 * conservatively as Excel could) and the .xlsx writer (read back with exceljs).
 */
import ExcelJS from 'exceljs';
import { plansForCase } from '../../src/sheet/registry';
import { validateCase } from '../../src/engine/case-file';
import { insertPlan } from '../../src/excel/insert-plan';
import { a1 } from '../../src/sheet/address';
import type { SheetPlan } from '../../src/sheet/plan';
import { plansToXlsx } from '../../src/xlsx/write-plan';
import { CATALOGUE_MODELS } from '../../src/templates/catalogue';
import { FakeExcelHost } from '../fakes/fake-excel';

/** What a hostile or careless user may type as a title, label or name. */
const HOSTILE = [
  '=HYPERLINK("http://x","klik")',
  '+1+1',
  '-2+3',
  '@SUM(A1)',
  ' =1+1',
  '\t=1+1',
  '\n=1+1',
  '＝1+1',
  '＋1',
  "=cmd|' /C calc'!A0",
];

/** A case of every template that `build` writes, with `t` in every text field it has. */
function casesWith(t: string): unknown[] {
  return [
    {
      template: 'business-case',
      title: t,
      unit: t.slice(0, 40),
      priceLevel: t,
      lines: [
        { section: 'gain', label: t, values: [0, 100], source: t, evidence: 'estimated' },
        { section: 'cost', label: t, values: [10, 10] },
        { section: 'investment', label: t, values: [50, 0] },
      ],
      scenarios: [{ name: t, gainFactor: 0.8 }],
      sensitivity: {},
    },
    {
      template: 'benchmark',
      title: t,
      unit: t.slice(0, 40),
      direction: 'lower-is-better',
      own: t,
      rows: [
        { name: t, value: 3, volume: 10 },
        { name: `${t} 2`, value: 2 },
      ],
      targets: [{ label: t, value: 1 }],
    },
    {
      template: 'realisation',
      title: t,
      unit: t.slice(0, 40),
      gains: [{ label: t, owner: t, evidence: 'estimated', basis: t, values: [10, 20] }],
      keys: [
        { unit: t, weight: 0.5 },
        { unit: `${t} B`, weight: 0.5 },
      ],
    },
    { template: 'catalogue', entry: 'A07', title: t, inputs: {} },
  ];
}

function plansFor(t: string): SheetPlan[] {
  return casesWith(t).flatMap((c) => {
    const valid = validateCase(c, { models: CATALOGUE_MODELS });
    if (!valid.ok) throw new Error(JSON.stringify(valid.issues));
    const plans = plansForCase(valid.value, 'da');
    if (!plans.ok) throw new Error(JSON.stringify(plans.issues));
    return plans.value;
  });
}

/** Every text cell of a plan whose text holds the hostile string: address → text. */
function hostileCells(plan: SheetPlan, t: string): Map<string, string> {
  const out = new Map<string, string>();
  plan.cells.forEach((row, i) =>
    row.forEach((cell, j) => {
      if (cell?.content.kind === 'text' && cell.content.text.includes(t.trim())) out.set(a1(i, j), cell.content.text);
    }),
  );
  return out;
}

describe.each(HOSTILE)('%j in every text field', (t) => {
  const plans = plansFor(t);

  test('reaches the sheets: every template writes it somewhere', () => {
    const templates = new Set(plans.filter((p) => hostileCells(p, t).size > 0).map((p) => p.metadata.templateId));
    expect([...templates].sort()).toEqual(['benchmark', 'business-case', 'realisation', 'summary']);
  });

  test('stays text through the Excel adapter', async () => {
    const host = new FakeExcelHost();
    for (const [k, plan] of plans.entries()) {
      const inserted = await insertPlan(host.run, plan, `id-${k}`);
      for (const [address, text] of hostileCells(plan, t)) {
        const cell = host.cell(inserted.sheetName, address);
        expect({ address, value: cell.value }).toEqual({ address, value: text });
      }
    }
  });

  test('stays text in the .xlsx file', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await plansToXlsx(plans)) as unknown as ArrayBuffer);
    plans.forEach((plan, k) => {
      const ws = wb.worksheets[k];
      for (const [address, text] of hostileCells(plan, t)) {
        const cell = ws?.getCell(address);
        expect({ address, type: cell?.type, value: cell?.value }).toEqual({
          address,
          type: ExcelJS.ValueType.String,
          value: text,
        });
      }
    });
  });
});
