/**
 * Time savings (beregnet gevinst) as a sheet: each line either minutes per case × cases a year ÷ 60
 * = hours, × the hourly cost = kr., hours ÷ hours per årsværk = årsværk; or a saving per unit ×
 * units = kr. (no hours). Totals of kr., hours and årsværk. Live formulas; a figure that rests on a
 * blank input says "udfyld input". The engine's computeTimeSavings does the same arithmetic for
 * `calc`; LibreOffice holds the two against each other.
 */
import { z } from 'zod';
import { timeSavingsSchema, type TimeSavingsFile } from '../engine/time-savings-schema';
import { a1 } from './address';
import { defineTemplate, type Block, type BlockContext } from './define';
import type { Localized } from '../templates/template';

const L = (da: string, en: string): Localized => ({ da, en });

export const TIME_WORDS = {
  sheet: L('Tidsbesparelse', 'Time savings'),
  subtitle: L('Gevinst · tidsbesparelse (beregnet gevinst)', 'Gevinst · time savings (calculated gain)'),
  note: L(
    'En linje er enten minutter pr. sag × sager pr. år (timer, årsværk og kr. ved timeprisen) eller en besparelse pr. enhed × antal enheder (kun kr.).',
    'A line is either minutes per case × cases a year (hours, årsværk and kr. at the hourly cost) or a saving per unit × units (kr. only).',
  ),
  hoursPerFte: L('Timer pr. årsværk', 'Hours per årsværk (FTE)'),
  keyFigures: L('Nøgletal pr. år', 'Key figures a year'),
  kr: L('Besparelse i alt (kr.)', 'Saving, total (kr.)'),
  hours: L('Timer i alt', 'Hours, total'),
  fte: L('Årsværk i alt', 'Årsværk, total'),
  lines: L('Linjer', 'Lines'),
  line: L('Linje', 'Line'),
  minutes: L('Minutter pr. sag', 'Minutes per case'),
  cases: L('Sager pr. år', 'Cases a year'),
  hourlyCost: L('Timepris (kr.)', 'Hourly cost (kr.)'),
  perUnit: L('Besparelse pr. enhed (kr.)', 'Saving per unit (kr.)'),
  units: L('Enheder', 'Units'),
  lineHours: L('Timer', 'Hours'),
  lineFte: L('Årsværk', 'Årsværk'),
  lineKr: L('Kr.', 'Kr.'),
  total: L('I alt', 'Total'),
  fillIn: L('udfyld input', 'fill in'),
  numberError: L('Skriv et tal, 0 eller større.', 'Enter a number, 0 or more.'),
} as const;

const W = TIME_WORDS;

export const timeSavingsParameters = z.strictObject({ language: z.enum(['da', 'en']), file: timeSavingsSchema });
export type TimeSavingsParameters = z.output<typeof timeSavingsParameters>;

export const TIME_ROWS = { hoursPerFte: 4, kr: 7, hours: 8, fte: 9 } as const;
const COL = { label: 0, minutes: 1, cases: 2, hourlyCost: 3, perUnit: 4, units: 5, hours: 6, fte: 7, kr: 8 };

interface TimeLayout {
  readonly lineRow: number;
  readonly totalRow: number;
}

type Context = BlockContext<TimeSavingsParameters, TimeLayout>;
type Grid = Parameters<Block<TimeSavingsParameters, TimeLayout>['write']>[0];

const layoutOf = (p: TimeSavingsParameters): TimeLayout => ({ lineRow: 13, totalRow: 13 + p.file.items.length });
const fillIn = (c: Context): string => `"${c.w(W.fillIn)}"`;
const blank = (cell: string): string => `ISTEXT(${cell}),${cell}=""`;

const heading: Block<TimeSavingsParameters, TimeLayout> = {
  id: 'heading',
  write(g, c) {
    g.text(0, 0, c.params.file.title, 'title');
    g.text(1, 0, c.w(W.subtitle), 'subtitle');
    g.text(2, 0, c.w(W.note), 'note');
    g.text(TIME_ROWS.hoursPerFte, 0, c.w(W.hoursPerFte), 'label');
    g.number(TIME_ROWS.hoursPerFte, 1, c.params.file.hoursPerFte, 'input', '#,##0');
    g.validations.push({
      range: a1(TIME_ROWS.hoursPerFte, 1),
      rule: { kind: 'decimal', min: 1, max: 8784 },
      error: c.w(W.numberError),
    });
    const { lineRow, totalRow } = c.layout;
    g.text(TIME_ROWS.kr - 1, 0, c.w(W.keyFigures), 'section');
    const col = (k: number): string => `${a1(lineRow, k)}:${a1(totalRow - 1, k)}`;
    // Any line still to be filled in leaves the totals to be filled in.
    const open = `COUNTIF(${col(COL.kr)},${fillIn(c)})>0`;
    g.text(TIME_ROWS.kr, 0, c.w(W.kr), 'label');
    g.formula(TIME_ROWS.kr, 1, `=IF(${open},${fillIn(c)},SUM(${col(COL.kr)}))`, 'key', '#,##0');
    g.text(TIME_ROWS.hours, 0, c.w(W.hours), 'label');
    g.formula(TIME_ROWS.hours, 1, `=IF(${open},${fillIn(c)},SUM(${col(COL.hours)}))`, 'key', '#,##0');
    g.text(TIME_ROWS.fte, 0, c.w(W.fte), 'label');
    const hours = a1(TIME_ROWS.hours, 1);
    const perFte = a1(TIME_ROWS.hoursPerFte, 1);
    g.formula(
      TIME_ROWS.fte,
      1,
      `=IF(OR(${blank(hours)},${blank(perFte)}),${fillIn(c)},${hours}/${perFte})`,
      'key',
      '#,##0.00',
    );
  },
};

/** One line: its inputs (time or per unit), and hours, årsværk and kr. */
function writeItem(g: Grid, c: Context, item: TimeSavingsFile['items'][number], row: number): void {
  const at = (k: number): string => a1(row, k);
  const perFte = a1(TIME_ROWS.hoursPerFte, 1, true);
  g.text(row, COL.label, item.label, 'inputLabel');
  const time = 'minutesPerCase' in item;
  const put = (k: number, v: number | undefined, format: string): void =>
    v === undefined ? g.blank(row, k, 'input', format) : g.number(row, k, v, 'input', format);
  put(COL.minutes, time ? item.minutesPerCase : undefined, '#,##0.##');
  put(COL.cases, time ? item.casesPerYear : undefined, '#,##0');
  put(COL.hourlyCost, time ? item.hourlyCost : undefined, '#,##0.00');
  put(COL.perUnit, time ? undefined : item.savingPerUnit, '#,##0.00');
  put(COL.units, time ? undefined : item.units, '#,##0');
  // A line per unit has a saving per unit; it gives kr. only. Otherwise it is a time line.
  const perUnit = `${at(COL.perUnit)}<>""`;
  const hours = `IF(OR(${blank(at(COL.minutes))},${blank(at(COL.cases))}),${fillIn(c)},${at(COL.minutes)}*${at(COL.cases)}/60)`;
  g.formula(row, COL.hours, `=IF(${perUnit},"",${hours})`, 'formula', '#,##0');
  const h = at(COL.hours);
  g.formula(row, COL.fte, `=IF(${perUnit},"",IF(OR(${blank(h)}),${fillIn(c)},${h}/${perFte}))`, 'formula', '#,##0.00');
  const unitKr = `IF(OR(${blank(at(COL.units))}),${fillIn(c)},${at(COL.perUnit)}*${at(COL.units)})`;
  const timeKr = `IF(OR(${blank(h)},${blank(at(COL.hourlyCost))}),${fillIn(c)},${h}*${at(COL.hourlyCost)})`;
  g.formula(row, COL.kr, `=IF(${perUnit},${unitKr},${timeKr})`, 'formula', '#,##0');
}

const lines: Block<TimeSavingsParameters, TimeLayout> = {
  id: 'lines',
  write(g, c) {
    const { lineRow, totalRow } = c.layout;
    g.text(lineRow - 2, 0, c.w(W.lines), 'section');
    [W.line, W.minutes, W.cases, W.hourlyCost, W.perUnit, W.units, W.lineHours, W.lineFte, W.lineKr].forEach((h, k) =>
      g.text(lineRow - 1, k, c.w(h), 'header'),
    );
    c.params.file.items.forEach((item, i) => writeItem(g, c, item, lineRow + i));
    g.validations.push({
      range: `${a1(lineRow, COL.minutes)}:${a1(totalRow - 1, COL.units)}`,
      rule: { kind: 'decimal', min: 0, max: 1e12 },
      error: c.w(W.numberError),
    });
    g.text(totalRow, 0, c.w(W.total), 'total');
    const totals: [number, number, string][] = [
      [COL.hours, TIME_ROWS.hours, '#,##0'],
      [COL.fte, TIME_ROWS.fte, '#,##0.00'],
      [COL.kr, TIME_ROWS.kr, '#,##0'],
    ];
    for (const [k, row, format] of totals) g.formula(totalRow, k, `=${a1(row, 1)}`, 'total', format);
  },
};

export const TIME_SAVINGS_SHEET = defineTemplate<TimeSavingsParameters, TimeLayout>({
  id: 'time-savings',
  version: 1,
  params: timeSavingsParameters,
  words: {},
  layout: layoutOf,
  blocks: [heading, lines],
  results: [
    { id: 'kr', name: 'Gevinst_TimeSavingsKr', at: () => ({ row: TIME_ROWS.kr, col: 1 }) },
    { id: 'hours', at: () => ({ row: TIME_ROWS.hours, col: 1 }) },
    { id: 'fte', at: () => ({ row: TIME_ROWS.fte, col: 1 }) },
    { id: 'items', at: (c) => ({ row: c.layout.lineRow, col: COL.hours, cols: 3, rows: c.params.file.items.length }) },
  ],
  names: () => [{ name: 'Gevinst_Template', address: a1(1, 0, true) }],
  sheet: (c) => ({
    name: c.w(W.sheet),
    widths: [56, 12, 12, 12, 14, 10, 11, 10, 12],
    freeze: { rows: 0, cols: 1 },
    identity: { items: c.params.file.items.length },
    metadata: { lineRow: c.layout.lineRow, totalRow: c.layout.totalRow },
  }),
});
