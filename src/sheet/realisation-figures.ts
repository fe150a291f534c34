/**
 * A realisation case as `gevinst calc` reports it: the sheet `gevinst build` writes for the case is
 * planned, and every figure is read from its formulas by the sheet language's one evaluator: the
 * booked gain after timing, the anslået share, the keys' shares, the allocation by largest
 * remainder and the follow-up's variance and status. There is no second implementation in
 * TypeScript, so the sheet and calc cannot disagree.
 */
import type { Scalar } from '../engine/formula/value';
import type { RealisationResult } from '../engine/realisation';
import type { FollowUp, Status } from '../engine/realisation-plan';
import type { RealisationFile } from '../engine/realisation-schema';
import { REALISATION_WORDS as W } from '../templates/realisation';
import { rowOf, rowsOf, scalarOf } from './define';
import { planBook } from './plan-book';
import { REALISATION_SHEET, realisationSheetInput } from './realisation-plan';

/** A figure that must be a number; anything else would be a bug, and shows as NaN (never 0). */
const num = (x: Scalar | undefined): number => (typeof x === 'number' ? x : Number.NaN);
/** An input the user may leave blank, or a formula's "" for "not yet": null. */
const orNull = (x: Scalar | undefined): number | null => (typeof x === 'number' ? x : null);

const STATUS_OF: ReadonlyMap<string, Status> = new Map([
  [W.realised.en, 'realised'],
  [W.partly.en, 'partly'],
  [W.not.en, 'not'],
  [W.unknown.en, 'unknown'],
]);

export function realisationFromSheet(c: RealisationFile): RealisationResult {
  const params = realisationSheetInput(c, 'en');
  const plan = REALISATION_SHEET.plan(params);
  const f = REALISATION_SHEET.figures(params, planBook([plan]), plan.sheetName);
  const base = { template: 'realisation' as const, title: c.title, unit: c.unit, rounding: c.rounding };
  const total = rowOf(f.get('total')).map(num);
  const allocated = rowsOf(f.get('allocation'));
  const allocation = c.keys.map((k, i) => ({ unit: k.unit, values: (allocated[i] ?? []).map(num) }));
  const placed = c.keys.some((k) => k.central)
    ? { central: { unit: c.centre ?? W.centre.en, values: rowOf(f.get('central')).map(num) } }
    : {};
  if (!c.gains) return { ...base, total, allocation, ...placed };
  const booked = rowsOf(f.get('booked'));
  const shares = rowsOf(f.get('shares'));
  const follow = rowsOf(f.get('followUp'));
  const followUp = c.gains.map((g, i): FollowUp => ({
    label: g.label,
    target: (follow[4 * i] ?? []).map(num),
    actual: (follow[4 * i + 1] ?? []).map(orNull),
    variance: (follow[4 * i + 2] ?? []).map(orNull),
    status: (follow[4 * i + 3] ?? []).map((x) => STATUS_OF.get(String(x)) ?? 'unknown'),
  }));
  const estimated = scalarOf(f.get('estimatedShare'));
  return {
    ...base,
    total,
    allocation,
    ...placed,
    plan: {
      booked: c.gains.map((g, i) => ({ label: g.label, evidence: g.evidence, values: (booked[i] ?? []).map(num) })),
      estimatedShare: typeof estimated === 'number' ? estimated : null,
      shares: c.keys.map((k, i) => ({ unit: k.unit, share: num(shares[i]?.[0]) })),
      followUp,
    },
  };
}
