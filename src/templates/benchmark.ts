/**
 * The benchmark template (catalogue §1.3, TPL-7/8/9): rows of municipalities or units with a
 * numerator and a denominator (or a given key figure) and a volume; Excel's statistics, each
 * row's rank and gaps, and the own row's potentials to the mean, the median, the best quartile,
 * the best row and any given targets. Gaps are labelled as indications: the catalogue warns
 * against automatic levelling between municipalities.
 */
import { z } from 'zod';
import { BENCHMARK } from './benchmark-info';
import { divisor, TEXT_LIMITS, text, title } from '../engine/schema-parts';
import type { Localized } from './template';

export { BENCHMARK };

export const benchmarkParameters = z
  .strictObject({
    language: z.enum(['da', 'en']).default('da'),
    title: title.optional(),
    unit: text(TEXT_LIMITS.unit).default(''),
    direction: z.enum(['lower-is-better', 'higher-is-better']).default('lower-is-better'),
    own: text(TEXT_LIMITS.name).default(''),
    per: divisor.default(1),
    rows: z.number().int().min(1).max(5000).default(10),
    targets: z.number().int().min(0).max(50).default(2),
  })
  .superRefine((p, ctx) => {
    // One row compares only against targets (the own row against Models 1–3, catalogue A12).
    if (p.rows < 2 && p.targets === 0)
      ctx.addIssue({ code: 'custom', path: ['rows'], input: p.rows, params: { gevinst: 'nothing_to_compare' } });
  });

export type BenchmarkParameters = z.output<typeof benchmarkParameters>;

export const BENCHMARK_WORDS = {
  subtitle: { da: 'Gevinst · benchmark', en: 'Gevinst · benchmark' },
  assumptions: { da: 'Forudsætninger', en: 'Assumptions' },
  title: { da: 'Titel', en: 'Title' },
  unit: { da: 'Enhed for nøgletallet', en: 'Unit of the key figure' },
  direction: { da: 'Retning', en: 'Direction' },
  lower: { da: 'Lavere er bedre', en: 'Lower is better' },
  higher: { da: 'Højere er bedre', en: 'Higher is better' },
  own: { da: 'Egen kommune eller enhed', en: 'Own municipality or unit' },
  per: { da: 'Nøgletal pr. (1 eller fx 1.000)', en: 'Key figure per (1, or e.g. 1,000)' },
  template: { da: 'Skabelon', en: 'Template' },
  name: { da: 'Navn', en: 'Name' },
  numerator: { da: 'Tæller', en: 'Numerator' },
  denominator: { da: 'Nævner', en: 'Denominator' },
  given: { da: 'Givet nøgletal', en: 'Given key figure' },
  volume: { da: 'Volumen', en: 'Volume' },
  value: { da: 'Nøgletal', en: 'Key figure' },
  rank: { da: 'Rang (1 = bedst)', en: 'Rank (1 = best)' },
  gapMean: { da: 'Afstand til gennemsnit', en: 'Gap to mean' },
  gapMedian: { da: 'Afstand til median', en: 'Gap to median' },
  gapQuartile: { da: 'Afstand til bedste kvartil', en: 'Gap to best quartile' },
  gapBest: { da: 'Afstand til bedste', en: 'Gap to best' },
  statistics: { da: 'Statistik', en: 'Statistics' },
  mean: { da: 'Gennemsnit', en: 'Mean' },
  weightedMean: {
    da: 'Vægtet gennemsnit (sum af tællere / sum af nævnere)',
    en: 'Weighted mean (sum of numerators / sum of denominators)',
  },
  median: { da: 'Median', en: 'Median' },
  q1: { da: 'Nedre kvartil', en: 'Lower quartile' },
  q3: { da: 'Øvre kvartil', en: 'Upper quartile' },
  min: { da: 'Mindste', en: 'Minimum' },
  max: { da: 'Største', en: 'Maximum' },
  potentials: { da: 'Potentiale for egen række (indikation)', en: 'Potential of the own row (indication)' },
  toMean: { da: 'Til gennemsnittet', en: 'To the mean' },
  toMedian: { da: 'Til medianen', en: 'To the median' },
  toQuartile: { da: 'Til bedste kvartil', en: 'To the best quartile' },
  toBest: { da: 'Til bedste række', en: 'To the best row' },
  targets: {
    da: 'Mål (fx landsgennemsnit eller eget basisår)',
    en: 'Targets (e.g. national average or own base year)',
  },
  targetLabel: { da: 'Mål', en: 'Target' },
  targetValue: { da: 'Værdi', en: 'Value' },
  potential: { da: 'Potentiale', en: 'Potential' },
  targetGap: { da: 'Afstand', en: 'Gap' },
  caution: {
    da: 'Afstande er indikationer til videre undersøgelse, ikke automatiske besparelser (KL fraråder automatisk nivellering).',
    en: 'Gaps are indications for further study, not automatic savings (KL advises against automatic levelling).',
  },
  totals: {
    da: 'Samlet potentiale, hvis alle rækker når målet (intern benchmark)',
    en: 'Total potential if every row reaches the target (internal benchmark)',
  },
  toWeightedMean: { da: 'Til det vægtede gennemsnit', en: 'To the weighted mean' },
  contribution: { da: 'Bidrag', en: 'Contribution' },
  sortKey: { da: 'Sorteringsnøgle', en: 'Sort key' },
  position: { da: 'Plads', en: 'Place' },
  others: { da: 'Øvrige', en: 'Others' },
  ownBar: { da: 'Egen', en: 'Own' },
  rankingTitle: { da: 'Rangordning, bedste først', en: 'Ranking, best first' },
  notFound: { da: 'egen række ikke fundet', en: 'own row not found' },
  noVolume: { da: 'udfyld volumen for egen række', en: "fill in the own row's volume" },
  rowError: { da: 'Skriv et tal.', en: 'Enter a number.' },
  listError: { da: 'Vælg en værdi fra listen.', en: 'Choose a value from the list.' },
} satisfies Record<string, Localized>;
