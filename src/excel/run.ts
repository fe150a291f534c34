/**
 * The one door to Excel.run: batches go through a `RunExcel` so tests can hand in a fake host,
 * and every batch has a time-out so a stuck host gives a clear error instead of a frozen pane.
 */

export type RunExcel = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export class ExcelTimeoutError extends Error {
  constructor(readonly seconds: number) {
    super(`Excel did not answer within ${seconds} s`);
    this.name = 'ExcelTimeoutError';
  }
}

/**
 * Each answer from Excel gets `seconds`: the clock starts again at every `context.sync`, so a long
 * insert written in chunks (many answers, each in time) is not cut off, and a host that stops
 * answering is still noticed.
 */
export function withTimeout(run: RunExcel, seconds = 30): RunExcel {
  return <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const arm = (): void => {
        clearTimeout(timer);
        timer = setTimeout(() => reject(new ExcelTimeoutError(seconds)), seconds * 1000);
      };
      arm();
      run((context) => {
        const sync = context.sync.bind(context);
        context.sync = (<U>(passThrough?: U) => {
          arm();
          return sync(passThrough).finally(arm);
        }) as typeof context.sync;
        return batch(context);
      }).then(
        (v) => {
          clearTimeout(timer);
          resolve(v);
        },
        (e: unknown) => {
          clearTimeout(timer);
          reject(e instanceof Error ? e : new Error(String(e)));
        },
      );
    });
}

/** Excel.run from office.js (loaded from Microsoft's CDN by the HTML page). */
export const officeRun: RunExcel = (batch) => Excel.run(batch);

/**
 * Queues `writes` with events off and syncs them with events on again; if the batch fails, events
 * are switched back on in a batch of their own before the error goes on, so one failed write
 * never leaves the session's events off.
 */
export async function writeWithEventsOff(context: Excel.RequestContext, writes: () => void): Promise<void> {
  context.runtime.enableEvents = false;
  try {
    writes();
    context.runtime.enableEvents = true;
    await context.sync();
  } catch (e) {
    try {
      context.runtime.enableEvents = true;
      await context.sync();
    } catch {
      // The write's own error is the one to report.
    }
    throw e;
  }
}
