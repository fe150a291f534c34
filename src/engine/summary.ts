/**
 * The management summary (ledelsesresumé) of a business case: the key figures, the assumptions
 * with their sources, how much of the gain is anslået rather than beregnet, and the municipal
 * "økonomiske konsekvenser" table in 1.000 kr. by year and budget area (Service / Anlæg /
 * Overførsler), signed as budgets are: + is more spending or less income, − is a saving or more
 * income. Gains that are not harvested in the budget (ikke-budgetmæssige) are left out of it.
 */
import type { BudgetArea, BusinessCaseFile, Section } from './business-case-schema';
import type { BusinessCaseResult } from './business-case';

/** 1.000 kr. per unit of the case: t.kr. is 1, kr. is 0.001, mio. kr. is 1000. */
export function thousandsFactor(unit: string): number {
  const u = unit.trim().toLowerCase();
  if (u === 'kr.' || u === 'kr') return 0.001;
  if (u.startsWith('mio')) return 1000;
  return 1;
}

export const defaultArea = (section: Section): BudgetArea => (section === 'investment' ? 'construction' : 'service');

export interface Summary {
  readonly keyFigures: {
    readonly npv: number;
    readonly irr: number | null;
    readonly paybackYear: number | null;
    readonly totals: BusinessCaseResult['totals'];
  };
  /** Share of all gains (every year) marked anslået; null when there are no gains. */
  readonly estimatedShare: number | null;
  /** Share of all gains with no evidence given. */
  readonly unstatedShare: number | null;
  readonly consequences: {
    readonly unit: '1.000 kr.';
    readonly service: number[];
    readonly construction: number[];
    readonly transfers: number[];
    readonly total: number[];
  };
  readonly assumptions: {
    label: string;
    section: Section;
    evidence: string | null;
    area: BudgetArea;
    source: string | null;
  }[];
}

export function summarise(c: BusinessCaseFile, r: BusinessCaseResult): Summary {
  const factor = thousandsFactor(c.unit);
  const years = r.result.length;
  const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
  const gainLines = r.lines.map((l, i) => ({ l, f: c.lines[i] })).filter((x) => x.l.section === 'gain');
  const allGains = sum(gainLines.map((x) => sum(x.l.values)));
  const share = (pick: (e: string | undefined) => boolean): number | null =>
    allGains === 0 ? null : sum(gainLines.filter((x) => pick(x.f?.evidence)).map((x) => sum(x.l.values))) / allGains;
  // One pass over the lines: each adds its signed values, in 1.000 kr., to its area's row.
  const rows: Record<BudgetArea, number[]> = {
    service: new Array<number>(years).fill(0),
    construction: new Array<number>(years).fill(0),
    transfers: new Array<number>(years).fill(0),
  };
  r.lines.forEach((l, i) => {
    const sign = l.section === 'gain' ? (l.gainType === 'non-budget' ? 0 : -1) : 1;
    const row = rows[c.lines[i]?.area ?? defaultArea(l.section)];
    for (let y = 0; y < years; y++) row[y] = (row[y] ?? 0) + sign * factor * (l.values[y] ?? 0);
  });
  const { service, construction, transfers } = rows;
  return {
    keyFigures: { npv: r.npv, irr: r.irr, paybackYear: r.paybackYear, totals: r.totals },
    estimatedShare: share((e) => e === 'estimated'),
    unstatedShare: share((e) => e === undefined),
    consequences: {
      unit: '1.000 kr.',
      service,
      construction,
      transfers,
      total: service.map((s, y) => s + (construction[y] ?? 0) + (transfers[y] ?? 0)),
    },
    assumptions: c.lines.map((l) => ({
      label: l.label,
      section: l.section,
      evidence: l.evidence ?? null,
      area: l.area ?? defaultArea(l.section),
      source: l.source ?? null,
    })),
  };
}
