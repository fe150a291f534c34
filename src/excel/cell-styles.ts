/**
 * The looks of a written block as Excel's named cell styles ("Gevinst input" …): each style is
 * created once per workbook, only where it is missing (a style the user changed stays as it is),
 * and set once per rectangle of a role, or once per role where the host has RangeAreas.
 */
import { a1Range } from '../sheet/address';
import type { CellRole, SheetPlan } from '../sheet/plan';
import { ROLE_STYLES, STYLE_NAMES } from '../sheet/styles';
import { keyRects } from './role-rects';

/** What the host can do that changes how a block is written. */
export interface WriteOptions {
  /** ExcelApi 1.9: one RangeAreas per style instead of one range per rectangle. */
  readonly rangeAreas: boolean;
  /** ExcelApi 1.9: the sheet's page set-up (`worksheet.pageLayout`). */
  readonly pageLayout?: boolean;
}

/** Whether the host supports an ExcelApi requirement set (false where Office is absent). */
export function excelApiSupported(version: string): boolean {
  try {
    return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', version) === true;
  } catch {
    return false;
  }
}

export const hostWriteOptions = (): WriteOptions => {
  const v19 = excelApiSupported('1.9');
  return { rangeAreas: v19, pageLayout: v19 };
};

const PLAIN = ROLE_STYLES.label;

/** Creates the styles the workbook lacks; `existing` holds the lower-cased names it has. */
export function addMissingStyles(workbook: Excel.Workbook, existing: ReadonlySet<string>): void {
  const done = new Set<string>();
  for (const [role, name] of Object.entries(STYLE_NAMES) as [CellRole, string | null][]) {
    if (name === null || done.has(name) || existing.has(name.toLowerCase())) continue;
    done.add(name);
    workbook.styles.add(name);
    const style = workbook.styles.getItem(name);
    const look = ROLE_STYLES[role];
    if (look.fill) style.fill.color = look.fill;
    if (look.fontColor !== PLAIN.fontColor) style.font.color = look.fontColor;
    if (look.bold !== PLAIN.bold) style.font.bold = look.bold;
    if (look.italic !== PLAIN.italic) style.font.italic = look.italic;
    if (look.size !== PLAIN.size) style.font.size = look.size;
    if (look.locked !== PLAIN.locked) style.locked = look.locked;
    if (look.wrap !== PLAIN.wrap) style.wrapText = look.wrap;
  }
}

/** Addresses joined for one `getRanges` call are kept under this length (a judgement: Excel documents no limit). */
export const AREAS_CHARS = 2000;

/** Sets each cell's style by its role; cells of plain roles keep Normal. The block must be blank before. */
export function applyStyles(
  sheet: Excel.Worksheet,
  cells: SheetPlan['cells'],
  row: number,
  col: number,
  options: WriteOptions,
): void {
  const byStyle = new Map<string, string[]>();
  // Rectangles of one style (input and input label share one), plain cells left out.
  const styles = cells.map((r) =>
    trailingBlanksTaken(
      r,
      r.map((cell) => (cell ? (STYLE_NAMES[cell.role] ?? undefined) : undefined)),
    ),
  );
  for (const rect of keyRects(styles)) {
    const name = rect.key;
    if (!options.rangeAreas) {
      sheet.getRangeByIndexes(row + rect.row, col + rect.col, rect.rows, rect.cols).style = name;
      continue;
    }
    const list = byStyle.get(name) ?? [];
    list.push(a1Range(row + rect.row, col + rect.col, rect.rows, rect.cols));
    byStyle.set(name, list);
  }
  for (const [name, addresses] of byStyle)
    for (const chunk of areaChunks(addresses)) sheet.getRanges(chunk.join(',')).style = name;
}

/** The styles whose look has no fill: on a blank cell they show nothing. */
const UNFILLED = new Set(
  (Object.entries(STYLE_NAMES) as [CellRole, string | null][]).flatMap(([role, name]) =>
    name !== null && ROLE_STYLES[role].fill === null ? [name] : [],
  ),
);

/**
 * A row whose last cell has a style without fill (a note, a title) lends that style to the blank
 * cells after it, to the block's edge: they look the same, and rows of notes of different lengths
 * become one rectangle (one style set instead of one per row).
 */
function trailingBlanksTaken(
  cells: SheetPlan['cells'][number],
  styles: (string | undefined)[],
): (string | undefined)[] {
  let last = cells.length - 1;
  while (last >= 0 && !cells[last]) last--;
  const style = styles[last];
  if (last < 0 || style === undefined || !UNFILLED.has(style)) return styles;
  return styles.map((s, i) => (i > last ? style : s));
}

/** Addresses in runs whose joined text (one `getRanges` argument) stays within AREAS_CHARS. */
export function areaChunks(addresses: readonly string[]): string[][] {
  const chunks: string[][] = [];
  let chunk: string[] = [];
  let length = 0;
  for (const address of addresses) {
    if (chunk.length > 0 && length + address.length + 1 > AREAS_CHARS) {
      chunks.push(chunk);
      chunk = [];
      length = 0;
    }
    length += address.length + (chunk.length > 0 ? 1 : 0);
    chunk.push(address);
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}
