/**
 * How much of a sheet an instance can occupy, from its identity and names alone: the rows and
 * columns a check reads (from A1), so a sheet with data far beyond the template (or a user's own
 * table beside it) is never read whole. A business case: its layout, the Beregn block below it and
 * a margin for rows a user inserted; other templates: a bound that holds every size they come in.
 */
import { parseA1Range } from './address';
import { businessCaseLayout, ESTIMATES_NAME } from './business-case-layout';
import { TRIAL_RATES } from './business-case-plan';
import { OUTPUT_NAME } from './output-plan';
import { parseShape } from './shape';

export interface Extent {
  readonly rows: number;
  readonly cols: number;
}

/** Rows a user may have inserted into a template and still be told where (the check finds the shift). */
const MARGIN_ROWS = 200;
/** Other templates: the largest benchmark (5,000 rows and its statistics) and every catalogue sheet. */
const OTHER: Extent = { rows: 5_200, cols: 40 };

/** The end (exclusive) of a defined name's range such as `='Business case'!$A$60:$I$110`; null when none. */
function rangeEnd(formula: string | undefined): Extent | null {
  if (formula === undefined) return null;
  try {
    const r = parseA1Range(formula.replace(/^=/, ''));
    return { rows: r.row + r.rows, cols: r.col + r.cols };
  } catch {
    return null;
  }
}

export function instanceExtent(identity: string, names: ReadonlyMap<string, string>): Extent {
  const shape = parseShape(identity);
  if (shape === null) return OTHER;
  const layout = businessCaseLayout(shape.horizon, shape.lines);
  const output = rangeEnd(names.get(OUTPUT_NAME));
  // The ends of three-point estimates, right of the gain type, where the sheet has any.
  const estimates = rangeEnd(names.get(ESTIMATES_NAME));
  return {
    rows: Math.max(layout.height, output?.rows ?? 0) + MARGIN_ROWS,
    // The IRR's trial rates run past a short horizon's columns.
    cols: Math.max(
      layout.typeCol + 1,
      layout.firstYearCol + TRIAL_RATES.length,
      output?.cols ?? 0,
      estimates?.cols ?? 0,
    ),
  };
}
