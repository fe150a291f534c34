/**
 * Reads an A1 formula as Excel's `Range.formulas` gives it (English function names, comma
 * separators, `_xlfn.` prefixes optional) into the sheet language's tree. Excel's operator
 * precedence: comparison < `&` < `+ -` < `* /` < `^` < `%` < unary minus < `:`; so `-2^2` is 4
 * and `2^-1` is 0.5. A formula it cannot read is a `FormulaSyntaxError` naming the position.
 */
import { columnIndex } from './columns';
import { ERROR_CODES, type BinaryOp, type CellAddress, type ErrorCode, type Formula } from './ast';

export class FormulaSyntaxError extends Error {
  constructor(
    readonly formula: string,
    readonly at: number,
    detail: string,
  ) {
    // `at` is 0-based in the text as given, its leading `=` included; the message counts from 1.
    super(`cannot read the formula ${JSON.stringify(formula)} at character ${at + 1}: ${detail}`);
    this.name = 'FormulaSyntaxError';
  }
}

type Token =
  | { readonly t: 'num'; readonly v: number; readonly at: number }
  | { readonly t: 'str'; readonly v: string; readonly at: number }
  | { readonly t: 'err'; readonly v: ErrorCode; readonly at: number }
  | { readonly t: 'ref'; readonly sheet?: string; readonly v: CellAddress; readonly at: number }
  | { readonly t: 'id'; readonly v: string; readonly at: number }
  | { readonly t: 'op'; readonly v: string; readonly at: number }
  | { readonly t: 'end'; readonly at: number };

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_.(])/;
const NUMBER = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/;
const IDENT = /^[A-Za-z_\\][A-Za-z0-9_.]*/;
const SHEET = /^([A-Za-z_][A-Za-z0-9_.]*)!/;

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = src.startsWith('=') ? 1 : 0;
  const fail = (detail: string): never => {
    throw new FormulaSyntaxError(src, i, detail);
  };
  /** The text between the quote at `i` and its closing quote (a doubled quote is one), and where it closes. */
  const quoted = (q: string, unclosed: string): { text: string; end: number } => {
    let j = i + 1;
    let text = '';
    for (;;) {
      if (j >= src.length) fail(unclosed);
      if (src[j] === q) {
        if (src[j + 1] !== q) return { text, end: j };
        j++;
      }
      text += src[j];
      j++;
    }
  };
  while (i < src.length) {
    const ch = src[i] as string;
    const rest = src.slice(i);
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"') {
      const { text, end } = quoted('"', 'a text without its closing "');
      out.push({ t: 'str', v: text, at: i });
      i = end + 1;
      continue;
    }
    if (ch === '#') {
      const code = ERROR_CODES.find((e) => rest.toUpperCase().startsWith(e));
      if (!code) fail('an unknown error value');
      out.push({ t: 'err', v: code as ErrorCode, at: i });
      i += (code as string).length;
      continue;
    }
    // A sheet-qualified reference: 'Sheet name'!A1 or Sheet1!A1.
    let sheet: string | undefined;
    let afterSheet = i;
    if (ch === "'") {
      const { text, end } = quoted("'", "a sheet name without its closing '");
      if (src[end + 1] !== '!') fail("a quoted sheet name must be followed by '!'");
      sheet = text;
      afterSheet = end + 2;
    } else {
      const m = SHEET.exec(rest);
      if (m) {
        sheet = m[1];
        afterSheet = i + (m[0] as string).length;
      }
    }
    const cellAt = src.slice(afterSheet);
    const cell = CELL.exec(cellAt);
    if (cell) {
      const at: CellAddress = {
        row: Number(cell[4]) - 1,
        col: columnIndex(cell[2] as string),
        ...(cell[1] ? { absCol: true } : {}),
        ...(cell[3] ? { absRow: true } : {}),
      };
      out.push(sheet === undefined ? { t: 'ref', v: at, at: i } : { t: 'ref', sheet, v: at, at: i });
      i = afterSheet + (cell[0] as string).length;
      continue;
    }
    if (sheet !== undefined) fail('a sheet name must be followed by a cell address');
    const num = NUMBER.exec(rest);
    if (num) {
      out.push({ t: 'num', v: Number(num[0]), at: i });
      i += (num[0] as string).length;
      continue;
    }
    const id = IDENT.exec(rest);
    if (id) {
      out.push({ t: 'id', v: id[0] as string, at: i });
      i += (id[0] as string).length;
      continue;
    }
    const two = rest.slice(0, 2);
    if (two === '<>' || two === '<=' || two === '>=') {
      out.push({ t: 'op', v: two, at: i });
      i += 2;
      continue;
    }
    if ('+-*/^&=<>%(),:'.includes(ch)) {
      out.push({ t: 'op', v: ch, at: i });
      i++;
      continue;
    }
    fail(`unexpected ${JSON.stringify(ch)}`);
  }
  out.push({ t: 'end', at: src.length });
  return out;
}

const COMPARISON = new Set(['=', '<>', '<', '<=', '>', '>=']);

/** Parses a formula (with or without its leading `=`). */
export function parseFormula(src: string): Formula {
  const tokens = tokenize(src);
  let p = 0;
  const peek = (): Token => tokens[Math.min(p, tokens.length - 1)] as Token;
  const next = (): Token => tokens[p++] as Token;
  const isOp = (v: string): boolean => {
    const t = peek();
    return t.t === 'op' && t.v === v;
  };
  const fail = (detail: string, at = peek().at): never => {
    throw new FormulaSyntaxError(src, at, detail);
  };
  const expect = (v: string): void => {
    if (!isOp(v)) fail(`expected "${v}"`);
    p++;
  };

  const binary = (ops: ReadonlySet<string>, operand: () => Formula): (() => Formula) => {
    return () => {
      let a = operand();
      for (;;) {
        const t = peek();
        if (t.t !== 'op' || !ops.has(t.v)) return a;
        p++;
        a = { k: 'bin', op: t.v as BinaryOp, a, b: operand() };
      }
    };
  };

  const primary = (): Formula => {
    const t = next();
    switch (t.t) {
      case 'num':
        return { k: 'num', v: t.v };
      case 'str':
        return { k: 'str', v: t.v };
      case 'err':
        return { k: 'err', v: t.v };
      case 'ref': {
        if (!isOp(':')) return t.sheet === undefined ? { k: 'ref', at: t.v } : { k: 'ref', sheet: t.sheet, at: t.v };
        p++;
        const end = next();
        if (end.t !== 'ref') return fail('a range must end in a cell address', end.at);
        if (end.sheet !== undefined && end.sheet !== t.sheet) return fail('a range must stay on one sheet', end.at);
        return t.sheet === undefined
          ? { k: 'range', from: t.v, to: end.v }
          : { k: 'range', sheet: t.sheet, from: t.v, to: end.v };
      }
      case 'id': {
        if (isOp('(')) {
          p++;
          const fn = t.v
            .toUpperCase()
            .replace(/^_XLFN\./, '')
            .replace(/^_XLWS\./, '');
          const args: Formula[] = [];
          if (isOp(')')) {
            p++;
            return { k: 'call', fn, args };
          }
          for (;;) {
            args.push(isOp(',') || isOp(')') ? { k: 'missing' } : expression());
            if (isOp(',')) {
              p++;
              continue;
            }
            expect(')');
            return { k: 'call', fn, args };
          }
        }
        const upper = t.v.toUpperCase();
        if (upper === 'TRUE' || upper === 'FALSE') return { k: 'bool', v: upper === 'TRUE' };
        return { k: 'name', name: t.v };
      }
      case 'op':
        if (t.v === '(') {
          const inner = expression();
          expect(')');
          return { k: 'paren', a: inner };
        }
        return fail(`unexpected "${t.v}"`, t.at);
      case 'end':
        return fail('the formula ends too early', t.at);
    }
  };

  const unary = (): Formula => {
    if (isOp('-')) {
      p++;
      return { k: 'neg', a: unary() };
    }
    if (isOp('+')) {
      p++;
      return { k: 'pos', a: unary() };
    }
    return primary();
  };
  const percent = (): Formula => {
    let a = unary();
    while (isOp('%')) {
      p++;
      a = { k: 'pct', a };
    }
    return a;
  };
  const power = binary(new Set(['^']), percent);
  const product = binary(new Set(['*', '/']), power);
  const sum = binary(new Set(['+', '-']), product);
  const concat = binary(new Set(['&']), sum);
  const expression = binary(COMPARISON, concat);

  const tree = expression();
  if (peek().t !== 'end') fail('unexpected text after the formula');
  return tree;
}

export { columnIndex };
