/**
 * A fake Excel host for the adapter tests (DESIGN.md §6): the batches are built by Microsoft's own
 * Office.js client (`office-client.ts`: its proxies, loads, PropertyNotLoaded, null objects, request
 * messages and errors) and answered by the workbook executor (`workbook-executor.ts`) against a
 * workbook state. The host counts syncs, logs every action, refuses requests over Excel on the
 * web's 5 MB, records whether events were on for each write, and delivers change and activation
 * events through the client's own event path.
 * It does not evaluate formulas: `values` of a formula cell is what a test set with
 * `host.compute`, else the marker UNEVALUATED.
 */
import type { RunExcel } from '../../src/excel/run';
import { loadClient, type OfficeClient, type Platform } from './office-client';
import {
  cloneState,
  emptyCell,
  newSheet,
  normalStyle,
  type CellState,
  type SheetState,
  type WorkbookState,
} from './state';
import { assignFormula, execute, type ExecutorHost, type RequestBody } from './workbook-executor';

export { UNEVALUATED } from './workbook-executor';

export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

/** The client's event message category and the event types of Worksheet.onChanged and WorksheetCollection.onActivated. */
const EVENT_CATEGORY = 65536;
const CHANGED = 10;
const ACTIVATED = 11;

let hosts = 0;

/** The UTF-8 length of a text, in node and in the browser alike. */
const utf8Length = (text: string): number => encodeURIComponent(text).replace(/%[0-9A-F]{2}/g, '.').length;

interface ClientContext {
  m_customRequestHeaders: Record<string, string>;
  m_pendingRequest: { hasActions: boolean } | null;
  _requestExecutor: {
    executeAsync(customData: unknown, flags: number, message: { Body: RequestBody }): Promise<unknown>;
  };
}

export class FakeExcelHost implements ExecutorHost {
  state: WorkbookState;
  syncCount = 0;
  /** One line per action Excel ran, such as `Range.Formulas=` or `NamedItemCollection.Add("Gevinst_NPV", …)`. */
  readonly log: string[] = [];
  /** The bytes of each request, as the client serialises it. */
  readonly requestBytes: number[] = [];
  eventsEnabled = true;
  /** Makes the next action whose log line matches fail, as an Office error in the middle of a batch. */
  failOn: RegExp | null = null;
  /** For each write: whether events were enabled when it ran. */
  readonly writesWithEvents: boolean[] = [];
  readonly client: OfficeClient;
  /** Each host's event registrations are its own (the client keeps them per control id). */
  private readonly controlId = `gevinst-host-${++hosts}`;
  private readonly watched = new Set<string>();
  private watchingActivation = false;

  constructor(state?: WorkbookState, platform: Platform = 'web') {
    this.client = loadClient(platform);
    this.state = state ?? {
      sheets: [newSheet('sheet-1', 'Ark1')],
      names: new Map(),
      parts: [],
      styles: new Map([['normal', normalStyle()]]),
      activeSheetId: 'sheet-1',
      selection: null,
      nextId: 2,
    };
  }

  wrote(): void {
    this.writesWithEvents.push(this.eventsEnabled);
  }

  registered(event: 'changed' | 'activated', sheetId: string | null): void {
    if (event === 'changed' && sheetId !== null) this.watched.add(sheetId);
    else this.watchingActivation = true;
  }

  /** Excel raises onChanged for a sheet whose change events were asked for, while events are on. */
  changed(sheetId: string, address: string): void {
    if (!this.eventsEnabled || !this.watched.has(sheetId)) return;
    this.deliver(CHANGED, sheetId, { address, changeType: 'RangeEdited', source: 'Local', worksheetId: sheetId });
  }

  /** Fires worksheet onChanged handlers, as Excel does when events are enabled. */
  fireChanged(sheetId: string, address: string): void {
    this.changed(sheetId, address);
  }

  private deliver(type: number, targetId: string, message: object): void {
    const entry = { messageCategory: EVENT_CATEGORY, messageType: type, targetId, message: JSON.stringify(message) };
    const registration = (
      this.client.OfficeExtension as unknown as {
        GenericEventRegistration: {
          getGenericEventRegistration(id: string): { _handleRichApiMessage(m: unknown): void };
        };
      }
    ).GenericEventRegistration.getGenericEventRegistration(this.controlId);
    // Excel delivers events after the batch that raised them, never inside it.
    this.pending = Promise.all([
      this.pending,
      new Promise<void>((resolve) =>
        setTimeout(() => {
          registration._handleRichApiMessage({ entries: [entry] });
          resolve();
        }, 0),
      ),
    ]).then(() => undefined);
  }

  private pending: Promise<void> = Promise.resolve();

  /** Resolves once every event raised so far has reached its handlers (and their own awaits have run). */
  async eventsDelivered(): Promise<void> {
    await this.pending;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  /** The user selects a range, such as `'Mine tal'!A1:D99`. */
  select(sheetName: string, address: string): void {
    // Cells are selected on the active sheet: selecting on another sheet activates it first.
    const sheet = this.state.sheets.find((s) => s.name === sheetName);
    if (sheet) {
      this.state.activeSheetId = sheet.id;
      sheet.selected = address;
    }
    this.state.selection = `'${sheetName}'!${address}`;
  }

  /** The user activates another sheet. */
  activate(name: string): void {
    const sheet = this.sheet(name);
    const id = sheet.id;
    this.state.activeSheetId = id;
    this.state.selection = `'${name.replace(/'/g, "''")}'!${sheet.selected}`;
    if (this.eventsEnabled && this.watchingActivation)
      this.deliver(ACTIVATED, 'Workbook', { type: 'WorksheetActivated', worksheetId: id });
  }

  readonly run: RunExcel = async (batch) => {
    const context = new this.client.Excel.RequestContext('https://gevinst.invalid/');
    const raw = context as unknown as ClientContext;
    raw.m_customRequestHeaders['X-OfficeControlId'] = this.controlId;
    raw._requestExecutor = { executeAsync: (_data, _flags, message) => Promise.resolve(this.answer(message.Body)) };
    const result = await batch(context);
    if (raw.m_pendingRequest?.hasActions) throw new Error('fake host: actions were queued but never synced');
    return result;
  };

  private answer(sent: RequestBody): unknown {
    const text = JSON.stringify(sent);
    const bytes = utf8Length(text);
    this.syncCount++;
    this.requestBytes.push(bytes);
    if (bytes > REQUEST_LIMIT_BYTES) {
      return {
        ErrorCode: 'RequestPayloadSizeLimitExceeded',
        ErrorMessage: `The request payload of ${bytes} bytes exceeds the 5 MB limit.`,
        HttpStatusCode: 413,
        Headers: {},
        Body: null,
      };
    }
    const failOn = this.failOn;
    const { body, log } = execute(this, JSON.parse(text) as RequestBody, failOn);
    if (failOn && body.Error?.Code === 'GeneralException') this.failOn = null;
    this.log.push(...log);
    return { ErrorCode: null, ErrorMessage: null, HttpStatusCode: 200, Headers: {}, Body: body };
  }

  /** The same workbook saved and opened again (on any machine, with or without the add-in). */
  reopened(): FakeExcelHost {
    return new FakeExcelHost(cloneState(this.state), this.client.platform);
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
    this.changed(this.sheet(sheetName).id, address);
  }
}
