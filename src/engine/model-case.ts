/**
 * The catalogue case file: a proposal's calculation model with the municipality's inputs.
 * `{"template":"catalogue","entry":"A07","inputs":{"bc2.transactions":10000,"result1.cost":[0,50,50,50]}}`
 * An input key is `table.row` (a one-column table, or a whole row given as an array) or
 * `table.row.column`. The model itself comes from the caller (the catalogue lives outside the
 * engine), so this file only checks the inputs against it and evaluates.
 */
import { evaluateModel } from './model-formula';
import { z } from 'zod';
import { issue, type Issue } from './issue';
import { describeValue } from './zod-issues';
import { MAX_MAGNITUDE, title } from './schema-parts';
import {
  anyGroupsOf,
  cellDef,
  findTable,
  isError,
  keyOf,
  requiredInputsOf,
  type CellKey,
  type Format,
  type Language,
  type Model,
  type Value,
} from './model';

const scalar = z.union([z.number(), z.string(), z.null()]);

export const catalogueCaseSchema = z.strictObject({
  template: z.literal('catalogue'),
  entry: z.string().min(1),
  title: title.optional(),
  language: z.enum(['da', 'en']).default('da'),
  inputs: z.record(z.string(), z.union([scalar, z.array(scalar)])).default({}),
});

export type CatalogueCaseFile = z.output<typeof catalogueCaseSchema>;

/** The input cells of a model, keyed as a case file writes them. */
export function inputKeys(model: Model): Map<string, CellKey[]> {
  const keys = new Map<string, CellKey[]>();
  for (const t of model.tables)
    for (const r of t.rows) {
      const cells = t.columns
        .map((c) => ({ table: t.id, row: r.id, col: c.id }))
        .filter((k) => cellDef(model, k).kind === 'input');
      if (cells.length === 0) continue;
      keys.set(`${t.id}.${r.id}`, cells);
      if (t.columns.length > 1) for (const k of cells) keys.set(keyOf(k), [k]);
    }
  return keys;
}

/** Checks a case's inputs against the model: known keys, numbers or allowed words, the right count. */
export function modelInputs(
  model: Model,
  inputs: CatalogueCaseFile['inputs'],
): { values: Map<string, number | string>; issues: Issue[] } {
  const keys = inputKeys(model);
  const values = new Map<string, number | string>();
  const issues: Issue[] = [];
  const allowed = [...keys.keys()].filter((k) => k.split('.').length === 2);
  for (const [key, given] of Object.entries(inputs)) {
    const cells = keys.get(key);
    if (!cells) {
      issues.push(issue('invalid_value', ['inputs', key], { allowed, received: describeValue(key) }));
      continue;
    }
    const list = Array.isArray(given) ? given : [given];
    if (Array.isArray(given) ? list.length !== cells.length : cells.length !== 1) {
      issues.push(
        issue('invalid_type', ['inputs', key], {
          expected: cells.length === 1 ? 'one value' : `an array of ${cells.length} values`,
          expectedDa: cells.length === 1 ? 'én værdi' : `en liste med ${cells.length} værdier`,
          received: Array.isArray(given) ? `${list.length} values` : 'one value',
        }),
      );
      continue;
    }
    list.forEach((x, i) => {
      const at = Array.isArray(given) ? ['inputs', key, i] : ['inputs', key];
      const k = cells[i] as CellKey;
      const def = cellDef(model, k);
      if (x === null) return;
      if (def.kind === 'input' && def.choices) {
        const words = def.choices.flatMap((c) => [c.da, c.en]);
        if (typeof x !== 'string' || !words.includes(x)) {
          issues.push(issue('invalid_value', at, { allowed: words.map((s) => `"${s}"`), received: describeValue(x) }));
          return;
        }
        const choice = def.choices.find((c) => c.da === x || c.en === x);
        values.set(keyOf(k), choice ? choice.da : x);
        return;
      }
      if (typeof x !== 'number' || !Number.isFinite(x)) {
        issues.push(
          issue('invalid_type', at, { expected: 'a number', expectedDa: 'et tal', received: describeValue(x) }),
        );
        return;
      }
      if (Math.abs(x) > MAX_MAGNITUDE) {
        const limit = `a number between -${MAX_MAGNITUDE} and ${MAX_MAGNITUDE}`;
        const limitDa = `et tal mellem -${MAX_MAGNITUDE} og ${MAX_MAGNITUDE}`;
        issues.push(issue('too_big', at, { expected: limit, expectedDa: limitDa, received: describeValue(x) }));
        return;
      }
      values.set(keyOf(k), x);
    });
  }
  return { values, issues };
}

export interface ModelResultOut {
  readonly id: string;
  readonly label: string;
  readonly value: number | string | null;
  readonly format: Format;
  /** Inputs this result waits for (blank and required); its value is null until they are given. */
  readonly missing: string[];
}

export interface CatalogueResult {
  readonly template: 'catalogue';
  readonly entry: string;
  readonly results: ModelResultOut[];
  readonly issues: Issue[];
}

function out(v: Value): number | string | null {
  if (v === null || typeof v === 'number' || typeof v === 'string') return v;
  return typeof v === 'boolean' ? String(v).toUpperCase() : v.error;
}

/** Evaluates the model with the case's inputs; results that wait for inputs are null, with a warning. */
export function computeCatalogueCase(
  entry: string,
  model: Model,
  values: ReadonlyMap<string, number | string>,
  lang: Language,
): CatalogueResult {
  // Choices were stored as their Danish words, so the model is read in Danish.
  const { results } = evaluateModel(model, values, 'da');
  const warned = new Set<string>();
  const issues: Issue[] = [];
  const list = model.results.map((r): ModelResultOut => {
    const missing = requiredInputsOf(model, r.expr)
      .filter((k) => !values.has(keyOf(k)))
      .map((k) => keyOf(k).replace(/\.value$/, ''));
    for (const m of missing) {
      if (warned.has(m)) continue;
      warned.add(m);
      issues.push(issue('blank_required', ['inputs', m], { expected: m }, 'warning'));
    }
    // A table whose rows are each optional, none filled in: named by its id.
    for (const g of anyGroupsOf(model, r.expr)) {
      if (g.cells.some((k) => typeof values.get(keyOf(k)) === 'number')) continue;
      missing.push(g.table);
      if (warned.has(g.table)) continue;
      warned.add(g.table);
      const title = findTable(model, g.table).title;
      issues.push(
        issue(
          'blank_table',
          ['inputs', g.table],
          { expected: `"${title.en}" (${g.table})`, expectedDa: `"${title.da}" (${g.table})` },
          'warning',
        ),
      );
    }
    const value = results.get(r.id) ?? null;
    const failed = missing.length === 0 && isError(value);
    if (failed) issues.push(issue('figure_error', ['results', r.id], { received: value.error }, 'warning'));
    return {
      id: r.id,
      label: r.label[lang],
      value: missing.length > 0 || failed ? null : out(value),
      format: r.format,
      missing,
    };
  });
  return { template: 'catalogue', entry, results: list, issues };
}
