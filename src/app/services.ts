/** What the task pane may ask of the workbook: the use cases, bound to one Excel. */
import type { Issue } from '../engine/issue';
import type { Language } from '../engine/messages';
import { selectCell, watchWorkbook, type Watchers } from '../excel/events';
import type { OptionsFor } from './calculate';
import { readPotentials, type PotentialSource } from '../excel/send-potential';
import { BENCHMARK_NAMES } from '../sheet/benchmark-plan';
import type { SelectedTable } from '../excel/read-selection';

import type { ColumnMapping } from '../sheet/table-import';
import { simulateForSheet, type SimulationOutput } from '../engine/simulation/output';
import { prepareSimulation, writeSimulation, type SimulationSource, type WrittenSimulation } from './simulation';
import { inProcessRunner, type RunSimulation } from './simulation-runner';
import { insertRealisationForActive, insertRiskRegisterForActive, insertSummaryForActive } from './follow-on';
import { inspectCatalogueSheet, type CatalogueSheet } from './catalogue-sheet';
import { calculateAndWrite, repairActiveInstance, type Calculated } from './calculate';
import {
  checkActiveInstance,
  guarded,
  insertBenchmark,
  insertTemplate,
  insertBenchmarkFromTable,
  insertBenchmarkOverview,
  readSelectedTable,
  insertBusinessCase,
  sendPotentialToBusinessCase,
  type Checked,
  type Deps,
  type InsertedSheet,
  type Outcome,
} from './use-cases';

export type { SelectedTable, PotentialSource, SimulationSource, WrittenSimulation };

/** The benchmark's potentials a user can send to a business case. */
export const POTENTIAL_NAMES = {
  mean: BENCHMARK_NAMES.potentialMean,
  median: BENCHMARK_NAMES.potentialMedian,
  bestQuartile: BENCHMARK_NAMES.potentialBestQuartile,
  best: BENCHMARK_NAMES.potentialBest,
} as const;

export interface PaneServices {
  insertBusinessCase(params: unknown, lang: Language): Promise<Outcome<InsertedSheet>>;
  insertBenchmark(params: unknown, lang: Language): Promise<Outcome<InsertedSheet>>;
  /** The management summary and the benefit realisation plan of the business case on the active sheet. */
  insertSummary(lang: Language): Promise<Outcome<InsertedSheet>>;
  insertRealisationPlan(lang: Language): Promise<Outcome<InsertedSheet>>;
  /** The risk register of the active business case, linked to it. */
  insertRiskRegister(lang: Language): Promise<Outcome<InsertedSheet>>;
  /** The active business case and its register's risks, ready to simulate; or what to fill in first. */
  prepareSimulation(lang: Language): Promise<Outcome<SimulationSource>>;
  /** Runs a simulation off the pane's thread (a Web Worker in the add-in), with progress and cancel. */
  simulate: RunSimulation;
  /** Writes a simulation's results on the case's simulation sheet (its own block replaced) or a new one. */
  writeSimulation(
    source: SimulationSource,
    output: SimulationOutput,
    lang: Language,
  ): Promise<Outcome<WrittenSimulation>>;
  /** The catalogue sheet on the active sheet: what is still blank, and its key figures. */
  inspectCatalogue(lang: Language): Promise<Outcome<CatalogueSheet>>;
  /** A catalogue entry or a built-in model template, by id. */
  insertTemplate(id: string, sheetLanguage: Language, lang: Language): Promise<Outcome<InsertedSheet>>;
  readSelectedTable(lang: Language): Promise<Outcome<SelectedTable & { headers: string[] }>>;
  insertBenchmarkOverview(
    table: SelectedTable,
    choice: { nameColumn: number; own: string; direction: 'lower-is-better' | 'higher-is-better' },
    lang: Language,
  ): Promise<Outcome<{ sheetName: string; columns: number }>>;
  insertBenchmarkFromTable(
    params: unknown,
    table: SelectedTable,
    mapping: ColumnMapping,
    lang: Language,
  ): Promise<Outcome<{ sheetName: string; rows: number; warnings: Issue[] }>>;
  readPotentials(lang: Language): Promise<Outcome<PotentialSource>>;
  sendPotential(
    target: { businessCase: string; label: string; amount: number },
    lang: Language,
  ): Promise<Outcome<{ sheetName: string; cell: string }>>;
  checkActiveInstance(lang: Language): Promise<Outcome<Checked>>;
  calculate(lang: Language, options: OptionsFor, replaceTyped: boolean): Promise<Outcome<Calculated>>;
  repair(lang: Language): Promise<Outcome<Checked>>;
  selectCell(qualified: string, lang: Language): Promise<Outcome<null>>;
  /** Starts following the workbook; `watchActive` also follows the active sheet (after an insert). */
  watch(watchers: Watchers): Promise<{ watchActive(): Promise<void> }>;
}

export function createServices(deps: Deps, simulate: RunSimulation = inProcessRunner(simulateForSheet)): PaneServices {
  return {
    prepareSimulation: (lang) => prepareSimulation(deps, lang),
    simulate,
    writeSimulation: (source, output, lang) => writeSimulation(deps, lang, source, output),
    insertBusinessCase: (params, lang) => insertBusinessCase(deps, params, lang),
    insertBenchmark: (params, lang) => insertBenchmark(deps, params, lang),
    insertTemplate: (id, sheetLanguage, lang) => insertTemplate(deps, id, sheetLanguage, lang),
    insertSummary: (lang) => insertSummaryForActive(deps, lang),
    inspectCatalogue: (lang) => inspectCatalogueSheet(deps, lang),
    insertRealisationPlan: (lang) => insertRealisationForActive(deps, lang),
    insertRiskRegister: (lang) => insertRiskRegisterForActive(deps, lang),
    readSelectedTable: (lang) => readSelectedTable(deps, lang),
    insertBenchmarkOverview: (table, choice, lang) => insertBenchmarkOverview(deps, table, choice, lang),
    insertBenchmarkFromTable: (params, table, mapping, lang) =>
      insertBenchmarkFromTable(deps, params, table, mapping, lang),
    readPotentials: (lang) =>
      guarded(lang, async () => ({ ok: true, value: await readPotentials(deps.run, Object.values(POTENTIAL_NAMES)) })),
    sendPotential: (target, lang) => sendPotentialToBusinessCase(deps, target, lang),
    checkActiveInstance: (lang) => checkActiveInstance(deps, lang),
    calculate: (lang, options, replaceTyped) => calculateAndWrite(deps, lang, options, replaceTyped),
    repair: (lang) => repairActiveInstance(deps, lang),
    selectCell: (qualified, lang) =>
      guarded(lang, async () => {
        await selectCell(deps.run, qualified);
        return { ok: true, value: null };
      }),
    watch: (watchers) => watchWorkbook(deps.run, watchers),
  };
}
