/**
 * Blanks are never 0, as a property over every catalogue entry with a calculation sheet.
 *
 * Every input cell is given a number (or a word from its list). Then each input in turn is blanked,
 * and the figures that depend on it, found by changing the input and seeing which figures move
 * (not by asking the engine's own dependency walk), must:
 * - in `gevinst calc`, be null with the input named in `missing`, where the input is required;
 * - where the input is on an optional row, equal the figure with that input at 0 (the template
 *   declares it: an optional row), and wait when every blank input of a table marked "at least
 *   one row" is blank;
 * - in LibreOffice's recalculation of the sheet with that input blank (a prefilled figure cleared
 *   too), say "udfyld input" / "fill in inputs";
 * while every figure that does not depend on it keeps its number. Filling the input back gives
 * the number again (the full run, where no figure is null).
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { calculate, type EngineCase } from '../../src/engine/calculate';
import { validateCase } from '../../src/engine/case-file';
import { cellDef, cellsOf, keyOf, MISSING_INPUT, type CellDef, type CellKey, type Model } from '../../src/engine/model';
import { entrySheet, planEntry } from '../../src/sheet/entry-plan';
import { modelAddresses } from '../../src/sheet/model-plan';
import type { SheetPlan } from '../../src/sheet/plan';
import { CATALOGUE, CATALOGUE_MODELS, type CatalogueEntry } from '../../src/templates/catalogue';
import { plansToXlsx } from '../../src/xlsx/write-plan';
import { recalculate } from '../helpers/libreoffice';
import { inputsFor } from '../helpers/model-inputs';
import { requireTool } from '../helpers/system';
import { closeMoney } from '../helpers/tolerance';

const available = requireTool('soffice', 'LibreOffice recalculates the sheets with one input blank');
const maybe = available ? test : test.skip;

type Figures = Map<string, { value: number | string | null; missing: readonly string[] }>;
type Entry = CatalogueEntry & { template: { kind: 'model'; model: Model } };

const entries = CATALOGUE.filter((e): e is Entry => e.template.kind === 'model');

/** The case file's key for a cell: `table.row` where the table has one column. */
function caseKey(model: Model, k: CellKey): string {
  const t = model.tables.find((x) => x.id === k.table);
  return t && t.columns.length === 1 ? `${k.table}.${k.row}` : keyOf(k);
}

function calc(e: Entry, inputs: ReadonlyMap<string, number | string>): Figures {
  const given: Record<string, number | string> = {};
  for (const [k, v] of inputs) {
    const [table, row, col] = k.split('.') as [string, string, string];
    given[caseKey(e.template.model, { table, row, col })] = v;
  }
  const parsed = validateCase({ template: 'catalogue', entry: e.id, inputs: given }, { models: CATALOGUE_MODELS });
  if (!parsed.ok) throw new Error(`${e.id}: ${JSON.stringify(parsed.issues)}`);
  const result = calculate(parsed.value as EngineCase);
  if (!('results' in result)) throw new Error(`${e.id}: not a catalogue result`);
  const out: Figures = new Map();
  for (const r of result.results as { id: string; value: number | string | null; missing: string[] }[])
    out.set(r.id, { value: r.value, missing: r.missing });
  return out;
}

const equal = (a: number | string | null, b: number | string | null): boolean =>
  typeof a === 'number' && typeof b === 'number' ? closeMoney(a, b) : a === b;

/** Other values for an input: every other word of its list, or numbers well away from it. */
function otherValues(def: CellDef, v: number | string): (number | string)[] {
  if (def.kind === 'input' && def.choices) return def.choices.map((c) => c.da).filter((x) => x !== v);
  return typeof v === 'number' ? [v * 1.5 + 7, -v - 11] : [v];
}

/** The blank-able inputs of an entry (no prefilled value), with the full inputs and another value for each. */
function inputsOf(e: Entry): {
  full: Map<string, number | string>;
  blankable: CellKey[];
  other: Map<string, (number | string)[]>;
} {
  const model = e.template.model;
  const all = inputsFor(model);
  const full = new Map<string, number | string>();
  const blankable: CellKey[] = [];
  const other = new Map<string, (number | string)[]>();
  for (const k of cellsOf(model)) {
    const def = cellDef(model, k);
    if (def.kind !== 'input') continue;
    const v = all.get(keyOf(k));
    if (v === undefined) continue;
    if (def.value !== null) continue; // a printed figure stays as printed in calc
    full.set(keyOf(k), v);
    blankable.push(k);
    other.set(keyOf(k), otherValues(def, v));
  }
  return { full, blankable, other };
}

const without = (m: ReadonlyMap<string, number | string>, keys: readonly string[]): Map<string, number | string> =>
  new Map([...m].filter(([k]) => !keys.includes(k)));

const withValue = (
  m: ReadonlyMap<string, number | string>,
  key: string,
  v: number | string,
): Map<string, number | string> => new Map([...m, [key, v]]);

/** Which figures move when the input takes any of the other values. */
function dependents(
  e: Entry,
  full: Map<string, number | string>,
  key: string,
  others: readonly (number | string)[],
): Set<string> {
  const base = calc(e, full);
  const out = new Set<string>();
  for (const other of others) {
    const moved = calc(e, withValue(full, key, other));
    for (const [id, f] of base) if (!equal(f.value, moved.get(id)?.value ?? null)) out.add(id);
  }
  return out;
}

test('with every input filled in, every figure of every entry is a figure', () => {
  const empty: string[] = [];
  for (const e of entries) {
    const { full } = inputsOf(e);
    for (const [id, f] of calc(e, full)) if (f.value === null) empty.push(`${e.id} ${id}: ${f.missing.join(', ')}`);
  }
  expect(empty).toEqual([]);
  expect(entries.length).toBeGreaterThanOrEqual(40);
});

test('with nothing filled in, no figure that rests on a blank input is a number (A07, A11, B01, U01 … once showed 0)', () => {
  const wrong: string[] = [];
  let checked = 0;
  for (const e of entries) {
    const { full, blankable, other } = inputsOf(e);
    const empty = calc(e, new Map());
    const rests = new Set<string>();
    for (const k of blankable) for (const id of dependents(e, full, keyOf(k), other.get(keyOf(k)) ?? [])) rests.add(id);
    for (const id of rests) {
      checked++;
      const f = empty.get(id);
      if (f?.value !== null) wrong.push(`${e.id} ${id}: ${JSON.stringify(f?.value)}`);
    }
  }
  expect(wrong).toEqual([]);
  expect(checked).toBeGreaterThanOrEqual(55); // measured: 57
});

test('blank one input: the figures resting on it wait in calc (required) or take it as 0 (an optional row); the rest keep their numbers', () => {
  const wrong: string[] = [];
  let waited = 0;
  let tried = 0;
  for (const e of entries) {
    const model = e.template.model;
    const { full, blankable, other } = inputsOf(e);
    const base = calc(e, full);
    for (const k of blankable) {
      const key = keyOf(k);
      const def = cellDef(model, k);
      if (def.kind !== 'input') continue;
      tried++;
      const moved = dependents(e, full, key, other.get(key) ?? []);
      const blanked = calc(e, without(full, [key]));
      const zero = def.optional && !def.choices ? calc(e, withValue(full, key, 0)) : null;
      for (const [id, f] of blanked) {
        const was = base.get(id)?.value ?? null;
        const named = f.missing.includes(caseKey(model, k).replace(/\.value$/, ''));
        if (!moved.has(id)) {
          // A stepped figure (a payback year) may rest on the input without moving: waiting is safe.
          if (!equal(f.value, was) && !(f.value === null && named))
            wrong.push(`${e.id} ${key} → ${id}: ${String(f.value)}, not ${String(was)}`);
        } else if (zero) {
          const z = zero.get(id)?.value ?? null;
          if (!equal(f.value, z))
            wrong.push(`${e.id} ${key} (optional) → ${id}: ${String(f.value)}, not as 0: ${String(z)}`);
        } else if (f.value !== null || !named) {
          wrong.push(`${e.id} ${key} → ${id}: ${String(f.value)}, missing [${f.missing.join(', ')}]`);
        } else waited++;
      }
    }
  }
  expect(wrong).toEqual([]);
  console.log(`calc: ${tried} inputs blanked, ${waited} figures waited`);
  // Measured: 489 inputs blanked, 103 figures waited.
  expect(tried).toBeGreaterThan(450);
  expect(waited).toBeGreaterThan(95);
});

test('a table marked "at least one row" with every blank input left blank: the figures resting on it wait, named by the table', () => {
  const wrong: string[] = [];
  const tables: string[] = [];
  for (const e of entries) {
    const model = e.template.model;
    const { full, blankable } = inputsOf(e);
    const base = calc(e, full);
    for (const t of model.tables.filter((x) => x.requireAny)) {
      tables.push(`${e.id}.${t.id}`);
      const group = blankable.filter((k) => k.table === t.id && cellDef(model, k).kind === 'input');
      const optional = group.filter((k) => {
        const d = cellDef(model, k);
        return d.kind === 'input' && d.optional;
      });
      const blanked = calc(e, without(full, optional.map(keyOf)));
      const zeroed = calc(e, new Map([...full, ...optional.map((k): [string, number] => [keyOf(k), 0])]));
      for (const [id, f] of blanked) {
        const rests = !equal(zeroed.get(id)?.value ?? null, base.get(id)?.value ?? null);
        if (rests && (f.value !== null || !f.missing.includes(t.id)))
          wrong.push(`${e.id} ${t.id} → ${id}: ${String(f.value)} [${f.missing.join(', ')}]`);
      }
    }
  }
  expect(wrong).toEqual([]);
  // A06, A11, B01, B02, S02, S06, S07, U01–U04: the tables whose figures were 0 with nothing filled in.
  expect(tables.length).toBeGreaterThanOrEqual(11);
});

interface SheetJob {
  readonly e: Entry;
  readonly lang: 'da' | 'en';
  readonly blanked: string;
  /** The figures that must wait, and the rest with their numbers. */
  readonly wait: readonly string[];
  readonly keep: ReadonlyMap<string, number | string | null>;
  /** Figures calc also holds back with the input blank though changing it did not move them (a payback year). */
  readonly alsoWaits: readonly string[];
  readonly sheetName: string;
}

const jobs: SheetJob[] = [];
const emptyPairs: { e: Entry; lang: 'da' | 'en' }[] = [];
const books = new Map<string, ExcelJS.Workbook>();

/** A sheet as LibreOffice recalculated it. */
function recalculatedSheet(name: string): ExcelJS.Worksheet {
  const ws = books.get(name)?.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

beforeAll(async () => {
  if (!available) return;
  const dir = mkdtempSync(join(tmpdir(), 'gevinst-blanks-'));
  const paths: string[] = [];
  for (const [i, e] of entries.entries()) {
    const model = e.template.model;
    const lang = i % 2 === 0 ? 'da' : 'en';
    const all = inputsFor(model); // every input cell, prefilled ones too
    const base = calc(e, all);
    const plans: SheetPlan[] = [];
    for (const k of cellsOf(model)) {
      const def = cellDef(model, k);
      if (def.kind !== 'input' || def.optional) continue;
      const key = keyOf(k);
      const inputs = withValue(all, key, ''); // blank, or a printed figure cleared
      const moved = dependents(e, all, key, otherValues(def, all.get(key) ?? 0));
      const sheetName = `${e.id}-${plans.length + 1}`;
      const name = caseKey(model, k).replace(/\.value$/, '');
      const held = def.value === null ? calc(e, without(all, [key])) : (new Map() as Figures);
      const alsoWaits = [...held].filter(([, f]) => f.value === null && f.missing.includes(name)).map(([id]) => id);
      const plan = planEntry(e, lang, inputs);
      plans.push({ ...plan, sheetName, names: [] });
      jobs.push({
        e,
        lang,
        blanked: key,
        wait: [...moved],
        keep: new Map([...base].filter(([id]) => !moved.has(id)).map(([id, f]) => [id, f.value])),
        alsoWaits,
        sheetName,
      });
    }
    // Each table marked "at least one row", with all its blank inputs left blank.
    for (const t of model.tables.filter((x) => x.requireAny)) {
      const group = cellsOf(model).filter((k) => {
        const d = cellDef(model, k);
        return k.table === t.id && d.kind === 'input' && d.optional && d.value === null;
      });
      const inputs = new Map([...all, ...group.map((k): [string, string] => [keyOf(k), ''])]);
      const zeroed = calc(e, new Map([...all, ...group.map((k): [string, number] => [keyOf(k), 0])]));
      const rests = new Set(
        [...base].filter(([id, f]) => !equal(f.value, zeroed.get(id)?.value ?? null)).map(([id]) => id),
      );
      const sheetName = `${e.id}-${plans.length + 1}`;
      plans.push({ ...planEntry(e, lang, inputs), sheetName, names: [] });
      jobs.push({
        e,
        lang,
        blanked: t.id,
        wait: [...rests],
        keep: new Map([...base].filter(([id]) => !rests.has(id)).map(([id, f]) => [id, f.value])),
        alsoWaits: [],
        sheetName,
      });
    }
    // The entry as inserted (nothing typed), and with only its required inputs given: a figure the
    // empty sheet shows as a number must be the same in both, else it rested on a blank.
    const required = new Map(
      [...inputsOf(e).full].filter(([key]) => {
        const [table, row, col] = key.split('.') as [string, string, string];
        const d = cellDef(model, { table, row, col });
        return d.kind === 'input' && !d.optional;
      }),
    );
    plans.push({ ...planEntry(e, lang), sheetName: `${e.id}-empty`, names: [] });
    plans.push({ ...planEntry(e, lang, required), sheetName: `${e.id}-required`, names: [] });
    emptyPairs.push({ e, lang });
    if (plans.length === 0) continue;
    const path = join(dir, `${e.id}.xlsx`);
    writeFileSync(path, await plansToXlsx(plans));
    paths.push(path);
  }
  const out = recalculate(paths);
  for (const path of out) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    for (const ws of wb.worksheets) books.set(ws.name, wb);
  }
}, 900_000);

maybe(
  'in LibreOffice, a sheet with one required input blank, or every row of a table blank, says "udfyld input" in every figure resting on it, and only there',
  () => {
    const wrong: string[] = [];
    let waited = 0;
    for (const j of jobs) {
      const ws = recalculatedSheet(j.sheetName);
      const { results } = modelAddresses(entrySheet(j.e, j.e.template.model, j.lang));
      const shown = (id: string): unknown => {
        const c = ws.getCell(results.get(id) ?? 'ZZ1');
        return c.formula ? c.result : c.value;
      };
      for (const id of j.wait) {
        if (shown(id) === MISSING_INPUT[j.lang]) waited++;
        else wrong.push(`${j.sheetName} ${j.blanked} → ${id}: ${JSON.stringify(shown(id))}`);
      }
      for (const [id, v] of j.keep) {
        const s = shown(id);
        // Words (A01's answer) are compared by calc in Danish; the sheet may be English.
        const same = typeof v === 'number' ? typeof s === 'number' && closeMoney(s, v) : typeof s === 'string';
        if (!same)
          wrong.push(`${j.sheetName} ${j.blanked} → ${id} changed: ${JSON.stringify(s)}, calc ${JSON.stringify(v)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(jobs.length).toBeGreaterThan(180);
    expect(waited).toBeGreaterThan(100);
  },
);

maybe(
  'in LibreOffice, the total row of a table that needs a row says "udfyld input" while the table is blank, a number once it is filled, and no cell shows an error',
  () => {
    const wrong: string[] = [];
    let waited = 0;
    let counted = 0;
    for (const j of jobs) {
      const ws = recalculatedSheet(j.sheetName);
      const model = j.e.template.model;
      const { cells } = modelAddresses(entrySheet(j.e, model, j.lang));
      const shown = (k: CellKey): unknown => {
        const at = cells.get(keyOf(k));
        const c = at ? ws.getRow(at.row + 1).getCell(at.col + 1) : null;
        return c?.formula ? c.result : c?.value;
      };
      // No #VALUE! from a guarded total's text in the figures gathered from it (exceljs reads an error as { error }).
      ws.eachRow((row, r) =>
        row.eachCell((c, col) => {
          const v: unknown = c.formula ? c.result : c.value;
          if (typeof v === 'object' && v !== null && 'error' in v)
            wrong.push(`${j.sheetName} R${r}C${col}: ${JSON.stringify(v)}`);
        }),
      );
      for (const t of model.tables.filter((x) => x.requireAny)) {
        const blank = j.blanked === t.id;
        for (const r of t.rows.filter((x) => x.total))
          for (const col of t.columns) {
            const k = { table: t.id, row: r.id, col: col.id };
            if (cellDef(model, k).kind !== 'formula') continue;
            const v = shown(k);
            if (blank ? v === MISSING_INPUT[j.lang] : typeof v === 'number') {
              if (blank) waited++;
              else counted++;
            } else wrong.push(`${j.sheetName} ${keyOf(k)} (${blank ? 'blank' : 'filled'}): ${JSON.stringify(v)}`);
          }
      }
    }
    expect(wrong).toEqual([]);
    console.log(`LibreOffice: ${waited} total cells waited, ${counted} were numbers`);
    // Measured: 26 total cells waited over the 11 tables' blank sheets.
    expect(waited).toBeGreaterThanOrEqual(26);
    expect(counted).toBeGreaterThanOrEqual(41); // measured: 41
  },
);

maybe(
  'in LibreOffice, a computed cell an empty sheet shows as a number does not change when the required inputs are filled in (no working figure rests on a blank)',
  () => {
    const wrong: string[] = [];
    let numbers = 0;
    let waiting = 0;
    for (const { e } of emptyPairs) {
      const empty = recalculatedSheet(`${e.id}-empty`);
      const filled = recalculatedSheet(`${e.id}-required`);
      empty.eachRow((row, r) =>
        row.eachCell((c, col) => {
          if (!c.formula) return;
          const v: unknown = c.result;
          if (v === MISSING_INPUT.da || v === MISSING_INPUT.en) waiting++;
          if (typeof v !== 'number') return;
          numbers++;
          const other: unknown = filled.getRow(r).getCell(col).result;
          if (typeof other !== 'number' || !closeMoney(other, v))
            wrong.push(`${e.id} ${c.address}: ${v} empty, ${JSON.stringify(other)} filled`);
        }),
      );
    }
    expect(wrong).toEqual([]);
    console.log(`LibreOffice, empty sheets: ${numbers} computed numbers stand, ${waiting} cells wait`);
    // Measured: 166 numbers stand (printed figures and rows of optional inputs), 304 cells wait. An
    // empty A07 once showed "= Årligt resultat" 0 and "Tilbagebetalt" 1; without the guard A01 shows 0 shares.
    expect(emptyPairs.length).toBe(entries.length);
    expect(waiting).toBeGreaterThan(200);
  },
);
