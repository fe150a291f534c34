/**
 * Long runs of one formula down a column, found by their R1C1 text (the same in every cell of a
 * filled column), so a block is written as one formula per run instead of one string per cell: a
 * 500-row benchmark's formulas go from 1 MB of request to a few kilobytes.
 */
import { columnIndex } from '../engine/formula/columns';
import { r1c1Text } from '../engine/formula/render';
import type { SheetPlan } from '../sheet/plan';

export interface ColumnFill {
  /** Offsets within the block. */
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  /** The formula in R1C1 notation, the same for every cell of the run. */
  readonly r1c1: string;
}

/** Runs shorter than this stay in the block's 2-D array (a run costs two actions). */
export const MIN_FILL_ROWS = 8;

/** An A1 reference outside quotes: not part of a name, a number (`1E12`) or a function (`LOG10(`). */
const A1_REF = /(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(.!])/g;

/**
 * A formula in R1C1 notation as seen from (row, col) of the sheet: the text rewritten reference by
 * reference, leaving string literals and quoted sheet names alone (a regular expression, not the
 * parser: 5,000 benchmark rows hold 125,000 formulas). It renders what `renderFormula` with
 * `r1c1At` renders from the parsed tree, which a test holds it to over every plan.
 */
export function r1c1Formula(formula: string, row: number, col: number): string {
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece.replace(A1_REF, (_, absCol: string, letters: string, absRow: string, digits: string) =>
            r1c1Text(
              { row: Number(digits) - 1, col: columnIndex(letters), absRow: absRow === '$', absCol: absCol === '$' },
              { row, col },
            ),
          ),
    )
    .join('');
}

/** The runs of a block whose top-left is at (row, col) of the sheet. */
export function columnFills(cells: SheetPlan['cells'], row: number, col: number): ColumnFill[] {
  const fills: ColumnFill[] = [];
  const width = Math.max(0, ...cells.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    let start = 0;
    let key: string | null = null;
    const close = (end: number): void => {
      if (key !== null && end - start >= MIN_FILL_ROWS)
        fills.push({ row: start, col: c, rows: end - start, r1c1: key });
    };
    cells.forEach((r, i) => {
      const content = r[c]?.content;
      const next = content?.kind === 'formula' ? r1c1Formula(content.formula, row + i, col + c) : null;
      if (next !== null && next === key) return;
      close(i);
      start = i;
      key = next;
    });
    close(cells.length);
  }
  return fills;
}
