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

// Sticky patterns, matched at a position without slicing the text.
const CELL = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_.(])/y;
const NUMBER = /(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/y;
const IDENT = /[A-Za-z_\\][A-Za-z0-9_.]*/y;
const SHEET = /([A-Za-z_][A-Za-z0-9_.]*)!/y;
const SPACE = /\s/;

function matchAt(re: RegExp, src: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(src);
}

interface Scanned {
  readonly token: Token;
  readonly next: number;
}

/** The text between the quote at `i` and its closing quote (a doubled quote is one), and where it closes. */
function quotedAt(src: string, i: number, q: string, unclosed: string): { text: string; end: number } {
  let j = i + 1;
  let text = '';
  for (;;) {
    if (j >= src.length) throw new FormulaSyntaxError(src, i, unclosed);
    if (src[j] === q) {
      if (src[j + 1] !== q) return { text, end: j };
      j++;
    }
    text += src[j];
    j++;
  }
}

/** A reference at `i`, sheet-qualified ('Sheet name'!A1, Sheet1!A1) or not; null when there is none. */
function referenceAt(src: string, i: number): Scanned | null {
  let sheet: string | undefined;
  let afterSheet = i;
  if (src[i] === "'") {
    const { text, end } = quotedAt(src, i, "'", "a sheet name without its closing '");
    if (src[end + 1] !== '!') throw new FormulaSyntaxError(src, i, "a quoted sheet name must be followed by '!'");
    sheet = text;
    afterSheet = end + 2;
  } else {
    const m = matchAt(SHEET, src, i);
    if (m) {
      sheet = m[1];
      afterSheet = i + (m[0] as string).length;
    }
  }
  const cell = matchAt(CELL, src, afterSheet);
  if (!cell) {
    if (sheet !== undefined) throw new FormulaSyntaxError(src, i, 'a sheet name must be followed by a cell address');
    return null;
  }
  const v: CellAddress = {
    row: Number(cell[4]) - 1,
    col: columnIndex(cell[2] as string),
    ...(cell[1] ? { absCol: true } : {}),
    ...(cell[3] ? { absRow: true } : {}),
  };
  const token: Token = sheet === undefined ? { t: 'ref', v, at: i } : { t: 'ref', sheet, v, at: i };
  return { token, next: afterSheet + (cell[0] as string).length };
}

/** A number, a name or an operator at `i`. */
function plainAt(src: string, i: number): Scanned {
  const num = matchAt(NUMBER, src, i);
  if (num) return { token: { t: 'num', v: Number(num[0]), at: i }, next: i + (num[0] as string).length };
  const id = matchAt(IDENT, src, i);
  if (id) return { token: { t: 'id', v: id[0] as string, at: i }, next: i + (id[0] as string).length };
  const two = src.slice(i, i + 2);
  if (two === '<>' || two === '<=' || two === '>=') return { token: { t: 'op', v: two, at: i }, next: i + 2 };
  const ch = src[i] as string;
  if ('+-*/^&=<>%(),:'.includes(ch)) return { token: { t: 'op', v: ch, at: i }, next: i + 1 };
  throw new FormulaSyntaxError(src, i, `unexpected ${JSON.stringify(ch)}`);
}

/** The token that starts at `i` (not white space), and where the next one starts. */
function tokenAt(src: string, i: number): Scanned {
  const ch = src[i];
  if (ch === '"') {
    const { text, end } = quotedAt(src, i, '"', 'a text without its closing "');
    return { token: { t: 'str', v: text, at: i }, next: end + 1 };
  }
  if (ch === '#') {
    const head = src.slice(i, i + 8).toUpperCase();
    const code = ERROR_CODES.find((e) => head.startsWith(e));
    if (!code) throw new FormulaSyntaxError(src, i, 'an unknown error value');
    return { token: { t: 'err', v: code, at: i }, next: i + code.length };
  }
  return referenceAt(src, i) ?? plainAt(src, i);
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = src.startsWith('=') ? 1 : 0;
  while (i < src.length) {
    if (SPACE.test(src[i] as string)) {
      i++;
      continue;
    }
    const { token, next } = tokenAt(src, i);
    out.push(token);
    i = next;
  }
  out.push({ t: 'end', at: src.length });
  return out;
}

const COMPARISON = new Set(['=', '<>', '<', '<=', '>', '>=']);
const CONCAT = new Set(['&']);
const SUM = new Set(['+', '-']);
const PRODUCT = new Set(['*', '/']);
const POWER = new Set(['^']);

/** Recursive descent over the tokens, one method per level of Excel's precedence. */
class Parser {
  private p = 0;

  constructor(
    private readonly src: string,
    private readonly tokens: readonly Token[],
  ) {}

  private peek(): Token {
    return this.tokens[Math.min(this.p, this.tokens.length - 1)] as Token;
  }

  private next(): Token {
    return this.tokens[this.p++] as Token;
  }

  private isOp(v: string): boolean {
    const t = this.peek();
    return t.t === 'op' && t.v === v;
  }

  private fail(detail: string, at = this.peek().at): never {
    throw new FormulaSyntaxError(this.src, at, detail);
  }

  private expect(v: string): void {
    if (!this.isOp(v)) this.fail(`expected "${v}"`);
    this.p++;
  }

  /** Left-associative operators of one level over the next level's operands. */
  private binary(ops: ReadonlySet<string>, operand: () => Formula): Formula {
    let a = operand();
    for (;;) {
      const t = this.peek();
      if (t.t !== 'op' || !ops.has(t.v)) return a;
      this.p++;
      a = { k: 'bin', op: t.v as BinaryOp, a, b: operand() };
    }
  }

  readonly expression = (): Formula => this.binary(COMPARISON, this.concat);
  private readonly concat = (): Formula => this.binary(CONCAT, this.sum);
  private readonly sum = (): Formula => this.binary(SUM, this.product);
  private readonly product = (): Formula => this.binary(PRODUCT, this.power);
  private readonly power = (): Formula => this.binary(POWER, this.percent);

  private readonly percent = (): Formula => {
    let a = this.unary();
    while (this.isOp('%')) {
      this.p++;
      a = { k: 'pct', a };
    }
    return a;
  };

  private unary(): Formula {
    if (this.isOp('-')) {
      this.p++;
      return { k: 'neg', a: this.unary() };
    }
    if (this.isOp('+')) {
      this.p++;
      return { k: 'pos', a: this.unary() };
    }
    return this.primary();
  }

  private primary(): Formula {
    const t = this.next();
    switch (t.t) {
      case 'num':
        return { k: 'num', v: t.v };
      case 'str':
        return { k: 'str', v: t.v };
      case 'err':
        return { k: 'err', v: t.v };
      case 'ref':
        return this.reference(t);
      case 'id':
        return this.isOp('(') ? this.call(t.v) : this.name(t.v);
      case 'op':
        if (t.v === '(') {
          const inner = this.expression();
          this.expect(')');
          return { k: 'paren', a: inner };
        }
        return this.fail(`unexpected "${t.v}"`, t.at);
      case 'end':
        return this.fail('the formula ends too early', t.at);
    }
  }

  /** A cell, or a range when a colon and a second cell follow (on the same sheet). */
  private reference(t: Extract<Token, { t: 'ref' }>): Formula {
    if (!this.isOp(':')) return t.sheet === undefined ? { k: 'ref', at: t.v } : { k: 'ref', sheet: t.sheet, at: t.v };
    this.p++;
    const end = this.next();
    if (end.t !== 'ref') return this.fail('a range must end in a cell address', end.at);
    if (end.sheet !== undefined && end.sheet !== t.sheet) return this.fail('a range must stay on one sheet', end.at);
    return t.sheet === undefined
      ? { k: 'range', from: t.v, to: end.v }
      : { k: 'range', sheet: t.sheet, from: t.v, to: end.v };
  }

  /** A function call; the `_xlfn.` and `_xlws.` prefixes a file carries are dropped; an empty argument is missing. */
  private call(id: string): Formula {
    this.p++;
    const fn = id
      .toUpperCase()
      .replace(/^_XLFN\./, '')
      .replace(/^_XLWS\./, '');
    const args: Formula[] = [];
    if (this.isOp(')')) {
      this.p++;
      return { k: 'call', fn, args };
    }
    for (;;) {
      args.push(this.isOp(',') || this.isOp(')') ? { k: 'missing' } : this.expression());
      if (this.isOp(',')) {
        this.p++;
        continue;
      }
      this.expect(')');
      return { k: 'call', fn, args };
    }
  }

  private name(id: string): Formula {
    const upper = id.toUpperCase();
    if (upper === 'TRUE' || upper === 'FALSE') return { k: 'bool', v: upper === 'TRUE' };
    return { k: 'name', name: id };
  }

  /** Nothing may follow the formula. */
  end(): void {
    if (this.peek().t !== 'end') this.fail('unexpected text after the formula');
  }
}

/** Parses a formula (with or without its leading `=`). */
export function parseFormula(src: string): Formula {
  const parser = new Parser(src, tokenize(src));
  const tree = parser.expression();
  parser.end();
  return tree;
}

export { columnIndex };
