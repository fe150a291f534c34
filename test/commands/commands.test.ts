/**
 * @jest-environment jsdom
 */
/**
 * The ribbon's Kontrollér and Beregn: the command completes only when its dialog is closed (by its
 * button, by the user's X, or at the five-minute limit), so "Luk" still has a parent; the summary
 * goes to the dialog as a message, or in the query string where the host cannot send one, never in
 * the URL's `#`; and the commands are registered where `Office.actions.associate` is missing.
 */
type Handler = (arg: { message?: string; error?: number }) => void;

interface FakeDialog {
  readonly handlers: Map<string, Handler>;
  readonly sent: string[];
  closed: boolean;
}

function fakeOffice(dialogApi12: boolean, associate = true): { urls: string[]; dialog: FakeDialog } {
  const urls: string[] = [];
  const dialog: FakeDialog = { handlers: new Map(), sent: [], closed: false };
  (globalThis as Record<string, unknown>)['Office'] = {
    onReady: () => Promise.resolve(),
    AsyncResultStatus: { Succeeded: 'succeeded' },
    EventType: { DialogMessageReceived: 'message', DialogEventReceived: 'event' },
    ...(associate ? { actions: { associate: jest.fn() } } : {}),
    context: {
      displayLanguage: 'da-DK',
      requirements: { isSetSupported: (set: string, v: string) => dialogApi12 && set === 'DialogApi' && v === '1.2' },
      ui: {
        displayDialogAsync: (url: string, _o: unknown, cb: (r: unknown) => void) => {
          urls.push(url);
          cb({
            status: 'succeeded',
            value: {
              addEventHandler: (type: string, h: Handler) => dialog.handlers.set(type, h),
              messageChild: (m: string) => dialog.sent.push(m),
              close: () => (dialog.closed = true),
            },
          });
        },
      },
    },
  };
  return { urls, dialog };
}

const summary = { title: 'Kontrollér', lines: ['Ingen problemer fundet'] };
const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

beforeEach(() => jest.resetModules());

test('the command completes when the dialog is closed, not when it opens; the summary is sent as a message', async () => {
  const { urls, dialog } = fakeOffice(true);
  const { command } = await import('../../src/commands/commands');
  const event = { completed: jest.fn() };
  const done = command(async () => summary)(event as unknown as Office.AddinCommands.Event);
  await settle();
  expect(event.completed).not.toHaveBeenCalled();
  expect(urls[0]).not.toContain('#');
  expect(urls[0]).not.toContain('summary=');
  dialog.handlers.get('message')?.({ message: 'ready' });
  expect(dialog.sent).toEqual([JSON.stringify(summary)]);
  dialog.handlers.get('message')?.({ message: 'close' });
  await done;
  expect(dialog.closed).toBe(true);
  expect(event.completed).toHaveBeenCalledTimes(1);
});

test('without DialogApi 1.2 the summary travels in the query string; the X closes the command too', async () => {
  const { urls, dialog } = fakeOffice(false);
  const { command } = await import('../../src/commands/commands');
  const event = { completed: jest.fn() };
  const done = command(async () => summary)(event as unknown as Office.AddinCommands.Event);
  await settle();
  const url = new URL(urls[0] ?? '');
  expect(url.hash).toBe('');
  expect(JSON.parse(url.searchParams.get('summary') ?? '')).toEqual(summary);
  dialog.handlers.get('event')?.({ error: 12006 });
  await done;
  expect(event.completed).toHaveBeenCalledTimes(1);
});

test('a dialog left open is closed before the five-minute limit, and the command completes', async () => {
  jest.useFakeTimers();
  const { dialog } = fakeOffice(true);
  const { command, DIALOG_LIMIT_MS } = await import('../../src/commands/commands');
  const event = { completed: jest.fn() };
  const done = command(async () => summary)(event as unknown as Office.AddinCommands.Event);
  await Promise.resolve();
  await Promise.resolve();
  jest.advanceTimersByTime(DIALOG_LIMIT_MS);
  await done;
  expect(DIALOG_LIMIT_MS).toBeLessThan(5 * 60 * 1000);
  expect(dialog.closed).toBe(true);
  expect(event.completed).toHaveBeenCalledTimes(1);
  jest.useRealTimers();
});

test('where Office.actions.associate is missing, the commands are functions by name', async () => {
  fakeOffice(true, false);
  const { registerCommands, COMMANDS } = await import('../../src/commands/commands');
  registerCommands();
  for (const name of COMMANDS) expect(typeof (globalThis as Record<string, unknown>)[name]).toBe('function');
});
