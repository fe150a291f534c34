/** The simulation as the task pane's worker will load it: the case file read and simulated in the browser. */
import { validateCase } from '../../src/engine/case-file';
import { simulate } from '../../src/engine/simulation/simulate';

(window as unknown as { gevinstSimulate: (text: string, iterations?: number) => unknown }).gevinstSimulate = (
  text,
  iterations,
) => {
  const c = validateCase(JSON.parse(text));
  if (!c.ok || c.value.template !== 'business-case' || !c.value.simulation) throw new Error('not a simulated case');
  const options = { ...c.value.simulation, ...(iterations ? { iterations } : {}) };
  const start = performance.now();
  const result = simulate(c.value, options);
  return { result, ms: performance.now() - start };
};
