/** What the ribbon's Kontrollér and Beregn report, in the user's language. */
import type { BusinessCaseResult } from '../engine/business-case';
import { formatIssue, type Language } from '../engine/messages';
import type { Calculated } from './calculate';
import type { Checked, Failure, Outcome } from './use-cases';
import type { CatalogueSheet } from './catalogue-sheet';

export interface Summary {
  readonly title: string;
  readonly lines: string[];
}

const T = {
  checkOk: { da: 'Ingen problemer fundet', en: 'No problems found' },
  problems: { da: 'Problemer', en: 'Problems' },
  keyFigures: { da: 'Nøgletal', en: 'Key figures' },
  npv: { da: 'Nutidsværdi', en: 'Net present value' },
  irr: { da: 'Intern rente', en: 'Internal rate of return' },
  irrNone: { da: 'ingen entydig rente', en: 'no unique rate' },
  payback: { da: 'Tilbagebetalingsår', en: 'Payback year' },
  never: { da: 'ikke inden for horisonten', en: 'not within the horizon' },
  discount: { da: 'Diskontering', en: 'Discounting' },
  cannot: { da: 'Kan ikke beregne', en: 'Cannot calculate' },
  fillIn: { da: 'udfyld', en: 'fill in' },
  toFill: { da: 'Mangler', en: 'Still to fill in' },
  waiting: { da: 'venter på input', en: 'waiting for inputs' },
  written: { da: 'Resultaterne er skrevet under skabelonen.', en: 'The results are written below the template.' },
  typed: {
    da: 'Resultatområdet indeholder noget, du har skrevet. Intet er overskrevet; vælg Beregn i opgaveruden for at erstatte det:',
    en: 'The results area holds something you typed. Nothing was overwritten; use Calculate in the task pane to replace it:',
  },
} as const;

function number(x: number, lang: Language, digits: number): string {
  return x.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

export function percent(x: number, lang: Language): string {
  return `${number(x * 100, lang, 1)} %`;
}

function failureLines(f: Failure, lang: Language): string[] {
  return f.kind === 'office' ? [f.message] : f.issues.map((i) => formatIssue(i, lang));
}

export function checkSummary(o: Outcome<Checked>, lang: Language): Summary {
  if (!o.ok) return { title: T.problems[lang], lines: failureLines(o.failure, lang) };
  const errors = o.value.issues.filter((i) => i.severity === 'error');
  if (errors.length === 0) {
    return {
      title: `${T.checkOk[lang]}: ${o.value.sheetName}`,
      lines: o.value.issues.map((i) => formatIssue(i, lang)),
    };
  }
  return {
    title: `${T.problems[lang]} (${errors.length}): ${o.value.sheetName}`,
    lines: o.value.issues.map((i) => formatIssue(i, lang)),
  };
}

/** Kontrollér on a catalogue sheet: what is still blank or typed as text, with cells, then the key figures. */
export function catalogueSummary(o: Outcome<CatalogueSheet>, lang: Language): Summary {
  if (!o.ok) return { title: T.problems[lang], lines: failureLines(o.failure, lang) };
  const { reading, sheetName } = o.value;
  const todo = [
    ...reading.issues.map((i) => formatIssue(i, lang)),
    ...reading.blanks.map((b) => `${b.cell}: ${T.fillIn[lang]} ${b.label}`),
  ];
  const figures = reading.results.map(
    (r) =>
      `${r.label}: ${r.value === null ? T.waiting[lang] : typeof r.value === 'number' ? number(r.value, lang, 0) : r.value}`,
  );
  return {
    title: todo.length === 0 ? `${T.checkOk[lang]}: ${sheetName}` : `${T.toFill[lang]} (${todo.length}): ${sheetName}`,
    // The key figures first: a dialog that can only carry part of a long list still shows them.
    lines: [...figures, ...todo],
  };
}

export function keyFigureLines(r: BusinessCaseResult, lang: Language): string[] {
  const irr =
    r.irr !== null
      ? percent(r.irr, lang)
      : r.irrRoots.length > 1
        ? `${T.irrNone[lang]} (${r.irrRoots.map((x) => percent(x, lang)).join(', ')})`
        : T.irrNone[lang];
  const payback = r.paybackYear === null ? T.never[lang] : String(r.paybackCalendarYear ?? `År ${r.paybackYear}`);
  return [
    `${T.npv[lang]}: ${number(r.npv, lang, 0)} ${r.unit}`,
    `${T.irr[lang]}: ${irr}`,
    `${T.payback[lang]}: ${payback}`,
    `${T.discount[lang]}: ${r.discount.label}`,
  ];
}

export function calculateSummary(o: Outcome<Checked>, lang: Language): Summary {
  if (!o.ok || !o.value.result) {
    const lines = o.ok ? o.value.issues.map((i) => formatIssue(i, lang)) : failureLines(o.failure, lang);
    return { title: T.cannot[lang], lines };
  }
  const warnings = o.value.issues.map((i) => formatIssue(i, lang));
  return {
    title: `${T.keyFigures[lang]}: ${o.value.sheetName}`,
    lines: [...keyFigureLines(o.value.result, lang), ...warnings],
  };
}

export function writtenSummary(o: Outcome<Calculated>, lang: Language): Summary {
  if (!o.ok) return calculateSummary(o, lang);
  const base = calculateSummary({ ok: true, value: o.value.checked }, lang);
  if (o.value.kind === 'confirm')
    return { title: base.title, lines: [...base.lines, T.typed[lang], ...o.value.cells.slice(0, 10)] };
  return { title: base.title, lines: [...base.lines, T.written[lang]] };
}
