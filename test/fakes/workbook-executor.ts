/**
 * Answers the requests Microsoft's Office.js client sends (`office-client.ts`) against a workbook
 * state, as Excel's RichApi endpoint does: the request's object paths (global object, properties,
 * methods, indexers) are resolved on demand, its actions (instantiate, query, set property, call
 * method) run in order, and the response carries one result per action or the first error with
 * its action index. Only the part of Excel's object model the add-in uses is modelled; anything
 * else fails loudly as "not modelled", never silently.
 *
 * It does not evaluate formulas: `values` of a formula cell is what a test set with
 * `host.compute`, else the marker UNEVALUATED (LibreOffice is the evaluator, DESIGN.md §6).
 */
import { boxAddress, parseAddress, type Box } from './address';
import { a1FromR1C1 } from './r1c1';
import {
  emptyCell,
  newSheet,
  normalStyle,
  type StyleState,
  type CellState,
  type ChartState,
  type ConditionalFormatState,
  type NameState,
  type SheetState,
  type WorkbookState,
} from './state';

export const UNEVALUATED = '#FAKE-UNEVALUATED';

/** An error Excel reports for an action: its code (ItemNotFound, InvalidArgument, …) and message. */
export class ExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** What the executor needs of the host: the state, the events switch and the user-visible hooks. */
export interface ExecutorHost {
  readonly state: WorkbookState;
  eventsEnabled: boolean;
  /** Called for every write with whether events were on. */
  wrote(): void;
  /** Excel raised a change on a sheet (only while events are on). */
  changed(sheetId: string, address: string): void;
  /** A sheet asked for its change events / the workbook for activation events. */
  registered(event: 'changed' | 'activated', sheetId: string | null): void;
}

export interface Action {
  readonly Id: number;
  readonly ActionType: number;
  readonly Name: string;
  readonly ObjectPathId: number;
  readonly ArgumentInfo?: { readonly Arguments?: unknown[]; readonly ReferencedObjectPathIds?: unknown[] };
  readonly QueryInfo?: { readonly Select?: string[]; readonly Expand?: string[] };
}

export interface ObjectPathInfo {
  readonly Id: number;
  readonly ObjectPathType: number;
  readonly Name: string;
  readonly ParentObjectPathId?: number;
  readonly ArgumentInfo?: { readonly Arguments?: unknown[]; readonly ReferencedObjectPathIds?: unknown[] };
}

export interface RequestBody {
  readonly Actions: readonly Action[];
  readonly ObjectPaths: Readonly<Record<string, ObjectPathInfo>>;
}

export interface ResponseBody {
  readonly Results: { ActionId: number; Value: unknown }[];
  readonly Error?: { Code: string; Message: string; ActionIndex: number; HttpStatusCode: number; Location: string };
}

const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4, trace: 5 } as const;
const PATH = { global: 1, property: 4, method: 3, indexer: 5, referenceId: 6 } as const;

type Row = Record<string, unknown>;

const notModelled = (what: string): Error => new Error(`workbook executor: ${what} is not modelled`);

/** A server-side object a path resolves to. */
abstract class Obj {
  abstract readonly type: string;
  constructor(protected readonly x: Executor) {}
  nav(name: string): Obj {
    throw notModelled(`${this.type}.${name}`);
  }
  method(name: string, args: unknown[]): unknown {
    void args;
    throw notModelled(`${this.type}.${name}()`);
  }
  index(args: unknown[]): Obj {
    void args;
    throw notModelled(`${this.type}[…]`);
  }
  set(name: string, value: unknown): void {
    void value;
    throw notModelled(`setting ${this.type}.${name}`);
  }
  /** The scalar properties a load returns, by Excel's (PascalCase) names. */
  scalars(): Row {
    return {};
  }
  /** What an instantiate action answers: ids that let the client address the object again. */
  identity(): Row {
    return {};
  }
  query(select: readonly string[] | undefined): unknown {
    const all = this.scalars();
    if (!select) return { ...this.identity(), ...all };
    const out: Row = { ...this.identity() };
    for (const p of select) {
      const key = pascal(p.split('/')[0] ?? p);
      if (!(key in all)) throw notModelled(`loading ${this.type}.${p}`);
      out[key] = all[key];
    }
    return out;
  }
}

const pascal = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A collection: a load answers `_Items`, each with the selected properties. */
abstract class Collection extends Obj {
  abstract items(): Obj[];
  override query(select: readonly string[] | undefined): unknown {
    const inner = select?.map((p) => p.replace(/^items\//, ''));
    return { _Items: this.items().map((i) => i.query(inner)) };
  }
  override method(name: string, args: unknown[]): unknown {
    if (name === 'GetItemAt') {
      const item = this.items()[Number(args[0])];
      if (!item) throw new ExcelError('ItemNotFound', `${this.type} has no item ${String(args[0])}`);
      return item;
    }
    if (name === 'GetCount') return this.items().length;
    return super.method(name, args);
  }
}

class NullObj extends Obj {
  readonly type = 'NullObject';
  override nav(): Obj {
    return this;
  }
  override method(name: string): unknown {
    if (name.endsWith('OrNullObject')) return this;
    throw new ExcelError('ItemNotFound', `${name} on an object that does not exist`);
  }
  override query(): unknown {
    return null;
  }
  override identity(): Row {
    return {};
  }
}

/** A sheet name as Excel writes it in an address: quoted unless it is a plain word. */
export function sheetRef(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** A sheet becomes the active one and its own selection the workbook's (A1 on a sheet never selected in). */
function activateSheet(state: WorkbookState, sheet: SheetState): void {
  state.activeSheetId = sheet.id;
  state.selection = `'${sheet.name.replace(/'/g, "''")}'!${sheet.selected}`;
}

class WorkbookObj extends Obj {
  readonly type = 'Workbook';
  override nav(name: string): Obj {
    if (name === 'Worksheets') return new WorksheetsObj(this.x);
    if (name === '_Runtime') return new RuntimeObj(this.x);
    if (name === 'CustomXmlParts') return new XmlPartsObj(this.x, null);
    if (name === 'Names') return new NamesObj(this.x, null);
    if (name === 'Styles') return new StylesObj(this.x);
    return super.nav(name);
  }
  override method(name: string, args: unknown[]): unknown {
    if (name === 'GetSelectedRange') {
      const selection = this.x.state.selection;
      if (!selection) throw new ExcelError('ItemNotFound', 'Nothing is selected.');
      // Several areas (Ctrl+click) are no range: Excel throws, as it does for a selected chart.
      if (selection.includes(',')) throw new ExcelError('InvalidSelection', 'The current selection is invalid.');
      const parsed = parseAddress(selection);
      return new RangeObj(this.x, this.x.sheetNamed(parsed.sheet ?? ''), parsed.box);
    }
    return super.method(name, args);
  }
}

class RuntimeObj extends Obj {
  readonly type = 'Runtime';
  override set(name: string, value: unknown): void {
    if (name !== 'EnableEvents') return super.set(name, value);
    this.x.host.eventsEnabled = value === true;
  }
  override scalars(): Row {
    return { EnableEvents: this.x.host.eventsEnabled };
  }
}

class WorksheetsObj extends Collection {
  readonly type = 'WorksheetCollection';
  items(): Obj[] {
    return this.x.state.sheets.map((s) => new WorksheetObj(this.x, s));
  }
  private find(key: unknown): SheetState | undefined {
    const k = String(key).toLowerCase();
    return this.x.state.sheets.find((s) => s.id.toLowerCase() === k || s.name.toLowerCase() === k);
  }
  override index(args: unknown[]): Obj {
    const sheet = this.find(args[0]);
    if (!sheet)
      throw new ExcelError('ItemNotFound', `The requested resource doesn't exist (sheet ${String(args[0])}).`);
    return new WorksheetObj(this.x, sheet);
  }
  override method(name: string, args: unknown[]): unknown {
    const state = this.x.state;
    switch (name) {
      case 'GetItem':
        return this.index(args);
      case 'GetItemOrNullObject': {
        const sheet = this.find(args[0]);
        return sheet ? new WorksheetObj(this.x, sheet) : new NullObj(this.x);
      }
      case 'GetActiveWorksheet':
        return new WorksheetObj(this.x, this.x.sheetWithId(state.activeSheetId));
      case 'Add': {
        const name = String(args[0] ?? `Sheet${state.sheets.length + 1}`);
        if (this.find(name)) throw new ExcelError('ItemAlreadyExists', `A sheet named ${name} already exists.`);
        if (name.length > 31 || /[:\\/?*[\]]/.test(name))
          throw new ExcelError('InvalidArgument', `${name} is not a valid sheet name.`);
        this.x.write();
        const sheet = newSheet(`sheet-${state.nextId++}`, name);
        state.sheets.push(sheet);
        return new WorksheetObj(this.x, sheet);
      }
      case '_RegisterActivatedEvent':
      case '_RegisterAddedEvent':
        this.x.host.registered('activated', null);
        return null;
      default:
        return super.method(name, args);
    }
  }
}

class WorksheetObj extends Obj {
  readonly type = 'Worksheet';
  constructor(
    x: Executor,
    readonly sheet: SheetState,
  ) {
    super(x);
  }
  override identity(): Row {
    return { Id: this.sheet.id };
  }
  override scalars(): Row {
    return { Id: this.sheet.id, Name: this.sheet.name, Position: this.x.state.sheets.indexOf(this.sheet) };
  }
  override nav(name: string): Obj {
    if (name === 'Names') return new NamesObj(this.x, this.sheet);
    if (name === 'Charts') return new ChartsObj(this.x, this.sheet);
    if (name === 'FreezePanes') return new FreezePanesObj(this.x, this.sheet);
    if (name === 'PageLayout') return new PageLayoutObj(this.x, this.sheet);
    return super.nav(name);
  }
  override method(name: string, args: unknown[]): unknown {
    const sheet = this.sheet;
    switch (name) {
      case 'GetRange': {
        const address = String(args[0] ?? '');
        // A sheet's getRange takes the sheet's own addresses: Excel refuses another sheet's.
        const parsed = parseAddressOr(address);
        if (parsed.sheet !== null && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase())
          throw new ExcelError('InvalidArgument', `The argument is invalid or missing (${address}).`);
        return new RangeObj(this.x, sheet, parsed.box);
      }
      case 'GetRanges': {
        // ExcelApi 1.9: several areas, comma- or semicolon-separated, as one RangeAreas.
        const areas = String(args[0] ?? '')
          .split(/[,;]/)
          .map((a) => new RangeObj(this.x, sheet, parseAddressOr(a.trim()).box));
        return new RangeAreasObj(this.x, areas);
      }
      case 'GetRangeByIndexes': {
        const [row, col, rows, cols] = args.map(Number) as [number, number, number, number];
        if (rows < 1 || cols < 1) throw new ExcelError('InvalidArgument', 'The argument is invalid or missing.');
        return new RangeObj(this.x, sheet, { row, col, rows, cols });
      }
      case 'GetUsedRange':
      case 'GetUsedRangeOrNullObject': {
        const box = usedBox(sheet, args[0] === true);
        if (box) return new RangeObj(this.x, sheet, box);
        if (name === 'GetUsedRange') return new RangeObj(this.x, sheet, { row: 0, col: 0, rows: 1, cols: 1 });
        return new NullObj(this.x);
      }
      case 'Activate':
        activateSheet(this.x.state, sheet);
        return null;
      case 'Delete': {
        const state = this.x.state;
        if (state.sheets.length === 1)
          throw new ExcelError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
        this.x.write();
        state.sheets.splice(state.sheets.indexOf(sheet), 1);
        if (state.activeSheetId === sheet.id) state.activeSheetId = state.sheets[0]?.id ?? '';
        return null;
      }
      case '_RegisterDataChangedEvent':
        this.x.host.registered('changed', sheet.id);
        return null;
      case '_RegisterActivatedEvent':
        return null;
      default:
        return super.method(name, args);
    }
  }
}

function parseAddressOr(address: string): ReturnType<typeof parseAddress> {
  try {
    return parseAddress(address);
  } catch {
    throw new ExcelError('InvalidArgument', `The argument is invalid or missing (${address}).`);
  }
}

const DEFAULT = emptyCell();

/** Whether a cell differs from a new sheet's: content, or (unless values only) a format. */
function inUse(cell: CellState, valuesOnly: boolean): boolean {
  if (cell.formula !== '') return true;
  if (valuesOnly) return false;
  return (Object.keys(DEFAULT) as (keyof CellState)[]).some((k) => k !== 'value' && cell[k] !== DEFAULT[k]);
}

function usedBox(sheet: SheetState, valuesOnly: boolean): Box | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [address, cell] of sheet.cells) {
    if (!inUse(cell, valuesOnly)) continue;
    const { row, col } = parseAddress(address).box;
    top = Math.min(top, row);
    left = Math.min(left, col);
    bottom = Math.max(bottom, row);
    right = Math.max(right, col);
  }
  return bottom < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

/** Excel's limits on one request's ranges: a read of more than this many cells is refused. */
export const MAX_CELLS_PER_READ = 5_000_000;

class RangeObj extends Obj {
  readonly type = 'Range';
  constructor(
    x: Executor,
    readonly sheet: SheetState,
    readonly box: Box,
  ) {
    super(x);
  }
  get address(): string {
    return boxAddress(this.box);
  }
  override nav(name: string): Obj {
    if (name === 'Format') return new FormatObj(this.x, this);
    if (name === 'DataValidation') return new ValidationObj(this.x, [this]);
    if (name === 'ConditionalFormats') return new ConditionalFormatsObj(this.x, this);
    return super.nav(name);
  }
  eachCell(f: (cell: CellState, r: number, c: number) => void): void {
    for (let r = 0; r < this.box.rows; r++) {
      for (let c = 0; c < this.box.cols; c++) {
        const address = boxAddress({ row: this.box.row + r, col: this.box.col + c, rows: 1, cols: 1 });
        const cell = this.sheet.cells.get(address) ?? emptyCell();
        f(cell, r, c);
        this.sheet.cells.set(address, cell);
      }
    }
  }
  /** A grid the size of the range, or one value for every cell, as Office.js allows. */
  private grid(name: string, v: unknown): (r: number, c: number) => unknown {
    if (!Array.isArray(v)) return () => v;
    const rows = v as unknown[];
    if (rows.length !== this.box.rows || rows.some((row) => !Array.isArray(row) || row.length !== this.box.cols)) {
      throw new ExcelError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${name}: ${this.box.rows}×${this.box.cols} at ${this.address}).`,
      );
    }
    return (r, c) => (rows[r] as unknown[])[c];
  }
  override set(name: string, value: unknown): void {
    switch (name) {
      case 'Formulas':
      case 'Values': {
        // Excel adjusts a single A1 formula set on many cells as a fill would; the add-in fills by R1C1.
        if (!Array.isArray(value) && this.box.rows * this.box.cols > 1) throw notModelled(`one ${name} for many cells`);
        const at = this.grid(name, value);
        this.x.write();
        this.eachCell((cell, r, c) => assignFormula(cell, at(r, c)));
        this.x.host.changed(this.sheet.id, this.address);
        return;
      }
      case 'FormulasR1C1': {
        // One text for a multi-cell range fills every cell with it, each reading it from where it stands.
        const at = this.grid(name, value);
        this.x.write();
        this.eachCell((cell, r, c) => {
          const v = at(r, c);
          assignFormula(cell, typeof v === 'string' ? a1FromR1C1(v, this.box.row + r, this.box.col + c) : v);
        });
        this.x.host.changed(this.sheet.id, this.address);
        return;
      }
      case 'NumberFormat': {
        const at = this.grid(name, value);
        this.x.write();
        this.eachCell((cell, r, c) => (cell.numberFormat = String(at(r, c))));
        return;
      }
      case 'Style': {
        const style = this.x.state.styles.get(String(value).toLowerCase());
        if (!style) throw new ExcelError('ItemNotFound', `The workbook has no style named ${String(value)}.`);
        this.x.write();
        // A style sets every look it includes (all of them, for a style made by styles.add).
        this.eachCell((cell) =>
          Object.assign(cell, {
            style: style.name,
            fill: style.fill,
            fontColor: style.fontColor,
            bold: style.bold,
            italic: style.italic,
            size: style.size,
            locked: style.locked,
            numberFormat: style.numberFormat,
            wrap: style.wrap,
          }),
        );
        return;
      }
      default:
        super.set(name, value);
    }
  }
  override method(name: string, args: unknown[]): unknown {
    switch (name) {
      case 'Clear':
        this.x.write();
        this.eachCell((cell) => Object.assign(cell, emptyCell()));
        this.sheet.validations.splice(
          0,
          this.sheet.validations.length,
          ...this.sheet.validations.filter((v) => !overlaps(parseAddress(v.address).box, this.box)),
        );
        return null;
      case '_ValidateArraySize':
        // Sent by the client before it splits a large array into row chunks of about 1,500 cells.
        if (Number(args[0]) !== this.box.rows || Number(args[1]) !== this.box.cols)
          throw new ExcelError(
            'InvalidArgument',
            `The array is ${String(args[0])}×${String(args[1])}; ${this.address} is ${this.box.rows}×${this.box.cols}.`,
          );
        return null;
      case 'GetRow':
        return this.part({ row: this.box.row + Number(args[0]), col: this.box.col, rows: 1, cols: this.box.cols });
      case 'GetColumn':
        return this.part({ row: this.box.row, col: this.box.col + Number(args[0]), rows: this.box.rows, cols: 1 });
      case 'GetCell':
        return this.part({
          row: this.box.row + Number(args[0]),
          col: this.box.col + Number(args[1]),
          rows: 1,
          cols: 1,
        });
      case 'GetBoundingRect': {
        const other = this.x.rangeArgument(args[0], this.sheet).box;
        const row = Math.min(this.box.row, other.row);
        const col = Math.min(this.box.col, other.col);
        return this.part({
          row,
          col,
          rows: Math.max(this.box.row + this.box.rows, other.row + other.rows) - row,
          cols: Math.max(this.box.col + this.box.cols, other.col + other.cols) - col,
        });
      }
      case 'GetResizedRange':
        return this.part({ ...this.box, rows: this.box.rows + Number(args[0]), cols: this.box.cols + Number(args[1]) });
      case 'GetOffsetRange':
        return this.part({ ...this.box, row: this.box.row + Number(args[0]), col: this.box.col + Number(args[1]) });
      case 'Select':
        activateSheet(this.x.state, this.sheet);
        this.sheet.selected = this.address;
        this.x.state.selection = `'${this.sheet.name.replace(/'/g, "''")}'!${this.address}`;
        return null;
      default:
        return super.method(name, args);
    }
  }
  private part(box: Box): RangeObj {
    if (box.rows < 1 || box.cols < 1 || box.row < 0 || box.col < 0)
      throw new ExcelError('InvalidArgument', `The argument is invalid or missing (${this.address}).`);
    return new RangeObj(this.x, this.sheet, box);
  }
  override scalars(): Row {
    const cells = this.box.rows * this.box.cols;
    const grid = (pick: (cell: CellState) => unknown): (() => unknown[][]) => {
      return () => {
        if (cells > MAX_CELLS_PER_READ)
          throw new ExcelError('ResponsePayloadSizeLimitExceeded', `a read of ${cells} cells is too large`);
        const rows: unknown[][] = [];
        for (let r = 0; r < this.box.rows; r++) {
          const row: unknown[] = [];
          for (let c = 0; c < this.box.cols; c++) {
            const address = boxAddress({ row: this.box.row + r, col: this.box.col + c, rows: 1, cols: 1 });
            row.push(pick(this.sheet.cells.get(address) ?? DEFAULT));
          }
          rows.push(row);
        }
        return rows;
      };
    };
    return lazy({
      Address: () => `${sheetRef(this.sheet.name)}!${this.address}`,
      RowIndex: () => this.box.row,
      ColumnIndex: () => this.box.col,
      RowCount: () => this.box.rows,
      ColumnCount: () => this.box.cols,
      CellCount: () => cells,
      Formulas: grid((cell) => cell.formula),
      Values: grid((cell) => (cell.value === undefined ? UNEVALUATED : cell.value)),
      NumberFormat: grid((cell) => cell.numberFormat),
    });
  }
}

/** Several ranges of one sheet (ExcelApi 1.9): a property set applies to each. */
class RangeAreasObj extends Obj {
  readonly type = 'RangeAreas';
  constructor(
    x: Executor,
    readonly areas: readonly RangeObj[],
  ) {
    super(x);
  }
  override set(name: string, value: unknown): void {
    if (name !== 'Style') return super.set(name, value);
    for (const area of this.areas) area.set(name, value);
  }
  override nav(name: string): Obj {
    if (name === 'DataValidation') return new ValidationObj(this.x, this.areas);
    return super.nav(name);
  }
  override scalars(): Row {
    return {
      AreaCount: this.areas.length,
      Address: this.areas.map((a) => `${sheetRef(a.sheet.name)}!${a.address}`).join(','),
    };
  }
}

class StylesObj extends Collection {
  readonly type = 'StyleCollection';
  items(): Obj[] {
    return [...this.x.state.styles.values()].map((st) => new StyleObj(this.x, st));
  }
  override index(args: unknown[]): Obj {
    const style = this.x.state.styles.get(String(args[0]).toLowerCase());
    if (!style) throw new ExcelError('ItemNotFound', `No style named ${String(args[0])}.`);
    return new StyleObj(this.x, style);
  }
  override method(name: string, args: unknown[]): unknown {
    if (name === 'GetItem') return this.index(args);
    if (name === 'Add') {
      const key = String(args[0]);
      if (this.x.state.styles.has(key.toLowerCase()))
        throw new ExcelError('ItemAlreadyExists', `A style named ${key} already exists.`);
      this.x.write();
      // A new style starts as a copy of Normal.
      const normal = this.x.state.styles.get('normal') ?? normalStyle();
      this.x.state.styles.set(key.toLowerCase(), { ...normal, name: key });
      return null;
    }
    return super.method(name, args);
  }
}

class StyleObj extends Obj {
  readonly type = 'Style';
  constructor(
    x: Executor,
    readonly style: StyleState,
  ) {
    super(x);
  }
  override scalars(): Row {
    return { Name: this.style.name, BuiltIn: this.style.name === 'Normal', Locked: this.style.locked };
  }
  override nav(name: string): Obj {
    const part = STYLE_PARTS[name];
    if (part) return new StylePartObj(this.x, this.style, name, part);
    return super.nav(name);
  }
  override set(name: string, value: unknown): void {
    if (name === 'Locked') {
      this.x.write();
      this.style.locked = value === true;
      return;
    }
    if (name === 'NumberFormat') {
      this.x.write();
      this.style.numberFormat = String(value);
      return;
    }
    if (name === 'WrapText') {
      this.x.write();
      this.style.wrap = value === true;
      return;
    }
    super.set(name, value);
  }
}

const STYLE_PARTS: Record<string, Record<string, (style: StyleState, v: unknown) => void>> = {
  Fill: { Color: (st, v) => (st.fill = String(v)) },
  Font: {
    Color: (st, v) => (st.fontColor = String(v)),
    Bold: (st, v) => (st.bold = v === true),
    Italic: (st, v) => (st.italic = v === true),
    Size: (st, v) => (st.size = Number(v)),
  },
};

class StylePartObj extends Obj {
  constructor(
    x: Executor,
    readonly style: StyleState,
    readonly type: string,
    readonly setters: Record<string, (style: StyleState, v: unknown) => void>,
  ) {
    super(x);
  }
  override set(name: string, value: unknown): void {
    const setter = this.setters[name];
    if (!setter) return super.set(name, value);
    this.x.write();
    setter(this.style, value);
  }
}

/** Properties computed only when a load selects them (a whole grid is not built for an address). */
function lazy(getters: Record<string, () => unknown>): Row {
  const row: Row = {};
  for (const [k, get] of Object.entries(getters)) Object.defineProperty(row, k, { get, enumerable: true });
  return row;
}

function overlaps(a: Box, b: Box): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

/** Text written to a cell as Excel takes it: a leading `=`, `+`, `-` or `@` makes a formula, an apostrophe keeps text. */
export function assignFormula(cell: CellState, input: unknown): void {
  if (input === null) return; // Office.js: null leaves a cell as it is.
  if (typeof input === 'string' && input.startsWith("'")) {
    cell.formula = input;
    cell.value = input.slice(1);
  } else if (
    typeof input === 'string' &&
    /^[\s\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]/.test(input) &&
    input.trim().length > 1
  ) {
    // Taken for a formula as conservatively as Excel could: also behind white space, and in full width.
    cell.formula = input.startsWith('=') ? input : `=${input}`;
    cell.value = undefined;
  } else if (typeof input === 'string' || typeof input === 'number' || typeof input === 'boolean') {
    cell.formula = input;
    cell.value = input;
  } else {
    throw new ExcelError('InvalidArgument', `Cannot write ${JSON.stringify(input)} to a cell.`);
  }
}

/** A range's format and its parts, each setting one property of every cell in the range. */
class FormatObj extends Obj {
  readonly type = 'RangeFormat';
  constructor(
    x: Executor,
    readonly range: RangeObj,
  ) {
    super(x);
  }
  override nav(name: string): Obj {
    const part = FORMAT_PARTS[name];
    if (part) return new FormatPartObj(this.x, this.range, name, part);
    return super.nav(name);
  }
  override set(name: string, value: unknown): void {
    if (name === 'RowHeight') {
      this.x.write();
      for (let r = 0; r < this.range.box.rows; r++)
        this.range.sheet.rowHeights.set(this.range.box.row + r, Number(value));
      return;
    }
    if (name !== 'ColumnWidth') return super.set(name, value);
    this.x.write();
    for (let c = 0; c < this.range.box.cols; c++)
      this.range.sheet.columnWidths.set(this.range.box.col + c, Number(value));
  }
}

const FORMAT_PARTS: Record<string, Record<string, (cell: CellState, v: unknown) => void>> = {
  Fill: { Color: (cell, v) => (cell.fill = String(v)) },
  Font: {
    Color: (cell, v) => (cell.fontColor = String(v)),
    Bold: (cell, v) => (cell.bold = v === true),
    Italic: (cell, v) => (cell.italic = v === true),
    Size: (cell, v) => (cell.size = Number(v)),
  },
  Protection: { Locked: (cell, v) => (cell.locked = v === true) },
};

class FormatPartObj extends Obj {
  constructor(
    x: Executor,
    readonly range: RangeObj,
    readonly type: string,
    readonly setters: Record<string, (cell: CellState, v: unknown) => void>,
  ) {
    super(x);
  }
  override set(name: string, value: unknown): void {
    const setter = this.setters[name];
    if (!setter) return super.set(name, value);
    this.x.write();
    this.range.eachCell((cell) => setter(cell, value));
  }
}

/** A range's conditional formats (ExcelApi 1.6): `add` a custom (formula) or cell-value one. */
class ConditionalFormatsObj extends Obj {
  readonly type = 'ConditionalFormatCollection';
  constructor(
    x: Executor,
    readonly range: RangeObj,
  ) {
    super(x);
  }
  override method(name: string, args: unknown[]): unknown {
    if (name !== 'Add') return super.method(name, args);
    this.x.write();
    const cf: ConditionalFormatState = {
      address: this.range.address,
      type: String(args[0]),
      formula: null,
      rule: null,
      fontColor: null,
      fill: null,
    };
    this.range.sheet.conditionalFormats.push(cf);
    return new ConditionalFormatObj(this.x, cf);
  }
}

/** One conditional format, its rule and its format's font and fill, by Excel's names. */
class ConditionalFormatObj extends Obj {
  constructor(
    x: Executor,
    readonly cf: ConditionalFormatState,
    readonly type = 'ConditionalFormat',
  ) {
    super(x);
  }
  override nav(name: string): Obj {
    const next = (type: string): Obj => new ConditionalFormatObj(this.x, this.cf, type);
    if (this.type === 'ConditionalFormat' && (name === 'Custom' || name === 'CellValue')) {
      if (name !== this.cf.type) throw new ExcelError('InvalidArgument', `a ${this.cf.type} format has no ${name}`);
      return next(name);
    }
    if (name === 'Rule' || name === 'Format') return next(`${this.type}.${name}`);
    if (this.type.endsWith('.Format') && (name === 'Font' || name === 'Fill')) return next(`${this.type}.${name}`);
    return super.nav(name);
  }
  override set(name: string, value: unknown): void {
    this.x.write();
    if (this.type.endsWith('.Rule') && name === 'Formula') this.cf.formula = String(value);
    else if (this.type === 'CellValue' && name === 'Rule') this.cf.rule = value;
    else if (this.type.endsWith('.Font') && name === 'Color') this.cf.fontColor = String(value);
    else if (this.type.endsWith('.Fill') && name === 'Color') this.cf.fill = String(value);
    else super.set(name, value);
  }
}

/** A range's data validation, or a RangeAreas' (ExcelApi 1.9), which sets each of its areas. */
class ValidationObj extends Obj {
  readonly type = 'DataValidation';
  constructor(
    x: Executor,
    readonly ranges: readonly RangeObj[],
  ) {
    super(x);
  }
  override set(name: string, value: unknown): void {
    if (name !== 'Rule' && name !== 'ErrorAlert') return super.set(name, value);
    this.x.write();
    for (const range of this.ranges) {
      const sheet = range.sheet;
      const address = range.address;
      let v = sheet.validations.find((x) => x.address === address);
      if (!v) {
        v = { address, rule: null, errorAlert: null };
        sheet.validations.push(v);
      }
      if (name === 'Rule') v.rule = value as Excel.DataValidationRule;
      else v.errorAlert = value as Excel.DataValidationErrorAlert;
    }
  }
}

class FreezePanesObj extends Obj {
  readonly type = 'WorksheetFreezePanes';
  constructor(
    x: Executor,
    readonly sheet: SheetState,
  ) {
    super(x);
  }
  override method(name: string, args: unknown[]): unknown {
    // A sheet has one frozen pane, as in Excel: each call replaces what an earlier one froze.
    const freeze = (rows: number, cols: number): null => {
      this.x.write();
      this.sheet.frozenRows = rows;
      this.sheet.frozenColumns = cols;
      return null;
    };
    if (name === 'FreezeRows') return freeze(Number(args[0] ?? 1), 0);
    if (name === 'FreezeColumns') return freeze(0, Number(args[0] ?? 1));
    if (name === 'FreezeAt') {
      const range = this.x.rangeArgument(args[0], this.sheet);
      return freeze(range.box.row + range.box.rows, range.box.col + range.box.cols);
    }
    if (name === 'Unfreeze') return freeze(0, 0);
    return super.method(name, args);
  }
}

/** ExcelApi 1.9's page set-up: the values are kept as sent, by Excel's names. */
class PageLayoutObj extends Obj {
  readonly type = 'PageLayout';
  constructor(
    x: Executor,
    readonly sheet: SheetState,
  ) {
    super(x);
  }
  override set(name: string, value: unknown): void {
    const allowed: Record<string, (v: unknown) => boolean> = {
      PaperSize: (v) => ['A4', 'Letter', 'A3'].includes(String(v)),
      Orientation: (v) => v === 'Portrait' || v === 'Landscape',
      Zoom: (v) => typeof v === 'object' && v !== null,
    };
    const check = allowed[name];
    if (!check) return super.set(name, value);
    if (!check(value)) throw new ExcelError('InvalidArgument', `${String(value)} is no ${name}.`);
    this.x.write();
    this.sheet.page[name] = value;
  }
  override nav(name: string): Obj {
    if (name === 'HeadersFooters') return new HeadersFootersObj(this.x, this.sheet, name);
    return super.nav(name);
  }
  override method(name: string, args: unknown[]): unknown {
    if (!['SetPrintArea', 'SetPrintTitleRows', 'SetPrintTitleColumns'].includes(name)) return super.method(name, args);
    const ref = String(args[0]);
    const valid =
      name === 'SetPrintArea'
        ? /^\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?$/.test(ref)
        : name === 'SetPrintTitleRows'
          ? /^\$?\d+:\$?\d+$/.test(ref)
          : /^\$?[A-Z]+:\$?[A-Z]+$/.test(ref);
    if (!valid) throw new ExcelError('InvalidArgument', `${ref} is no range for ${name}.`);
    this.x.write();
    this.sheet.page[name] = ref;
    return null;
  }
}

/** The header and footer groups of a page layout: texts kept by their group and position. */
class HeadersFootersObj extends Obj {
  constructor(
    x: Executor,
    readonly sheet: SheetState,
    readonly type: string,
  ) {
    super(x);
  }
  override nav(name: string): Obj {
    if (this.type === 'HeadersFooters' && name === 'DefaultForAllPages')
      return new HeadersFootersObj(this.x, this.sheet, name);
    return super.nav(name);
  }
  override set(name: string, value: unknown): void {
    if (this.type !== 'DefaultForAllPages' || !/^(Left|Center|Right)(Header|Footer)$/.test(name))
      return super.set(name, value);
    this.x.write();
    this.sheet.page[name] = String(value);
  }
}

class NamesObj extends Collection {
  readonly type = 'NamedItemCollection';
  constructor(
    x: Executor,
    readonly sheet: SheetState | null,
  ) {
    super(x);
  }
  private map(): Map<string, NameState> {
    return this.sheet ? this.sheet.names : this.x.state.names;
  }
  items(): Obj[] {
    return [...this.map().values()].map((n) => new NamedItemObj(this.x, this.map(), n));
  }
  override index(args: unknown[]): Obj {
    const n = this.map().get(String(args[0]).toLowerCase());
    if (!n) throw new ExcelError('ItemNotFound', `The requested resource doesn't exist (name ${String(args[0])}).`);
    return new NamedItemObj(this.x, this.map(), n);
  }
  override method(name: string, args: unknown[]): unknown {
    switch (name) {
      case 'GetItem':
        return this.index(args);
      case 'GetItemOrNullObject': {
        const n = this.map().get(String(args[0]).toLowerCase());
        return n ? new NamedItemObj(this.x, this.map(), n) : new NullObj(this.x);
      }
      case 'Add':
      case 'AddFormulaLocal': {
        const key = String(args[0]);
        if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(key) || /^[A-Za-z]{1,3}\d+$/.test(key))
          throw new ExcelError('InvalidArgument', `${key} is not a valid name.`);
        if (this.map().has(key.toLowerCase())) throw new ExcelError('ItemAlreadyExists', `The name ${key} exists.`);
        this.x.write();
        const range = this.x.isRange(args[1]) ? this.x.rangeArgument(args[1], null) : null;
        const ref = range
          ? { sheetId: range.sheet.id, address: range.address }
          : (this.x.referenceIn(String(args[1])) ?? { formula: String(args[1]) });
        const state: NameState = { name: key, ref };
        this.map().set(key.toLowerCase(), state);
        return new NamedItemObj(this.x, this.map(), state);
      }
      default:
        return super.method(name, args);
    }
  }
}

class NamedItemObj extends Obj {
  readonly type = 'NamedItem';
  constructor(
    x: Executor,
    readonly map: Map<string, NameState>,
    readonly item: NameState,
  ) {
    super(x);
  }
  override scalars(): Row {
    return lazy({
      Name: () => this.item.name,
      Formula: () => this.formula(),
      Type: () => ('formula' in this.item.ref ? 'String' : 'Range'),
      Visible: () => true,
    });
  }
  private formula(): string {
    const ref = this.item.ref;
    if ('formula' in ref) return ref.formula;
    const sheet = this.x.state.sheets.find((s) => s.id === ref.sheetId);
    // Excel reports a name's range with absolute references.
    const absolute = ref.address.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
    return `=${sheet ? sheetRef(sheet.name) : '#REF'}!${absolute}`;
  }
  private range(): RangeObj | null {
    const ref = this.item.ref;
    if ('formula' in ref) return null;
    const sheet = this.x.state.sheets.find((s) => s.id === ref.sheetId);
    return sheet ? new RangeObj(this.x, sheet, parseAddress(ref.address).box) : null;
  }
  override method(name: string, args: unknown[]): unknown {
    switch (name) {
      case 'GetRange': {
        const range = this.range();
        if (!range) throw new ExcelError('InvalidOperation', `The name ${this.item.name} refers to no range.`);
        return range;
      }
      case 'GetRangeOrNullObject':
        return this.range() ?? new NullObj(this.x);
      case 'Delete':
        this.x.write();
        this.map.delete(this.item.name.toLowerCase());
        return null;
      default:
        return super.method(name, args);
    }
  }
}

class XmlPartsObj extends Collection {
  readonly type = 'CustomXmlPartCollection';
  constructor(
    x: Executor,
    readonly namespaceUri: string | null,
  ) {
    super(x);
  }
  items(): Obj[] {
    return this.x.state.parts
      .filter((p) => this.namespaceUri === null || p.namespaceUri === this.namespaceUri)
      .map((p) => new XmlPartObj(this.x, p.id));
  }
  override index(args: unknown[]): Obj {
    if (!this.x.state.parts.some((p) => p.id === args[0])) throw new ExcelError('ItemNotFound', 'No such part.');
    return new XmlPartObj(this.x, String(args[0]));
  }
  override method(name: string, args: unknown[]): unknown {
    if (name === 'GetByNamespace') return new XmlPartsObj(this.x, String(args[0]));
    if (name === 'GetItem') return this.index(args);
    if (name === 'Add' && this.namespaceUri === null) {
      const xml = String(args[0]);
      this.x.write();
      const ns = /xmlns="([^"]+)"/.exec(xml)?.[1] ?? '';
      const id = `{part-${this.x.state.nextId++}}`;
      this.x.state.parts.push({ id, xml, namespaceUri: ns });
      return new XmlPartObj(this.x, id);
    }
    return super.method(name, args);
  }
}

class XmlPartObj extends Obj {
  readonly type = 'CustomXmlPart';
  constructor(
    x: Executor,
    readonly id: string,
  ) {
    super(x);
  }
  override identity(): Row {
    return { Id: this.id };
  }
  override scalars(): Row {
    const part = this.x.state.parts.find((p) => p.id === this.id);
    return { Id: this.id, NamespaceUri: part?.namespaceUri ?? '' };
  }
  override method(name: string, args: unknown[]): unknown {
    const part = this.x.state.parts.find((p) => p.id === this.id);
    if (!part) throw new ExcelError('ItemNotFound', 'No such custom XML part.');
    if (name === 'GetXml') return part.xml;
    if (name === 'Delete') {
      this.x.write();
      this.x.state.parts.splice(this.x.state.parts.indexOf(part), 1);
      return null;
    }
    return super.method(name, args);
  }
}

class ChartsObj extends Collection {
  readonly type = 'ChartCollection';
  constructor(
    x: Executor,
    readonly sheet: SheetState,
  ) {
    super(x);
  }
  items(): Obj[] {
    return this.sheet.charts.map((c) => new ChartObj(this.x, this.sheet, c));
  }
  override index(args: unknown[]): Obj {
    const chart = this.sheet.charts.find((c) => c.name === args[0]);
    if (!chart) throw new ExcelError('ItemNotFound', `No chart named ${String(args[0])}.`);
    return new ChartObj(this.x, this.sheet, chart);
  }
  override method(name: string, args: unknown[]): unknown {
    if (name === 'GetItem') return this.index(args);
    if (name === 'Add') {
      const source = this.x.rangeArgument(args[1], this.sheet);
      this.x.write();
      const chart: ChartState = {
        name: `Chart ${this.sheet.charts.length + 1}`,
        type: String(args[0]),
        title: '',
        series: [{ name: '', values: source.address, categories: null, chartType: null }],
        position: null,
      };
      this.sheet.charts.push(chart);
      return new ChartObj(this.x, this.sheet, chart);
    }
    return super.method(name, args);
  }
}

class ChartObj extends Obj {
  readonly type = 'Chart';
  constructor(
    x: Executor,
    readonly sheet: SheetState,
    readonly chart: ChartState,
  ) {
    super(x);
  }
  override scalars(): Row {
    return { Name: this.chart.name, Id: this.chart.name };
  }
  override nav(name: string): Obj {
    if (name === 'Title') return new ChartTitleObj(this.x, this.chart);
    if (name === 'Series') return new SeriesCollectionObj(this.x, this.sheet, this.chart);
    return super.nav(name);
  }
  override set(name: string, value: unknown): void {
    if (name !== 'Name') return super.set(name, value);
    this.x.write();
    this.chart.name = String(value);
  }
  override method(name: string, args: unknown[]): unknown {
    if (name === 'SetPosition') {
      this.x.write();
      this.chart.position = { from: String(args[0]), to: String(args[1]) };
      return null;
    }
    if (name === 'Delete') {
      this.x.write();
      this.sheet.charts.splice(this.sheet.charts.indexOf(this.chart), 1);
      return null;
    }
    return super.method(name, args);
  }
}

class ChartTitleObj extends Obj {
  readonly type = 'ChartTitle';
  constructor(
    x: Executor,
    readonly chart: ChartState,
  ) {
    super(x);
  }
  override set(name: string, value: unknown): void {
    if (name !== 'Text') return super.set(name, value);
    this.x.write();
    this.chart.title = String(value);
  }
  override scalars(): Row {
    return { Text: this.chart.title };
  }
}

type SeriesState = ChartState['series'][number];

class SeriesCollectionObj extends Collection {
  readonly type = 'ChartSeriesCollection';
  constructor(
    x: Executor,
    readonly sheet: SheetState,
    readonly chart: ChartState,
  ) {
    super(x);
  }
  items(): Obj[] {
    return this.chart.series.map((s) => new SeriesObj(this.x, this.sheet, s));
  }
  override method(name: string, args: unknown[]): unknown {
    if (name === 'Add') {
      this.x.write();
      const series: SeriesState = { name: String(args[0] ?? ''), values: '', categories: null, chartType: null };
      this.chart.series.push(series);
      return new SeriesObj(this.x, this.sheet, series);
    }
    return super.method(name, args);
  }
}

class SeriesObj extends Obj {
  readonly type = 'ChartSeries';
  constructor(
    x: Executor,
    readonly sheet: SheetState,
    readonly series: SeriesState,
  ) {
    super(x);
  }
  override set(name: string, value: unknown): void {
    if (name !== 'Name' && name !== 'ChartType') return super.set(name, value);
    this.x.write();
    if (name === 'Name') this.series.name = String(value);
    else this.series.chartType = String(value);
  }
  override method(name: string, args: unknown[]): unknown {
    if (name === 'SetValues' || name === 'SetXAxisValues') {
      const range = this.x.rangeArgument(args[0], this.sheet);
      this.x.write();
      if (name === 'SetValues') this.series.values = range.address;
      else this.series.categories = range.address;
      return null;
    }
    return super.method(name, args);
  }
}

/** One request being answered: paths resolve once each, in the request's own numbering. */
class Executor {
  private readonly resolved = new Map<number, Obj>();
  /** Object arguments of the action or path being run, by argument position. */
  private refs: unknown[] = [];

  constructor(
    readonly host: ExecutorHost,
    private readonly body: RequestBody,
  ) {}

  get state(): WorkbookState {
    return this.host.state;
  }

  write(): void {
    this.host.wrote();
  }

  sheetNamed(name: string): SheetState {
    const sheet = this.state.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet) throw new ExcelError('ItemNotFound', `No sheet named ${name}.`);
    return sheet;
  }

  sheetWithId(id: string): SheetState {
    const sheet = this.state.sheets.find((s) => s.id === id);
    if (!sheet) throw new ExcelError('ItemNotFound', 'There is no active worksheet.');
    return sheet;
  }

  /** A formula that is one reference, such as `='Business case'!$B$49`: a range name, as Excel keeps it. */
  referenceIn(formula: string): { sheetId: string; address: string } | null {
    const m = /^=('(?:[^']|'')+'|[^'!=(),+\-*/&^<>\s]+)!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(formula);
    if (!m) return null;
    const name = (m[1] ?? '').replace(/^'|'$/g, '').replace(/''/g, "'").toLowerCase();
    const sheet = this.state.sheets.find((s) => s.name.toLowerCase() === name);
    return sheet ? { sheetId: sheet.id, address: boxAddress(parseAddress(m[2] ?? '').box) } : null;
  }

  /** Whether an argument is an object (passed by the client as the id of its path). */
  isRange(arg: unknown): boolean {
    return this.refs.includes(arg) && this.path(Number(arg)) instanceof RangeObj;
  }

  /** A range argument: a Range object, or an address on `sheet`. */
  rangeArgument(arg: unknown, sheet: SheetState | null): RangeObj {
    if (this.refs.includes(arg)) {
      const obj = this.path(Number(arg));
      if (obj instanceof RangeObj) return obj;
      throw new ExcelError('InvalidArgument', `Expected a range, got a ${obj.type}.`);
    }
    const parsed = parseAddressOr(String(arg));
    const on = parsed.sheet === null ? sheet : this.sheetNamed(parsed.sheet);
    if (!on) throw new ExcelError('InvalidArgument', `${String(arg)} names no sheet.`);
    return new RangeObj(this, on, parsed.box);
  }

  private withRefs<T>(info: { ArgumentInfo?: ObjectPathInfo['ArgumentInfo'] }, f: (args: unknown[]) => T): T {
    const saved = this.refs;
    const ids = info.ArgumentInfo?.ReferencedObjectPathIds ?? [];
    const args = info.ArgumentInfo?.Arguments ?? [];
    this.refs = args.filter((_, i) => typeof ids[i] === 'number' && ids[i] !== 0);
    try {
      return f(args);
    } finally {
      this.refs = saved;
    }
  }

  path(id: number): Obj {
    const done = this.resolved.get(id);
    if (done) return done;
    const info = this.body.ObjectPaths[String(id)];
    if (!info) throw new Error(`workbook executor: the request has no object path ${id}`);
    const parent = (): Obj => this.path(info.ParentObjectPathId ?? -1);
    let obj: Obj;
    switch (info.ObjectPathType) {
      case PATH.global:
        obj = new WorkbookObj(this);
        break;
      case PATH.property:
        obj = parent().nav(info.Name);
        break;
      case PATH.indexer:
        obj = this.withRefs(info, (args) => parent().index(args));
        break;
      case PATH.method: {
        const result = this.withRefs(info, (args) => parent().method(info.Name, args));
        if (!(result instanceof Obj)) throw notModelled(`${info.Name}() as an object`);
        obj = result;
        break;
      }
      default:
        throw notModelled(`object path type ${info.ObjectPathType}`);
    }
    this.resolved.set(id, obj);
    return obj;
  }

  run(action: Action): unknown {
    // Trace markers (the client's callbacks after a sync, such as event registration) name no object.
    if (action.ActionType === ACTION.trace) return null;
    const target = this.path(action.ObjectPathId);
    switch (action.ActionType) {
      case ACTION.instantiate:
        return target instanceof NullObj ? null : target.identity();
      case ACTION.query:
        return target.query(action.QueryInfo?.Select);
      case ACTION.setProperty:
        if (target instanceof NullObj) throw new ExcelError('ItemNotFound', 'The object does not exist.');
        return this.withRefs(action, (args) => target.set(action.Name, args[0]));
      case ACTION.method: {
        const result = this.withRefs(action, (args) => target.method(action.Name, args));
        return result instanceof Obj ? result.identity() : result;
      }
      case ACTION.trace:
        return null;
      default:
        throw notModelled(`action type ${action.ActionType}`);
    }
  }

  /** What the action does, for the host's log: `Range.Formulas=`, `Worksheet.Activate()`, `Names.Add("x", …)`. */
  describe(action: Action): string {
    const info = this.body.ObjectPaths[String(action.ObjectPathId)];
    const typeOf = (id: number | undefined): string =>
      (id === undefined ? undefined : this.resolved.get(id)?.type) ?? this.body.ObjectPaths[String(id)]?.Name ?? '?';
    const on = typeOf(action.ObjectPathId);
    const args = (a: unknown[] | undefined): string =>
      (a ?? []).map((v) => (typeof v === 'string' ? JSON.stringify(v.slice(0, 60)) : '…')).join(', ');
    switch (action.ActionType) {
      case ACTION.instantiate:
        if (info?.ObjectPathType === PATH.method)
          return `${typeOf(info.ParentObjectPathId)}.${info.Name}(${args(info.ArgumentInfo?.Arguments)})`;
        if (info?.ObjectPathType === PATH.indexer)
          return `${typeOf(info.ParentObjectPathId)}[${args(info.ArgumentInfo?.Arguments)}]`;
        return `${typeOf(info?.ParentObjectPathId)}.${info?.Name ?? '?'}`;
      case ACTION.query:
        return `load ${on} ${(action.QueryInfo?.Select ?? []).join(',')}`;
      case ACTION.setProperty:
        return `${on}.${action.Name}=`;
      default:
        return `${on}.${action.Name}(${args(action.ArgumentInfo?.Arguments)})`;
    }
  }
}

export interface Answer {
  readonly body: ResponseBody;
  /** One line per action run, up to and including a failing one. */
  readonly log: readonly string[];
}

/**
 * Runs a request's actions in order. An Excel error stops the request at that action (what ran
 * before it stays done, as in Excel) and is answered with its code and the action's index;
 * `failOn` makes the first action whose log line matches fail as a GeneralException.
 */
export function execute(host: ExecutorHost, body: RequestBody, failOn: RegExp | null = null): Answer {
  const x = new Executor(host, body);
  const results: ResponseBody['Results'] = [];
  const log: string[] = [];
  for (const [i, action] of body.Actions.entries()) {
    try {
      if (failOn?.test(x.describe(action))) {
        log.push(x.describe(action));
        throw new ExcelError('GeneralException', `the test made ${x.describe(action)} fail`);
      }
      const value = x.run(action);
      log.push(x.describe(action));
      results.push({ ActionId: action.Id, Value: value });
    } catch (e) {
      if (!(e instanceof ExcelError)) throw e;
      const error = {
        Code: e.code,
        Message: e.message,
        ActionIndex: i,
        HttpStatusCode: 400,
        Location: x.describe(action),
      };
      return { body: { Results: results, Error: error }, log };
    }
  }
  return { body: { Results: results }, log };
}
