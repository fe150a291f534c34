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

  /**
   * The width a column needs for the longest word of its headers (which wrap, so only a word must
   * fit): its characters, bold as 1.1, and one for the margin.
   */
  private headerWord(col: number): number {
    let longest = 0;
    for (const [key, cell] of this.cells) {
      if (cell.role !== 'header' || cell.content.kind !== 'text' || !key.endsWith(`,${col}`)) continue;
      for (const word of cell.content.text.split(/\s+/)) longest = Math.max(longest, word.length);
    }
    return longest === 0 ? 0 : Math.ceil(longest * 1.1) + 1;
  }

  /** Header rows whose longest header needs more than one line at its column's width (bold as 1.1). */
  tallRows(widths: readonly number[]): { tallRows?: { row: number; lines: number }[] } {
    const lines = new Map<number, number>();
    for (const [key, cell] of this.cells) {
      if (cell.role !== 'header' || cell.content.kind !== 'text') continue;
      const [row, col] = key.split(',').map(Number) as [number, number];
      const width = Math.max(1, (widths[col] ?? 10) - 1);
      // Each line of a header with line breaks wraps on its own.
      const need = cell.content.text
        .split('\n')
        .reduce((sum, line) => sum + Math.max(1, Math.ceil((line.length * 1.1) / width)), 0);
      if (need > 1) lines.set(row, Math.max(lines.get(row) ?? 1, Math.min(need, 4)));
    }
    if (lines.size === 0) return {};
    return { tallRows: [...lines].sort((a, b) => a[0] - b[0]).map(([row, n]) => ({ row, lines: n })) };
  }

  toPlan(
    sheetName: string,
    columnWidths: readonly number[],
    freeze: SheetPlan['freeze'],
    metadata: InstanceMetadata,
  ): SheetPlan {
    const columnWidthsOf = Array.from({ length: this.maxCol }, (_, c) =>
      Math.max(columnWidths[c] ?? columnWidths[columnWidths.length - 1] ?? 10, this.headerWord(c)),
    );
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
      columnWidths: columnWidthsOf,
      freeze,
      metadata,
      ...this.tallRows(columnWidthsOf),
    };
  }
}
