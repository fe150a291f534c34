/**
 * A SheetPlan is everything a template instance is made of, as plain data: the cells with
 * their content, number format and role, the defined names, the data validation, column
 * widths and the instance's metadata. The Excel adapter and the xlsx writer both write it;
 * neither decides anything about layout.
 */

export type CellContent =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  /** English function names and comma separators, starting with `=`. */
  | { readonly kind: 'formula'; readonly formula: string };

/** What a cell is for; each role has one look (see styles.ts). */
export type CellRole =
  | 'title'
  | 'subtitle'
  | 'section'
  | 'header'
  | 'label'
  | 'input'
  | 'inputLabel'
  | 'formula'
  | 'total'
  | 'key'
  | 'helper'
  | 'note';

export interface PlannedCell {
  readonly content: CellContent;
  readonly role: CellRole;
  /** An invariant number-format code such as `#,##0`; General when absent. */
  readonly format?: string;
}

export type ValidationRule =
  | { readonly kind: 'decimal'; readonly min: number; readonly max: number }
  | { readonly kind: 'whole'; readonly min: number; readonly max: number }
  | { readonly kind: 'list'; readonly items: readonly string[] };

export interface PlannedValidation {
  /** Relative A1 range on the plan's sheet, such as `B20:K24`. */
  readonly range: string;
  readonly rule: ValidationRule;
  /** Shown when the user types something the rule refuses. */
  readonly error: string;
}

/** A sheet-scoped name (several instances can live in one workbook): a cell, or a constant. */
export type PlannedName =
  | {
      readonly name: string;
      /** Absolute A1 address on the plan's sheet, such as `$C$40`. */
      readonly address: string;
    }
  | {
      readonly name: string;
      /** A constant formula such as `="business-case@1;h=10"`. */
      readonly formula: string;
    };

/** Identity and layout of an instance, persisted with the workbook. */
export interface InstanceMetadata {
  readonly templateId: string;
  readonly templateVersion: number;
  readonly language: 'da' | 'en';
  /** Row and column positions (0-based) the reader needs to find the instance's ranges. */
  readonly layout: Readonly<Record<string, number>>;
}

export interface SheetPlan {
  /** The proposed sheet name; the writer makes it unique in the workbook. */
  readonly sheetName: string;
  readonly rows: number;
  readonly cols: number;
  /** Dense grid, rows × cols; null is an empty cell. */
  readonly cells: readonly (readonly (PlannedCell | null)[])[];
  readonly names: readonly PlannedName[];
  readonly validations: readonly PlannedValidation[];
  /** Column widths in characters. */
  readonly columnWidths: readonly number[];
  readonly freeze: { readonly rows: number; readonly cols: number };
  readonly metadata: InstanceMetadata;
  /** Native charts to add (the Excel adapter does; exceljs cannot write charts). */
  readonly charts?: readonly PlannedChart[];
  /** Columns that print, from A (default all): helper columns to the right stay on screen only. */
  readonly printCols?: number;
  /**
   * Rows repeated at the top of every printed page (0-based, inclusive), where they are not the
   * frozen rows: a business case freezes everything down to its year header, and prints only that.
   */
  readonly printTitleRows?: { readonly first: number; readonly last: number };
  /** Rows that need more than one line (a wrapped header): 0-based row → lines of text. */
  readonly tallRows?: readonly { readonly row: number; readonly lines: number }[];
  /** Conditional formatting: a range's cells filled with `fill` while their value is above `above` (a heatmap). */
  readonly conditionalFills?: readonly PlannedConditionalFill[];
}

export interface PlannedConditionalFill {
  /** A1 range on the plan's sheet. */
  readonly range: string;
  readonly above: number;
  /** #RRGGBB. */
  readonly fill: string;
}

/** Points per line of text in the default font (Excel's standard row is 15 points). */
export const LINE_POINTS = 15;

/** A native chart on the plan's sheet. */
export interface PlannedChart {
  readonly name: string;
  /**
   * cashFlow and histogram: columns; ranking: stacked columns; tornado and drivers: bars, the first
   * category on top; sCurve: a line through points, `categories` the x values (a scatter chart).
   */
  readonly kind: 'cashFlow' | 'tornado' | 'ranking' | 'histogram' | 'sCurve' | 'drivers';
  readonly title: string;
  /** Series: a name and an absolute A1 range of values; `line` draws it as a line. */
  readonly series: readonly { readonly name: string; readonly values: string; readonly line?: boolean }[];
  readonly categories: string;
  /** Top-left and bottom-right cells of where the chart sits. */
  readonly from: string;
  readonly to: string;
}

/**
 * Text Excel could take for a formula when it is written through `formulas`: a leading `=`, `+`,
 * `-` or `@`, also behind spaces, tabs or line breaks, and their full-width forms (`＝`, which an
 * East Asian keyboard turns into `=`).
 */
const FORMULA_LIKE = /^[\s\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]/;

const MONTH = '(jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-zæøå]*\\.?';

/**
 * Text Excel would turn into something else when it is written through `formulas` or `values`, as
 * if typed, in a Danish or an English Excel: numbers with either separator, percentages ("50 %"),
 * dates and fractions ("1-35" and "36-70", the discount bands; "1/2"; "2026-01-05"; "5. maj"),
 * times, TRUE/FALSE and SAND/FALSK, amounts in kroner, and accounting negatives ("(120)").
 */
const EXCEL_CONVERTS = [
  /^[+-]?[\d.,\s]*\d(\s?%)?$/,
  /^[+-]?\d+([.,]\d+)?\s?e[+-]?\d+$/i,
  /^\d{1,4}\s?[-/.]\s?\d{1,4}(\s?[-/.]\s?\d{1,4})?$/,
  /^\d+\s?-$/,
  new RegExp(`^\\d{1,2}\\.?[-/ ]\\s?${MONTH}([-/ ]\\s?\\d{1,4})?$`, 'i'),
  new RegExp(`^${MONTH}[-/ ]\\s?\\d{1,4}$`, 'i'),
  /^\d{1,2}[:.]\d{2}([:.]\d{2})?(\s?(am|pm))?$/i,
  /^(true|false|sand|falsk)$/i,
  /^\(\s?\d[\d.,]*\s?\)$/,
  /^(kr\.?|dkk|\$|€)\s?\d[\d.,]*$|^\d[\d.,]*\s?(kr\.?|dkk|€)$/i,
];

/** Whether Excel would take this text for a number, date, time, percentage or truth value. */
export function excelConverts(text: string): boolean {
  const t = text.trim();
  return t !== '' && EXCEL_CONVERTS.some((re) => re.test(t));
}

/**
 * A text written so that Excel keeps it as text: text that Excel would take for a formula, a
 * number, a date or a truth value gets the hidden quote prefix `'`, which Excel does not show.
 */
export function literalText(text: string): string {
  return FORMULA_LIKE.test(text) || excelConverts(text) ? `'${text}` : text;
}

/** The value for `range.formulas`: formulas as they are, numbers as numbers, text kept text. */
export function formulaCellValue(cell: PlannedCell | null): string | number {
  if (cell === null) return '';
  switch (cell.content.kind) {
    case 'formula':
      return cell.content.formula;
    case 'number':
      return cell.content.value;
    case 'text':
      return literalText(cell.content.text);
  }
}
