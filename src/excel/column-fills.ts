/**
 * Long runs of one formula down a column, found by their R1C1 text (the same in every cell of a
 * filled column), so a block is written as one formula per run instead of one string per cell: a
 * 500-row benchmark's formulas go from 1 MB of request to a few kilobytes.
 */
import { parseFormula } from '../engine/formula/parse';
import { renderFormula } from '../engine/formula/render';
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

/** A formula in R1C1 notation as seen from (row, col) of the sheet, or null when it does not parse. */
export function r1c1Formula(formula: string, row: number, col: number): string | null {
  try {
    return renderFormula(parseFormula(formula), { r1c1At: { row, col } });
  } catch {
    return null;
  }
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
