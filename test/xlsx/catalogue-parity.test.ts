/**
 * Every catalogue entry with its own calculation sheet, built as a workbook with inputs in every
 * input cell and recalculated by LibreOffice: every formula cell and every key figure equals the
 * engine's evaluation of the same model. One entry is also built with nothing filled in, where
 * the key figures must say "udfyld input" rather than show a number.
 */
import { evaluateModel } from '../../src/engine/model-formula';
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cellDef, cellsOf, guardedResult, keyOf, withInputs, type Model, type Value } from '../../src/engine/model';
import type { ErrorCode } from '../../src/engine/formula/ast';
import { a1 } from '../../src/sheet/address';
import { BENCHMARK_NAMES } from '../../src/sheet/benchmark-plan';
import { BENCHMARK_WORDS } from '../../src/templates/benchmark';
import { benchmarkFromSheet } from '../../src/sheet/benchmark-figures';
import { validateCase } from '../../src/engine/case-file';
import { entrySheet, planEntry } from '../../src/sheet/entry-plan';
import { modelAddresses } from '../../src/sheet/model-plan';
import { CATALOGUE, type CatalogueEntry } from '../../src/templates/catalogue';
import { KIND_IDS } from '../../src/templates/kinds';
import { planToXlsx } from '../../src/xlsx/write-plan';
import { recalculate } from '../helpers/libreoffice';
import { requireTool } from '../helpers/system';
import { closeMoney } from '../helpers/tolerance';
import { inputsFor } from '../helpers/model-inputs';

const available = requireTool('soffice', 'LibreOffice recalculates the catalogue workbooks');
const maybe = available ? test : test.skip;

interface Built {
  readonly entry: CatalogueEntry;
  readonly lang: 'da' | 'en';
  readonly model: Model;
  readonly inputs: Map<string, number | string>;
  sheet?: ExcelJS.Worksheet | undefined;
}

const entries = CATALOGUE.filter((e) => e.template.kind === 'model');
const built: Built[] = [];

beforeAll(async () => {
  if (!available) return;
  const dir = mkdtempSync(join(tmpdir(), 'gevinst-catalogue-'));
  const paths: string[] = [];
  const jobs: Built[] = [];
  for (const [i, entry] of entries.entries()) {
    if (entry.template.kind !== 'model') continue;
    const lang = i % 2 === 0 ? 'da' : 'en';
    const inputs = inputsFor(entry.template.model);
    jobs.push({ entry, lang, model: entry.template.model, inputs });
    const path = join(dir, `${entry.id}-${jobs.length}.xlsx`);
    writeFileSync(path, await planToXlsx(planEntry(entry, lang, inputs)));
    paths.push(path);
  }
  // A07 once more with nothing filled in (its transactions are lost in the source).
  const a07 = entries.find((e) => e.id === 'A07');
  if (a07 && a07.template.kind === 'model') {
    jobs.push({ entry: a07, lang: 'da', model: a07.template.model, inputs: new Map() });
    const path = join(dir, 'A07-empty.xlsx');
    writeFileSync(path, await planToXlsx(planEntry(a07, 'da')));
    paths.push(path);
  }
  // A07 once more with a prefilled figure cleared: the figures built on it must wait too.
  if (a07 && a07.template.kind === 'model') {
    const cleared = new Map<string, number | string>([['bc1.employees.value', '']]);
    jobs.push({ entry: a07, lang: 'en', model: a07.template.model, inputs: cleared });
    const path = join(dir, 'A07-cleared.xlsx');
    writeFileSync(path, await planToXlsx(planEntry(a07, 'en', cleared)));
    paths.push(path);
  }
  const out = recalculate(paths);
  for (const [i, job] of jobs.entries()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out[i] ?? '');
    job.sheet = wb.worksheets[0];
    built.push(job);
  }
}, 600_000);

function sheetValue(sheet: ExcelJS.Worksheet, address: string): Value {
  const c = sheet.getCell(address);
  const v = c.formula ? c.result : c.value;
  if (v === undefined || v === null) return null;
  if (typeof v === 'object' && 'error' in (v as object))
    return { error: String((v as { error: string }).error) as ErrorCode };
  return v as Value;
}

function same(sheet: Value, engine: Value): boolean {
  const blank = (x: Value): boolean => x === null || x === '';
  if (blank(sheet) || blank(engine)) return blank(sheet) && blank(engine);
  if (typeof engine === 'number') return typeof sheet === 'number' && closeMoney(sheet, engine);
  if (typeof engine === 'object' && engine !== null) return typeof sheet === 'object' && sheet !== null;
  return sheet === engine;
}

test('every template kind but the benchmark is a catalogue model, and every one is in the parity run', () => {
  const kinds = new Set(entries.map((e) => e.kind));
  expect(KIND_IDS.filter((k) => !kinds.has(k))).toEqual(['benchmark']);
  expect(entries.length).toBeGreaterThanOrEqual(40);
});

maybe('every formula cell of every catalogue sheet equals the engine, in LibreOffice', () => {
  let compared = 0;
  const wrong: string[] = [];
  for (const b of built) {
    const lang = b.lang;
    const { cells } = evaluateModel(withInputs(b.model, b.inputs), new Map(), lang);
    const { cells: at } = modelAddresses(entrySheet(b.entry, b.model, b.lang));
    for (const k of cellsOf(b.model)) {
      if (cellDef(b.model, k).kind !== 'formula') continue;
      const p = at.get(keyOf(k));
      if (!p || !b.sheet) throw new Error(`${b.entry.id}: no address for ${keyOf(k)}`);
      const s = sheetValue(b.sheet, a1(p.row, p.col));
      const e = cells.get(keyOf(k)) ?? null;
      compared++;
      if (!same(s, e))
        wrong.push(
          `${b.entry.id} ${keyOf(k)} ${a1(p.row, p.col)}: sheet ${JSON.stringify(s)}, engine ${JSON.stringify(e)}`,
        );
    }
  }
  expect(wrong).toEqual([]);
  expect(compared).toBeGreaterThan(500);
});

maybe('every key figure equals the engine, and waits for its inputs when they are blank', () => {
  const wrong: string[] = [];
  let waiting = 0;
  for (const b of built) {
    const model = withInputs(b.model, b.inputs);
    const { results } = evaluateModel(model, new Map(), b.lang);
    const { results: at } = modelAddresses(entrySheet(b.entry, b.model, b.lang));
    for (const r of b.model.results) {
      const s = sheetValue(b.sheet!, at.get(r.id) ?? 'ZZ1');
      const e = results.get(r.id) ?? null;
      if (e === (b.lang === 'da' ? 'udfyld input' : 'fill in inputs')) waiting++;
      if (!same(s, e)) wrong.push(`${b.entry.id} ${r.id}: sheet ${JSON.stringify(s)}, engine ${JSON.stringify(e)}`);
      expect(guardedResult(model, r)).toBeDefined();
    }
  }
  expect(wrong).toEqual([]);
  // The empty A07 waits for its lost transactions (business case 2's three figures) and both tables'
  // lost costs (each table's total and payback); the cleared one for those and its employees too.
  expect(waiting).toBe(11);
});

maybe(
  "the catalogue's benchmark entries open the benchmark template with the report's figures, as the engine computes them",
  async () => {
    const seeded = CATALOGUE.flatMap((e) =>
      e.template.kind === 'benchmark' && e.template.benchmark.rows ? [{ e, b: e.template.benchmark }] : [],
    );
    expect(seeded.map((s) => s.e.id)).toEqual(['A12', 'A13']);
    const dir = mkdtempSync(join(tmpdir(), 'gevinst-catalogue-bench-'));
    const paths = await Promise.all(
      seeded.map(async ({ e }) => {
        const path = join(dir, `${e.id}.xlsx`);
        writeFileSync(path, await planToXlsx(planEntry(e, 'da')));
        return path;
      }),
    );
    const out = recalculate(paths);
    for (const [i, { e, b }] of seeded.entries()) {
      const parsed = validateCase({
        template: 'benchmark',
        title: e.id,
        unit: b.unit,
        direction: b.direction,
        own: b.own,
        per: b.per ?? 1,
        rows: b.rows,
        targets: b.targets ?? [],
      });
      if (!parsed.ok || parsed.value.template !== 'benchmark') throw new Error(JSON.stringify(parsed));
      const engine = benchmarkFromSheet(parsed.value);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out[i] ?? '');
      const names = new Map(
        (wb.definedNames.model as { name: string; ranges: string[] }[]).map((n) => [
          n.name,
          n.ranges[0]?.split('!')[1] ?? '',
        ]),
      );
      const named = (name: string): unknown =>
        sheetValue(wb.worksheets[0]!, (names.get(name) ?? 'ZZ1').replace(/\$/g, ''));
      for (const key of ['mean', 'median', 'q1', 'min'] as const) {
        expect([e.id, key, closeMoney(named(BENCHMARK_NAMES[key]) as number, engine.stats[key])]).toEqual([
          e.id,
          key,
          true,
        ]);
      }
      // A13 gives no number of helårsanbragte: no potential, and the sheet asks for the volume.
      if (engine.potential === null) expect(named(BENCHMARK_NAMES.potentialMean)).toBe(BENCHMARK_WORDS.noVolume.da);
      else expect(closeMoney(named(BENCHMARK_NAMES.potentialMean) as number, engine.potential.mean)).toBe(true);
    }
  },
  120_000,
);

test('every one of the 52 entries plans its sheet in both languages, within Excel sheet-name rules', () => {
  for (const e of CATALOGUE)
    for (const lang of ['da', 'en'] as const) {
      const plan = planEntry(e, lang);
      expect([e.id, plan.sheetName.length <= 31, /[[\]:*?/\\]/.test(plan.sheetName)]).toEqual([e.id, true, false]);
      expect(plan.rows).toBeGreaterThan(5);
    }
});
