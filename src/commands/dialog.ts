/** The small dialog the ribbon commands open: a title and one line per finding, then Luk / Close. */

interface Summary {
  title: string;
  lines: string[];
}

function read(): Summary {
  try {
    const parsed = JSON.parse(decodeURIComponent(window.location.hash.slice(1))) as Partial<Summary>;
    return { title: String(parsed.title ?? ''), lines: Array.isArray(parsed.lines) ? parsed.lines.map(String) : [] };
  } catch {
    return { title: 'Gevinst', lines: [] };
  }
}

function render(): void {
  const { title, lines } = read();
  const heading = document.getElementById('title');
  const list = document.getElementById('lines');
  if (heading) heading.textContent = title;
  for (const line of lines) {
    const item = document.createElement('li');
    item.textContent = line;
    list?.appendChild(item);
  }
  const close = document.getElementById('close');
  close?.addEventListener('click', () => Office.context.ui.messageParent('close'));
  close?.focus();
}

void Office.onReady(render);
