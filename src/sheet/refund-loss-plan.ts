/**
 * The refund-loss tracker as a sheet (seed 002, Høje-Taastrup: "mistet i alt 178.666 kr. i
 * sygedagpengerefusion … sidste år 347.510 kr. … et fald … på 49 %"): lost refund by unit, the
 * total and each unit's share, the previous period and the change in kr. and %, the causes with
 * their shares and amounts, and the part the organisation caused itself. Live formulas; a figure
 * that rests on a blank input says "udfyld input". `gevinst calc` reads its figures from these
 * formulas (refundLossFromSheet), so the sheet and calc cannot disagree.
 */
import { z } from 'zod';
import {
  MAX_REFUND_CAUSES,
  MAX_REFUND_UNITS,
  refundLossSchema,
  type RefundLossFile,
  type RefundLossResult,
} from '../engine/refund-loss-schema';
import { nonNegative, text, TEXT_LIMITS } from '../engine/schema-parts';
import type { Scalar } from '../engine/formula/value';
import { a1 } from './address';
import { defineTemplate, rowsOf, scalarOf, type Block, type BlockContext } from './define';
import { planBook } from './plan-book';
import type { SheetPlan } from './plan';

export const REFUND_WORDS = {
  sheet: { da: 'Mistet refusion', en: 'Lost refunds' },
  subtitle: {
    da: 'Gevinst · mistet sygedagpengerefusion, periode ',
    en: 'Gevinst · lost sickness-benefit refunds, period ',
  },
  note: {
    da: 'Skriv den mistede refusion pr. enhed i kr. og årsagernes andele; de bør tilsammen være 100 %.',
    en: 'Enter the refund lost per unit in kr. and the shares of the causes; together they should make 100 %.',
  },
  keyFigures: { da: 'Nøgletal', en: 'Key figures' },
  total: { da: 'Mistet refusion i alt (kr.)', en: 'Refunds lost, total (kr.)' },
  previous: { da: 'Forrige periode (kr.)', en: 'Previous period (kr.)' },
  change: { da: 'Ændring (kr.)', en: 'Change (kr.)' },
  changePct: { da: 'Ændring (%)', en: 'Change (%)' },
  selfCaused: { da: 'Heraf egne fejl (kr.)', en: 'Of which our own errors (kr.)' },
  selfCausedShare: { da: 'Egne fejl, andel', en: 'Own errors, share' },
  units: { da: 'Enheder', en: 'Units' },
  unit: { da: 'Enhed', en: 'Unit' },
  lost: { da: 'Mistet refusion (kr.)', en: 'Refund lost (kr.)' },
  share: { da: 'Andel', en: 'Share' },
  causes: { da: 'Årsager', en: 'Causes' },
  cause: { da: 'Årsag', en: 'Cause' },
  amount: { da: 'Beløb (kr.)', en: 'Amount (kr.)' },
  sum: { da: 'I alt', en: 'Total' },
  fillIn: { da: 'udfyld input', en: 'fill in' },
  notWhole: { da: 'Andelene er ikke 100 % tilsammen', en: 'The shares do not add up to 100 %' },
  amountError: { da: 'Skriv et beløb i kr., 0 eller større.', en: 'Enter an amount in kr., 0 or more.' },
  shareError: { da: 'Skriv en andel mellem 0 % og 100 %.', en: 'Enter a share between 0 % and 100 %.' },
} as const;

const W = REFUND_WORDS;

/** The sheet takes a case file, or rows still to be filled in (the gallery's empty tracker). */
const refundLossSheetFile = refundLossSchema.extend({
  units: z
    .array(z.strictObject({ unit: text(TEXT_LIMITS.name), lost: nonNegative.optional() }))
    .min(1)
    .max(MAX_REFUND_UNITS),
  causes: z
    .array(z.strictObject({ cause: text(TEXT_LIMITS.label), share: z.number().min(0).max(1).optional() }))
    .max(MAX_REFUND_CAUSES)
    .default([]),
});

export const refundLossParameters = z.strictObject({ language: z.enum(['da', 'en']), file: refundLossSheetFile });
export type RefundLossParameters = z.output<typeof refundLossParameters>;

interface RefundLayout {
  readonly unitRow: number;
  readonly unitTotal: number;
  readonly causeRow: number;
  readonly causeTotal: number;
}

type Context = BlockContext<RefundLossParameters, RefundLayout>;

export const REFUND_ROWS = {
  total: 5,
  previous: 6,
  change: 7,
  changePct: 8,
  selfCaused: 9,
  selfCausedShare: 10,
} as const;

function layoutOf(p: RefundLossParameters): RefundLayout {
  const unitRow = 14;
  const unitTotal = unitRow + p.file.units.length;
  const causeRow = unitTotal + 4;
  return { unitRow, unitTotal, causeRow, causeTotal: causeRow + Math.max(1, p.file.causes.length) };
}

const fillIn = (c: Context): string => `"${c.w(W.fillIn)}"`;
/** A formula that says "udfyld input" while any of `inputs` is blank. */
const guarded = (c: Context, inputs: readonly string[], value: string): string =>
  `=IF(OR(${inputs.map((x) => `ISTEXT(${x}),${x}=""`).join(',')}),${fillIn(c)},${value})`;

const heading: Block<RefundLossParameters, RefundLayout> = {
  id: 'heading',
  write(g, c) {
    g.text(0, 0, c.params.file.title, 'title');
    g.text(1, 0, `${c.w(W.subtitle)}${c.params.file.period || '–'}`, 'subtitle');
    g.text(2, 0, c.w(W.note), 'note');
  },
};

const keyFigures: Block<RefundLossParameters, RefundLayout> = {
  id: 'keyFigures',
  write(g, c) {
    const R = REFUND_ROWS;
    const f = c.params.file;
    const { unitTotal } = c.layout;
    g.text(4, 0, c.w(W.keyFigures), 'section');
    const label = (row: number, x: { da: string; en: string }): void => g.text(row, 0, c.w(x), 'label');
    label(R.total, W.total);
    g.formula(R.total, 1, `=${a1(unitTotal, 1)}`, 'key', '#,##0');
    label(R.previous, W.previous);
    if (f.previousTotal === undefined) g.blank(R.previous, 1, 'input', '#,##0');
    else g.number(R.previous, 1, f.previousTotal, 'input', '#,##0');
    const total = a1(R.total, 1);
    const previous = a1(R.previous, 1);
    label(R.change, W.change);
    g.formula(R.change, 1, guarded(c, [total, previous], `${total}-${previous}`), 'key', '#,##0');
    label(R.changePct, W.changePct);
    g.formula(
      R.changePct,
      1,
      guarded(c, [total, previous], `IF(${previous}=0,"–",(${total}-${previous})/${previous})`),
      'key',
      '0.0%',
    );
    label(R.selfCaused, W.selfCaused);
    if (f.selfCaused === undefined) g.blank(R.selfCaused, 1, 'input', '#,##0');
    else g.number(R.selfCaused, 1, f.selfCaused, 'input', '#,##0');
    label(R.selfCausedShare, W.selfCausedShare);
    const self = a1(R.selfCaused, 1);
    g.formula(
      R.selfCausedShare,
      1,
      guarded(c, [total, self], `IF(${total}=0,"–",${self}/${total})`),
      'formula',
      '0.0%',
    );
    for (const row of [R.previous, R.selfCaused])
      g.validations.push({
        range: a1(row, 1),
        rule: { kind: 'decimal', min: 0, max: 1e12 },
        error: c.w(W.amountError),
      });
  },
};

const units: Block<RefundLossParameters, RefundLayout> = {
  id: 'units',
  write(g, c) {
    const { unitRow, unitTotal } = c.layout;
    g.text(unitRow - 2, 0, c.w(W.units), 'section');
    [W.unit, W.lost, W.share].forEach((h, col) => g.text(unitRow - 1, col, c.w(h), 'header'));
    const total = a1(unitTotal, 1, true);
    c.params.file.units.forEach((u, i) => {
      const r = unitRow + i;
      if (u.unit) g.text(r, 0, u.unit, 'inputLabel');
      else g.blank(r, 0, 'inputLabel');
      if (u.lost === undefined) g.blank(r, 1, 'input', '#,##0');
      else g.number(r, 1, u.lost, 'input', '#,##0');
      g.formula(r, 2, guarded(c, [a1(r, 1), total], `IF(${total}=0,"–",${a1(r, 1)}/${total})`), 'formula', '0.0%');
    });
    const lost = `${a1(unitRow, 1)}:${a1(unitTotal - 1, 1)}`;
    g.validations.push({ range: lost, rule: { kind: 'decimal', min: 0, max: 1e12 }, error: c.w(W.amountError) });
    g.text(unitTotal, 0, c.w(W.sum), 'total');
    // A unit named but with its amount blank (or text) leaves the total to be filled in.
    const names = `${a1(unitRow, 0)}:${a1(unitTotal - 1, 0)}`;
    const blanks = `SUMPRODUCT((${names}<>"")*NOT(ISNUMBER(${lost})))`;
    // Nothing filled in yet is not a loss of 0 kr.
    g.formula(unitTotal, 1, `=IF(OR(${blanks}>0,COUNT(${lost})=0),${fillIn(c)},SUM(${lost}))`, 'total', '#,##0');
  },
};

const causes: Block<RefundLossParameters, RefundLayout> = {
  id: 'causes',
  write(g, c) {
    const { causeRow, causeTotal } = c.layout;
    g.text(causeRow - 2, 0, c.w(W.causes), 'section');
    [W.cause, W.share, W.amount].forEach((h, col) => g.text(causeRow - 1, col, c.w(h), 'header'));
    const total = a1(REFUND_ROWS.total, 1, true);
    const list = c.params.file.causes;
    const rows = Math.max(1, list.length);
    for (let i = 0; i < rows; i++) {
      const r = causeRow + i;
      const cause = list[i];
      if (cause?.cause) g.text(r, 0, cause.cause, 'inputLabel');
      else g.blank(r, 0, 'inputLabel');
      if (cause?.share === undefined) g.blank(r, 1, 'input', '0%');
      else g.number(r, 1, cause.share, 'input', '0%');
      g.formula(
        r,
        2,
        `=IF(${a1(r, 1)}="","",${guarded(c, [total], `${a1(r, 1)}*${total}`).slice(1)})`,
        'formula',
        '#,##0',
      );
    }
    const shares = `${a1(causeRow, 1)}:${a1(causeTotal - 1, 1)}`;
    g.validations.push({ range: shares, rule: { kind: 'decimal', min: 0, max: 1 }, error: c.w(W.shareError) });
    g.text(causeTotal, 0, c.w(W.sum), 'total');
    g.formula(causeTotal, 1, `=SUM(${shares})`, 'total', '0%');
    g.formula(causeTotal, 2, `=SUM(${a1(causeRow, 2)}:${a1(causeTotal - 1, 2)})`, 'total', '#,##0');
    const sum = a1(causeTotal, 1);
    g.formula(causeTotal + 1, 0, `=IF(COUNT(${shares})=0,"",IF(ROUND(${sum},6)=1,"","${c.w(W.notWhole)}"))`, 'note');
  },
};

export const REFUND_LOSS = defineTemplate<RefundLossParameters, RefundLayout>({
  id: 'refund-loss',
  version: 1,
  params: refundLossParameters,
  words: {},
  layout: layoutOf,
  blocks: [heading, keyFigures, units, causes],
  results: [
    { id: 'total', name: 'Gevinst_RefundLost', at: () => ({ row: REFUND_ROWS.total, col: 1 }) },
    { id: 'previous', at: () => ({ row: REFUND_ROWS.previous, col: 1 }) },
    { id: 'change', at: () => ({ row: REFUND_ROWS.change, col: 1 }) },
    { id: 'changePct', at: () => ({ row: REFUND_ROWS.changePct, col: 1 }) },
    { id: 'selfCaused', at: () => ({ row: REFUND_ROWS.selfCaused, col: 1 }) },
    { id: 'selfCausedShare', at: () => ({ row: REFUND_ROWS.selfCausedShare, col: 1 }) },
    { id: 'units', at: (c) => ({ row: c.layout.unitRow, col: 1, cols: 2, rows: c.params.file.units.length }) },
    {
      id: 'causes',
      at: (c) => ({ row: c.layout.causeRow, col: 1, cols: 2, rows: Math.max(1, c.params.file.causes.length) }),
    },
    { id: 'causesShare', at: (c) => ({ row: c.layout.causeTotal, col: 1 }) },
  ],
  names: () => [{ name: 'Gevinst_Template', address: a1(1, 0, true) }],
  sheet: (c) => ({
    name: c.w(W.sheet),
    widths: [66, 16, 14],
    freeze: { rows: 0, cols: 1 },
    identity: { units: c.params.file.units.length, causes: Math.max(1, c.params.file.causes.length) },
    metadata: { unitRow: c.layout.unitRow, causeRow: c.layout.causeRow, causeTotal: c.layout.causeTotal },
  }),
});

const num = (v: Scalar | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** What `gevinst calc` prints: the sheet's own formulas, evaluated. */
export function refundLossFromSheet(file: RefundLossFile): RefundLossResult {
  const params: RefundLossParameters = { language: 'en', file };
  const plan = REFUND_LOSS.plan(params);
  const f = REFUND_LOSS.figures(params, planBook([plan]), plan.sheetName);
  const at = (id: string): number | null => num(scalarOf(f.get(id)));
  const missing: string[] = [];
  if (file.previousTotal === undefined) missing.push('previousTotal');
  if (file.selfCaused === undefined) missing.push('selfCaused');
  return {
    template: 'refund-loss',
    title: file.title,
    period: file.period,
    total: at('total'),
    previousTotal: at('previous'),
    change: at('change'),
    changePct: at('changePct'),
    units: rowsOf(f.get('units')).map((r, i) => ({
      unit: file.units[i]?.unit ?? '',
      lost: num(r[0]),
      share: num(r[1]),
    })),
    causes: file.causes.map((cause, i) => {
      const r = rowsOf(f.get('causes'))[i] ?? [];
      return { cause: cause.cause, share: num(r[0]), amount: num(r[1]) };
    }),
    causesShare: file.causes.length === 0 ? null : at('causesShare'),
    selfCaused: at('selfCaused'),
    selfCausedShare: at('selfCausedShare'),
    missing,
  };
}

/** The gallery's empty tracker: six units and four causes to fill in, titled in the sheet's language. */
export function planEmptyRefundLoss(language: 'da' | 'en'): SheetPlan {
  return REFUND_LOSS.plan({
    language,
    file: refundLossParameters.shape.file.parse({
      template: 'refund-loss',
      title: language === 'da' ? 'Mistet sygedagpengerefusion' : 'Lost sickness-benefit refunds',
      units: Array.from({ length: 6 }, () => ({ unit: '' })),
      causes: Array.from({ length: 4 }, () => ({ cause: '' })),
    }),
  });
}
