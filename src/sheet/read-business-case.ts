/**
 * Turns the cells of a business-case instance back into a case (the inverse of the plan):
 * labels and yearly values of every line, the discount and the first year from the
 * assumptions. Every problem becomes an issue with its cell address and its JSON path: text
 * where a number belongs (with the number it probably means), Excel error values, negative
 * costs, a required blank, and a template formula overwritten by a constant.
 */
import type { BusinessCaseFile, GainType, Section } from '../engine/business-case-schema';
import { isPreset, type Discount } from '../engine/discount';
import { issue, type Issue, type IssuePath } from '../engine/issue';
import { WORDS, businessCaseParameters } from '../templates/business-case';
import { a1 } from './address';
import { planBusinessCase } from './business-case-plan';
import { isExcelError, numberFromText } from './cell-text';
import type { InstanceRecord } from './instance-xml';
import type { SheetPlan } from './plan';

export interface SheetCells {
  readonly sheetName: string;
  /** Values and formulas of a block whose top-left cell is (rowOffset, colOffset). */
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
  readonly rowOffset: number;
  readonly colOffset: number;
}

export interface ReadResult {
  readonly input: BusinessCaseFile | null;
  readonly issues: Issue[];
}

class Reader {
  readonly issues: Issue[] = [];
  constructor(
    private readonly cells: SheetCells,
    private readonly lang: 'da' | 'en',
  ) {}

  value(row: number, col: number): unknown {
    return this.cells.values[row - this.cells.rowOffset]?.[col - this.cells.colOffset] ?? '';
  }

  formula(row: number, col: number): unknown {
    return this.cells.formulas[row - this.cells.rowOffset]?.[col - this.cells.colOffset] ?? '';
  }

  add(
    code: Parameters<typeof issue>[0],
    row: number,
    col: number,
    path: IssuePath,
    params: Parameters<typeof issue>[2] = {},
  ): void {
    this.issues.push({ ...issue(code, path, params), cell: `${this.cells.sheetName}!${a1(row, col)}` });
  }

  /** A number cell: blank counts as 0; text, errors and (where forbidden) negatives are issues. */
  amount(row: number, col: number, path: IssuePath, nonNegative: boolean): number {
    const v = this.value(row, col);
    if (v === '' || v === null) return 0;
    if (typeof v === 'number') {
      if (nonNegative && v < 0) this.add('negative_amount', row, col, path, { received: v });
      return v;
    }
    if (isExcelError(v)) {
      this.add('cell_error', row, col, path, { received: v });
      return NaN;
    }
    const text = String(v);
    const guess = numberFromText(text);
    const params =
      guess === null
        ? { received: JSON.stringify(text) }
        : {
            received: JSON.stringify(text),
            suggestion: guess,
            suggestionDa: guess.toLocaleString('da-DK', { maximumFractionDigits: 10 }),
          };
    this.add('text_number', row, col, path, params);
    return NaN;
  }

  text(row: number, col: number): string {
    const v = this.value(row, col);
    return typeof v === 'string' ? v.trim() : v === null ? '' : String(v);
  }
}

const SECTIONS: readonly Section[] = ['gain', 'cost', 'investment'];

function gainTypeOf(text: string, lang: 'da' | 'en'): GainType {
  if (text === WORDS.nonBudget[lang]) return 'non-budget';
  if (text === WORDS.income[lang]) return 'income';
  return 'budget';
}

/** Constants where the plan has a formula: the user typed over the template. */
function overwrittenFormulas(plan: SheetPlan, r: Reader): void {
  plan.cells.forEach((row, i) =>
    row.forEach((cell, j) => {
      if (cell?.content.kind !== 'formula' || cell.role === 'input' || cell.role === 'title') return;
      const found = r.formula(i, j);
      if (typeof found === 'string' && found.startsWith('=')) return;
      r.add('formula_overwritten', i, j, [], { expected: cell.content.formula, received: JSON.stringify(found) });
    }),
  );
}

export function readBusinessCase(record: InstanceRecord, cells: SheetCells): ReadResult {
  const L = record.layout;
  const at = (key: string): number => L[key] ?? -1;
  const lang = record.language;
  const r = new Reader(cells, lang);
  const n = at('horizon');
  const first = at('firstYearCol');

  const firstYearRaw = r.value(at('assumption.firstYear'), 1);
  const firstYear = typeof firstYearRaw === 'number' ? firstYearRaw : undefined;
  if (firstYearRaw !== '' && firstYear === undefined) r.amount(at('assumption.firstYear'), 1, ['firstYear'], true);
  const choice = r.text(at('assumption.discount'), 1);
  let discount: Discount = 'fm-2021';
  if (choice === 'fm-2021' || choice === 'fm-2013') discount = choice;
  else if (choice === WORDS.flatRate[lang]) discount = r.amount(at('assumption.flatRate'), 1, ['discount'], false);
  else if (choice === '')
    r.add('blank_required', at('assumption.discount'), 1, ['discount'], {
      expected: 'fm-2021, fm-2013 or a flat rate',
      expectedDa: 'fm-2021, fm-2013 eller fast rente',
    });
  else
    r.add('invalid_value', at('assumption.discount'), 1, ['discount'], {
      allowed: 'fm-2021, fm-2013, ' + WORDS.flatRate[lang],
      received: JSON.stringify(choice),
    });
  const firstYearDiscounted = r.text(at('assumption.firstYearDiscounted'), 1) === WORDS.yes[lang];

  const lines: BusinessCaseFile['lines'][number][] = [];
  for (const s of SECTIONS) {
    for (let i = 0; i < at(`${s}.count`); i++) {
      const row = at(`${s}.first`) + i;
      const path = ['lines', lines.length];
      const values = Array.from({ length: n }, (_, k) =>
        r.amount(row, first + k, [...path, 'values', k], s !== 'gain'),
      );
      const label = r.text(row, 0) || `${s} ${i + 1}`;
      const gainType = s === 'gain' ? { gainType: gainTypeOf(r.text(row, at('typeCol')), lang) } : {};
      lines.push({ section: s, label, ...gainType, values });
    }
  }
  const counts = { gain: at('gain.count'), cost: at('cost.count'), investment: at('investment.count') };
  const params = businessCaseParameters.parse({
    language: lang,
    horizon: n,
    lines: counts,
    discount: isPreset(discount) || Number.isNaN(discount) ? 'fm-2021' : discount,
  });
  overwrittenFormulas(planBusinessCase(params), r);

  if (r.issues.length > 0) return { input: null, issues: r.issues };
  return {
    input: {
      template: 'business-case',
      title: r.text(at('assumption.title'), 1) || 'Business case',
      ...(firstYear === undefined ? {} : { firstYear }),
      years: n,
      discount,
      firstYearDiscounted,
      unit: r.text(at('assumption.unit'), 1) || 't.kr.',
      ...(r.text(at('assumption.priceLevel'), 1) ? { priceLevel: r.text(at('assumption.priceLevel'), 1) } : {}),
      lines,
    },
    issues: [],
  };
}
