/**
 * Turns the cells of a business-case instance back into a case (the inverse of the plan):
 * labels and yearly values of every line, the discount and the first year from the
 * assumptions. Every problem becomes an issue with its cell address and its JSON path: text
 * where a number belongs (with the number it probably means), Excel error values, negative
 * costs, a rate over 100 %, a date typed as text, and the template's structure broken: a
 * formula overwritten by a constant, rows inserted or deleted, a name that moved. What can be
 * repaired without touching the user's inputs comes back as repairs.
 */
import type { BusinessCaseFile, GainType, Section } from '../engine/business-case-schema';
import type { Discount } from '../engine/discount';
import type { ThreePoint } from '../engine/pert';
import { formatPath, issue, type Issue, type IssuePath } from '../engine/issue';
import { describeValue, quote } from '../engine/zod-issues';
import { WORDS, businessCaseParameters } from '../templates/business-case';
import { a1, parseA1Range } from './address';
import { asWrittenBy, planBusinessCase } from './business-case-plan';
import { businessCaseLayout, estimateCols, type BusinessCaseLayout } from './business-case-layout';
import { dateFromText, isExcelError, numberFromText } from './cell-text';
import type { SheetPlan } from './plan';
import type { Shape } from './shape';

export interface SheetCells {
  readonly sheetName: string;
  /** Values and formulas of a block whose top-left cell is (rowOffset, colOffset). */
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
  readonly rowOffset: number;
  readonly colOffset: number;
}

/** A template part that can be put back without touching anything the user typed. */
export type Repair =
  | { readonly kind: 'formula'; readonly address: string; readonly formula: string }
  | { readonly kind: 'name'; readonly name: string; readonly address: string; readonly exists: boolean };

export interface ReadResult {
  readonly input: BusinessCaseFile | null;
  /** No line holds a figure yet (a freshly inserted case): there is nothing to compute. */
  readonly empty?: boolean;
  readonly issues: Issue[];
  readonly repairs: Repair[];
  /** The cell a path of `input` was read from (`lines[2].values[4]` → `Ark!F14`); the title cell otherwise. */
  readonly cellOf: (path: IssuePath) => string;
}

class Reader {
  readonly issues: Issue[] = [];
  readonly repairs: Repair[] = [];
  private readonly read = new Map<string, string>();
  constructor(private readonly cells: SheetCells) {}

  address(row: number, col: number): string {
    return `${this.cells.sheetName}!${a1(row, col)}`;
  }

  /** Where each path of the case was read, so a later check of the case can name the cell. */
  readonly cellOf = (path: IssuePath): string => {
    for (let n = path.length; n > 0; n--) {
      const cell = this.read.get(formatPath(path.slice(0, n)));
      if (cell !== undefined) return cell;
    }
    return this.address(0, 0);
  };

  remember(path: IssuePath, row: number, col: number): void {
    this.read.set(formatPath(path), this.address(row, col));
  }

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
    severity: 'error' | 'warning' = 'error',
  ): void {
    this.issues.push({ ...issue(code, path, params, severity), cell: this.address(row, col) });
  }

  /** A number cell: blank counts as 0; text, errors and (where forbidden) negatives are issues. */
  amount(row: number, col: number, path: IssuePath, nonNegative: boolean): number {
    this.remember(path, row, col);
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
    const da = (x: number): string => x.toLocaleString('da-DK', { maximumFractionDigits: 10 });
    const params =
      guess === null
        ? { received: quote(text) }
        : { received: quote(text), suggestion: guess, suggestionDa: da(guess) };
    this.add('text_number', row, col, path, params);
    return NaN;
  }

  /**
   * A year cell holding a three-point estimate: the PERT formula `=(min+4*likely+max)/6` over
   * the ends, each a number or a cell of this sheet (as `gevinst build` writes it: the ends are
   * input cells beside the line; a user may also type numbers in the formula). The cell shows the
   * PERT mean, which is what the engine counts; the ends are what a simulation draws between.
   * An end cell that is blank or not a number is an issue at that cell ('invalid'): a PERT mean
   * with a blank end counted as 0 would be a silently wrong number. Three equal ends are the figure itself.
   */
  threePoint(row: number, col: number, path: IssuePath): ThreePoint | number | 'invalid' | null {
    const f = this.formula(row, col);
    if (typeof f !== 'string') return null;
    const m = PERT_FORMULA.exec(f.replace(/\s+/g, ''));
    if (!m) return null;
    const words = [
      { en: 'the minimum of the three-point estimate', da: 'minimum i trepunktsestimatet' },
      {
        en: 'the most likely value of the three-point estimate',
        da: 'den mest sandsynlige værdi i trepunktsestimatet',
      },
      { en: 'the maximum of the three-point estimate', da: 'maksimum i trepunktsestimatet' },
    ] as const;
    let invalid = false;
    const ends = [m[1], m[2], m[3]].map((term, i) => {
      if (term === undefined) return NaN;
      if (!/[A-Z]/.test(term)) return Number(term);
      const at = parseA1Range(term);
      const v = this.value(at.row, at.col);
      if (typeof v === 'number') return v;
      invalid = true;
      const word = words[i] ?? words[0];
      if (v === '' || v === null)
        this.add('blank_required', at.row, at.col, path, { expected: word.en, expectedDa: word.da });
      else this.amount(at.row, at.col, path, false);
      return NaN;
    });
    if (invalid) return 'invalid';
    const [min, likely, max] = ends as [number, number, number];
    if (![min, likely, max].every(Number.isFinite)) return null;
    // Three equal ends are a plain figure (a known year of a three-point line): no uncertainty to draw.
    return min === likely && likely === max ? likely : { min, likely, max };
  }

  text(row: number, col: number): string {
    const v = this.value(row, col);
    return typeof v === 'string' ? v.trim() : v === null ? '' : String(v);
  }
}

/** A number, or a cell of the same sheet (`J25`, `$J$25`). */
const TERM = '(-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|\\$?[A-Z]{1,3}\\$?\\d+)';
/** `=(min+4*likely+max)/6` over numbers or cells (Office.js gives formulas in the invariant, English form). */
const PERT_FORMULA = new RegExp(`^=\\(${TERM}\\+4\\*${TERM}\\+${TERM}\\)/6$`);

/**
 * Whether a line's every year is the PERT mean over its own end cells, where the plan puts them
 * (estimateCols): then a scenario on the ends can be a formula over those cells.
 */
export function endsInCells(
  layout: BusinessCaseLayout,
  formulaAt: (row: number, col: number) => unknown,
  row: number,
): boolean {
  const cols = estimateCols(layout);
  for (let k = 0; k < layout.horizon; k++) {
    const f = formulaAt(row, layout.firstYearCol + k);
    const m = typeof f === 'string' ? PERT_FORMULA.exec(f.replace(/\s+|\$/g, '')) : null;
    const want = [a1(row, cols.min + k), a1(row, cols.likely + k), a1(row, cols.max + k)];
    if (!m || m[1] !== want[0] || m[2] !== want[1] || m[3] !== want[2]) return false;
  }
  return true;
}

const SECTIONS: readonly Section[] = ['gain', 'cost', 'investment'];

function gainTypeOf(text: string, lang: 'da' | 'en'): GainType {
  if (text === WORDS.nonBudget[lang]) return 'non-budget';
  if (text === WORDS.income[lang]) return 'income';
  return 'budget';
}

/**
 * The template's own labels must stand where the plan put them; the first one that does not
 * means rows were inserted or deleted above it, and nothing below can be read reliably.
 */
function shiftedRow(plan: SheetPlan, r: Reader): { row: number; expected: string } | null {
  for (const [i, row] of plan.cells.entries()) {
    const cell = row[0];
    if (!cell || cell.content.kind !== 'text' || !['label', 'total', 'section', 'helper'].includes(cell.role)) continue;
    if (cell.content.text !== '' && r.text(i, 0) !== cell.content.text)
      return { row: i + 1, expected: cell.content.text };
  }
  return null;
}

/** Constants where the plan has a formula: the user typed over the template. */
function overwrittenFormulas(plan: SheetPlan, r: Reader): void {
  plan.cells.forEach((row, i) =>
    row.forEach((cell, j) => {
      if (cell?.content.kind !== 'formula' || cell.role === 'input' || cell.role === 'title') return;
      const found = r.formula(i, j);
      if (typeof found === 'string' && found.startsWith('=')) return;
      r.add('formula_overwritten', i, j, [], { expected: cell.content.formula, received: describeValue(found) });
      r.repairs.push({ kind: 'formula', address: a1(i, j), formula: cell.content.formula });
    }),
  );
}

/** The key names must point at their cells on this sheet. */
function movedNames(plan: SheetPlan, names: ReadonlyMap<string, string>, r: Reader): void {
  for (const n of plan.names) {
    if (!('address' in n)) continue;
    const found = names.get(n.name) ?? '';
    const at = found.slice(found.lastIndexOf('!') + 1);
    if (at === n.address) continue;
    const [row, col] = [Number(/\d+/.exec(n.address)?.[0] ?? 1) - 1, 1];
    r.add('name_moved', row, col, [], { name: n.name, expected: n.address, received: found || '—' });
    r.repairs.push({ kind: 'name', name: n.name, address: n.address, exists: found !== '' });
  }
}

function assumptions(A: BusinessCaseLayout['assumption'], lang: 'da' | 'en', r: Reader) {
  const at = (key: keyof BusinessCaseLayout['assumption']): number => A[key];
  const firstYearRaw = r.value(at('firstYear'), 1);
  let firstYear = typeof firstYearRaw === 'number' ? firstYearRaw : undefined;
  if (firstYearRaw !== '' && firstYear === undefined) r.amount(at('firstYear'), 1, ['firstYear'], true);
  r.remember(['firstYear'], at('firstYear'), 1);
  if (firstYear !== undefined && !(Number.isInteger(firstYear) && firstYear >= 1900 && firstYear <= 2200)) {
    const expected = { expected: 'a whole year from 1900 to 2200', expectedDa: 'et helt årstal fra 1900 til 2200' };
    r.add('invalid_type', at('firstYear'), 1, ['firstYear'], { ...expected, received: describeValue(firstYear) });
    firstYear = undefined;
  }
  const choice = r.text(at('discount'), 1);
  r.remember(['discount'], at('discount'), 1);
  let discount: Discount = 'fm-2021';
  if (choice === 'fm-2021' || choice === 'fm-2013') discount = choice;
  else if (choice === WORDS.flatRate[lang]) {
    discount = r.amount(at('flatRate'), 1, ['discount'], false);
    if (discount <= -1) r.add('rate_range', at('flatRate'), 1, ['discount'], { received: discount });
    if (discount > 1) {
      const pct = (x: number, l: string): string => `${(x * 100).toLocaleString(l, { maximumFractionDigits: 4 })} %`;
      const params = {
        received: pct(discount, 'en'),
        receivedDa: pct(discount, 'da-DK'),
        suggestion: pct(discount / 100, 'en'),
        suggestionDa: pct(discount / 100, 'da-DK'),
      };
      r.add('percent_over_100', at('flatRate'), 1, ['discount'], params);
    }
  } else if (choice === '') {
    const expected = { expected: 'fm-2021, fm-2013 or a flat rate', expectedDa: 'fm-2021, fm-2013 eller fast rente' };
    r.add('blank_required', at('discount'), 1, ['discount'], expected);
  } else {
    const allowed = `fm-2021, fm-2013, ${WORDS.flatRate[lang]}`;
    r.add('invalid_value', at('discount'), 1, ['discount'], { allowed, received: JSON.stringify(choice) });
  }
  const date = r.value(at('date'), 1);
  if (typeof date === 'string' && date.trim() !== '') {
    const iso = dateFromText(date);
    r.add(
      'date_text',
      at('date'),
      1,
      ['date'],
      iso === null ? { received: quote(date) } : { received: quote(date), suggestion: iso },
      'warning',
    );
  }
  return { firstYear, discount, firstYearDiscounted: r.text(at('firstYearDiscounted'), 1) === WORDS.yes[lang] };
}

export function readBusinessCase(
  shape: Shape,
  cells: SheetCells,
  names: ReadonlyMap<string, string> = new Map(),
): ReadResult {
  const lang = shape.language;
  const layout = businessCaseLayout(shape.horizon, shape.lines);
  // Checked against the template as the sheet's own version wrote it.
  const plan = asWrittenBy(
    planBusinessCase(businessCaseParameters.parse({ language: lang, horizon: shape.horizon, lines: shape.lines })),
    layout,
    shape.version,
  );
  const r = new Reader(cells);
  const shifted = shiftedRow(plan, r);
  if (shifted) {
    r.add('rows_shifted', shifted.row - 1, 0, [], { row: shifted.row, expected: JSON.stringify(shifted.expected) });
    return { input: null, issues: r.issues, repairs: [], cellOf: r.cellOf };
  }
  const a = assumptions(layout.assumption, lang, r);
  const n = shape.horizon;
  const first = layout.firstYearCol;
  const lines: BusinessCaseFile['lines'][number][] = [];
  let figures = 0;
  for (const s of SECTIONS) {
    for (let i = 0; i < layout.sections[s].count; i++) {
      const row = layout.sections[s].first + i;
      const path = ['lines', lines.length];
      r.remember(path, row, 0);
      const values = Array.from({ length: n }, (_, k) => {
        if (typeof r.value(row, first + k) === 'number') figures++;
        const estimate = r.threePoint(row, first + k, [...path, 'values', k]);
        if (estimate === 'invalid') return NaN;
        if (estimate) r.remember([...path, 'values', k], row, first + k);
        return estimate ?? r.amount(row, first + k, [...path, 'values', k], s !== 'gain');
      });
      const label = r.text(row, 0) || `${s} ${i + 1}`;
      const gainType = s === 'gain' ? { gainType: gainTypeOf(r.text(row, layout.typeCol), lang) } : {};
      lines.push({ section: s, label, ...gainType, values });
    }
  }
  overwrittenFormulas(plan, r);
  movedNames(plan, names, r);
  // A case with no figure in any line has no NPV, IRR or payback yet: say what to fill in, not 0.
  const empty = figures === 0;
  if (empty)
    r.add(
      'blank_required',
      layout.sections.gain.first,
      first,
      ['lines', 0, 'values', 0],
      { expected: 'a figure in at least one line', expectedDa: 'et tal i mindst én linje' },
      'warning',
    );
  if (r.issues.some((i) => i.severity === 'error'))
    return { input: null, issues: r.issues, repairs: r.repairs, cellOf: r.cellOf };
  const optional = (key: 'title' | 'unit' | 'priceLevel'): string => {
    r.remember([key], layout.assumption[key], 1);
    return r.text(layout.assumption[key], 1);
  };
  return {
    input: {
      template: 'business-case',
      title: optional('title') || 'Business case',
      ...(a.firstYear === undefined ? {} : { firstYear: a.firstYear }),
      years: n,
      discount: a.discount,
      firstYearDiscounted: a.firstYearDiscounted,
      unit: optional('unit') || 't.kr.',
      ...(optional('priceLevel') ? { priceLevel: optional('priceLevel') } : {}),
      lines,
    },
    empty,
    issues: r.issues,
    repairs: r.repairs,
    cellOf: r.cellOf,
  };
}
