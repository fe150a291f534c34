/**
 * Business-case lines that exercise every part of the management summary: beregnet and anslået
 * gains, a gain with no evidence, a non-budget gain, income in Overførsler, a cost with a source and
 * an investment in an asset (Anlæg by its label) and one moved to Service. Worked by hand in test/sheet/summary-figures.test.ts and
 * recalculated by LibreOffice in test/xlsx/summary-parity.test.ts.
 */
export const MIXED_LINES = [
  {
    section: 'gain',
    label: 'Sparet tid',
    evidence: 'calculated',
    source: 'Tidsmåling 2026',
    values: [200, 650, 650, 650],
  },
  { section: 'gain', label: 'Færre fejl (anslået)', evidence: 'estimated', values: [0, 100, 100, 100] },
  {
    section: 'gain',
    label: 'Bedre overblik',
    gainType: 'non-budget',
    evidence: 'estimated',
    values: [50, 50, 50, 50],
  },
  { section: 'gain', label: 'Refusion', gainType: 'income', area: 'transfers', values: [10, 20, 20, 20] },
  { section: 'cost', label: 'Licens', source: 'Tilbud', values: [80, 80, 80, 80] },
  { section: 'investment', label: 'Ombygning af lokaler', values: [500, 0, 0, 0] },
  { section: 'investment', label: 'Udstyr', area: 'service', values: [40, 0, 0, 0] },
] as const;
