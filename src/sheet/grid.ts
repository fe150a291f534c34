/** A mutable grid used while a plan is laid out; `toPlan` freezes it into a SheetPlan. */
import type { CellRole, InstanceMetadata, PlannedCell, PlannedName, PlannedValidation, SheetPlan } from './plan';

export class Grid {
  private readonly cells = new Map<string, PlannedCell>();
  private maxRow = 0;
  private maxCol = 0;
  readonly names: PlannedName[] = [];
  readonly validations: PlannedValidation[] = [];

  private put(row: number, col: number, cell: PlannedCell): void {
    this.cells.set(`${row},${col}`, cell);
    this.maxRow = Math.max(this.maxRow, row + 1);
    this.maxCol = Math.max(this.maxCol, col + 1);
  }

  text(row: number, col: number, text: string, role: CellRole = 'label'): void {
    this.put(row, col, { content: { kind: 'text', text }, role });
  }

  number(row: number, col: number, value: number, role: CellRole, format?: string): void {
    this.put(row, col, { content: { kind: 'number', value }, role, ...(format ? { format } : {}) });
  }

  formula(row: number, col: number, formula: string, role: CellRole = 'formula', format?: string): void {
    if (!formula.startsWith('=')) throw new Error(`a formula must start with "=": ${formula}`);
    this.put(row, col, { content: { kind: 'formula', formula }, role, ...(format ? { format } : {}) });
  }

  /** Gives an empty cell a role (an input to fill in) without content. */
  blank(row: number, col: number, role: CellRole, format?: string): void {
    this.put(row, col, { content: { kind: 'text', text: '' }, role, ...(format ? { format } : {}) });
  }

  get(row: number, col: number): PlannedCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  toPlan(
    sheetName: string,
    columnWidths: readonly number[],
    freeze: SheetPlan['freeze'],
    metadata: InstanceMetadata,
  ): SheetPlan {
    const cells = Array.from({ length: this.maxRow }, (_, r) =>
      Array.from({ length: this.maxCol }, (_, c) => this.cells.get(`${r},${c}`) ?? null),
    );
    return {
      sheetName,
      rows: this.maxRow,
      cols: this.maxCol,
      cells,
      names: [...this.names],
      validations: [...this.validations],
      columnWidths: Array.from(
        { length: this.maxCol },
        (_, c) => columnWidths[c] ?? columnWidths[columnWidths.length - 1] ?? 10,
      ),
      freeze,
      metadata,
    };
  }
}
