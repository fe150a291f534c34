/**
 * The risk register's figures, as its sheet computes them with native formulas: each risk's PERT
 * mean consequence and expected cost (probability × mean), the totals, and the NPV after expected
 * risks (the expected risk costs discounted in their År and taken off the NPV).
 */
import { horizonOf } from './business-case-checks';
import type { BusinessCaseFile, Section } from './business-case-schema';
import { discountFactors } from './discount';
import { pertMean } from './pert';

export interface RiskFigures {
  readonly label: string;
  readonly owner: string | null;
  readonly probability: number;
  readonly year: number;
  readonly section: Section;
  /** The consequence's PERT mean, (min + 4 × likely + max) / 6. */
  readonly mean: number;
  /** probability × mean. */
  readonly expectedCost: number;
}

export interface RiskRegister {
  readonly risks: RiskFigures[];
  /** Σ expected cost, undiscounted. */
  readonly expectedCost: number;
  /** Σ expected cost × the discount factor of its År. */
  readonly expectedCostDiscounted: number;
  readonly npvAfterExpectedRisks: number;
}

export function riskRegister(c: BusinessCaseFile, npv: number): RiskRegister {
  const factors = discountFactors(c.discount, horizonOf(c), c.firstYearDiscounted);
  const risks = (c.risks ?? []).map((r) => {
    const mean = pertMean(r.consequence);
    return {
      label: r.label,
      owner: r.owner ?? null,
      probability: r.probability,
      year: r.year,
      section: r.section,
      mean,
      expectedCost: r.probability * mean,
    };
  });
  const expectedCost = risks.reduce((s, r) => s + r.expectedCost, 0);
  const expectedCostDiscounted = risks.reduce((s, r) => s + r.expectedCost * (factors[r.year - 1] ?? 0), 0);
  return { risks, expectedCost, expectedCostDiscounted, npvAfterExpectedRisks: npv - expectedCostDiscounted };
}
