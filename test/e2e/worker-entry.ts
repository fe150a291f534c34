/**
 * The pane's simulation as the add-in runs it: the production worker (dist/addin/simulation-worker.js)
 * driven by the pane's own runner, with the main thread's timer ticking beside it to show the page
 * stays responsive while the worker runs.
 */
import { SimulationCancelled, workerRunner, type WorkerLike } from '../../src/app/simulation-runner';
import { validateCase } from '../../src/engine/case-file';

const runner = workerRunner(() => new Worker('simulation-worker.js') as unknown as WorkerLike);

/** The case of a reference file and its simulation options. */
function caseOf(text: string) {
  const c = validateCase(JSON.parse(text));
  if (!c.ok || c.value.template !== 'business-case' || !c.value.simulation) throw new Error('not a simulated case');
  return { c: c.value, options: c.value.simulation };
}

interface Run {
  result: unknown;
  progress: number[];
  ticks: number;
  ms: number;
  firstProgressMs: number | null;
}

(window as unknown as Record<string, unknown>)['gevinstInWorker'] = async (
  text: string,
  iterations?: number,
): Promise<Run> => {
  const { c, options: given } = caseOf(text);
  const options = { ...given, ...(iterations ? { iterations } : {}) };
  const progress: number[] = [];
  let ticks = 0;
  const timer = setInterval(() => ticks++, 10);
  const start = performance.now();
  let firstProgressMs: number | null = null;
  try {
    const job = runner(c, options, (done) => {
      if (firstProgressMs === null) firstProgressMs = performance.now() - start;
      progress.push(done);
    });
    const output = await job.done;
    return { result: output.result, progress, ticks, ms: performance.now() - start, firstProgressMs };
  } finally {
    clearInterval(timer);
  }
};

(window as unknown as Record<string, unknown>)['gevinstCancelInWorker'] = async (
  text: string,
): Promise<{ cancelled: boolean; afterMs: number; progressBefore: number }> => {
  const { c, options: given } = caseOf(text);
  const options = { ...given, iterations: 1_000_000 };
  let progressBefore = 0;
  let cancel = (): void => undefined;
  const firstProgress = new Promise<void>((resolve) => {
    const job = runner(c, options, (done) => {
      progressBefore = done;
      resolve();
    });
    cancel = job.cancel;
    job.done.catch(() => undefined);
    (window as unknown as Record<string, unknown>)['gevinstJob'] = job;
  });
  await firstProgress;
  const job = (window as unknown as { gevinstJob: { done: Promise<unknown> } }).gevinstJob;
  const start = performance.now();
  cancel();
  try {
    await job.done;
    return { cancelled: false, afterMs: performance.now() - start, progressBefore };
  } catch (e) {
    return { cancelled: e instanceof SimulationCancelled, afterMs: performance.now() - start, progressBefore };
  }
};
