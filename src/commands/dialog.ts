/**
 * The small dialog the ribbon commands open: a title and one line per finding, then Luk / Close.
 * The summary comes from the command as a message once the dialog says it is ready (DialogApi
 * 1.2), or in the query string where the host cannot send one; never in the URL's `#`.
 */

interface Summary {
  title: string;
  lines: string[];
}

function parse(text: string): Summary {
  try {
    const parsed = JSON.parse(text) as Partial<Summary>;
    return { title: String(parsed.title ?? ''), lines: Array.isArray(parsed.lines) ? parsed.lines.map(String) : [] };
  } catch {
    return { title: 'Gevinst', lines: [] };
  }
}

export function render(summary: Summary): void {
  const heading = document.getElementById('title');
  const list = document.getElementById('lines');
  if (heading) heading.textContent = summary.title;
  list?.replaceChildren();
  for (const line of summary.lines) {
    const item = document.createElement('li');
    item.textContent = line;
    list?.appendChild(item);
  }
}

export function start(): void {
  const close = document.getElementById('close');
  close?.addEventListener('click', () => Office.context.ui.messageParent('close'));
  close?.focus();
  const inQuery = new URL(window.location.href).searchParams.get('summary');
  if (inQuery !== null) return render(parse(inQuery));
  // Ready only once the handler is in place, or the summary could arrive before it.
  Office.context.ui.addHandlerAsync(
    Office.EventType.DialogParentMessageReceived,
    (arg) => render(parse('message' in arg ? String(arg.message) : '')),
    () => Office.context.ui.messageParent('ready'),
  );
}

void Office.onReady(start);
