/**
 * The sheet language's one evaluator against LibreOffice, on every formula the product writes:
 * each golden business case (with its management summary and Beregn block), benchmark and
 * realisation case as `gevinst build` writes it, every catalogue sheet with inputs in every input
 * cell, and every template as a freshly inserted, empty instance. Each workbook is recalculated by
 * LibreOffice (the independent engine); every formula cell must show what the engine's evaluator
 * computes from the same formula text. This pins the function table (SUMPRODUCT over array
 * arithmetic, SUMIF, QUARTILE.INC, RANK.EQ, MATCH, INDEX, IRR, ROUND, TRIM, …) and Excel's
 * semantics of blanks, text and errors to a real spreadsheet program.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isErrorValue, type Scalar } from '../../src/engine/formula/value';
import { a1 } from '../../src/sheet/address';
import { planBook } from '../../src/sheet/plan-book';
import { plansToXlsx } from '../../src/xlsx/write-plan';
import { everyPlanSet, type PlanSet } from '../helpers/all-plans';
import { recalculate } from '../helpers/libreoffice';
import { same, shown } from '../helpers/recalculated';
import { requireTool } from '../helpers/system';

const available = requireTool('soffice', 'LibreOffice recalculates every plan the evaluator is held against');
const maybe = available ? test : test.skip;

const built: (PlanSet & { sheets?: ExcelJS.Worksheet[] })[] = [];

beforeAll(async () => {
  if (!available) return;
  const dir = mkdtempSync(join(tmpdir(), 'gevinst-formula-'));
  const all = everyPlanSet();
  const paths: string[] = [];
  for (const [i, job] of all.entries()) {
    const path = join(dir, `${i}.xlsx`);
    writeFileSync(path, await plansToXlsx(job.plans));
    paths.push(path);
  }
  const out = recalculate(paths);
  for (const [i, job] of all.entries()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out[i] ?? '');
    built.push({ ...job, sheets: wb.worksheets });
  }
}, 900_000);

/** A recalculated cell as a scalar of the sheet language. */

/**
 * Where LibreOffice and Excel differ, the evaluator follows Excel. MEDIAN and QUARTILE.INC of no
 * numbers: Excel gives #NUM! ("If array is empty, QUARTILE.INC returns the #NUM! error value",
 * learn.microsoft.com, WorksheetFunction.Quartile_Inc; MEDIAN equals QUARTILE.INC with quart 2),
 * LibreOffice #VALUE!.
 */
function excelDiffers(formula: string, office: Scalar, engine: Scalar): boolean {
  return (
    /^=(MEDIAN|QUARTILE\.INC)\(/.test(formula) &&
    isErrorValue(office) &&
    office.error === '#VALUE!' &&
    isErrorValue(engine) &&
    engine.error === '#NUM!'
  );
}

/**
 * The business case counts sign changes of the NPV at trial rates with SIGN; at a trial rate that
 * is exactly a root (two-irrs: 1.4e-14 in the engine) the sign is rounding noise in any program.
 */
function signOfNoise(formula: string, book: ReturnType<typeof planBook>, sheet: string): boolean {
  const args = [...formula.matchAll(/SIGN\(([A-Z]{1,3})(\d+)\)/g)];
  return args.some((m) => {
    const col = (m[1] ?? 'A').split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const v = book.cell(sheet, Number(m[2]) - 1, col);
    return typeof v === 'number' && Math.abs(v) < 1e-9;
  });
}

maybe('every formula cell the product writes shows in LibreOffice what the engine evaluates', () => {
  let compared = 0;
  let excused = 0;
  const wrong: string[] = [];
  for (const job of built) {
    const names = (job.sheets ?? []).map((s) => s.name);
    const book = planBook(job.plans, names);
    job.plans.forEach((plan, p) => {
      const sheet = job.sheets?.[p];
      const name = names[p] ?? '';
      plan.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell?.content.kind !== 'formula' || !sheet) return;
          const office = shown(sheet.getCell(a1(r, c)));
          let engine: Scalar;
          try {
            engine = book.cell(name, r, c);
          } catch (e) {
            wrong.push(`${job.name} ${name}!${a1(r, c)} ${cell.content.formula}: ${(e as Error).message}`);
            return;
          }
          compared++;
          if (same(office, engine)) return;
          if (excelDiffers(cell.content.formula, office, engine) || signOfNoise(cell.content.formula, book, name)) {
            excused++;
            return;
          }

          wrong.push(
            `${job.name} ${name}!${a1(r, c)} ${cell.content.formula}: LibreOffice ${JSON.stringify(office)}, engine ${JSON.stringify(engine)}`,
          );
        }),
      );
    });
  }
  console.log(
    `formula parity: ${compared} formula cells in ${built.length} workbooks; ${excused} where Excel and LibreOffice differ or the sign is noise`,
  );
  // One example of each kind of difference (the formula with its addresses taken out), then the count.
  const kinds = new Map<string, string>();
  for (const w of wrong) {
    const shape = w
      .replace(/^.*? =/, '=')
      .replace(/\$?[A-Z]{1,3}\$?\d+/g, 'R')
      .replace(/-?\d+(\.\d+)?/g, 'N');
    if (!kinds.has(shape)) kinds.set(shape, w);
  }
  expect({ differences: wrong.length, examples: [...kinds.values()].slice(0, 25) }).toEqual({
    differences: 0,
    examples: [],
  });
  expect(compared).toBeGreaterThan(5000);
  expect(excused).toBeLessThan(30);
});
