/**
 * The task pane's simulation worker: runs the engine's Monte Carlo off the pane's thread and
 * reports progress, so the pane stays responsive and can cancel by terminating it.
 */
import { simulateForSheet } from '../engine/simulation/output';
import type { SimulationMessage, SimulationRequest } from '../app/simulation-runner';

const post = (m: SimulationMessage): void =>
  (self as unknown as { postMessage(m: SimulationMessage): void }).postMessage(m);

self.onmessage = (e: MessageEvent<SimulationRequest>) => {
  const { c, options, every } = e.data;
  try {
    const output = simulateForSheet(c, options, {
      every,
      onProgress: (done, of) => post({ kind: 'progress', done, of }),
    });
    post({ kind: 'done', output });
  } catch (err) {
    post({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
