/**
 * A template as one definition: its identity (id, version), its parameters (a zod schema), the
 * words it shows in both sheet languages, the typed layout computed once from the parameters,
 * the blocks it is made of (each writes its own cells) and its results: the figures other sheets,
 * the pane and `gevinst calc` read, each with the cell that holds it and a defined name where one
 * is read by name. `plan` writes the sheet; `figures` reads the results back from a plan through
 * the sheet language's one evaluator, so what `calc` reports is what the sheet shows, by
 * construction. A result that no formula can give (every IRR root, break-even by bisection) is
 * marked `engineOnly` with the reason, and is computed by the engine instead.
 */
import type { z } from 'zod';
import type { Book } from '../engine/formula/evaluate';
import type { Scalar } from '../engine/formula/value';
import type { Localized } from '../templates/template';
import { a1 } from './address';
import { Grid } from './grid';
import { IDENTITY_NAME, identityFormula, type IdentityValue } from './identity';
import type { PlannedChart, PlannedConditionalFill, SheetPlan } from './plan';

export interface BlockContext<P, L> {
  readonly params: P;
  readonly layout: L;
  readonly language: 'da' | 'en';
  /** A word in the sheet's language. */
  readonly w: (x: Localized) => string;
}

/** A part of a template (a heading, a table, the key figures): it writes its own cells. */
export interface Block<P, L> {
  readonly id: string;
  readonly write: (g: Grid, c: BlockContext<P, L>) => void;
}

/** Where a result is: one cell, a row of `cols` cells (a figure per year), or `rows` such rows (a table). */
export interface ResultPlace {
  readonly row: number;
  readonly col: number;
  readonly cols?: number;
  readonly rows?: number;
}

export interface ResultDefinition<P, L> {
  readonly id: string;
  /** The sheet-scoped name of a one-cell result that is read by name (`Gevinst_…`). */
  readonly name?: string;
  readonly at: (c: BlockContext<P, L>) => ResultPlace;
  /** Why no formula can say it, for a figure only the engine computes. */
  readonly engineOnly?: string;
}

/** How the sheet is named, sized and recognised. */
export interface SheetSpec {
  readonly name: string;
  readonly widths: readonly number[];
  readonly freeze: SheetPlan['freeze'];
  /** The parameters the layout follows from, written into the identity (`Gevinst_Shape`). */
  readonly identity: Readonly<Record<string, IdentityValue>>;
  /** The positions persisted with the plan's metadata. */
  readonly metadata: Readonly<Record<string, number>>;
  /** Columns that print, from A (default all). */
  readonly printCols?: number;
  /** Rows repeated on every printed page, where not the frozen rows (0-based, inclusive). */
  readonly printTitleRows?: SheetPlan['printTitleRows'];
}

export interface TemplateSpec<P extends { readonly language: 'da' | 'en' }, L> {
  readonly id: string;
  readonly version: number;
  readonly params: z.ZodType<P>;
  readonly words: Readonly<Record<string, Localized>>;
  readonly layout: (params: P) => L;
  readonly blocks: readonly Block<P, L>[];
  readonly results: readonly ResultDefinition<P, L>[];
  readonly sheet: (c: BlockContext<P, L>) => SheetSpec;
  /** Names that follow the results' names (the stamp cell), before the identity. */
  readonly names?: (c: BlockContext<P, L>) => readonly { name: string; address: string }[];
  /** Native charts over the sheet's ranges. */
  readonly charts?: (c: BlockContext<P, L>) => readonly PlannedChart[];
  /** Conditional fills (a heatmap). */
  readonly conditionalFills?: (c: BlockContext<P, L>) => readonly PlannedConditionalFill[];
}

/** A result as the sheet shows it: one value, one per cell of its row, or rows of them. */
export type Figure = Scalar | readonly Scalar[] | readonly (readonly Scalar[])[];

/** A one-cell result's value (null for none or for a row). */
export const scalarOf = (f: Figure | undefined): Scalar => (f === undefined || Array.isArray(f) ? null : (f as Scalar));
/** A one-row result's values ([] for none or for a table). */
export const rowOf = (f: Figure | undefined): readonly Scalar[] =>
  Array.isArray(f) && !f.some((x) => Array.isArray(x)) ? (f as readonly Scalar[]) : [];
/** A table result's rows ([] for none or for one row). */
export const rowsOf = (f: Figure | undefined): readonly (readonly Scalar[])[] =>
  Array.isArray(f) && f.every((x) => Array.isArray(x)) ? (f as readonly (readonly Scalar[])[]) : [];

export interface TemplateDefinition<P extends { readonly language: 'da' | 'en' }, L> extends TemplateSpec<P, L> {
  readonly context: (params: P) => BlockContext<P, L>;
  readonly plan: (params: P) => SheetPlan;
  /** Every result that a formula gives, read from `sheet` of `book` (a workbook holding the plan). */
  readonly figures: (params: P, book: Book, sheet: string) => ReadonlyMap<string, Figure>;
}

export function defineTemplate<P extends { readonly language: 'da' | 'en' }, L>(
  spec: TemplateSpec<P, L>,
): TemplateDefinition<P, L> {
  const context = (params: P): BlockContext<P, L> => ({
    params,
    layout: spec.layout(params),
    language: params.language,
    w: (x) => x[params.language],
  });
  const plan = (params: P): SheetPlan => {
    const c = context(params);
    const g = new Grid();
    for (const block of spec.blocks) block.write(g, c);
    for (const r of spec.results) {
      if (r.name === undefined) continue;
      const at = r.at(c);
      g.names.push({ name: r.name, address: a1(at.row, at.col, true) });
    }
    g.names.push(...(spec.names?.(c) ?? []));
    const sheet = spec.sheet(c);
    g.names.push({
      name: IDENTITY_NAME,
      formula: identityFormula({
        templateId: spec.id,
        version: spec.version,
        language: c.language,
        params: sheet.identity,
      }),
    });
    const plan = g.toPlan(sheet.name, sheet.widths, sheet.freeze, {
      templateId: spec.id,
      templateVersion: spec.version,
      language: c.language,
      layout: sheet.metadata,
    });
    const printed = {
      ...plan,
      ...(sheet.printCols === undefined ? {} : { printCols: sheet.printCols }),
      ...(sheet.printTitleRows === undefined ? {} : { printTitleRows: sheet.printTitleRows }),
    };
    const filled = spec.conditionalFills ? { ...printed, conditionalFills: spec.conditionalFills(c) } : printed;
    return spec.charts ? { ...filled, charts: spec.charts(c) } : filled;
  };
  const figures = (params: P, book: Book, sheet: string): ReadonlyMap<string, Figure> => {
    const c = context(params);
    const out = new Map<string, Figure>();
    for (const r of spec.results) {
      if (r.engineOnly !== undefined) continue;
      const at = r.at(c);
      const rowAt = (row: number): Scalar[] =>
        Array.from({ length: at.cols ?? 1 }, (_, k) => book.cell(sheet, row, at.col + k));
      if (at.rows !== undefined)
        out.set(
          r.id,
          Array.from({ length: at.rows }, (_, i) => rowAt(at.row + i)),
        );
      else out.set(r.id, at.cols === undefined ? (rowAt(at.row)[0] ?? null) : rowAt(at.row));
    }
    return out;
  };
  return { ...spec, context, plan, figures };
}
