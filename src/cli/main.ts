/**
 * The `gevinst` command: `calc` and `check` on case files (DESIGN.md §3). Never prints a
 * stack trace for bad input: every problem is a line with its JSON path, and exit code 2.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildXlsx } from './build';
import { calculateCase, type CalcResult } from '../sheet/registry';
import { parseCase } from '../engine/case-file';
import { formatPath, hasErrors, type Issue } from '../engine/issue';
import { formatIssue, issueMessage, type Language } from '../engine/messages';
import { BUILD_HELP, CALC_HELP, CATALOGUE_HELP, CHECK_HELP, MAIN_HELP } from './help';
import { BENCHMARK_ENTRIES, CATALOGUE_MODELS, listCatalogue } from '../templates/catalogue';
import { toJson } from './json-out';
import { decodeUtf8 } from '../engine/utf8';

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** The file's bytes (decoded strictly as UTF-8), or text already decoded. */
  readonly readFile: (path: string) => string | Uint8Array;
  readonly writeFile: (path: string, data: Buffer) => void;
}

export const EXIT_OK = 0;
export const EXIT_INVALID = 2;

interface Args {
  readonly command: string | undefined;
  readonly file: string | undefined;
  readonly output: string | undefined;
  readonly lang: Language;
  /** Whether --lang was given: a built sheet is Danish unless asked otherwise. */
  readonly langGiven: boolean;
  readonly json: boolean;
  readonly help: boolean;
  readonly unknown: string[];
}

function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  const unknown: string[] = [];
  let lang: Language = 'en';
  let langGiven = false;
  let json = false;
  let help = false;
  let output: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--help' || a === '-h') help = true;
    else if (a === '--json') json = true;
    else if (a === '-o' || a === '--output') {
      output = argv[++i];
      if (output === undefined) unknown.push(`${a} without a file name`);
    } else if (a === '--lang') {
      const v = argv[++i];
      if (v === 'da' || v === 'en') {
        lang = v;
        langGiven = true;
      } else unknown.push(`--lang ${v ?? ''}`.trim());
    } else if (a.startsWith('-') && a !== '-') unknown.push(a);
    else positional.push(a);
  }
  return { command: positional[0], file: positional[1], output, lang, langGiven, json, help, unknown };
}

export function issueJson(i: Issue, lang: Language): Record<string, unknown> {
  return {
    code: i.code,
    severity: i.severity,
    path: formatPath(i.path),
    ...(i.cell ? { cell: i.cell } : {}),
    message: issueMessage(i, lang),
  };
}

function readCaseText(file: string, io: Io, lang: Language): string | { error: string } {
  try {
    const content = io.readFile(file);
    if (typeof content === 'string') return content;
    const text = decodeUtf8(content);
    return text.ok ? text.value : { error: text.issues.map((i) => `${file}: ${issueMessage(i, lang)}`).join('\n') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (code ?? 'unreadable');
    return { error: `${file}: cannot read the case file (${why})` };
  }
}

const HELP: Record<string, string> = {
  calc: CALC_HELP,
  check: CHECK_HELP,
  build: BUILD_HELP,
  catalogue: CATALOGUE_HELP,
};

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv);
  const help = HELP[args.command ?? ''] ?? MAIN_HELP;
  if (args.help || args.command === 'help') {
    io.out(help);
    return EXIT_OK;
  }
  if (args.command === 'catalogue') return catalogue(args, io);
  if (args.command !== 'calc' && args.command !== 'check' && args.command !== 'build') {
    io.err(args.command === undefined ? MAIN_HELP : `unknown command "${args.command}"\n\n${MAIN_HELP}`);
    return EXIT_INVALID;
  }
  const noOutput = args.command === 'build' && args.output === undefined;
  if (args.unknown.length > 0 || args.file === undefined || noOutput) {
    const why =
      args.file === undefined
        ? 'missing the case file'
        : noOutput
          ? 'missing -o <file.xlsx>'
          : `unknown option ${args.unknown.join(', ')}`;
    io.err(`gevinst ${args.command}: ${why}\n\n${help}`);
    return EXIT_INVALID;
  }
  const text = readCaseText(args.file, io, args.lang);
  if (typeof text !== 'string') {
    io.err(`${text.error}\n`);
    return EXIT_INVALID;
  }
  const parsed = parseCase(text, { models: CATALOGUE_MODELS, benchmarks: BENCHMARK_ENTRIES });
  const result = parsed.ok ? calculateCase(parsed.value) : parsed;
  const issues = result.ok ? [] : result.issues;
  if (args.command === 'check') return reportCheck(issues, result.ok ? result.value : undefined, args, io);
  if (!parsed.ok || !result.ok) {
    io.err(issues.map((i) => formatIssue(i, args.lang)).join('\n') + '\n');
    return EXIT_INVALID;
  }
  if (args.command === 'build') return build(parsed.value, args, io);
  io.out(toJson(present(result.value, args.lang)) + '\n');
  return EXIT_OK;
}

async function build(c: Parameters<typeof buildXlsx>[0], args: Args, io: Io): Promise<number> {
  const output = args.output ?? '';
  const bytes = await buildXlsx(c, args.langGiven ? args.lang : 'da');
  if (!bytes.ok) {
    io.err(bytes.issues.map((i) => formatIssue(i, args.lang)).join('\n') + '\n');
    return EXIT_INVALID;
  }
  try {
    io.writeFile(output, bytes.value);
  } catch (e) {
    io.err(`${output}: cannot write the workbook (${(e as NodeJS.ErrnoException).code ?? 'error'})\n`);
    return EXIT_INVALID;
  }
  io.out(args.lang === 'da' ? `skrev ${output}\n` : `wrote ${output}\n`);
  return EXIT_OK;
}

function catalogue(args: Args, io: Io): number {
  if (args.unknown.length > 0 || args.file !== undefined) {
    const why =
      args.file !== undefined ? `unexpected argument "${args.file}"` : `unknown option ${args.unknown.join(', ')}`;
    io.err(`gevinst catalogue: ${why}\n\n${CATALOGUE_HELP}`);
    return EXIT_INVALID;
  }
  const entries = listCatalogue(args.lang);
  if (args.json) {
    io.out(JSON.stringify(entries, null, 2) + '\n');
    return EXIT_OK;
  }
  const lines = entries.map(
    (e) => `${e.id}  ${e.title}  [${e.trackName}; ${e.kindName}; ${args.lang === 'da' ? 'side' : 'page'} ${e.page}]`,
  );
  io.out(lines.join('\n') + '\n');
  return EXIT_OK;
}

function present(result: CalcResult, lang: Language): unknown {
  if (!('issues' in result)) return result;
  return { ...result, issues: result.issues.map((i) => issueJson(i, lang)) };
}

function reportCheck(errors: Issue[], result: CalcResult | undefined, args: Args, io: Io): number {
  const warnings = result && 'issues' in result ? result.issues : [];
  const all = [...errors, ...warnings];
  const valid = !hasErrors(errors);
  if (args.json) {
    io.out(toJson({ ok: valid, issues: all.map((i) => issueJson(i, args.lang)) }) + '\n');
  } else {
    const lines = all.map((i) => formatIssue(i, args.lang));
    if (valid) lines.push(args.lang === 'da' ? `${args.file}: gyldig` : `${args.file}: valid`);
    io.out(lines.join('\n') + '\n');
  }
  return valid ? EXIT_OK : EXIT_INVALID;
}

/* istanbul ignore next -- process wiring, exercised by the CLI end-to-end tests */
export function main(): void {
  void run(process.argv.slice(2), {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    readFile: (p) => readFileSync(p === '-' ? 0 : p),
    writeFile: (p, data) => writeFileSync(p, data),
  }).then((code) => {
    process.exitCode = code;
  });
}
