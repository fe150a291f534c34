/**
 * The time-out on Excel's answers: each sync gets the full time, so a long insert in chunks is not
 * cut off, and one answer that does not come in time is. Fake timers: no test waits on a clock.
 */
import { ExcelTimeoutError, withTimeout, type RunExcel } from '../../src/excel/run';

/** A host whose every sync answers after `ms` milliseconds. */
const slowHost =
  (ms: number): RunExcel =>
  (batch) =>
    batch({ sync: () => new Promise<void>((r) => setTimeout(r, ms)) } as unknown as Excel.RequestContext);

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

test('three answers of 20 s each pass a 30 s time-out (60 s in all)', async () => {
  const run = withTimeout(slowHost(20_000), 30);
  const done = run(async (context) => {
    for (let i = 0; i < 3; i++) await context.sync();
    return 'written';
  });
  for (let i = 0; i < 3; i++) await jest.advanceTimersByTimeAsync(20_000);
  await expect(done).resolves.toBe('written');
});

test('one answer slower than the time-out fails with the time-out, in its words', async () => {
  const run = withTimeout(slowHost(45_000), 30);
  const done = run(async (context) => context.sync());
  const failed = expect(done).rejects.toBeInstanceOf(ExcelTimeoutError);
  await jest.advanceTimersByTimeAsync(30_000);
  await failed;
});
