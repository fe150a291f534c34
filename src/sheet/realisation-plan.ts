/**
 * The gevinstrealiseringsplan as a sheet. Everything after the inputs is a live formula: the
 * booked gain after each line's timing, the share that is anslået, the keys' shares, the
 * allocation of each year's rounded total by largest remainder (working rows below show the
 * quotas, whole parts and remainders), and the follow-up's variance and status. The engine's
 * computeRealisationPlan does the same arithmetic; LibreOffice holds them against each other.
 */
import { z } from 'zod';
import { EVIDENCE, KEY_BASES, TIMINGS, type PlanGain } from '../engine/realisation-plan';
import { keyValue, yearsOf } from '../engine/realisation';
import type { RealisationFile } from '../engine/realisation-schema';
import { REALISATION, REALISATION_WORDS as W } from '../templates/realisation';
import { a1 } from './address';
import { defineTemplate, type Block, type BlockContext, type ResultDefinition } from './define';
import type { Grid } from './grid';
import type { SheetPlan } from './plan';

/** A realisation sheet's parameters: the plan's settings, its gains (as lines, blank or linked to a business case) and its keys. */
export const realisationSheetSchema = z.strictObject({
  language: z.enum(['da', 'en']),
  title: z.string().optional(),
  firstYear: z.number().int().optional(),
  years: z.number().int().min(1).max(50),
  basis: z.enum(KEY_BASES),
  rounding: z.number().positive(),
  unit: z.string(),
  gains: z
    .array(
      z.strictObject({
        label: z.string().optional(),
        owner: z.string().optional(),
        evidence: z.enum(EVIDENCE).optional(),
        basis: z.string().optional(),
        timing: z.enum(TIMINGS).optional(),
        delay: z.number().int().min(0).max(50).optional(),
        values: z.array(z.number()).readonly().optional(),
        baseline: z.number().optional(),
        actual: z.array(z.number().nullable()).readonly().optional(),
        labelFormula: z.string().optional(),
        valueFormulas: z.array(z.string()).readonly().optional(),
      }),
    )
    .readonly(),
  linkedTo: z.string().optional(),
  keys: z
    .array(
      z.strictObject({ unit: z.string().optional(), value: z.number().optional(), central: z.boolean().optional() }),
    )
    .readonly(),
  /** The name of the line that takes the central units' reductions. */
  centre: z.string().optional(),
});

/** A realisation sheet: lines to lay out (blank lines when only a count is given; a line made from
 * a business case carries formulas on its cells instead of a label and values), the business case
 * the effects come from (named in the subtitle), and the keys. */
export type RealisationSheet = z.output<typeof realisationSheetSchema>;

const YEAR0 = 6; // column G: År 1
const NUM = '#,##0';

/** Where the reader and the tests find things (0-based rows). */
export interface RealisationLayout {
  readonly planRow: number;
  readonly bookedRow: number;
  readonly totalRow: number;
  readonly estimatedRow: number;
  readonly roundedRow: number;
  readonly keyRow: number;
  readonly keyTotalRow: number;
  readonly allocationRow: number;
  readonly followRow: number;
}

export function realisationLayout(s: Pick<RealisationSheet, 'gains' | 'keys'>): RealisationLayout {
  const G = s.gains.length;
  const U = s.keys.length;
  const planRow = 13;
  const bookedRow = planRow + G + 3;
  const totalRow = bookedRow + G;
  const keyRow = totalRow + 6;
  const allocationRow = keyRow + U + 4;
  // Units, the central line, the total and the difference; then the working rows.
  const helperRow = allocationRow + U + 5;
  return {
    planRow,
    bookedRow,
    totalRow,
    estimatedRow: totalRow + 1,
    roundedRow: totalRow + 2,
    keyRow,
    keyTotalRow: keyRow + U,
    allocationRow,
    followRow: helperRow + 4 * U + 5,
  };
}

type Context = BlockContext<RealisationSheet, RealisationLayout>;
type RBlock = Block<RealisationSheet, RealisationLayout>;

const yearCol = (k: number): number => YEAR0 + k;
const lastYear = (c: Context): number => yearCol(c.params.years - 1);
const quoted = (c: Context, w: { da: string; en: string }): string => `"${c.w(w)}"`;
const BASIS = a1(7, 1, true);
const ROUNDING = a1(8, 1, true);

function header(g: Grid, row: number, labels: readonly string[]): void {
  labels.forEach((l, c) => l && g.text(row, c, l, 'header'));
}

/** Calendar years follow the first-year cell; without one the columns read År 1..År N. */
function yearHeaders(g: Grid, c: Context, row: number): void {
  const first = a1(6, 1, true);
  for (let k = 0; k < c.params.years; k++)
    g.formula(row, yearCol(k), `=IF(${first}="","År ${k + 1}",${first}+${k})`, 'header', '0');
}

function list(g: Grid, c: Context, row: number, col: number, items: readonly string[]): void {
  g.validations.push({ range: a1(row, col), rule: { kind: 'list', items }, error: c.w(W.chooseFromList) });
}

function decimal(g: Grid, c: Context, range: string, min: number): void {
  g.validations.push({ range, rule: { kind: 'decimal', min, max: 1e12 }, error: c.w(W.enterNumber) });
}

const heading: RBlock = {
  id: 'heading',
  write(g, c) {
    const s = c.params;
    g.text(0, 0, s.title ?? c.w(REALISATION.title), 'title');
    g.text(1, 0, s.linkedTo ? `${c.w(W.subtitle)} · «${s.linkedTo}»` : c.w(W.subtitle), 'subtitle');
    g.text(2, 0, c.w(W.timingNote), 'note');
    g.text(3, 0, c.w(W.evidenceNote), 'note');
  },
};

/** Assumptions (rows 5-9) and the key figures beside them. */
const assumptions: RBlock = {
  id: 'assumptions',
  write(g, c) {
    const s = c.params;
    const { totalRow, estimatedRow } = c.layout;
    g.text(5, 0, c.w(W.assumptions), 'section');
    g.text(6, 0, c.w(W.firstYear), 'label');
    if (s.firstYear) g.number(6, 1, s.firstYear, 'input', '0');
    else g.blank(6, 1, 'input', '0');
    g.text(7, 0, c.w(W.basis), 'label');
    g.text(7, 1, c.w(W[s.basis]), 'input');
    list(
      g,
      c,
      7,
      1,
      KEY_BASES.map((b) => c.w(W[b])),
    );
    g.text(8, 0, c.w(W.rounding), 'label');
    g.number(8, 1, s.rounding, 'input', '#,##0.##');
    decimal(g, c, a1(8, 1), 0.000001);
    g.text(9, 0, c.w(W.unit), 'label');
    g.text(9, 1, s.unit, 'input');
    g.text(5, 3, c.w(W.keyFigures), 'section');
    g.text(6, 3, c.w(W.bookedTotal), 'label');
    g.formula(6, 4, `=SUM(${a1(totalRow, YEAR0)}:${a1(totalRow, lastYear(c))})`, 'key', NUM);
    g.text(7, 3, c.w(W.estimatedShare), 'label');
    const estimated = `SUM(${a1(estimatedRow, YEAR0)}:${a1(estimatedRow, lastYear(c))})`;
    g.formula(7, 4, `=IFERROR(${estimated}/${a1(6, 4)},"–")`, 'key', '0.0%');
  },
};

/** One gain of the plan: label, owner, type, basis, timing, delay and the effect by year. */
function writeGain(g: Grid, c: Context, gain: RealisationSheet['gains'][number], i: number): void {
  const r = c.layout.planRow + i;
  if (gain.labelFormula) g.formula(r, 0, gain.labelFormula, 'formula');
  else g.text(r, 0, gain.label ?? `${c.w(W.gain)} ${i + 1}`, 'input');
  g.text(r, 1, gain.owner ?? '', 'input');
  g.text(r, 2, c.w(gain.evidence === 'estimated' ? W.estimated : W.calculated), 'input');
  list(g, c, r, 2, [c.w(W.calculated), c.w(W.estimated)]);
  g.text(r, 3, gain.basis ?? '', 'input');
  g.text(r, 4, c.w(W[gain.timing ?? 'implementation']), 'input');
  list(g, c, r, 4, [c.w(W.upfront), c.w(W.implementation), c.w(W.delayed)]);
  g.number(r, 5, gain.delay ?? 0, 'input', '0');
  g.validations.push({ range: a1(r, 5), rule: { kind: 'whole', min: 0, max: 50 }, error: c.w(W.wholeYears) });
  const linked = gain.valueFormulas;
  for (let k = 0; k < c.params.years; k++) {
    const v = gain.values?.[k];
    const f = linked?.[k];
    if (f) g.formula(r, yearCol(k), f, 'formula', NUM);
    else if (v === undefined) g.blank(r, yearCol(k), 'input', NUM);
    else g.number(r, yearCol(k), v, 'input', NUM);
  }
  if (!linked) decimal(g, c, `${a1(r, YEAR0)}:${a1(r, lastYear(c))}`, -1e12);
}

/** The plan: one row per gain. */
const plan: RBlock = {
  id: 'plan',
  write(g, c) {
    const P = c.layout.planRow;
    g.text(P - 2, 0, c.w(W.plan), 'section');
    const labels = [W.gain, W.owner, W.type, W.evidence, W.timing, W.delay];
    header(
      g,
      P - 1,
      labels.map((x) => c.w(x)),
    );
    yearHeaders(g, c, P - 1);
    c.params.gains.forEach((gain, i) => writeGain(g, c, gain, i));
  },
};

/** The booked gain after each line's timing, its total, the anslået part and the rounded total. */
const booked: RBlock = {
  id: 'booked',
  write(g, c) {
    const { planRow: P, bookedRow: B, totalRow: T } = c.layout;
    const G = c.params.gains.length;
    g.text(B - 2, 0, c.w(W.booked), 'section');
    header(g, B - 1, [c.w(W.gain)]);
    yearHeaders(g, c, B - 1);
    c.params.gains.forEach((_, i) => {
      const p = P + i;
      const values = `${a1(p, YEAR0, true)}:${a1(p, lastYear(c), true)}`;
      const timing = a1(p, 4, true);
      // Delayed moves the effect n years; upfront (forlods) books the full effect from År 1, or from År 1 + n
      // where it is delayed for the implementation ("tages forlods, men kan forsinkes", seed 002).
      const delay = `IF(${timing}=${quoted(c, W.implementation)},0,N(${a1(p, 5, true)}))`;
      g.formula(B + i, 0, `=${a1(p, 0)}`, 'label');
      for (let k = 0; k < c.params.years; k++) {
        const later = `IF(${k + 1}>${delay},N(INDEX(${values},${k + 1}-${delay})),0)`;
        const full = `IF(${k + 1}>${delay},MAX(${values}),0)`;
        g.formula(B + i, yearCol(k), `=IF(${timing}=${quoted(c, W.upfront)},${full},${later})`, 'formula', NUM);
      }
    });
    g.text(T, 0, c.w(W.total), 'total');
    g.text(T + 1, 0, c.w(W.ofWhichEstimated), 'label');
    g.text(T + 2, 0, c.w(W.rounded), 'label');
    const types = `${a1(P, 2, true)}:${a1(P + G - 1, 2, true)}`;
    for (let k = 0; k < c.params.years; k++) {
      const col = yearCol(k);
      const rows = `${a1(B, col)}:${a1(B + G - 1, col)}`;
      g.formula(T, col, `=SUM(${rows})`, 'total', NUM);
      g.formula(T + 1, col, `=SUMIF(${types},${quoted(c, W.estimated)},${rows})`, 'formula', NUM);
      const total = a1(T, col);
      g.formula(T + 2, col, `=SIGN(${total})*ROUND(ABS(${total})/${ROUNDING},0)*${ROUNDING}`, 'formula', NUM);
    }
  },
};

/** The fordelingsnøgler, their shares (of the key figures, or the weights as typed) and the check. */
const keys: RBlock = {
  id: 'keys',
  write(g, c) {
    const { keyRow: K, keyTotalRow } = c.layout;
    const U = c.params.keys.length;
    g.text(K - 2, 0, c.w(W.keys), 'section');
    header(g, K - 1, [c.w(W.keyUnit), c.w(W.keyValue), c.w(W.share), c.w(W.placement)]);
    const values = `${a1(K, 1, true)}:${a1(K + U - 1, 1, true)}`;
    c.params.keys.forEach((key, i) => {
      const r = K + i;
      g.text(r, 0, key.unit ?? `${c.w(W.keyUnit)} ${i + 1}`, 'input');
      if (key.value === undefined) g.blank(r, 1, 'input', '#,##0.####');
      else g.number(r, 1, key.value, 'input', '#,##0.####');
      const share = `IF(SUM(${values})=0,0,${a1(r, 1)}/SUM(${values}))`;
      g.formula(r, 2, `=IF(${BASIS}=${quoted(c, W.weights)},${a1(r, 1)},${share})`, 'formula', '0.0%');
      g.text(r, 3, c.w(key.central ? W.central : W.inUnit), 'input');
    });
    if (U > 0)
      g.validations.push({
        range: `${a1(K, 3)}:${a1(K + U - 1, 3)}`,
        rule: { kind: 'list', items: [c.w(W.inUnit), c.w(W.central)] },
        error: c.w(W.chooseFromList),
      });
    decimal(g, c, `${a1(K, 1)}:${a1(K + U - 1, 1)}`, 0);
    g.text(keyTotalRow, 0, c.w(W.total), 'total');
    g.formula(keyTotalRow, 1, `=SUM(${values})`, 'total', '#,##0.####');
    g.formula(keyTotalRow, 2, `=SUM(${a1(K, 2)}:${a1(K + U - 1, 2)})`, 'total', '0.0%');
    const check = `=IF(ABS(${a1(keyTotalRow, 2)}-1)>0.000000001,${quoted(c, W.keysBad)},${quoted(c, W.keysOk)})`;
    g.formula(keyTotalRow, 3, check, 'key');
  },
};

/** Rows of the allocation's working area: units to allocate, leftover, quotas, whole parts, remainders. */
function helperRows(c: Context): { H: number; Q: number; F: number; R: number; P: number } {
  const U = c.params.keys.length;
  const H = c.layout.allocationRow + U + 5;
  const Q = H + 2;
  const F = Q + U;
  const R = F + U;
  return { H, Q, F, R, P: R + U };
}

/** One year of the allocation by largest remainder, with its working cells. */
function allocateYear(g: Grid, c: Context, k: number): void {
  const { keyRow: K, keyTotalRow, allocationRow: A, totalRow: T } = c.layout;
  const { H, Q, F, R, P } = helperRows(c);
  const U = c.params.keys.length;
  const col = yearCol(k);
  const placements = `${a1(K, 3, true)}:${a1(K + U - 1, 3, true)}`;
  const central = quoted(c, W.central);
  const N = a1(H, col);
  const keysOk = `${a1(keyTotalRow, 3, true)}=${quoted(c, W.keysOk)}`;
  g.formula(H, col, `=ROUND(${a1(T + 2, col)}/${ROUNDING},0)`, 'helper', '0');
  g.formula(H + 1, col, `=ABS(${N})-SUM(${a1(F, col)}:${a1(F + U - 1, col)})`, 'helper', '0');
  for (let i = 0; i < U; i++) {
    g.formula(Q + i, col, `=ABS(${N})*${a1(K + i, 2, true)}`, 'helper', '0.000');
    g.formula(F + i, col, `=INT(${a1(Q + i, col)}+0.000000001)`, 'helper', '0');
    g.formula(R + i, col, `=ROUND(${a1(Q + i, col)}-${a1(F + i, col)},9)`, 'helper', '0.000');
    const rem = a1(R + i, col);
    const above = i === 0 ? '0' : `SUMPRODUCT(--(${a1(R, col)}:${a1(R + i - 1, col)}=${rem}))`;
    const rank = `SUMPRODUCT(--(${a1(R, col)}:${a1(R + U - 1, col)}>${rem}))+${above}`;
    // Keys that do not sum to 100 % allocate nothing (the check beside them says why).
    const allocated = `SIGN(${N})*(${a1(F + i, col)}+IF(${rank}<${a1(H + 1, col)},1,0))*${ROUNDING}`;
    const before = a1(P + i, col);
    g.formula(P + i, col, `=IF(${keysOk},${allocated},"–")`, 'helper', NUM);
    // A unit whose reduction is placed centrally keeps 0; the centre's line takes it (seed 002).
    g.formula(
      A + i,
      col,
      `=IF(${a1(K + i, 3, true)}=${central},IF(ISNUMBER(${before}),0,${before}),${before})`,
      'formula',
      NUM,
    );
  }
  g.formula(
    A + U,
    col,
    `=IF(${keysOk},SUMIF(${placements},${central},${a1(P, col)}:${a1(P + U - 1, col)}),"–")`,
    'formula',
    NUM,
  );
  g.formula(A + U + 1, col, `=SUM(${a1(A, col)}:${a1(A + U, col)})`, 'total', NUM);
  g.formula(A + U + 2, col, `=${a1(A + U + 1, col)}-${a1(T + 2, col)}`, 'formula', NUM);
}

/** Each year's rounded total allocated by largest remainder, with its working rows below. */
const allocation: RBlock = {
  id: 'allocation',
  write(g, c) {
    const { keyRow: K, allocationRow: A } = c.layout;
    const { H, Q, F, R, P } = helperRows(c);
    const U = c.params.keys.length;
    g.text(A - 2, 0, c.w(W.allocation), 'section');
    header(g, A - 1, [c.w(W.keyUnit)]);
    yearHeaders(g, c, A - 1);
    g.text(H - 1, 0, c.w(W.helpers), 'section');
    g.text(H, 0, c.w(W.unitsRow), 'helper');
    g.text(H + 1, 0, c.w(W.leftover), 'helper');
    for (let k = 0; k < c.params.years; k++) allocateYear(g, c, k);
    for (let i = 0; i < U; i++) {
      g.formula(A + i, 0, `=${a1(K + i, 0)}`, 'label');
      g.formula(Q + i, 0, `="${c.w(W.quota)} "&${a1(K + i, 0)}`, 'helper');
      g.formula(F + i, 0, `="${c.w(W.floor)} "&${a1(K + i, 0)}`, 'helper');
      g.formula(R + i, 0, `="${c.w(W.remainder)} "&${a1(K + i, 0)}`, 'helper');
      g.formula(P + i, 0, `="${c.w(W.allocatedBefore)} "&${a1(K + i, 0)}`, 'helper');
    }
    g.text(A + U, 0, c.params.centre ?? c.w(W.centre), 'inputLabel');
    g.text(A + U + 1, 0, c.w(W.total), 'total');
    g.text(A + U + 2, 0, c.w(W.difference), 'label');
    g.text(A + U + 3, 0, c.w(W.placementNote), 'note');
  },
};

/** One gain's follow-up: target (the booked gain), actual, variance and status, by year. */
function followGain(g: Grid, c: Context, gain: RealisationSheet['gains'][number], i: number): void {
  const { planRow: P, bookedRow: B, followRow: O } = c.layout;
  const r = O + 4 * i;
  g.formula(r, 0, `=${a1(P + i, 0)}`, 'label');
  if (gain.baseline === undefined) g.blank(r, 1, 'input', NUM);
  else g.number(r, 1, gain.baseline, 'input', NUM);
  decimal(g, c, a1(r, 1), -1e12);
  [W.target, W.actual, W.variance, W.status].forEach((x, j) => g.text(r + j, 2, c.w(x), 'label'));
  for (let k = 0; k < c.params.years; k++) {
    const col = yearCol(k);
    const target = a1(r, col);
    const actual = a1(r + 1, col);
    g.formula(r, col, `=${a1(B + i, col)}`, 'formula', NUM);
    const a = gain.actual?.[k];
    if (a === undefined || a === null) g.blank(r + 1, col, 'input', NUM);
    else g.number(r + 1, col, a, 'input', NUM);
    g.formula(r + 2, col, `=IF(${actual}="","",${actual}-${target})`, 'formula', NUM);
    const reached = `IF(${actual}>=${target},${quoted(c, W.realised)},IF(${actual}>0,${quoted(c, W.partly)},${quoted(c, W.not)}))`;
    g.formula(r + 3, col, `=IF(${actual}="",${quoted(c, W.unknown)},${reached})`, 'formula');
  }
  decimal(g, c, `${a1(r + 1, YEAR0)}:${a1(r + 1, lastYear(c))}`, -1e12);
}

const followUp: RBlock = {
  id: 'followUp',
  write(g, c) {
    const O = c.layout.followRow;
    g.text(O - 2, 0, c.w(W.followUp), 'section');
    header(g, O - 1, [c.w(W.gain), c.w(W.baseline), c.w(W.measure)]);
    yearHeaders(g, c, O - 1);
    c.params.gains.forEach((gain, i) => followGain(g, c, gain, i));
  },
};

type RResult = ResultDefinition<RealisationSheet, RealisationLayout>;
const years = (c: Context) => ({ col: YEAR0, cols: c.params.years });

const RESULTS: readonly RResult[] = [
  { id: 'bookedTotal', name: 'Gevinst_BookedTotal', at: () => ({ row: 6, col: 4 }) },
  { id: 'estimatedShare', name: 'Gevinst_EstimatedShare', at: () => ({ row: 7, col: 4 }) },
  { id: 'keysCheck', name: 'Gevinst_KeysCheck', at: (c) => ({ row: c.layout.keyTotalRow, col: 3 }) },
  { id: 'booked', at: (c) => ({ row: c.layout.bookedRow, rows: c.params.gains.length, ...years(c) }) },
  { id: 'total', at: (c) => ({ row: c.layout.totalRow, ...years(c) }) },
  { id: 'shares', at: (c) => ({ row: c.layout.keyRow, col: 2, rows: c.params.keys.length, cols: 1 }) },
  { id: 'allocation', at: (c) => ({ row: c.layout.allocationRow, rows: c.params.keys.length, ...years(c) }) },
  { id: 'central', at: (c) => ({ row: c.layout.allocationRow + c.params.keys.length, ...years(c) }) },
  /** Four rows a gain: target, actual, variance, status. */
  { id: 'followUp', at: (c) => ({ row: c.layout.followRow, rows: 4 * c.params.gains.length, ...years(c) }) },
];

/** The gevinstrealiseringsplan as a definition. */
export const REALISATION_SHEET = defineTemplate<RealisationSheet, RealisationLayout>({
  id: REALISATION.id,
  version: REALISATION.version,
  params: realisationSheetSchema,
  words: W,
  layout: realisationLayout,
  blocks: [heading, assumptions, plan, booked, keys, allocation, followUp],
  results: RESULTS,
  names: () => [{ name: 'Gevinst_Template', address: a1(1, 0, true) }],
  sheet: (c) => {
    const { years: Y, gains, keys: units } = c.params;
    return {
      name: c.language === 'da' ? 'Gevinstrealisering' : 'Benefit realisation',
      widths: [34, 18, 12, 22, 18, 10, ...Array.from({ length: Y }, () => 11)],
      freeze: { rows: 0, cols: 1 },
      identity: { years: Y, gains: gains.length, units: units.length },
      metadata: { ...c.layout, years: Y, gains: gains.length, units: units.length },
    };
  },
});

export const planRealisation = (s: RealisationSheet): SheetPlan => REALISATION_SHEET.plan(s);

/** A realisation case file as the sheet: the plan's gains, or one line holding the total. */
export function realisationSheetInput(c: RealisationFile, lang: 'da' | 'en'): RealisationSheet {
  const gains: Partial<PlanGain>[] = c.gains ?? [
    { label: c.title, evidence: 'calculated', timing: 'implementation', delay: 0, values: c.total ?? [] },
  ];
  return {
    language: lang,
    title: c.title,
    firstYear: c.firstYear,
    years: yearsOf(c),
    // Keys given as values are key figures, shared out by their size (as calc does) whatever the
    // basis says; only keys given as weights are taken as typed.
    basis: c.keys.some((k) => 'weight' in k) ? 'weights' : c.basis === 'weights' ? 'figures' : c.basis,
    rounding: c.rounding,
    unit: c.unit,
    gains,
    keys: c.keys.map((k) => ({ unit: k.unit, value: keyValue(k), ...(k.central ? { central: true } : {}) })),
    ...(c.centre ? { centre: c.centre } : {}),
  };
}
