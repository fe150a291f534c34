/** Reading a LibreOffice-recalculated cell as the sheet language's scalar, and comparing it with the evaluator's. */
import type ExcelJS from 'exceljs';
import type { ErrorCode } from '../../src/engine/formula/ast';
import { isErrorValue, type Scalar } from '../../src/engine/formula/value';

export function shown(cell: ExcelJS.Cell): Scalar {
  const v = cell.formula ? cell.result : cell.value;
  if (v === undefined || v === null || v instanceof Date) return null;
  if (typeof v === 'object' && 'error' in v) return { error: String(v.error) as ErrorCode };
  return v as Scalar;
}

/** Equal as a user sees them: "" and blank alike (LibreOffice stores a formula's "" as no result), numbers to 1e-9. */
export function same(office: Scalar, engine: Scalar): boolean {
  const blank = (x: Scalar): boolean => x === null || x === '';
  if (blank(office) || blank(engine)) return blank(office) && blank(engine);
  if (isErrorValue(engine) || isErrorValue(office))
    return isErrorValue(engine) && isErrorValue(office) && engine.error === office.error;
  if (typeof engine === 'number' && typeof office === 'number')
    return Math.abs(engine - office) <= 1e-9 * Math.max(1, Math.abs(office));
  if (typeof engine === 'boolean' && typeof office === 'number') return Number(engine) === office;
  return engine === office;
}
