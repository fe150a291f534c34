/**
 * R1C1 formula text as Excel stores it in a cell at (row, col), 0-based: `R[-1]C` is the cell
 * above, `R4C2` is $B$4, `R4C[-1]` is B$4 one column left. Written apart from the add-in's
 * renderer (a regular expression over the text outside string literals), so the executor checks
 * that renderer rather than repeating it.
 */
import { colName } from './address';

const REF = /(?<![A-Za-z0-9_.$])R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![A-Za-z0-9_(.])/g;

function part(spec: string | undefined, here: number): { at: number; abs: boolean } {
  if (spec === undefined) return { at: here, abs: false };
  if (spec.startsWith('[')) return { at: here + Number(spec.slice(1, -1)), abs: false };
  return { at: Number(spec) - 1, abs: true };
}

export function a1FromR1C1(formula: string, row: number, col: number): string {
  // Even pieces lie outside string literals, odd ones are the literals.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece.replace(REF, (_, r: string | undefined, c: string | undefined) => {
            const rp = part(r, row);
            const cp = part(c, col);
            if (rp.at < 0 || cp.at < 0) return '#REF!';
            return `${cp.abs ? '$' : ''}${colName(cp.at)}${rp.abs ? '$' : ''}${rp.at + 1}`;
          }),
    )
    .join('');
}
