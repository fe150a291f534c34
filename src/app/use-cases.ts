/**
 * The add-in's use cases, shared by the task pane and the ribbon commands: insert a business
 * case, and check or calculate the instance on the active sheet. They reach Excel only through
 * the `RunExcel` they are given, and return values, never Office errors.
 */
import { businessCaseLayout } from '../sheet/business-case-layout';
import { computeBusinessCase, type BusinessCaseResult } from '../engine/business-case';
import { validateCase } from '../engine/case-file';
import { hasErrors, issue, type Issue } from '../engine/issue';
import type { Language } from '../engine/messages';
import { fromZodIssues } from '../engine/zod-issues';
import type { PrintOutcome } from '../excel/page-layout';
import { insertPlan } from '../excel/insert-plan';
import { INSTANCE_NAME } from '../excel/insert-plan';
import { readActiveSheet, type InstanceSnapshot } from '../excel/read-instance';
import type { RunExcel } from '../excel/run';
import { NAMES } from '../sheet/business-case-plan';
import { readBusinessCase, type Repair } from '../sheet/read-business-case';
import { templateOf } from '../sheet/identity';
import { parseShape, SHAPE_NAME, type Shape } from '../sheet/shape';
import type { BusinessCaseFile } from '../engine/business-case-schema';
import { benchmarkParameters } from '../templates/benchmark';
import { planBenchmark } from '../sheet/benchmark-plan';
import { readSelection, type SelectedTable } from '../excel/read-selection';
import { headersOf, rowsFromTable, type ColumnMapping } from '../sheet/table-import';
import { planBenchmarkOverview } from '../sheet/benchmark-overview-plan';
import { a1, parseA1Range } from '../sheet/address';
import { writeGainLine } from '../excel/send-potential';
import { WORDS } from '../templates/business-case';
import { officeErrorMessage } from './office-errors';
import { templateById, galleryEntry, templateForGallery } from '../sheet/registry';
import { fail, type Result } from '../engine/result';
import type { SheetPlan } from '../sheet/plan';
import { BUSINESS_CASE } from '../templates/business-case-info';
import { BENCHMARK } from '../templates/benchmark-info';

export interface Deps {
  readonly run: RunExcel;
  readonly newId: () => string;
}

/** Where an insert went, and whether its page set-up went in too (ExcelApi 1.9). */
export interface InsertedSheet {
  readonly sheetName: string;
  readonly print?: PrintOutcome;
}

/** A failure the user can act on: issues to list, or one plain sentence from Excel. */
export type Failure = { kind: 'issues'; issues: Issue[] } | { kind: 'office'; message: string };

export type Outcome<T> = { ok: true; value: T } | { ok: false; failure: Failure };

export async function guarded<T>(lang: Language, work: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
  try {
    return await work();
  } catch (e) {
    return { ok: false, failure: { kind: 'office', message: officeErrorMessage(e, lang) } };
  }
}

/** Inserts a plan the registry made, or says by path why there is none (before Excel is touched). */
async function insertPlanned(deps: Deps, plan: Result<SheetPlan>, lang: Language): Promise<Outcome<InsertedSheet>> {
  if (!plan.ok) return { ok: false, failure: { kind: 'issues', issues: plan.issues } };
  return guarded(lang, async () => {
    const inserted = await insertPlan(deps.run, plan.value, deps.newId());
    return { ok: true, value: { sheetName: inserted.sheetName, print: inserted.print } };
  });
}

/** The template a gallery entry inserts, with the parameters its form (or the pane) gives. */
export async function insertFromGallery(
  deps: Deps,
  id: string,
  raw: unknown,
  lang: Language,
): Promise<Outcome<InsertedSheet>> {
  const insert = templateForGallery(id)?.insert;
  const unknown = issue('invalid_value', ['template'], { allowed: 'a template of the gallery', received: id });
  // A card's preset (such as a wording) goes in under what the form or the pane sends.
  const preset = galleryEntry(id)?.preset;
  const params = preset && typeof raw === 'object' && raw !== null ? { ...preset, ...raw } : raw;
  return insertPlanned(deps, insert ? insert(params) : fail([unknown]), lang);
}

export const insertBusinessCase = (deps: Deps, raw: unknown, lang: Language): Promise<Outcome<InsertedSheet>> =>
  insertFromGallery(deps, BUSINESS_CASE.id, raw, lang);

export const insertBenchmark = (deps: Deps, raw: unknown, lang: Language): Promise<Outcome<InsertedSheet>> =>
  insertFromGallery(deps, BENCHMARK.id, raw, lang);

/** A gallery template that opens no form, or a catalogue entry by its id, in the sheet language chosen. */
export async function insertTemplate(
  deps: Deps,
  id: string,
  sheetLanguage: Language,
  lang: Language,
): Promise<Outcome<InsertedSheet>> {
  if (templateForGallery(id)) return insertFromGallery(deps, id, { language: sheetLanguage }, lang);
  const catalogue = templateById('catalogue')?.insert;
  return insertPlanned(deps, catalogue ? catalogue({ entry: id, language: sheetLanguage }) : fail([]), lang);
}

/** The user's selected range, for choosing which columns hold what (one sync, no writes). */
export async function readSelectedTable(
  deps: Deps,
  lang: Language,
): Promise<Outcome<SelectedTable & { headers: string[] }>> {
  return guarded(lang, async () => {
    const table = await readSelection(deps.run);
    return { ok: true, value: { ...table, headers: headersOf(table) } };
  });
}

/** A benchmark sheet filled from the user's own table; the table itself is not changed. */
export async function insertBenchmarkFromTable(
  deps: Deps,
  raw: unknown,
  table: SelectedTable,
  mapping: ColumnMapping,
  lang: Language,
): Promise<Outcome<{ sheetName: string; rows: number; warnings: Issue[] }>> {
  const read = rowsFromTable(table, mapping);
  if (hasErrors(read.issues)) return { ok: false, failure: { kind: 'issues', issues: read.issues } };
  if (read.rows.length < 2) {
    const few = issue('too_small', ['rows'], {
      expected: 'at least 2 rows with a name',
      expectedDa: 'mindst 2 rækker med et navn',
      received: `${read.rows.length}`,
    });
    return { ok: false, failure: { kind: 'issues', issues: [few] } };
  }
  const params = benchmarkParameters.safeParse(
    { ...(raw as object), rows: Math.max(2, read.rows.length) },
    { reportInput: true },
  );
  if (!params.success) return { ok: false, failure: { kind: 'issues', issues: fromZodIssues(params.error.issues) } };
  return guarded(lang, async () => {
    const plan = planBenchmark(params.data, { rows: read.rows, targets: [] });
    const inserted = await insertPlan(deps.run, plan, deps.newId());
    // Warnings (a text read one of two ways) go with the result, each with its cell.
    return { ok: true, value: { sheetName: inserted.sheetName, rows: read.rows.length, warnings: read.issues } };
  });
}

/** Statistics of every key-figure column of the user's selected table, as live formulas on a new sheet. */
export async function insertBenchmarkOverview(
  deps: Deps,
  table: SelectedTable,
  choice: { nameColumn: number; own: string; direction: 'lower-is-better' | 'higher-is-better' },
  lang: Language,
): Promise<Outcome<{ sheetName: string; columns: number }>> {
  const plan = planBenchmarkOverview({
    language: lang,
    sheetName: table.sheetName,
    table: parseA1Range(table.address),
    headers: headersOf(table),
    ...choice,
  });
  return guarded(lang, async () => {
    const inserted = await insertPlan(deps.run, plan, deps.newId());
    return { ok: true, value: { sheetName: inserted.sheetName, columns: plan.metadata.layout['columns'] ?? 0 } };
  });
}

/**
 * Adds a benchmark potential to a business case as a gain line marked anslået (estimated): the
 * first gain line that is still empty takes the label and the amount in every year. Two syncs.
 */
export async function sendPotentialToBusinessCase(
  deps: Deps,
  target: { businessCase: string; label: string; amount: number },
  lang: Language,
): Promise<Outcome<{ sheetName: string; cell: string }>> {
  return guarded(lang, async () => {
    const snapshot = await readActiveSheet(deps.run, target.businessCase);
    const shape = parseShape(snapshot.names.get(SHAPE_NAME) ?? '');
    if (!shape || shape.templateId !== BUSINESS_CASE.id || !snapshot.cells) {
      return { ok: false, failure: { kind: 'issues', issues: [issue('not_instance', [])] } };
    }
    const cells = snapshot.cells;
    const layout = businessCaseLayout(shape.horizon, shape.lines);
    const at = (r: number, c: number): unknown => cells.values[r - cells.rowOffset]?.[c - cells.colOffset] ?? '';
    const first = layout.sections.gain.first;
    const free = Array.from({ length: shape.lines.gain }, (_, i) => first + i).find((r, i) => {
      const label = String(at(r, 0)).trim();
      const defaultLabel = `${WORDS.gainLine[shape.language]} ${i + 1}`;
      return (
        (label === '' || label === defaultLabel) &&
        Array.from({ length: shape.horizon }, (_, k) => at(r, 1 + k)).every((v) => v === '' || v === 0)
      );
    });
    if (free === undefined)
      return {
        ok: false,
        failure: {
          kind: 'issues',
          issues: [issue('no_free_line', [], { sheet: JSON.stringify(target.businessCase) })],
        },
      };
    const mark = shape.language === 'da' ? 'anslået' : 'estimated';
    const values = Array.from({ length: shape.horizon }, () => target.amount);
    await writeGainLine(deps.run, target.businessCase, free, 1, `${target.label} (${mark})`, values);
    return { ok: true, value: { sheetName: target.businessCase, cell: `${target.businessCase}!${a1(free, 0)}` } };
  });
}

export interface Checked {
  readonly sheetName: string;
  /** Errors and warnings, each with its cell where the sheet knows it. */
  readonly issues: Issue[];
  /** What can be put back without touching the user's inputs. */
  readonly repairs: Repair[];
  /** The case read from the sheet and its computed figures, when the instance had no errors. */
  readonly input: BusinessCaseFile | null;
  readonly result: BusinessCaseResult | null;
}

/** The sheet was renamed since insert: harmless (names are sheet-scoped), but worth saying. */
function renamed(snapshot: InstanceSnapshot): Issue[] {
  const at = /^="[^|]*\|(.*)"$/.exec(snapshot.names.get(INSTANCE_NAME) ?? '')?.[1]?.replace(/""/g, '"');
  return at !== undefined && at !== snapshot.sheetName
    ? [issue('sheet_renamed', [], { from: JSON.stringify(at) }, 'warning')]
    : [];
}

function checked(snapshot: InstanceSnapshot, shape: Shape): Checked {
  const read = readBusinessCase(
    shape,
    snapshot.cells ?? { sheetName: snapshot.sheetName, values: [], formulas: [], rowOffset: 0, colOffset: 0 },
    snapshot.names,
  );
  const base = { sheetName: snapshot.sheetName, repairs: read.repairs };
  const issues = [...read.issues, ...renamed(snapshot)];
  if (!read.input) return { ...base, issues, input: null, result: null };
  const valid = validateCase(read.input);
  if (!valid.ok || valid.value.template !== 'business-case') {
    // The schema speaks in paths; on a sheet every issue names the cell its value came from.
    const located = (valid.ok ? [] : valid.issues).map((i) => ({ ...i, cell: i.cell ?? read.cellOf(i.path) }));
    return { ...base, issues: [...issues, ...located], input: null, result: null };
  }
  // Nothing to compute in a case with no figures: no NPV of 0, no IRR problem, no payback in År 1.
  if (read.empty) return { ...base, issues, input: valid.value, result: null };
  const result = computeBusinessCase(valid.value);
  return { ...base, issues: [...issues, ...result.issues], input: valid.value, result };
}

export interface Inspection {
  readonly checked: Checked;
  readonly snapshot: InstanceSnapshot;
  readonly shape: Shape;
}

/** Reads the instance on the active sheet in one sync, checks it and computes it. */
export async function checkActiveInstance(deps: Deps, lang: Language): Promise<Outcome<Checked>> {
  const o = await inspectActiveInstance(deps, lang);
  return o.ok ? { ok: true, value: o.value.checked } : o;
}

/** The check, with what was read (the sheet's names, cells and charts) and the instance's shape. */
export async function inspectActiveInstance(deps: Deps, lang: Language): Promise<Outcome<Inspection>> {
  return guarded(lang, async () => {
    const snapshot = await readActiveSheet(deps.run);
    const shape = parseShape(snapshot.names.get(SHAPE_NAME) ?? '');
    // A missing layout is the instance's; it is reported at the sheet's first cell, where the instance starts.
    const problem = (code: 'not_instance' | 'layout_missing'): Outcome<Inspection> => ({
      ok: false,
      failure: {
        kind: 'issues',
        issues: [
          code === 'layout_missing' ? { ...issue(code, []), cell: `${snapshot.sheetName}!A1` } : issue(code, []),
        ],
      },
    });
    const other = templateOf(snapshot.names.get(SHAPE_NAME) ?? '');
    const checkable = other !== null && templateById(other)?.checkable === true;
    if (!shape && other && !checkable) {
      return { ok: false, failure: { kind: 'issues', issues: [issue('not_checkable', [], { template: other })] } };
    }
    if (!shape && checkable) {
      // The layout name was edited by hand to a size the template cannot have.
      const edited = { ...issue('layout_invalid', [], { name: SHAPE_NAME }), cell: `${snapshot.sheetName}!A1` };
      return { ok: false, failure: { kind: 'issues', issues: [edited] } };
    }
    if (!shape) return problem(snapshot.names.has(NAMES.template) ? 'layout_missing' : 'not_instance');
    if (templateById(shape.templateId)?.checkable !== true) return problem('layout_missing');
    return { ok: true, value: { checked: checked(snapshot, shape), snapshot, shape } };
  });
}
