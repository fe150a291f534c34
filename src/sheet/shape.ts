/**
 * An instance's shape: what its layout follows from (template, version, horizon, lines per
 * section, sheet language). It is stored in the sheet itself as the sheet-scoped name
 * `Gevinst_Shape`, a text constant, so one read of the sheet's names and cells is enough to
 * know where everything is, in the add-in and in workbooks built by `gevinst build`.
 */
import { MAX_SECTION_LINES, MAX_YEARS } from '../engine/business-case-limits';

export interface Shape {
  readonly templateId: string;
  readonly version: number;
  readonly horizon: number;
  readonly lines: { readonly gain: number; readonly cost: number; readonly investment: number };
  readonly language: 'da' | 'en';
}

export const SHAPE_NAME = 'Gevinst_Shape';

export function shapeText(s: Shape): string {
  return `${s.templateId}@${s.version};h=${s.horizon};g=${s.lines.gain};c=${s.lines.cost};i=${s.lines.investment};lang=${s.language}`;
}

/** The formula of the name: a string constant. */
export function shapeFormula(s: Shape): string {
  return `="${shapeText(s)}"`;
}

export function parseShape(formula: string): Shape | null {
  const m = /^="?([a-z0-9-]+)@(\d+);h=(\d+);g=(\d+);c=(\d+);i=(\d+);lang=(da|en)"?$/.exec(formula.trim());
  if (!m) return null;
  const n = (i: number): number => Number(m[i]);
  // A name edited by hand to a size the template cannot have is no layout to read by.
  const lines = [n(4), n(5), n(6)];
  if (n(3) < 1 || n(3) > MAX_YEARS || lines.some((x) => x < 1 || x > MAX_SECTION_LINES)) return null;
  return {
    templateId: m[1] ?? '',
    version: n(2),
    horizon: n(3),
    lines: { gain: n(4), cost: n(5), investment: n(6) },
    language: m[7] === 'en' ? 'en' : 'da',
  };
}
