/** The workbook state behind the fake Excel host: what a saved .xlsx would hold. */

/** The look of a cell, and what a named style sets. */
export interface Look {
  numberFormat: string;
  fill: string | null;
  fontColor: string;
  bold: boolean;
  italic: boolean;
  size: number;
  locked: boolean;
  wrap: boolean;
}

export interface CellState extends Look {
  /** What `range.formulas` returns: a formula string, a constant, or '' when empty. */
  formula: string | number | boolean;
  /** What `range.values` returns; undefined for a formula, which the fake does not evaluate. */
  value: string | number | boolean | undefined;
  /** The cell's named style: Normal unless one was applied. */
  style: string;
}

/** A named cell style: the looks it sets on a cell it is applied to. */
export interface StyleState extends Look {
  readonly name: string;
}

/** A new workbook's look of a plain cell: Excel's Normal style. */
const NORMAL: Look = {
  numberFormat: 'General',
  fill: null,
  fontColor: '#000000',
  bold: false,
  italic: false,
  size: 11,
  locked: true,
  wrap: false,
};

export function normalStyle(name = 'Normal'): StyleState {
  return { name, ...NORMAL };
}

export interface NameState {
  readonly name: string;
  /** A range reference (sheet id + A1 box) or a formula such as `="abc"`. */
  readonly ref: { readonly sheetId: string; readonly address: string } | { readonly formula: string };
}

export interface ValidationState {
  readonly address: string;
  rule: Excel.DataValidationRule | null;
  errorAlert: Excel.DataValidationErrorAlert | null;
}

/** A conditional format as written: its range, type and what it sets. */
export interface ConditionalFormatState {
  readonly address: string;
  readonly type: string;
  /** The custom rule's formula, or the cell-value rule. */
  formula: string | null;
  rule: unknown;
  fontColor: string | null;
  fill: string | null;
}

export interface ChartState {
  name: string;
  type: string;
  title: string;
  readonly series: { name: string; values: string; categories: string | null; chartType: string | null }[];
  position: { from: string; to: string } | null;
}

export interface SheetState {
  readonly id: string;
  name: string;
  readonly cells: Map<string, CellState>;
  readonly names: Map<string, NameState>;
  readonly validations: ValidationState[];
  readonly conditionalFormats: ConditionalFormatState[];
  readonly columnWidths: Map<number, number>;
  readonly rowHeights: Map<number, number>;
  readonly charts: ChartState[];
  frozenRows: number;
  frozenColumns: number;
  /** The cells selected on this sheet, which its activation brings back: A1 on a new sheet, as in Excel. */
  selected: string;
  /** The page set-up written through `worksheet.pageLayout`, by Excel's property and method names. */
  readonly page: Record<string, unknown>;
}

export interface PartState {
  readonly id: string;
  readonly xml: string;
  readonly namespaceUri: string;
}

export interface WorkbookState {
  readonly sheets: SheetState[];
  readonly names: Map<string, NameState>;
  readonly parts: PartState[];
  /** Named cell styles by lower-cased name; a new workbook has Normal. */
  readonly styles: Map<string, StyleState>;
  activeSheetId: string;
  selection: string | null;
  nextId: number;
}

export function emptyCell(): CellState {
  return { formula: '', value: '', style: 'Normal', ...NORMAL };
}

export function newSheet(id: string, name: string): SheetState {
  return {
    id,
    name,
    cells: new Map(),
    names: new Map(),
    validations: [],
    conditionalFormats: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    charts: [],
    frozenRows: 0,
    frozenColumns: 0,
    selected: 'A1',
    page: {},
  };
}

/** A deep copy: what saving the workbook and opening it again gives. */
export function cloneState(s: WorkbookState): WorkbookState {
  return {
    sheets: s.sheets.map((sh) => ({
      ...sh,
      cells: new Map([...sh.cells].map(([k, v]) => [k, { ...v }])),
      names: new Map(sh.names),
      validations: sh.validations.map((v) => ({ ...v })),
      columnWidths: new Map(sh.columnWidths),
      rowHeights: new Map(sh.rowHeights),
      charts: sh.charts.map((c) => ({ ...c, series: c.series.map((x) => ({ ...x })) })),
      page: { ...sh.page },
    })),
    names: new Map(s.names),
    parts: [...s.parts],
    styles: new Map([...s.styles].map(([k, v]) => [k, { ...v }])),
    activeSheetId: s.activeSheetId,
    selection: s.selection,
    nextId: s.nextId,
  };
}
