/**
 * How the sheets print, proven by LibreOffice printing the files `gevinst build` writes to PDF:
 * A4, fit to one page wide, a print area without the helper columns, a header with the title and
 * a footer with "Side X af Y". Page counts are the issue's: a 10-year business case at most 2
 * pages, a 30-year one at most 3, the management summary of a 30-year case at most 2, every
 * catalogue sheet at most 2; every page holds more than a line.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateCase } from '../../src/engine/case-file';
import { planBusinessCase } from '../../src/sheet/business-case-plan';
import { planEntry } from '../../src/sheet/entry-plan';
import type { SheetPlan } from '../../src/sheet/plan';
import { pageSetupOf, PORTRAIT_CHARS, sectioned } from '../../src/sheet/print';
import { plansForCase } from '../../src/sheet/registry';
import { businessCaseParameters, WORDS } from '../../src/templates/business-case';
import { CATALOGUE } from '../../src/templates/catalogue';
import { plansToXlsx } from '../../src/xlsx/write-plan';
import { requireTool } from '../helpers/system';

const available =
  requireTool('soffice', 'LibreOffice prints the built workbooks to PDF') &&
  requireTool('pdfinfo', 'poppler-utils counts the printed pages') &&
  requireTool('pdftoppm', 'poppler-utils renders the printed pages to look at');

/** The printed pages kept as pictures to look at: the business case, the summary and a catalogue sheet. */
const SHOTS = join(__dirname, '../../test-artifacts/print');
const PICTURED = ['bc-10-da', 'bc-30-en', 'summary-30-da', 'catalogue-A07-da', 'catalogue-B01-en'];
const maybe = available ? test : test.skip;

function thirtyYearCase(lang: 'da' | 'en'): SheetPlan[] {
  const years = (first: number, rest: number): number[] => [first, ...Array.from({ length: 29 }, () => rest)];
  const c = validateCase({
    template: 'business-case',
    title: 'Digital post & selvbetjening',
    firstYear: 2026,
    lines: [
      { section: 'gain', label: 'Sparet porto', values: years(0, 400) },
      { section: 'cost', label: 'Licens', values: years(50, 50) },
      { section: 'investment', label: 'Indkøb', values: years(900, 0) },
    ],
  });
  if (!c.ok) throw new Error(JSON.stringify(c.issues));
  const plans = plansForCase(c.value, lang);
  if (!plans.ok) throw new Error(JSON.stringify(plans.issues));
  return plans.value;
}

/** name → [plan, most pages allowed, the sheets it refers to (for its pictures: its figures come from them)]. */
function printed(): [string, SheetPlan, number, SheetPlan[]?][] {
  const out: [string, SheetPlan, number, SheetPlan[]?][] = [];
  for (const language of ['da', 'en'] as const) {
    const bc = (horizon: number): SheetPlan =>
      planBusinessCase(businessCaseParameters.parse({ horizon, language, firstYear: 2026 }));
    out.push([`bc-10-${language}`, bc(10), 2], [`bc-30-${language}`, bc(30), 3]);
    const [businessCase, summary] = thirtyYearCase(language);
    if (!summary || !businessCase) throw new Error('no summary');
    out.push([`summary-30-${language}`, summary, 2, [businessCase]]);
    for (const e of CATALOGUE) out.push([`catalogue-${e.id}-${language}`, planEntry(e, language), 2]);
    out.push(
      [`risks-3-${language}`, riskRegister(3, language), 1],
      [`risks-40-${language}`, riskRegister(40, language), 2],
    );
  }
  return out;
}

/** The register `build` writes beside a 10-year business case with this many risks (or, at 3, its simulation sheet). */
function riskRegister(count: number, lang: 'da' | 'en', sheet = 2): SheetPlan {
  const c = validateCase({
    template: 'business-case',
    title: 'Digital post & selvbetjening',
    lines: [
      { section: 'gain', label: 'Sparet porto', values: Array.from({ length: 10 }, () => 400) },
      { section: 'investment', label: 'Indkøb', values: [900, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
    ],
    risks: Array.from({ length: count }, (_, i) => ({
      label: `Forsinket leverance fra leverandør nummer ${i + 1}`,
      owner: 'Digitaliseringsenheden',
      probability: (i % 10) / 10,
      consequence: { min: 10, likely: 20 + i, max: 100 + 3 * i },
      year: 1 + (i % 10),
      mitigation: 'Bod i kontrakten og fast opfølgning',
    })),
    simulation: { iterations: 2000 },
  });
  if (!c.ok) throw new Error(JSON.stringify(c.issues));
  const plans = plansForCase(c.value, lang);
  const register = plans.ok ? plans.value[sheet] : undefined;
  if (!register) throw new Error('no register');
  return register;
}

maybe(
  'every sheet prints within its pages, each page with content, headed by its title and numbered',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gevinst-print-'));
    const all = printed();
    const files: string[] = [];
    for (const [name, plan, , context] of all) {
      const file = join(dir, `${name}.xlsx`);
      writeFileSync(file, await plansToXlsx([plan]));
      files.push(file);
      // For its pictures, the summary beside the business case its formulas read: its pages are the last ones.
      if (context) {
        writeFileSync(join(dir, `${name}-in-book.xlsx`), await plansToXlsx([...context, plan]));
        files.push(join(dir, `${name}-in-book.xlsx`));
      }
    }
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files],
      { stdio: 'pipe', timeout: 600_000 },
    );
    const problems: string[] = [];
    for (const [name, plan, most, context] of all) {
      const pdf = join(dir, `${name}.pdf`);
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1]);
      if (!(pages >= 1 && pages <= most)) problems.push(`${name}: ${pages} pages, at most ${most}`);
      for (let p = 1; p <= pages; p++) {
        const text = execFileSync('pdftotext', ['-f', String(p), '-l', String(p), '-layout', pdf, '-']).toString();
        const lines = text.split('\n').filter((l) => l.trim() !== '');
        // Header and footer are two lines; a page needs more than one line besides them.
        if (lines.length < 4) problems.push(`${name} page ${p}: ${lines.length} lines`);
        // A business case of three years or more has its key figures on page 1 (repeated at the top).
        const layout = plan.metadata.layout;
        if (p === 1 && plan.metadata.templateId === 'business-case' && (layout['horizon'] ?? 0) >= 3) {
          const heading = WORDS.keyFiguresAtTop[plan.metadata.language];
          const npv = WORDS.npv[plan.metadata.language];
          if (!text.includes(heading) || !text.includes(npv)) problems.push(`${name} page 1: no key figures`);
        }
        const numbered = plan.metadata.language === 'da' ? `Side ${p} af ${pages}` : `Page ${p} of ${pages}`;
        if (!text.includes(numbered)) problems.push(`${name} page ${p}: no "${numbered}"`);
      }
      if (PICTURED.includes(name)) {
        mkdirSync(SHOTS, { recursive: true });
        const book = context ? join(dir, `${name}-in-book.pdf`) : pdf;
        const total = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [book]).toString())?.[1]);
        const range = ['-f', String(total - pages + 1), '-l', String(total)];
        execFileSync('pdftoppm', ['-r', '60', ...range, '-png', book, join(SHOTS, name)]);
      }
    }
    expect(readdirSync(SHOTS).filter((f) => f.endsWith('.png')).length).toBeGreaterThanOrEqual(PICTURED.length);
    expect(problems).toEqual([]);
  },
  600_000,
);

describe('the page set-up of a plan', () => {
  const bc = (horizon: number): SheetPlan =>
    planBusinessCase(businessCaseParameters.parse({ horizon, language: 'da', title: 'Løn & regnskab' }));

  test("a business case prints its years, total and gain type, not the IRR's trial columns", () => {
    const plan = bc(10);
    expect(plan.cols).toBeGreaterThan(13);
    // Label, 10 years, the total and the gain type: A to M.
    expect(pageSetupOf(plan).area).toBe(`A1:M${plan.rows}`);
  });

  test('a two-year case prints as far as the discount bands (D–G) beside its assumptions, not only to its gain type (E)', () => {
    const plan = bc(2);
    expect(plan.cells[7]?.[6]?.content).toMatchObject({ kind: 'text', text: '71-' });
    expect(pageSetupOf(plan).area).toBe(`A1:G${plan.rows}`);
  });

  test('landscape only where the printed columns are wider than a portrait page', () => {
    const wide = bc(10);
    const width = wide.columnWidths.slice(0, 13).reduce((a, b) => a + b, 0);
    expect(width).toBeGreaterThan(PORTRAIT_CHARS);
    expect(pageSetupOf(wide).landscape).toBe(true);
    const narrow = { ...wide, printCols: 2 };
    expect(pageSetupOf(narrow).landscape).toBe(false);
  });

  test("the header carries the case's title (A1 refers to the title cell), with & kept literal", () => {
    const setup = pageSetupOf(bc(10));
    expect(sectioned(setup.header)).toBe('&L&"-,Bold"Løn && regnskab&R&A');
    expect(sectioned(setup.footer)).toBe('&LLavet med Gevinst · &D&RSide &P af &N');
  });

  test('frozen rows and label columns repeat on every page', () => {
    const { printTitleRows, ...plan } = { ...bc(10), freeze: { rows: 3, cols: 2 } };
    expect(printTitleRows).toBeDefined();
    expect(pageSetupOf(plan)).toMatchObject({ titleRows: '$1:$3', titleCols: '$A:$B' });
  });

  test('a business case is frozen down to its calendar years, and prints only the year header and calendar row on each page', () => {
    const plan = bc(10);
    // Rows 18 and 19 (1-based) are "Beløb i t.kr. · År 1 …" and "Kalenderår · 2026 …".
    expect([plan.metadata.layout['yearHeader'], plan.metadata.layout['calendar']]).toEqual([17, 18]);
    expect(plan.cells[18]?.[0]?.content).toMatchObject({ kind: 'text', text: 'Kalenderår' });
    expect(plan.freeze).toEqual({ rows: 19, cols: 1 });
    expect(pageSetupOf(plan)).toMatchObject({ titleRows: '$18:$19', titleCols: '$A:$A' });
  });
});
