/**
 * Where a simulation runs: in the task pane, a Web Worker (simulation-worker.ts), so the pane
 * stays responsive, reports progress and can be cancelled at once (the worker is terminated);
 * where there is no worker (tests, the CLI), in-process after the current task. Both give the
 * same numbers: the engine is the same, and seeded.
 */
import type { BusinessCaseFile, SimulationOptions } from '../engine/business-case-schema';
import type { SimulationOutput } from '../engine/simulation/output';

export interface SimulationJob {
  /** The output; rejects with SimulationCancelled after `cancel`, or with the engine's error. */
  readonly done: Promise<SimulationOutput>;
  cancel(): void;
}

export type RunSimulation = (
  c: BusinessCaseFile,
  options: SimulationOptions,
  onProgress: (done: number, of: number) => void,
) => SimulationJob;

export class SimulationCancelled extends Error {
  constructor() {
    super('simulation cancelled');
    this.name = 'SimulationCancelled';
  }
}

/** What the page sends the worker, and what it sends back. */
export interface SimulationRequest {
  readonly c: BusinessCaseFile;
  readonly options: SimulationOptions;
  /** Progress is reported every this many runs. */
  readonly every: number;
}
export type SimulationMessage =
  | { readonly kind: 'progress'; readonly done: number; readonly of: number }
  | { readonly kind: 'done'; readonly output: SimulationOutput }
  | { readonly kind: 'error'; readonly message: string };

/** About a hundred progress reports a run, and none more often than every 500 runs. */
export const progressEvery = (iterations: number): number => Math.max(500, Math.ceil(iterations / 100));

/** Minimal shape of a Worker, so a test can stand in for one. */
export interface WorkerLike {
  postMessage(message: SimulationRequest): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<SimulationMessage>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

export function workerRunner(create: () => WorkerLike): RunSimulation {
  return (c, options, onProgress) => {
    const worker = create();
    let settle: { reject: (e: Error) => void } | null = null;
    const done = new Promise<SimulationOutput>((resolve, reject) => {
      settle = { reject };
      worker.onmessage = (e) => {
        const m = e.data;
        if (m.kind === 'progress') onProgress(m.done, m.of);
        else {
          worker.terminate();
          settle = null;
          if (m.kind === 'done') resolve(m.output);
          else reject(new Error(m.message));
        }
      };
      worker.onerror = (e) => {
        worker.terminate();
        settle = null;
        reject(new Error(e.message || 'the simulation stopped'));
      };
    });
    worker.postMessage({ c, options, every: progressEvery(options.iterations) });
    return {
      done,
      cancel: () => {
        worker.terminate();
        settle?.reject(new SimulationCancelled());
        settle = null;
      },
    };
  };
}

/** In-process, after the current task: for hosts without workers. A cancel before it starts stops it. */
export function inProcessRunner(
  simulate: (
    c: BusinessCaseFile,
    o: SimulationOptions,
    p: { onProgress: (d: number, n: number) => void; every: number },
  ) => SimulationOutput,
): RunSimulation {
  return (c, options, onProgress) => {
    let cancelled = false;
    const done = new Promise<SimulationOutput>((resolve, reject) => {
      setTimeout(() => {
        if (cancelled) reject(new SimulationCancelled());
        else {
          try {
            resolve(simulate(c, options, { onProgress, every: progressEvery(options.iterations) }));
          } catch (e) {
            reject(e instanceof Error ? e : new Error(String(e)));
          }
        }
      }, 0);
    });
    return { done, cancel: () => (cancelled = true) };
  };
}
