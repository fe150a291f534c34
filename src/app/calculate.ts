/**
 * Beregn: read and check the active instance (one sync), compute the analyses, and write the
 * output block and its charts into the region the add-in owns (one more sync). If the user typed
 * into that region since the last run, nothing is written until they confirm.
 */
import { businessCaseLayout } from '../sheet/business-case-layout';
import { analyse, type Analysis } from '../engine/what-if';
import { issue } from '../engine/issue';
import type { Language } from '../engine/messages';
import { writeOutput, applyRepairs } from '../excel/write-output';
import { formulaCellValue } from '../sheet/plan';
import {
  OUTPUT_HASH_NAME,
  OUTPUT_NAME,
  fingerprint,
  lineRowsOf,
  outputFingerprint,
  planOutput,
  type OutputPlan,
} from '../sheet/output-plan';
import { a1, a1Range, parseA1Range } from '../sheet/address';
import { endsInCells, type SheetCells } from '../sheet/read-business-case';
import type { CalcOptions } from './calc-options';
import {
  checkActiveInstance,
  guarded,
  inspectActiveInstance,
  type Checked,
  type Deps,
  type Outcome,
} from './use-cases';

export type Calculated =
  | { readonly kind: 'written'; readonly checked: Checked; readonly analysis: Analysis }
  /** The owned region holds content the add-in did not write: these cells. */
  | { readonly kind: 'confirm'; readonly checked: Checked; readonly cells: string[] };

/** The cells of `region` as `formulas` reads them ('' where the read holds none). */
export function block(
  cells: SheetCells | null,
  region: { row: number; col: number; rows: number; cols: number },
): unknown[][] {
  return Array.from({ length: region.rows }, (_, r) =>
    Array.from(
      { length: region.cols },
      (_, c) => cells?.formulas[region.row + r - cells.rowOffset]?.[region.col + c - cells.colOffset] ?? '',
    ),
  );
}

/**
 * Cells in the owned region that hold what the add-in did not write. The fingerprint of the last
 * output says whether anything changed; if so, the cells that differ from the new output (or
 * hold a non-number where the add-in writes a number) are the user's.
 */
function typedCells(cells: SheetCells | null, names: ReadonlyMap<string, string>, out: OutputPlan): string[] {
  const previous = names.get(OUTPUT_NAME);
  const prev = previous ? parseA1Range(previous) : null;
  const region = {
    row: out.row,
    col: out.col,
    rows: Math.max(out.rows, prev ? prev.row + prev.rows - out.row : 0),
    cols: Math.max(out.cols, prev ? prev.col + prev.cols - out.col : 0),
  };
  const stored = /^="([0-9a-f]{8})"$/.exec(names.get(OUTPUT_HASH_NAME) ?? '')?.[1];
  if (prev && stored === fingerprint(block(cells, prev))) return [];
  const typed: string[] = [];
  block(cells, region).forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === '' || v === null) return;
      const planned = out.cells[r]?.[c] ?? null;
      const ours =
        planned !== null &&
        (planned.content.kind === 'number' ? typeof v === 'number' : formulaCellValue(planned) === v);
      if (!ours) typed.push(`${cells?.sheetName ?? ''}!${a1(region.row + r, region.col + c)}`);
    }),
  );
  return typed;
}

/**
 * The block a name such as `='Business case'!$A$60:$I$110` refers to, as an address on its own
 * sheet (`A60:I110`): a worksheet's getRange takes no sheet-qualified address.
 */
export function localRegion(formula: string | undefined): string | null {
  if (formula === undefined) return null;
  try {
    const r = parseA1Range(formula.replace(/^=/, ''));
    return a1Range(r.row, r.col, r.rows, r.cols);
  } catch {
    return null;
  }
}

/** The formula (or constant) a snapshot holds at a sheet position; '' outside it. */
const formulaAt =
  (cells: SheetCells | null | undefined) =>
  (row: number, col: number): unknown =>
    cells?.formulas[row - cells.rowOffset]?.[col - cells.colOffset] ?? '';

/** Options as given, or made from the instance's horizon once it is read. */
export type OptionsFor = CalcOptions | ((horizon: number) => CalcOptions);

export async function calculateAndWrite(
  deps: Deps,
  lang: Language,
  options: OptionsFor,
  replaceTyped = false,
): Promise<Outcome<Calculated>> {
  return guarded(lang, () => calculateGuarded(deps, lang, options, replaceTyped));
}

async function calculateGuarded(
  deps: Deps,
  lang: Language,
  optionsFor: OptionsFor,
  replaceTyped: boolean,
): Promise<Outcome<Calculated>> {
  const read = await inspectActiveInstance(deps, lang);
  if (!read.ok) return read;
  const options = typeof optionsFor === 'function' ? optionsFor(read.value.shape.horizon) : optionsFor;
  const { checked, snapshot } = read.value;
  if (!checked.input || !checked.result)
    return {
      ok: false,
      failure: { kind: 'issues', issues: checked.issues.length > 0 ? checked.issues : [issue('not_instance', [])] },
    };
  const input = {
    ...checked.input,
    scenarios: [...options.scenarios],
    sensitivity: { step: options.sensitivityStep },
    grid: { rates: [...options.grid.rates], gainFactors: [...options.grid.gainFactors] },
    breakEven: options.paybackWithin === null ? {} : { paybackWithin: options.paybackWithin },
  };
  const analysis = analyse(input);
  const shape = read.value.shape;
  const layout = businessCaseLayout(shape.horizon, shape.lines);
  const out = planOutput({
    layout,
    startRow: layout.height + 1,
    language: shape.language,
    unit: checked.input.unit,
    result: checked.result,
    analysis,
    scenarioDefinitions: input.scenarios,
    sensitivityStep: options.sensitivityStep,
    lineRows: lineRowsOf(layout, checked.input.lines, (row) => endsInCells(layout, formulaAt(snapshot.cells), row)),
  });
  const typed = typedCells(snapshot.cells, snapshot.names, out);
  if (typed.length > 0 && !replaceTyped) return { ok: true, value: { kind: 'confirm', checked, cells: typed } };
  await writeOutput(deps.run, {
    plan: out,
    fingerprint: outputFingerprint(out),
    previousRegion: localRegion(snapshot.names.get(OUTPUT_NAME)),
    existingNames: new Set(snapshot.names.keys()),
    existingCharts: snapshot.charts,
    existingStyles: snapshot.styles,
  });
  return { ok: true, value: { kind: 'written', checked, analysis } };
}

/** Puts back what the check found repairable (template formulas, key names). */
export async function repairActiveInstance(deps: Deps, lang: Language): Promise<Outcome<Checked>> {
  const read = await checkActiveInstance(deps, lang);
  if (!read.ok || read.value.repairs.length === 0) return read;
  return guarded(lang, async () => {
    await applyRepairs(deps.run, read.value.repairs);
    return checkActiveInstance(deps, lang);
  });
}
