/**
 * How a sheet prints: A4, landscape where its printed columns are wider than a portrait page,
 * scaled to one page wide (as many tall as it needs), the frozen rows (or the plan's own title
 * rows) and label columns repeated on every page, and a header and footer with the sheet's title, the sheet, the date and
 * "page X of Y". One description, written by `gevinst build` and by the add-in.
 */
import { columnIndex } from '../engine/formula/columns';
import { a1Range } from './address';
import type { SheetPlan } from './plan';

export interface PageSetup {
  /** The print area, such as `A1:M58`. */
  readonly area: string;
  readonly landscape: boolean;
  /** Rows repeated at the top of every page, such as `$1:$13`; null for none. */
  readonly titleRows: string | null;
  /** Columns repeated at the left of every page, such as `$A:$A`; null for none. */
  readonly titleCols: string | null;
  /** Left and right header and footer, in Excel's codes: &A the sheet, &D the date, &P of &N the page. */
  readonly header: { readonly left: string; readonly right: string };
  readonly footer: { readonly left: string; readonly right: string };
}

/** A header or footer as one text with its section codes, as a file's `oddHeader` holds it. */
export const sectioned = (h: PageSetup['header']): string => `&L${h.left}&R${h.right}`;

/** Column widths (in characters) that fit an A4 page at 100 % with Excel's default margins. */
export const PORTRAIT_CHARS = 100;

const WORDS = {
  page: { da: 'Side &P af &N', en: 'Page &P of &N' },
  made: { da: 'Lavet med Gevinst', en: 'Made with Gevinst' },
} as const;

/** A title as header text: `&` doubled (a lone `&` starts a code), at most 100 characters. */
const headerText = (text: string): string => text.slice(0, 100).replace(/&/g, '&&');

/** The text A1 shows: its own, or that of the one cell its formula refers to (`=$B$5`, the title input). */
function titleOf(plan: SheetPlan): string {
  const text = (row: number, col: number): string | null => {
    const content = plan.cells[row]?.[col]?.content;
    return content?.kind === 'text' && content.text !== '' ? content.text : null;
  };
  const first = plan.cells[0]?.[0]?.content;
  const ref = first?.kind === 'formula' ? /^=\$?([A-Z]+)\$?(\d+)$/.exec(first.formula) : null;
  const referred = ref ? text(Number(ref[2]) - 1, columnIndex(ref[1] ?? 'A')) : null;
  return text(0, 0) ?? referred ?? plan.sheetName;
}

export function pageSetupOf(plan: SheetPlan): PageSetup {
  const cols = Math.min(plan.cols, plan.printCols ?? plan.cols);
  const width = plan.columnWidths.slice(0, cols).reduce((a, b) => a + b, 0);
  const title = titleOf(plan);
  const lang = plan.metadata.language;
  const colLetter = (c: number): string => a1Range(0, c, 1, 1).replace(/\d+$/, '');
  return {
    area: a1Range(0, 0, Math.max(1, plan.rows), Math.max(1, cols)),
    landscape: width > PORTRAIT_CHARS,
    titleRows: plan.printTitleRows
      ? `$${plan.printTitleRows.first + 1}:$${plan.printTitleRows.last + 1}`
      : plan.freeze.rows > 0
        ? `$1:$${plan.freeze.rows}`
        : null,
    titleCols: plan.freeze.cols > 0 ? `$A:$${colLetter(plan.freeze.cols - 1)}` : null,
    header: { left: `&"-,Bold"${headerText(title)}`, right: '&A' },
    footer: { left: `${WORDS.made[lang]} · &D`, right: WORDS.page[lang] },
  };
}
