/**
 * An instance's shape: what its layout follows from (template, version, horizon, lines per
 * section, sheet language). It is stored in the sheet itself as the sheet-scoped name
 * `Gevinst_Shape`, a text constant, so one read of the sheet's names and cells is enough to
 * know where everything is, in the add-in and in workbooks built by `gevinst build`.
 */
import { MAX_SECTION_LINES, MAX_YEARS } from '../engine/business-case-limits';
import { IDENTITY_NAME, identityFormula, identityText, parseIdentity } from './identity';

export interface Shape {
  readonly templateId: string;
  readonly version: number;
  readonly horizon: number;
  readonly lines: { readonly gain: number; readonly cost: number; readonly investment: number };
  readonly language: 'da' | 'en';
}

export const SHAPE_NAME = IDENTITY_NAME;

const identityOf = (s: Shape) => ({
  templateId: s.templateId,
  version: s.version,
  language: s.language,
  params: { h: s.horizon, g: s.lines.gain, c: s.lines.cost, i: s.lines.investment },
});

export const shapeText = (s: Shape): string => identityText(identityOf(s));

/** The formula of the name: a string constant. */
export const shapeFormula = (s: Shape): string => identityFormula(identityOf(s));

/** A business case's shape from its identity; null when the name holds another template's, or a size it cannot have. */
export function parseShape(formula: string): Shape | null {
  const id = parseIdentity(formula);
  if (!id) return null;
  const [h, g, c, i] = (['h', 'g', 'c', 'i'] as const).map((k) => id.params[k]);
  if (![h, g, c, i].every((x) => typeof x === 'number') || Object.keys(id.params).length !== 4) return null;
  const [horizon, gain, cost, investment] = [h, g, c, i] as number[];
  // A name edited by hand to a size the template cannot have is no layout to read by.
  const lines = [gain, cost, investment] as number[];
  if ((horizon as number) < 1 || (horizon as number) > MAX_YEARS || lines.some((x) => x < 1 || x > MAX_SECTION_LINES))
    return null;
  return {
    templateId: id.templateId,
    version: id.version,
    horizon: horizon as number,
    lines: { gain: gain as number, cost: cost as number, investment: investment as number },
    language: id.language,
  };
}
