/**
 * The composition root: the use cases bound to the real Excel, with a time-out on every batch.
 * The use cases (and with them zod and the engine) load on first use, after the pane's first
 * render, which keeps the first download small.
 */
import { officeRun, withTimeout } from '../excel/run';
import type { PaneServices } from './services';
import { workerRunner, type RunSimulation, type WorkerLike } from './simulation-runner';
import type { Deps } from './use-cases';

export function officeDeps(): Deps {
  return { run: withTimeout(officeRun, 30), newId: () => crypto.randomUUID() };
}

/** Services whose implementation is fetched on the first call. */
export function lazyServices(deps: () => Deps, simulate: RunSimulation): PaneServices {
  let loaded: Promise<PaneServices> | null = null;
  const load = (): Promise<PaneServices> =>
    (loaded ??= import(/* webpackChunkName: "use-cases" */ './services').then((m) =>
      m.createServices(deps(), simulate),
    ));
  return {
    simulate,
    prepareSimulation: async (...a) => (await load()).prepareSimulation(...a),
    writeSimulation: async (...a) => (await load()).writeSimulation(...a),
    insertBusinessCase: async (...a) => (await load()).insertBusinessCase(...a),
    insertBenchmark: async (...a) => (await load()).insertBenchmark(...a),
    insertTemplate: async (...a) => (await load()).insertTemplate(...a),
    insertSummary: async (...a) => (await load()).insertSummary(...a),
    inspectCatalogue: async (...a) => (await load()).inspectCatalogue(...a),
    insertRealisationPlan: async (...a) => (await load()).insertRealisationPlan(...a),
    insertRiskRegister: async (...a) => (await load()).insertRiskRegister(...a),
    readSelectedTable: async (...a) => (await load()).readSelectedTable(...a),
    insertBenchmarkOverview: async (...a) => (await load()).insertBenchmarkOverview(...a),
    insertBenchmarkFromTable: async (...a) => (await load()).insertBenchmarkFromTable(...a),
    readPotentials: async (...a) => (await load()).readPotentials(...a),
    sendPotential: async (...a) => (await load()).sendPotential(...a),
    checkActiveInstance: async (...a) => (await load()).checkActiveInstance(...a),
    calculate: async (...a) => (await load()).calculate(...a),
    repair: async (...a) => (await load()).repair(...a),
    selectCell: async (...a) => (await load()).selectCell(...a),
    watch: async (...a) => (await load()).watch(...a),
  };
}

/** The simulation worker, beside the pane's page (webpack's `simulation-worker` entry). */
export const SIMULATION_WORKER = 'simulation-worker.js';

export function officeServices(): PaneServices {
  return lazyServices(
    officeDeps,
    workerRunner(() => new Worker(SIMULATION_WORKER) as unknown as WorkerLike),
  );
}
