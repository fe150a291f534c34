import type { CellRole, SheetPlan } from '../sheet/plan';

export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  readonly role: CellRole;
}

export interface KeyRect<K extends string> {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  readonly key: K;
}

/**
 * A grid of keys as rectangles: runs of one key in a row, joined with the same run in the rows
 * below (a section's input grid is one rectangle); cells without a key are left out.
 */
export function keyRects<K extends string>(keys: readonly (readonly (K | undefined)[])[]): KeyRect<K>[] {
  const done: KeyRect<K>[] = [];
  let open = new Map<string, KeyRect<K>>();
  keys.forEach((row, r) => {
    const next = new Map<string, KeyRect<K>>();
    let c = 0;
    while (c < row.length) {
      const key = row[c];
      if (key === undefined) {
        c++;
        continue;
      }
      let end = c + 1;
      while (end < row.length && row[end] === key) end++;
      const id = `${c}:${end}:${key}`;
      const above = open.get(id);
      next.set(id, above ? { ...above, rows: above.rows + 1 } : { row: r, col: c, rows: 1, cols: end - c, key });
      open.delete(id);
      c = end;
    }
    done.push(...open.values());
    open = next;
  });
  return [...done, ...open.values()];
}

/** The cells by role as rectangles, so each look is set once per rectangle. */
export function roleRects(cells: SheetPlan['cells']): Rect[] {
  return keyRects(cells.map((row) => row.map((cell) => cell?.role))).map(({ key, ...box }) => ({ ...box, role: key }));
}
