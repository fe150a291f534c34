/**
 * A fake Excel host that behaves like Office.js where it matters (DESIGN.md §6):
 * - every write and load is queued and runs only at `context.sync()`, in order;
 * - a property throws PropertyNotLoaded until it was loaded and a sync ran;
 * - collections have `items`, `getItem` (ItemNotFound at sync) and `getItemOrNullObject`;
 * - it counts syncs, logs commands, refuses requests over Excel on the web's 5 MB, and records
 *   whether events were on when each write ran;
 * - text written through `formulas` that starts with `=`, `+`, `-` or `@` becomes a formula, as in
 *   Excel; a leading apostrophe keeps it text.
 * It does not evaluate formulas: `values` of a formula cell is what a test set with
 * `host.compute`, else the marker UNEVALUATED.
 */
import type { RunExcel } from '../../src/excel/run';
import { boxAddress, parseAddress, type Box } from './address';
import {
  cloneState,
  emptyCell,
  newSheet,
  type CellState,
  type ChartState,
  type NameState,
  type SheetState,
  type WorkbookState,
} from './state';

export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
export const UNEVALUATED = '#FAKE-UNEVALUATED';

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'OfficeExtension.Error';
  }
}

interface Command {
  readonly text: string;
  readonly bytes: number;
  readonly run: () => void;
}

export class FakeExcelHost {
  state: WorkbookState;
  syncCount = 0;
  readonly log: string[] = [];
  readonly requestBytes: number[] = [];
  eventsEnabled = true;
  /** Makes the next command whose log text matches fail, as an Office error in the middle of a batch. */
  failOn: RegExp | null = null;
  /** For each write command: whether events were enabled when it ran. */
  readonly writesWithEvents: boolean[] = [];
  readonly activatedHandlers: (() => Promise<void>)[] = [];
  readonly addedHandlers: ((e: { worksheetId: string }) => Promise<void>)[] = [];
  readonly changedHandlers = new Map<string, ((e: { address: string; worksheetId: string }) => Promise<void>)[]>();

  /** Fires worksheet onChanged handlers, as Excel does when events are enabled. */
  fireChanged(sheetId: string, address: string): void {
    if (!this.eventsEnabled) return;
    for (const h of this.changedHandlers.get(sheetId) ?? []) void h({ address, worksheetId: sheetId });
  }

  /** The user selects a range, such as `'Mine tal'!A1:D99`. */
  select(sheetName: string, address: string): void {
    // Cells are selected on the active sheet: selecting on another sheet activates it first.
    const sheet = this.state.sheets.find((s) => s.name === sheetName);
    if (sheet) this.state.activeSheetId = sheet.id;
    this.state.selection = `'${sheetName}'!${address}`;
  }

  /** The user activates another sheet. */
  activate(name: string): void {
    this.state.activeSheetId = this.sheet(name).id;
    if (this.eventsEnabled) for (const h of this.activatedHandlers) void h();
  }

  constructor(state?: WorkbookState) {
    this.state = state ?? {
      sheets: [newSheet('sheet-1', 'Ark1')],
      names: new Map(),
      parts: [],
      activeSheetId: 'sheet-1',
      selection: null,
      nextId: 2,
    };
  }

  readonly run: RunExcel = async (batch) => {
    const context = new FakeContext(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pending.length > 0) {
      throw new Error(`fake host: ${context.pending.length} commands were queued but never synced`);
    }
    return result;
  };

  /** The same workbook saved and opened again (on any machine, with or without the add-in). */
  reopened(): FakeExcelHost {
    return new FakeExcelHost(cloneState(this.state));
  }

  sheet(name: string): SheetState {
    const s = this.state.sheets.find((sh) => sh.name === name);
    if (!s) throw new Error(`fake host: no sheet ${name}`);
    return s;
  }

  cell(sheetName: string, address: string): CellState {
    return this.sheet(sheetName).cells.get(address) ?? emptyCell();
  }

  /** Sets the value a formula cell shows (the fake does not evaluate formulas). */
  compute(sheetName: string, address: string, value: string | number): void {
    const cell = this.sheet(sheetName).cells.get(address);
    if (!cell || typeof cell.formula !== 'string' || !cell.formula.startsWith('='))
      throw new Error(`${address} holds no formula`);
    cell.value = value;
  }

  /** Types into a cell as a user would (no add-in involved). */
  type(sheetName: string, address: string, input: string | number): void {
    const cell = { ...this.cell(sheetName, address) };
    assignFormula(cell, input);
    this.sheet(sheetName).cells.set(address, cell);
    this.fireChanged(this.sheet(sheetName).id, address);
  }
}

export function assignFormula(cell: CellState, input: unknown): void {
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
    throw new FakeOfficeError('InvalidArgument', `fake host: cannot write ${JSON.stringify(input)} to a cell`);
  }
}

export class FakeContext {
  readonly pending: Command[] = [];
  readonly workbook: FakeWorkbook;
  readonly runtime: { enableEvents: boolean };

  constructor(readonly host: FakeExcelHost) {
    this.workbook = new FakeWorkbook(this);
    const setEvents = (on: boolean): void =>
      this.queue(`runtime.enableEvents = ${on}`, () => (this.host.eventsEnabled = on));
    this.runtime = {
      get enableEvents(): boolean {
        throw new FakeOfficeError('PropertyNotLoaded', 'runtime.enableEvents is not loaded');
      },
      set enableEvents(on: boolean) {
        setEvents(on);
      },
    };
  }

  queue(text: string, run: () => void, payload: unknown = null): void {
    const bytes = text.length + (payload === null ? 0 : JSON.stringify(payload).length);
    this.pending.push({ text, bytes, run });
  }

  /** A write: logged with whether events were on when it ran. */
  write(text: string, run: () => void, payload: unknown = null): void {
    this.queue(
      text,
      () => {
        this.host.writesWithEvents.push(this.host.eventsEnabled);
        run();
      },
      payload,
    );
  }

  async sync(): Promise<void> {
    this.host.syncCount++;
    const batch = this.pending.splice(0);
    const bytes = batch.reduce((a, c) => a + c.bytes, 0);
    this.host.requestBytes.push(bytes);
    if (bytes > REQUEST_LIMIT_BYTES) {
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `request of ${bytes} bytes exceeds 5 MB`);
    }
    for (const c of batch) {
      this.host.log.push(c.text);
      if (this.host.failOn?.test(c.text)) {
        this.host.failOn = null;
        throw new FakeOfficeError('GeneralException', `fake host: ${c.text} failed`);
      }
      c.run();
    }
    await Promise.resolve();
  }
}

/** A proxy's loaded properties: reading one that was not loaded and synced throws, as Office.js does. */
export class Loadable {
  private readonly loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext) {}

  /** Marks a property as loaded, as a collection's `load('items/name')` does for its items. */
  protected markLoaded(prop: string, value: unknown): void {
    this.loaded.set(prop, value);
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${prop}' is not available. Call load and sync first.`,
      );
    }
    return this.loaded.get(prop) as T;
  }

  /** Whether the object exists at sync time (a null object loads nothing). */
  protected resolves(): boolean {
    return true;
  }

  protected snapshot(_prop: string): unknown {
    throw new Error(`fake host: ${this.constructor.name} cannot load ${_prop}`);
  }

  load(props?: string | string[]): this {
    const list = (Array.isArray(props) ? props : (props ?? '').split(',')).map((p) => p.trim()).filter(Boolean);
    this.ctx.queue(`load ${this.constructor.name} ${list.join(',')}`, () => {
      if (!this.resolves()) return;
      for (const p of list) this.loaded.set(p.split('/')[0] ?? p, this.snapshot(p));
    });
    return this;
  }
}

type SheetHandle = { state?: SheetState | undefined };

export class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly customXmlParts: FakeCustomXmlParts;
  constructor(readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.customXmlParts = new FakeCustomXmlParts(ctx);
  }

  /** The user's selection (`host.select`), resolved at sync like every proxy. */
  getSelectedRange(): FakeRange {
    const handle: SheetHandle = {};
    const box = { row: 0, col: 0, rows: 1, cols: 1 };
    this.ctx.queue('getSelectedRange()', () => {
      const selection = this.ctx.host.state.selection;
      if (!selection) throw new FakeOfficeError('ItemNotFound', 'nothing is selected');
      // Several areas (Ctrl+click) are no range: Excel throws, as it does for a selected chart.
      if (selection.includes(',')) throw new FakeOfficeError('InvalidSelection', 'The current selection is invalid');
      const parsed = parseAddress(selection);
      handle.state = this.ctx.host.state.sheets.find((sh) => sh.name === parsed.sheet);
      Object.assign(box, parsed.box);
    });
    return new FakeRange(this.ctx, handle, box);
  }
}

export class FakeWorksheets extends Loadable {
  get items(): FakeWorksheet[] {
    return this.read('items');
  }

  protected override snapshot(prop: string): unknown {
    if (!prop.startsWith('items')) return super.snapshot(prop);
    return this.ctx.host.state.sheets.map((s) => FakeWorksheet.loaded(this.ctx, s));
  }

  add(name: string): FakeWorksheet {
    const handle: SheetHandle = {};
    this.ctx.write(`worksheets.add(${name})`, () => {
      const state = this.ctx.host.state;
      if (state.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
        throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${name} already exists`);
      }
      handle.state = newSheet(`sheet-${state.nextId++}`, name);
      state.sheets.push(handle.state);
    });
    return new FakeWorksheet(this.ctx, handle);
  }

  readonly onActivated = {
    add: (h: () => Promise<void>): void =>
      this.ctx.queue('onActivated.add', () => this.ctx.host.activatedHandlers.push(h)),
  };

  readonly onAdded = {
    add: (h: (e: { worksheetId: string }) => Promise<void>): void =>
      this.ctx.queue('onAdded.add', () => this.ctx.host.addedHandlers.push(h)),
  };

  getItem(name: string): FakeWorksheet {
    const handle: SheetHandle = {};
    this.ctx.queue(`worksheets.getItem(${name})`, () => {
      handle.state = this.ctx.host.state.sheets.find(
        (s) => s.id === name || s.name.toLowerCase() === name.toLowerCase(),
      );
      if (!handle.state) throw new FakeOfficeError('ItemNotFound', `No sheet named ${name}`);
    });
    return new FakeWorksheet(this.ctx, handle);
  }

  getActiveWorksheet(): FakeWorksheet {
    const handle: SheetHandle = {};
    this.ctx.queue('worksheets.getActiveWorksheet()', () => {
      const state = this.ctx.host.state;
      handle.state = state.sheets.find((s) => s.id === state.activeSheetId);
    });
    return new FakeWorksheet(this.ctx, handle);
  }
}

export class FakeWorksheet extends Loadable {
  readonly names: FakeNames;
  readonly charts: FakeCharts;
  readonly onChanged: { add(h: (e: { address: string; worksheetId: string }) => Promise<void>): void };
  readonly freezePanes: {
    freezeColumns(n: number): void;
    freezeRows(n: number): void;
    freezeAt(range: FakeRange): void;
  };

  constructor(
    ctx: FakeContext,
    readonly handle: SheetHandle,
  ) {
    super(ctx);
    this.names = new FakeNames(ctx, handle);
    this.charts = new FakeCharts(ctx, handle);
    this.onChanged = {
      add: (h) =>
        ctx.queue('onChanged.add', () => {
          const id = this.sheetState().id;
          const list = ctx.host.changedHandlers.get(id) ?? [];
          list.push(h);
          ctx.host.changedHandlers.set(id, list);
        }),
    };
    // A sheet has one frozen pane, as in Excel: each call replaces what an earlier one froze.
    const freeze = (rows: number, cols: number): void => {
      const state = this.sheetState();
      state.frozenRows = rows;
      state.frozenColumns = cols;
    };
    this.freezePanes = {
      freezeColumns: (n) => ctx.write(`freezeColumns(${n})`, () => freeze(0, n)),
      freezeRows: (n) => ctx.write(`freezeRows(${n})`, () => freeze(n, 0)),
      freezeAt: (range) =>
        ctx.write(`freezeAt(${range.box.row},${range.box.col},${range.box.rows},${range.box.cols})`, () =>
          freeze(range.box.row + range.box.rows, range.box.col + range.box.cols),
        ),
    };
  }

  delete(): void {
    this.ctx.write('worksheet.delete()', () => {
      const state = this.ctx.host.state;
      const sheet = this.sheetState();
      const i = state.sheets.indexOf(sheet);
      if (i >= 0) state.sheets.splice(i, 1);
      if (state.activeSheetId === sheet.id) state.activeSheetId = state.sheets[0]?.id ?? '';
    });
  }

  static loaded(ctx: FakeContext, state: SheetState): FakeWorksheet {
    const ws = new FakeWorksheet(ctx, { state });
    ws.markLoaded('name', state.name);
    ws.markLoaded('id', state.id);
    return ws;
  }

  sheetState(): SheetState {
    if (!this.handle.state) throw new FakeOfficeError('ItemNotFound', 'the worksheet does not exist');
    return this.handle.state;
  }

  get name(): string {
    return this.read('name');
  }

  get id(): string {
    return this.read('id');
  }

  protected override snapshot(prop: string): unknown {
    if (prop === 'name') return this.sheetState().name;
    if (prop === 'id') return this.sheetState().id;
    return super.snapshot(prop);
  }

  activate(): void {
    this.ctx.queue('worksheet.activate()', () => (this.ctx.host.state.activeSheetId = this.sheetState().id));
  }

  getRange(address?: string): FakeRange {
    if (address === undefined) throw new Error('fake host: getRange() without an address is not modelled');
    // A sheet's getRange takes the sheet's own addresses; a sheet-qualified one is refused at sync.
    if (address.includes('!'))
      this.ctx.queue(`worksheet.getRange(${address})`, () => {
        throw new FakeOfficeError('InvalidArgument', `a worksheet's getRange got the sheet-qualified ${address}`);
      });
    return new FakeRange(this.ctx, this.handle, parseAddress(address).box);
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, this.handle, { row, col, rows, cols });
  }

  /** The smallest block holding every non-empty cell, or a null object on an empty sheet. */
  getUsedRangeOrNullObject(): FakeRange {
    const box = { row: 0, col: 0, rows: 1, cols: 1 };
    const range = new FakeRange(this.ctx, this.handle, box);
    range.nullCheck = () => {
      const filled = [...this.sheetState().cells].filter(([, c]) => c.formula !== '').map(([a]) => parseAddress(a).box);
      if (filled.length === 0) return true;
      const top = Math.min(...filled.map((b) => b.row));
      const left = Math.min(...filled.map((b) => b.col));
      Object.assign(box, {
        row: top,
        col: left,
        rows: Math.max(...filled.map((b) => b.row)) - top + 1,
        cols: Math.max(...filled.map((b) => b.col)) - left + 1,
      });
      return false;
    };
    return range;
  }
}

export class FakeRange extends Loadable {
  readonly format: ReturnType<FakeRange['makeFormat']>;
  /** Set by `getRangeOrNullObject` when the reference does not resolve to a range. */
  nullCheck: (() => boolean) | null = null;
  private resolvedNull: boolean | undefined;

  get isNullObject(): boolean {
    if (this.resolvedNull === undefined)
      throw new FakeOfficeError('PropertyNotLoaded', 'isNullObject is known only after sync');
    return this.resolvedNull;
  }

  protected override resolves(): boolean {
    this.resolvedNull = this.nullCheck ? this.nullCheck() : false;
    return !this.resolvedNull;
  }
  readonly dataValidation: { rule: Excel.DataValidationRule; errorAlert: Excel.DataValidationErrorAlert };

  constructor(
    ctx: FakeContext,
    private readonly handle: SheetHandle,
    readonly box: Box,
  ) {
    super(ctx);
    this.format = this.makeFormat();
    const validation = (): {
      rule: Excel.DataValidationRule | null;
      errorAlert: Excel.DataValidationErrorAlert | null;
    } => {
      const sheet = this.sheet();
      const address = boxAddress(this.box);
      let v = sheet.validations.find((x) => x.address === address);
      if (!v) {
        v = { address, rule: null, errorAlert: null };
        sheet.validations.push(v);
      }
      return v;
    };
    this.dataValidation = {
      set rule(rule: Excel.DataValidationRule) {
        ctx.write(`dataValidation.rule ${JSON.stringify(rule)}`, () => (validation().rule = rule), rule);
      },
      get rule(): Excel.DataValidationRule {
        throw new FakeOfficeError('PropertyNotLoaded', 'dataValidation.rule is not loaded');
      },
      set errorAlert(alert: Excel.DataValidationErrorAlert) {
        ctx.write('dataValidation.errorAlert', () => (validation().errorAlert = alert), alert);
      },
      get errorAlert(): Excel.DataValidationErrorAlert {
        throw new FakeOfficeError('PropertyNotLoaded', 'dataValidation.errorAlert is not loaded');
      },
    };
  }

  private sheet(): SheetState {
    if (!this.handle.state) throw new FakeOfficeError('ItemNotFound', 'the worksheet does not exist');
    return this.handle.state;
  }

  private eachCell(f: (cell: CellState, r: number, c: number) => void): void {
    const sheet = this.sheet();
    for (let r = 0; r < this.box.rows; r++) {
      for (let c = 0; c < this.box.cols; c++) {
        const address = boxAddress({ row: this.box.row + r, col: this.box.col + c, rows: 1, cols: 1 });
        const cell = sheet.cells.get(address) ?? emptyCell();
        f(cell, r, c);
        sheet.cells.set(address, cell);
      }
    }
  }

  private grid(name: string, v: unknown): unknown[][] {
    if (
      !Array.isArray(v) ||
      v.length !== this.box.rows ||
      v.some((row) => !Array.isArray(row) || row.length !== this.box.cols)
    ) {
      throw new FakeOfficeError(
        'InvalidArgument',
        `${name}: expected ${this.box.rows}×${this.box.cols} values for ${boxAddress(this.box)}`,
      );
    }
    return v as unknown[][];
  }

  private setEach(text: string, f: (cell: CellState) => void): void {
    this.ctx.write(`${boxAddress(this.box)}.${text}`, () => this.eachCell(f));
  }

  private makeFormat() {
    const setEach = (text: string, f: (cell: CellState) => void): void => this.setEach(text, f);
    const sheet = (): SheetState => this.sheet();
    const box = this.box;
    const ctx = this.ctx;
    return {
      fill: {
        set color(v: string) {
          setEach(`format.fill.color = ${v}`, (c) => (c.fill = v));
        },
      },
      font: {
        set color(v: string) {
          setEach(`format.font.color = ${v}`, (c) => (c.fontColor = v));
        },
        set bold(v: boolean) {
          setEach(`format.font.bold = ${v}`, (c) => (c.bold = v));
        },
        set italic(v: boolean) {
          setEach(`format.font.italic = ${v}`, (c) => (c.italic = v));
        },
        set size(v: number) {
          setEach(`format.font.size = ${v}`, (c) => (c.size = v));
        },
      },
      protection: {
        set locked(v: boolean) {
          setEach(`format.protection.locked = ${v}`, (c) => (c.locked = v));
        },
      },
      set columnWidth(v: number) {
        ctx.write(`columnWidth ${boxAddress(box)} = ${v}`, () => {
          for (let c = 0; c < box.cols; c++) sheet().columnWidths.set(box.col + c, v);
        });
      },
    };
  }

  set formulas(v: unknown[][]) {
    const grid = this.grid('formulas', v);
    this.ctx.write(
      `${boxAddress(this.box)}.formulas`,
      () => {
        this.eachCell((cell, r, c) => assignFormula(cell, grid[r]?.[c]));
        this.ctx.host.fireChanged(this.sheet().id, boxAddress(this.box));
      },
      grid,
    );
  }

  set values(v: unknown[][]) {
    this.formulas = v;
  }

  set numberFormat(v: unknown[][]) {
    const grid = this.grid('numberFormat', v);
    this.ctx.write(
      `${boxAddress(this.box)}.numberFormat`,
      () => this.eachCell((cell, r, c) => (cell.numberFormat = String(grid[r]?.[c]))),
      grid,
    );
  }

  get formulas(): unknown[][] {
    return this.read('formulas');
  }

  get values(): unknown[][] {
    return this.read('values');
  }

  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }

  get address(): string {
    return this.read('address');
  }

  get rowIndex(): number {
    return this.read('rowIndex');
  }

  get columnIndex(): number {
    return this.read('columnIndex');
  }

  get rowCount(): number {
    return this.read('rowCount');
  }

  get columnCount(): number {
    return this.read('columnCount');
  }

  protected override snapshot(prop: string): unknown {
    const rows: unknown[][] = [];
    const pick = (cell: CellState, r: number): void => {
      rows[r] ??= [];
      if (prop === 'formulas') rows[r].push(cell.formula);
      else if (prop === 'numberFormat') rows[r].push(cell.numberFormat);
      else if (prop === 'values') {
        rows[r].push(cell.value === undefined ? UNEVALUATED : cell.value);
      }
    };
    if (prop === 'address') return `${this.sheet().name}!${boxAddress(this.box)}`;
    const position: Record<string, number> = {
      rowIndex: this.box.row,
      columnIndex: this.box.col,
      rowCount: this.box.rows,
      columnCount: this.box.cols,
    };
    if (prop in position) return position[prop];
    if (!['formulas', 'numberFormat', 'values'].includes(prop)) return super.snapshot(prop);
    const sheet = this.sheet();
    for (let r = 0; r < this.box.rows; r++) {
      for (let c = 0; c < this.box.cols; c++) {
        const address = boxAddress({ row: this.box.row + r, col: this.box.col + c, rows: 1, cols: 1 });
        pick(sheet.cells.get(address) ?? emptyCell(), r);
      }
    }
    return rows;
  }

  /** Clears contents and formats, as `range.clear()` does by default. */
  clear(): void {
    this.ctx.write(`${boxAddress(this.box)}.clear()`, () => this.eachCell((cell) => Object.assign(cell, emptyCell())));
  }

  select(): void {
    this.ctx.queue(
      `${boxAddress(this.box)}.select()`,
      () => (this.ctx.host.state.selection = `${this.sheet().name}!${boxAddress(this.box)}`),
    );
  }
}

export class FakeNamedItem extends Loadable {
  private resolvedNull: boolean | undefined;

  /** An item of a loaded collection, with its name and formula loaded. */
  static loaded(ctx: FakeContext, n: NameState, sheets: () => SheetState[]): FakeNamedItem {
    const item = new FakeNamedItem(ctx, () => n, sheets, false);
    item.resolvedNull = false;
    item.markLoaded('name', n.name);
    item.markLoaded('formula', item.snapshot('formula'));
    return item;
  }

  get name(): string {
    return this.read('name');
  }
  constructor(
    ctx: FakeContext,
    private readonly find: () => NameState | undefined,
    private readonly sheets: () => SheetState[],
    queued = true,
  ) {
    super(ctx);
    if (queued) ctx.queue('names.getItemOrNullObject()', () => (this.resolvedNull = this.find() === undefined));
  }

  get isNullObject(): boolean {
    if (this.resolvedNull === undefined)
      throw new FakeOfficeError('PropertyNotLoaded', 'isNullObject is known only after sync');
    return this.resolvedNull;
  }

  get formula(): string {
    return this.read('formula');
  }

  protected override snapshot(prop: string): unknown {
    const n = this.find();
    if (!n) return undefined;
    if (prop === 'formula') {
      if ('formula' in n.ref) return n.ref.formula;
      const ref = n.ref;
      const sheet = this.sheets().find((s) => s.id === ref.sheetId);
      // Excel reports a name's range with absolute references.
      const absolute = ref.address.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
      return `='${sheet?.name ?? '#REF'}'!${absolute}`;
    }
    return super.snapshot(prop);
  }

  delete(): void {
    this.ctx.write('namedItem.delete()', () => {
      const n = this.find();
      if (!n) return;
      for (const sheet of this.sheets())
        if (sheet.names.get(n.name.toLowerCase()) === n) sheet.names.delete(n.name.toLowerCase());
    });
  }

  /** The name's range; a name that is not there, or that holds a constant, fails at sync. */
  getRange(): FakeRange {
    const range = this.getRangeOrNullObject();
    this.ctx.queue('namedItem.getRange()', () => {
      const n = this.find();
      if (!n || 'formula' in n.ref) throw new FakeOfficeError('ItemNotFound', 'the name refers to no range');
    });
    return range;
  }

  getRangeOrNullObject(): FakeRange {
    const handle: SheetHandle = {};
    const box = { row: 0, col: 0, rows: 1, cols: 1 };
    const range = new FakeRange(this.ctx, handle, box);
    const resolve = (): boolean => {
      const n = this.find();
      if (!n || 'formula' in n.ref) return true;
      const ref = n.ref;
      handle.state = this.sheets().find((s) => s.id === ref.sheetId);
      Object.assign(box, parseAddress(ref.address).box);
      return handle.state === undefined;
    };
    range.nullCheck = resolve;
    return range;
  }
}

export class FakeNames extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly handle: SheetHandle,
  ) {
    super(ctx);
  }

  get items(): FakeNamedItem[] {
    return this.read('items');
  }

  protected override snapshot(prop: string): unknown {
    if (!prop.startsWith('items')) return super.snapshot(prop);
    const sheets = (): SheetState[] => this.ctx.host.state.sheets;
    return [...(this.handle.state?.names.values() ?? [])].map((n) => FakeNamedItem.loaded(this.ctx, n, sheets));
  }

  getItem(name: string): FakeNamedItem {
    const item = this.getItemOrNullObject(name);
    this.ctx.queue(`names.getItem(${name})`, () => {
      if (!this.handle.state?.names.has(name.toLowerCase()))
        throw new FakeOfficeError('ItemNotFound', `no name ${name}`);
    });
    return item;
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(
      this.ctx,
      () => this.handle.state?.names.get(name.toLowerCase()),
      () => this.ctx.host.state.sheets,
    );
  }

  add(name: string, reference: FakeRange | string): void {
    this.ctx.write(`names.add(${name})`, () => {
      const sheet = this.handle.state;
      if (!sheet) throw new FakeOfficeError('ItemNotFound', 'the worksheet does not exist');
      if (sheet.names.has(name.toLowerCase())) throw new FakeOfficeError('ItemAlreadyExists', `name ${name} exists`);
      const ref =
        typeof reference === 'string'
          ? { formula: reference }
          : { sheetId: sheet.id, address: boxAddress(reference.box) };
      sheet.names.set(name.toLowerCase(), { name, ref });
    });
  }
}

export class FakeCustomXmlPart extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly handle: { id?: string },
  ) {
    super(ctx);
  }

  get id(): string {
    return this.read('id');
  }

  protected override snapshot(prop: string): unknown {
    if (prop === 'id') return this.handle.id;
    return super.snapshot(prop);
  }

  getXml(): { value: string } {
    const result = {} as { value: string };
    this.ctx.queue('customXmlPart.getXml()', () => {
      const part = this.ctx.host.state.parts.find((p) => p.id === this.handle.id);
      if (!part) throw new FakeOfficeError('ItemNotFound', 'no such custom XML part');
      result.value = part.xml;
    });
    return result;
  }
}

export class FakeCustomXmlPartCollection extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly namespaceUri: string,
  ) {
    super(ctx);
  }

  get items(): FakeCustomXmlPart[] {
    return this.read('items');
  }

  protected override snapshot(prop: string): unknown {
    if (!prop.startsWith('items')) return super.snapshot(prop);
    return this.ctx.host.state.parts
      .filter((p) => p.namespaceUri === this.namespaceUri)
      .map((p) => new FakeCustomXmlPart(this.ctx, { id: p.id }));
  }
}

export class FakeCustomXmlParts {
  constructor(private readonly ctx: FakeContext) {}

  getByNamespace(namespaceUri: string): FakeCustomXmlPartCollection {
    return new FakeCustomXmlPartCollection(this.ctx, namespaceUri);
  }

  add(xml: string): FakeCustomXmlPart {
    const handle: { id?: string } = {};
    this.ctx.write(
      'customXmlParts.add()',
      () => {
        const ns = /xmlns="([^"]+)"/.exec(xml)?.[1] ?? '';
        const state = this.ctx.host.state;
        handle.id = `{part-${state.nextId++}}`;
        state.parts.push({ id: handle.id, xml, namespaceUri: ns });
      },
      xml,
    );
    return new FakeCustomXmlPart(this.ctx, handle);
  }
}

export class FakeChartSeries {
  constructor(
    private readonly ctx: FakeContext,
    private readonly series: () => ChartState['series'][number],
  ) {}

  set name(v: string) {
    this.ctx.write(`series.name = ${v}`, () => (this.series().name = v));
  }

  set chartType(v: string) {
    this.ctx.write(`series.chartType = ${v}`, () => (this.series().chartType = v));
  }

  setValues(range: FakeRange): void {
    this.ctx.write('series.setValues()', () => (this.series().values = boxAddress(range.box)));
  }

  setXAxisValues(range: FakeRange): void {
    this.ctx.write('series.setXAxisValues()', () => (this.series().categories = boxAddress(range.box)));
  }
}

export class FakeChart extends Loadable {
  readonly title: { text: string };
  readonly series: { getItemAt(i: number): FakeChartSeries; add(name: string): FakeChartSeries };

  constructor(
    ctx: FakeContext,
    private readonly chart: () => ChartState,
    private readonly remove: () => void,
  ) {
    super(ctx);
    const write = (text: string, f: () => void): void => ctx.write(text, f);
    this.title = {
      set text(v: string) {
        write(`chart.title = ${v}`, () => (chart().title = v));
      },
      get text(): string {
        throw new FakeOfficeError('PropertyNotLoaded', 'title.text is not loaded');
      },
    };
    this.series = {
      getItemAt: (i) =>
        new FakeChartSeries(ctx, () => {
          const s = chart().series[i];
          if (!s) throw new FakeOfficeError('ItemNotFound', `no series ${i}`);
          return s;
        }),
      add: (name) => {
        let added: ChartState['series'][number] | undefined;
        ctx.write(`series.add(${name})`, () => {
          added = { name, values: '', categories: null, chartType: null };
          chart().series.push(added);
        });
        return new FakeChartSeries(ctx, () => {
          if (!added) throw new Error('fake host: series used before it was added');
          return added;
        });
      },
    };
  }

  markLoadedName(name: string): void {
    this.markLoaded('name', name);
  }

  get name(): string {
    return this.read('name');
  }

  set name(v: string) {
    this.ctx.write(`chart.name = ${v}`, () => (this.chart().name = v));
  }

  protected override snapshot(prop: string): unknown {
    if (prop === 'name') return this.chart().name;
    return super.snapshot(prop);
  }

  setPosition(from: string, to: string): void {
    this.ctx.write(`chart.setPosition(${from}, ${to})`, () => (this.chart().position = { from, to }));
  }

  delete(): void {
    this.ctx.write('chart.delete()', () => this.remove());
  }
}

export class FakeCharts extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly handle: SheetHandle,
  ) {
    super(ctx);
  }

  private sheet(): SheetState {
    if (!this.handle.state) throw new FakeOfficeError('ItemNotFound', 'the worksheet does not exist');
    return this.handle.state;
  }

  get items(): FakeChart[] {
    return this.read('items');
  }

  protected override snapshot(prop: string): unknown {
    if (!prop.startsWith('items')) return super.snapshot(prop);
    return this.sheet().charts.map((c) => {
      const chart = this.proxy(() => c);
      chart.markLoadedName(c.name);
      return chart;
    });
  }

  private proxy(find: () => ChartState): FakeChart {
    return new FakeChart(this.ctx, find, () => {
      const list = this.sheet().charts;
      const i = list.indexOf(find());
      if (i >= 0) list.splice(i, 1);
    });
  }

  add(type: string, source: FakeRange, seriesBy: string): FakeChart {
    let state: ChartState | undefined;
    this.ctx.write(`charts.add(${type}, ${boxAddress(source.box)}, ${seriesBy})`, () => {
      state = {
        name: `Chart ${this.sheet().charts.length + 1}`,
        type,
        title: '',
        series: [{ name: '', values: boxAddress(source.box), categories: null, chartType: null }],
        position: null,
      };
      this.sheet().charts.push(state);
    });
    return this.proxy(() => {
      if (!state) throw new Error('fake host: chart used before it was added');
      return state;
    });
  }

  getItem(name: string): FakeChart {
    const find = (): ChartState => {
      const c = this.sheet().charts.find((x) => x.name === name);
      if (!c) throw new FakeOfficeError('ItemNotFound', `no chart ${name}`);
      return c;
    };
    return this.proxy(find);
  }
}
