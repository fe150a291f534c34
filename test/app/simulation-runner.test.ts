/**
 * The pane's runner over a worker: progress passes through, the worker's answer or error settles
 * the job and ends the worker, and a cancel ends the worker at once and says the job was cancelled.
 * The worker here is a stand-in whose messages the test sends; the real one runs in Chromium.
 */
import {
  progressEvery,
  SimulationCancelled,
  workerRunner,
  type SimulationMessage,
  type SimulationRequest,
  type WorkerLike,
} from '../../src/app/simulation-runner';
import type { BusinessCaseFile } from '../../src/engine/business-case-schema';
import type { SimulationOutput } from '../../src/engine/simulation/output';

class StandIn implements WorkerLike {
  onmessage: ((e: MessageEvent<SimulationMessage>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  readonly sent: SimulationRequest[] = [];
  terminated = 0;
  postMessage(m: SimulationRequest): void {
    this.sent.push(m);
  }
  terminate(): void {
    this.terminated++;
  }
  say(m: SimulationMessage): void {
    this.onmessage?.({ data: m } as MessageEvent<SimulationMessage>);
  }
}

const c = { template: 'business-case' } as unknown as BusinessCaseFile;
const options = { iterations: 50_000, seed: 3, coverage: 0.8, distribution: 'pert', independentYears: false } as const;

function started() {
  const worker = new StandIn();
  const progress: [number, number][] = [];
  const job = workerRunner(() => worker)(c, options, (d, n) => progress.push([d, n]));
  return { worker, progress, job };
}

test('the request carries the case, the options and a progress step of about a hundredth', () => {
  const { worker } = started();
  expect(worker.sent).toEqual([{ c, options, every: 500 }]);
  expect([progressEvery(1), progressEvery(1_000_000)]).toEqual([500, 10_000]);
});

test('progress passes through, and the answer settles the job and ends the worker', async () => {
  const { worker, progress, job } = started();
  worker.say({ kind: 'progress', done: 500, of: 50_000 });
  worker.say({ kind: 'progress', done: 1_000, of: 50_000 });
  const output = { result: { iterations: 50_000 } } as unknown as SimulationOutput;
  worker.say({ kind: 'done', output });
  await expect(job.done).resolves.toBe(output);
  expect(progress).toEqual([
    [500, 50_000],
    [1_000, 50_000],
  ]);
  expect(worker.terminated).toBe(1);
});

test("the worker's error rejects the job with its message", async () => {
  const { worker, job } = started();
  worker.say({ kind: 'error', message: 'no three-point values' });
  await expect(job.done).rejects.toThrow('no three-point values');
  expect(worker.terminated).toBe(1);
});

test('a cancel ends the worker at once and rejects as cancelled; a late answer changes nothing', async () => {
  const { worker, job } = started();
  job.cancel();
  expect(worker.terminated).toBe(1);
  await expect(job.done).rejects.toBeInstanceOf(SimulationCancelled);
  worker.say({ kind: 'done', output: {} as SimulationOutput });
  await expect(job.done).rejects.toBeInstanceOf(SimulationCancelled);
});
