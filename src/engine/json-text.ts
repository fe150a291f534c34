/**
 * A strict JSON reader that reports syntax errors by line and column, and reads the
 * tokens `NaN`, `Infinity` and `-Infinity` as numbers so that validation can name the
 * field that holds them ("lines[0].values[2]: expected a finite number, got NaN")
 * instead of failing the whole file with a position.
 */
import { issue } from './issue';
import { fail, ok, type Result } from './result';

class JsonSyntaxError extends Error {
  constructor(
    readonly pos: number,
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'JsonSyntaxError';
  }
}

const LITERALS: ReadonlyArray<readonly [string, unknown]> = [
  ['true', true],
  ['false', false],
  ['null', null],
  ['NaN', NaN],
  ['Infinity', Infinity],
  ['-Infinity', -Infinity],
];

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** How deep objects and arrays may nest: a case file needs five levels; a stack does not last forever. */
export const MAX_DEPTH = 64;

class JsonTooDeep extends Error {
  constructor(readonly pos: number) {
    super('too deep');
    this.name = 'JsonTooDeep';
  }
}

class Reader {
  private pos = 0;
  private depth = 0;
  constructor(private readonly text: string) {}

  document(): unknown {
    const value = this.value();
    this.space();
    if (this.pos < this.text.length) this.fail('unexpected text after the end of the JSON value');
    return value;
  }

  private fail(detail: string): never {
    throw new JsonSyntaxError(this.pos, detail);
  }

  private space(): void {
    while (this.pos < this.text.length && ' \t\n\r'.includes(this.text[this.pos] ?? '')) this.pos++;
  }

  private value(): unknown {
    this.space();
    const c = this.text[this.pos];
    if (c === undefined) return this.fail('unexpected end of file');
    if (c === '{' || c === '[') {
      if (++this.depth > MAX_DEPTH) throw new JsonTooDeep(this.pos);
      const v = c === '{' ? this.object() : this.array();
      this.depth--;
      return v;
    }
    if (c === '"') return this.string();
    for (const [word, v] of LITERALS) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return v;
      }
    }
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(this.text);
    if (m) {
      this.pos += m[0].length;
      return Number(m[0]);
    }
    return this.fail(`unexpected character ${JSON.stringify(c)}`);
  }

  private object(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.pos++;
    this.space();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return out;
    }
    for (;;) {
      this.space();
      if (this.text[this.pos] !== '"') this.fail('expected a property name in double quotes');
      const key = this.string();
      this.space();
      if (this.text[this.pos] !== ':') this.fail(`expected ":" after "${key}"`);
      this.pos++;
      Object.defineProperty(out, key, { value: this.value(), enumerable: true, writable: true, configurable: true });
      this.space();
      const c = this.text[this.pos];
      this.pos++;
      if (c === '}') return out;
      if (c !== ',') {
        this.pos--;
        this.fail('expected "," or "}" in an object');
      }
    }
  }

  private array(): unknown[] {
    const out: unknown[] = [];
    this.pos++;
    this.space();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return out;
    }
    for (;;) {
      out.push(this.value());
      this.space();
      const c = this.text[this.pos];
      this.pos++;
      if (c === ']') return out;
      if (c !== ',') {
        this.pos--;
        this.fail('expected "," or "]" in an array');
      }
    }
  }

  private string(): string {
    const start = this.pos;
    this.pos++;
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined) {
        this.pos = start;
        this.fail('unterminated string');
      }
      if (c === '\\') this.pos += 2;
      else if (c === '"') break;
      else if (c < ' ') this.fail('control character in a string');
      else this.pos++;
    }
    this.pos++;
    try {
      return JSON.parse(this.text.slice(start, this.pos)) as string;
    } catch {
      this.pos = start;
      return this.fail('invalid escape in a string');
    }
  }
}

function lineAndColumn(text: string, pos: number): { line: number; column: number } {
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return { line, column };
}

/** Parses JSON text; a syntax error becomes a `json_syntax` issue with line and column. */
export function parseJsonText(text: string): Result<unknown> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return ok(new Reader(body).document());
  } catch (e) {
    if (e instanceof JsonTooDeep) {
      return fail([issue('too_deep', [], { ...lineAndColumn(body, e.pos), limit: MAX_DEPTH })]);
    }
    if (!(e instanceof JsonSyntaxError)) throw e;
    return fail([issue('json_syntax', [], { ...lineAndColumn(body, e.pos), detail: e.detail })]);
  }
}
