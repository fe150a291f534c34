/**
 * Turns a risk register's rows back into the risks a simulation draws: label, owner, probability,
 * consequence (min, most likely, max), År, the section it hits and mitigation. A blank row is no
 * risk; a row begun but not finished, text where a number belongs, an Excel error or a section
 * the register does not know is an issue at its cell, so the pane can say what to fill in. Rows the
 * user inserted are read too: the register runs from its first row to its "I alt" row.
 */
import type { BusinessCaseFile, Section } from '../engine/business-case-schema';
import { issue, type Issue } from '../engine/issue';
import { quote } from '../engine/zod-issues';
import { a1 } from './address';
import { isExcelError, numberFromText } from './cell-text';
import type { SheetCells } from './read-business-case';
import { RISK_COLUMNS, RISK_ROWS, RISK_WORDS } from './risk-register-plan';

type Risk = NonNullable<BusinessCaseFile['risks']>[number];

export interface RegisterRead {
  readonly risks: Risk[];
  readonly issues: Issue[];
  /** The cell each risk's figure was read from, by its path in a case (`risks.2.probability` → `Risici!C15`). */
  readonly cells: ReadonlyMap<string, string>;
}

const SECTION_WORDS: readonly [Section, readonly string[]][] = (['gain', 'cost', 'investment'] as const).map((s) => [
  s,
  [RISK_WORDS[s].da.toLowerCase(), RISK_WORDS[s].en.toLowerCase()],
]);

const FIGURES = [
  ['probability', RISK_COLUMNS.probability, 'a probability from 0 % to 100 %', 'en sandsynlighed fra 0 % til 100 %'],
  ['min', RISK_COLUMNS.min, 'the least the risk costs', 'det mindste risikoen koster'],
  ['likely', RISK_COLUMNS.likely, 'what the risk most likely costs', 'hvad risikoen mest sandsynligt koster'],
  ['max', RISK_COLUMNS.max, 'the most the risk costs', 'det meste risikoen koster'],
  ['year', RISK_COLUMNS.year, "the year of the business case's horizon", 'året i business casens horisont'],
] as const;

export function readRiskRegister(
  cells: SheetCells,
  language: 'da' | 'en',
  firstRow = RISK_ROWS.header + 1,
): RegisterRead {
  const value = (r: number, c: number): unknown => cells.values[r - cells.rowOffset]?.[c - cells.colOffset] ?? '';
  const text = (r: number, c: number): string => {
    const v = value(r, c);
    return typeof v === 'string' ? v.trim() : v === null ? '' : String(v);
  };
  const at = (r: number, c: number): string => `${cells.sheetName}!${a1(r, c)}`;
  const total = RISK_WORDS.total[language];
  const risks: Risk[] = [];
  const issues: Issue[] = [];
  const where = new Map<string, string>();
  const end = cells.rowOffset + cells.values.length;
  for (let r = firstRow; r < end && text(r, RISK_COLUMNS.label) !== total; r++) {
    const label = text(r, RISK_COLUMNS.label);
    const raw = FIGURES.map(([, col]) => value(r, col));
    if (label === '' && raw.every((v) => v === '' || v === null)) continue;
    const i = risks.length;
    const path = (key: string): (string | number)[] => [
      'risks',
      i,
      ...(key === 'min' || key === 'likely' || key === 'max' ? ['consequence', key] : [key]),
    ];
    const figures: Partial<Record<(typeof FIGURES)[number][0], number>> = {};
    for (const [key, col, expected, expectedDa] of FIGURES) {
      const v = value(r, col);
      where.set(path(key).join('.'), at(r, col));
      const add = (code: Parameters<typeof issue>[0], params: Parameters<typeof issue>[2]): void => {
        issues.push({ ...issue(code, path(key), params), cell: at(r, col) });
      };
      if (typeof v === 'number') figures[key] = v;
      else if (v === '' || v === null) add('blank_required', { expected, expectedDa });
      else if (isExcelError(v)) add('cell_error', { received: v });
      else {
        const guess = numberFromText(String(v));
        add(
          'text_number',
          guess === null ? { received: quote(String(v)) } : { received: quote(String(v)), suggestion: guess },
        );
      }
    }
    where.set(['risks', i, 'label'].join('.'), at(r, RISK_COLUMNS.label));
    const sectionText = text(r, RISK_COLUMNS.section).toLowerCase();
    const section = sectionText === '' ? 'cost' : SECTION_WORDS.find(([, words]) => words.includes(sectionText))?.[0];
    if (section === undefined)
      issues.push({
        ...issue('invalid_value', ['risks', i, 'section'], {
          allowed: [RISK_WORDS.gain, RISK_WORDS.cost, RISK_WORDS.investment].map((w) => w[language]).join(', '),
          received: quote(text(r, RISK_COLUMNS.section)),
        }),
        cell: at(r, RISK_COLUMNS.section),
      });
    const owner = text(r, RISK_COLUMNS.owner);
    const mitigation = text(r, RISK_COLUMNS.mitigation);
    risks.push({
      label: label || `${RISK_WORDS.risk[language]} ${i + 1}`,
      ...(owner ? { owner } : {}),
      probability: figures.probability ?? NaN,
      consequence: { min: figures.min ?? NaN, likely: figures.likely ?? NaN, max: figures.max ?? NaN },
      year: figures.year ?? NaN,
      section: section ?? 'cost',
      ...(mitigation ? { mitigation } : {}),
    });
  }
  return { risks, issues, cells: where };
}
