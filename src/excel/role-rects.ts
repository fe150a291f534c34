import type { CellRole, SheetPlan } from '../sheet/plan';

export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  readonly role: CellRole;
}

/**
 * The cells by role as rectangles: runs of one role in a row, joined with the same run in the
 * rows below (a section's input grid is one rectangle), so each look is set once per rectangle.
 */
export function roleRects(cells: SheetPlan['cells']): Rect[] {
  const done: Rect[] = [];
  let open = new Map<string, Rect>();
  cells.forEach((row, r) => {
    const next = new Map<string, Rect>();
    let c = 0;
    while (c < row.length) {
      const role = row[c]?.role;
      if (!role) {
        c++;
        continue;
      }
      let end = c + 1;
      while (end < row.length && row[end]?.role === role) end++;
      const key = `${c}:${end}:${role}`;
      const above = open.get(key);
      next.set(key, above ? { ...above, rows: above.rows + 1 } : { row: r, col: c, rows: 1, cols: end - c, role });
      open.delete(key);
      c = end;
    }
    done.push(...open.values());
    open = next;
  });
  return [...done, ...open.values()];
}
