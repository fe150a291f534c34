/**
 * The gevinstrealiseringsplan as a sheet. Everything after the inputs is a live formula: the
 * booked gain after each line's timing, the share that is anslået, the keys' shares, the
 * allocation of each year's rounded total by largest remainder (working rows below show the
 * quotas, whole parts and remainders), and the follow-up's variance and status. The engine's
 * computeRealisationPlan does the same arithmetic; LibreOffice holds them against each other.
 */
import { KEY_BASES, type KeyBasis, type PlanGain } from '../engine/realisation-plan';
import { keyValue, yearsOf } from '../engine/realisation';
import type { RealisationFile } from '../engine/realisation-schema';
import { REALISATION, REALISATION_WORDS as W } from '../templates/realisation';
import { a1 } from './address';
import { Grid } from './grid';
import type { SheetPlan } from './plan';
import { identityFormula } from './identity';
import { SHAPE_NAME } from './shape';

export interface RealisationSheet {
  readonly language: 'da' | 'en';
  readonly title?: string | undefined;
  readonly firstYear?: number | undefined;
  readonly years: number;
  readonly basis: KeyBasis;
  readonly rounding: number;
  readonly unit: string;
  /** Lines to lay out (blank lines when only a count is given); a line made from a business case
   * carries formulas on its cells instead of a label and values. */
  readonly gains: readonly (Partial<PlanGain> & { labelFormula?: string; valueFormulas?: readonly string[] })[];
  /** The business case the effects come from, named in the subtitle. */
  readonly linkedTo?: string;
  readonly keys: readonly { unit?: string; value?: number }[];
}

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
  const helperRow = allocationRow + U + 4;
  return {
    planRow,
    bookedRow,
    totalRow,
    estimatedRow: totalRow + 1,
    roundedRow: totalRow + 2,
    keyRow,
    keyTotalRow: keyRow + U,
    allocationRow,
    followRow: helperRow + 3 * U + 5,
  };
}

export function planRealisation(s: RealisationSheet): SheetPlan {
  const L = s.language;
  const g = new Grid();
  const Y = s.years;
  const G = s.gains.length;
  const U = s.keys.length;
  const lay = realisationLayout(s);
  const yearCol = (k: number): number => YEAR0 + k;
  const lastYear = yearCol(Y - 1);
  const word = (w: { da: string; en: string }): string => w[L];
  const quoted = (w: { da: string; en: string }): string => `"${w[L]}"`;
  const header = (row: number, labels: readonly string[]): void =>
    labels.forEach((l, c) => l && g.text(row, c, l, 'header'));
  const yearHeaders = (row: number): void => {
    // Calendar years follow the first-year cell; without one the columns read År 1..År N.
    const first = a1(6, 1, true);
    for (let k = 0; k < Y; k++)
      g.formula(row, yearCol(k), `=IF(${first}="","År ${k + 1}",${first}+${k})`, 'header', '0');
  };
  const list = (row: number, col: number, items: readonly string[]) =>
    g.validations.push({
      range: a1(row, col),
      rule: { kind: 'list', items },
      error: L === 'da' ? 'Vælg fra listen.' : 'Choose from the list.',
    });
  const decimal = (range: string, min: number) =>
    g.validations.push({
      range,
      rule: { kind: 'decimal', min, max: 1e12 },
      error: L === 'da' ? 'Skriv et tal.' : 'Enter a number.',
    });

  g.text(0, 0, s.title ?? word(REALISATION.title), 'title');
  g.text(1, 0, s.linkedTo ? `${word(W.subtitle)} · «${s.linkedTo}»` : word(W.subtitle), 'subtitle');
  g.text(2, 0, word(W.timingNote), 'note');
  g.text(3, 0, word(W.evidenceNote), 'note');

  // Assumptions (rows 5-9) and key figures beside them.
  g.text(5, 0, word(W.assumptions), 'section');
  g.text(6, 0, word(W.firstYear), 'label');
  if (s.firstYear) g.number(6, 1, s.firstYear, 'input', '0');
  else g.blank(6, 1, 'input', '0');
  g.text(7, 0, word(W.basis), 'label');
  g.text(7, 1, word(W[s.basis]), 'input');
  list(
    7,
    1,
    KEY_BASES.map((b) => word(W[b])),
  );
  g.text(8, 0, word(W.rounding), 'label');
  g.number(8, 1, s.rounding, 'input', '#,##0.##');
  decimal(a1(8, 1), 0.000001);
  g.text(9, 0, word(W.unit), 'label');
  g.text(9, 1, s.unit, 'input');
  const basis = a1(7, 1, true);
  const rounding = a1(8, 1, true);
  g.text(5, 3, word(W.keyFigures), 'section');
  g.text(6, 3, word(W.bookedTotal), 'label');
  g.formula(6, 4, `=SUM(${a1(lay.totalRow, YEAR0)}:${a1(lay.totalRow, lastYear)})`, 'key', NUM);
  g.text(7, 3, word(W.estimatedShare), 'label');
  g.formula(
    7,
    4,
    `=IFERROR(SUM(${a1(lay.estimatedRow, YEAR0)}:${a1(lay.estimatedRow, lastYear)})/${a1(6, 4)},"–")`,
    'key',
    '0.0%',
  );
  g.names.push(
    { name: 'Gevinst_BookedTotal', address: a1(6, 4, true) },
    { name: 'Gevinst_EstimatedShare', address: a1(7, 4, true) },
  );

  // The plan: one row per gain.
  const P = lay.planRow;
  g.text(P - 2, 0, word(W.plan), 'section');
  header(P - 1, [word(W.gain), word(W.owner), word(W.type), word(W.evidence), word(W.timing), word(W.delay)]);
  yearHeaders(P - 1);
  s.gains.forEach((gain, i) => {
    const r = P + i;
    if (gain.labelFormula) g.formula(r, 0, gain.labelFormula, 'formula');
    else g.text(r, 0, gain.label ?? `${word(W.gain)} ${i + 1}`, 'input');
    g.text(r, 1, gain.owner ?? '', 'input');
    g.text(r, 2, word(gain.evidence === 'estimated' ? W.estimated : W.calculated), 'input');
    list(r, 2, [word(W.calculated), word(W.estimated)]);
    g.text(r, 3, gain.basis ?? '', 'input');
    g.text(r, 4, word(W[gain.timing ?? 'implementation']), 'input');
    list(r, 4, [word(W.upfront), word(W.implementation), word(W.delayed)]);
    g.number(r, 5, gain.delay ?? 0, 'input', '0');
    g.validations.push({
      range: a1(r, 5),
      rule: { kind: 'whole', min: 0, max: 50 },
      error: L === 'da' ? 'Et helt antal år, 0-50.' : 'Whole years, 0-50.',
    });
    const linked = gain.valueFormulas;
    for (let k = 0; k < Y; k++) {
      const v = gain.values?.[k];
      const f = linked?.[k];
      if (f) g.formula(r, yearCol(k), f, 'formula', NUM);
      else if (v === undefined) g.blank(r, yearCol(k), 'input', NUM);
      else g.number(r, yearCol(k), v, 'input', NUM);
    }
    if (!linked) decimal(`${a1(r, YEAR0)}:${a1(r, lastYear)}`, -1e12);
  });

  // Booked gain after timing.
  const B = lay.bookedRow;
  g.text(B - 2, 0, word(W.booked), 'section');
  header(B - 1, [word(W.gain)]);
  yearHeaders(B - 1);
  s.gains.forEach((_, i) => {
    const r = B + i;
    const p = P + i;
    const values = `${a1(p, YEAR0, true)}:${a1(p, lastYear, true)}`;
    const timing = a1(p, 4, true);
    const delay = `IF(${timing}=${quoted(W.delayed)},${a1(p, 5, true)},0)`;
    g.formula(r, 0, `=${a1(p, 0)}`, 'label');
    for (let k = 0; k < Y; k++) {
      const idx = k + 1;
      g.formula(
        r,
        yearCol(k),
        `=IF(${timing}=${quoted(W.upfront)},MAX(${values}),IF(${idx}>${delay},N(INDEX(${values},${idx}-${delay})),0))`,
        'formula',
        NUM,
      );
    }
  });
  const T = lay.totalRow;
  g.text(T, 0, word(W.total), 'total');
  g.text(T + 1, 0, word(W.ofWhichEstimated), 'label');
  g.text(T + 2, 0, word(W.rounded), 'label');
  for (let k = 0; k < Y; k++) {
    const c = yearCol(k);
    g.formula(T, c, `=SUM(${a1(B, c)}:${a1(B + G - 1, c)})`, 'total', NUM);
    const types = `${a1(P, 2, true)}:${a1(P + G - 1, 2, true)}`;
    g.formula(T + 1, c, `=SUMIF(${types},${quoted(W.estimated)},${a1(B, c)}:${a1(B + G - 1, c)})`, 'formula', NUM);
    g.formula(T + 2, c, `=SIGN(${a1(T, c)})*ROUND(ABS(${a1(T, c)})/${rounding},0)*${rounding}`, 'formula', NUM);
  }

  // Keys.
  const K = lay.keyRow;
  g.text(K - 2, 0, word(W.keys), 'section');
  header(K - 1, [word(W.keyUnit), word(W.keyValue), word(W.share)]);
  const values = `${a1(K, 1, true)}:${a1(K + U - 1, 1, true)}`;
  s.keys.forEach((key, i) => {
    const r = K + i;
    g.text(r, 0, key.unit ?? `${word(W.keyUnit)} ${i + 1}`, 'input');
    if (key.value === undefined) g.blank(r, 1, 'input', '#,##0.####');
    else g.number(r, 1, key.value, 'input', '#,##0.####');
    g.formula(
      r,
      2,
      `=IF(${basis}=${quoted(W.weights)},${a1(r, 1)},IF(SUM(${values})=0,0,${a1(r, 1)}/SUM(${values})))`,
      'formula',
      '0.0%',
    );
  });
  decimal(`${a1(K, 1)}:${a1(K + U - 1, 1)}`, 0);
  g.text(K + U, 0, word(W.total), 'total');
  g.formula(K + U, 1, `=SUM(${values})`, 'total', '#,##0.####');
  g.formula(K + U, 2, `=SUM(${a1(K, 2)}:${a1(K + U - 1, 2)})`, 'total', '0.0%');
  g.formula(K + U, 3, `=IF(ABS(${a1(K + U, 2)}-1)>0.000000001,${quoted(W.keysBad)},${quoted(W.keysOk)})`, 'key');
  g.names.push({ name: 'Gevinst_KeysCheck', address: a1(K + U, 3, true) });

  const keysOk = `${a1(K + U, 3, true)}=${quoted(W.keysOk)}`;

  // Allocation by largest remainder, with its working rows.
  const A = lay.allocationRow;
  const H = A + U + 4;
  const Q = H + 2; // quotas
  const F = Q + U; // whole parts
  const R = F + U; // remainders
  g.text(A - 2, 0, word(W.allocation), 'section');
  header(A - 1, [word(W.keyUnit)]);
  yearHeaders(A - 1);
  g.text(H - 1, 0, word(W.helpers), 'section');
  g.text(H, 0, word(W.unitsRow), 'helper');
  g.text(H + 1, 0, word(W.leftover), 'helper');
  for (let k = 0; k < Y; k++) {
    const c = yearCol(k);
    const N = a1(H, c);
    g.formula(H, c, `=ROUND(${a1(T + 2, c)}/${rounding},0)`, 'helper', '0');
    g.formula(H + 1, c, `=ABS(${N})-SUM(${a1(F, c)}:${a1(F + U - 1, c)})`, 'helper', '0');
    for (let i = 0; i < U; i++) {
      const share = a1(K + i, 2, true);
      g.formula(Q + i, c, `=ABS(${N})*${share}`, 'helper', '0.000');
      g.formula(F + i, c, `=INT(${a1(Q + i, c)}+0.000000001)`, 'helper', '0');
      g.formula(R + i, c, `=ROUND(${a1(Q + i, c)}-${a1(F + i, c)},9)`, 'helper', '0.000');
      const rem = a1(R + i, c);
      const above = i === 0 ? '0' : `SUMPRODUCT(--(${a1(R, c)}:${a1(R + i - 1, c)}=${rem}))`;
      const rank = `SUMPRODUCT(--(${a1(R, c)}:${a1(R + U - 1, c)}>${rem}))+${above}`;
      // Keys that do not sum to 100 % allocate nothing (the check beside them says why).
      const allocated = `SIGN(${N})*(${a1(F + i, c)}+IF(${rank}<${a1(H + 1, c)},1,0))*${rounding}`;
      g.formula(A + i, c, `=IF(${keysOk},${allocated},"–")`, 'formula', NUM);
    }
    g.formula(A + U, c, `=SUM(${a1(A, c)}:${a1(A + U - 1, c)})`, 'total', NUM);
    g.formula(A + U + 1, c, `=${a1(A + U, c)}-${a1(T + 2, c)}`, 'formula', NUM);
  }
  for (let i = 0; i < U; i++) {
    g.formula(A + i, 0, `=${a1(K + i, 0)}`, 'label');
    g.formula(Q + i, 0, `="${word(W.quota)} "&${a1(K + i, 0)}`, 'helper');
    g.formula(F + i, 0, `="${word(W.floor)} "&${a1(K + i, 0)}`, 'helper');
    g.formula(R + i, 0, `="${word(W.remainder)} "&${a1(K + i, 0)}`, 'helper');
  }
  g.text(A + U, 0, word(W.total), 'total');
  g.text(A + U + 1, 0, word(W.difference), 'label');

  // Follow-up: target (the booked gain), actual, variance, status.
  const O = lay.followRow;
  g.text(O - 2, 0, word(W.followUp), 'section');
  header(O - 1, [word(W.gain), word(W.baseline), word(W.measure)]);
  yearHeaders(O - 1);
  s.gains.forEach((gain, i) => {
    const r = O + 4 * i;
    g.formula(r, 0, `=${a1(P + i, 0)}`, 'label');
    if (gain.baseline === undefined) g.blank(r, 1, 'input', NUM);
    else g.number(r, 1, gain.baseline, 'input', NUM);
    decimal(a1(r, 1), -1e12);
    g.text(r, 2, word(W.target), 'label');
    g.text(r + 1, 2, word(W.actual), 'label');
    g.text(r + 2, 2, word(W.variance), 'label');
    g.text(r + 3, 2, word(W.status), 'label');
    for (let k = 0; k < Y; k++) {
      const c = yearCol(k);
      const target = a1(r, c);
      const actual = a1(r + 1, c);
      g.formula(r, c, `=${a1(B + i, c)}`, 'formula', NUM);
      const a = gain.actual?.[k];
      if (a === undefined || a === null) g.blank(r + 1, c, 'input', NUM);
      else g.number(r + 1, c, a, 'input', NUM);
      g.formula(r + 2, c, `=IF(${actual}="","",${actual}-${target})`, 'formula', NUM);
      g.formula(
        r + 3,
        c,
        `=IF(${actual}="",${quoted(W.unknown)},IF(${actual}>=${target},${quoted(W.realised)},IF(${actual}>0,${quoted(W.partly)},${quoted(W.not)})))`,
        'formula',
      );
    }
    decimal(`${a1(r + 1, YEAR0)}:${a1(r + 1, lastYear)}`, -1e12);
  });

  g.names.push({ name: 'Gevinst_Template', address: a1(1, 0, true) });
  g.names.push({
    name: SHAPE_NAME,
    formula: identityFormula({
      templateId: REALISATION.id,
      version: REALISATION.version,
      language: L,
      params: { years: Y, gains: G, units: U },
    }),
  });
  const widths = [34, 18, 12, 22, 18, 10, ...Array.from({ length: Y }, () => 11)];
  return g.toPlan(
    L === 'da' ? 'Gevinstrealisering' : 'Benefit realisation',
    widths,
    { rows: 0, cols: 1 },
    {
      templateId: REALISATION.id,
      templateVersion: REALISATION.version,
      language: L,
      layout: { ...lay, years: Y, gains: G, units: U },
    },
  );
}

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
    basis: c.keys.some((k) => 'weight' in k) ? 'weights' : c.basis,
    rounding: c.rounding,
    unit: c.unit,
    gains,
    keys: c.keys.map((k) => ({ unit: k.unit, value: keyValue(k) })),
  };
}
