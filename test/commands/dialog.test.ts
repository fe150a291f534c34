/**
 * @jest-environment jsdom
 */
/** The ribbon's dialog: the summary from the command's message (sent once the dialog is ready) or its query string. */
function page(url: string): { parentMessages: string[]; deliver: (m: string) => void } {
  document.body.innerHTML = '<h1 id="title"></h1><ul id="lines"></ul><button id="close">Luk</button>';
  window.history.replaceState(null, '', url);
  const parentMessages: string[] = [];
  let handler: ((arg: { message: string }) => void) | null = null;
  (globalThis as Record<string, unknown>)['Office'] = {
    onReady: () => Promise.resolve(),
    EventType: { DialogParentMessageReceived: 'parent' },
    context: {
      ui: {
        messageParent: (m: string) => parentMessages.push(m),
        addHandlerAsync: (_t: string, h: (arg: { message: string }) => void, cb: () => void) => {
          handler = h;
          cb();
        },
      },
    },
  };
  return { parentMessages, deliver: (m) => handler?.({ message: m }) };
}

beforeEach(() => jest.resetModules());

test('the dialog says it is ready once it listens, then shows the summary it is sent; Luk tells the command', async () => {
  const { parentMessages, deliver } = page('/dialog.html');
  const { start } = await import('../../src/commands/dialog');
  start();
  expect(parentMessages).toEqual(['ready']);
  deliver(JSON.stringify({ title: 'Beregn', lines: ['Nutidsværdi: 357 t.kr.', 'Intern rente: 12,0 %'] }));
  expect(document.getElementById('title')?.textContent).toBe('Beregn');
  expect([...document.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
    'Nutidsværdi: 357 t.kr.',
    'Intern rente: 12,0 %',
  ]);
  (document.getElementById('close') as HTMLButtonElement).click();
  expect(parentMessages).toEqual(['ready', 'close']);
});

test('a summary in the query string is shown at once, without asking', async () => {
  const { parentMessages } = page(
    `/dialog.html?summary=${encodeURIComponent(JSON.stringify({ title: 'T', lines: ['a'] }))}`,
  );
  const { start } = await import('../../src/commands/dialog');
  start();
  expect(parentMessages).toEqual([]);
  expect(document.getElementById('title')?.textContent).toBe('T');
});
