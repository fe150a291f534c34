/**
 * Every kind of sheet the product writes, as plan sets (a workbook each): each golden business
 * case (with its management summary and Beregn block), benchmark and realisation case as
 * `gevinst build` writes it, every catalogue entry with inputs in every input cell, and every
 * template as a freshly inserted, empty instance in both languages.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { plansForCase } from '../../src/sheet/registry';
import { validateCase } from '../../src/engine/case-file';
import { planBenchmark } from '../../src/sheet/benchmark-plan';
import { planBusinessCase } from '../../src/sheet/business-case-plan';
import { planEntry } from '../../src/sheet/entry-plan';
import type { SheetPlan } from '../../src/sheet/plan';
import { templateForGallery } from '../../src/sheet/registry';
import { benchmarkParameters } from '../../src/templates/benchmark';
import { businessCaseParameters } from '../../src/templates/business-case';
import { BENCHMARK_ENTRIES, CATALOGUE, CATALOGUE_MODELS } from '../../src/templates/catalogue';
import { GALLERY } from '../../src/templates/gallery';
import { inputsFor } from './model-inputs';

const GOLDEN_CASES = join(__dirname, '../fixtures/goldens/cases');
const EXAMPLES = join(__dirname, '../../examples');

export interface PlanSet {
  readonly name: string;
  readonly plans: readonly SheetPlan[];
}

export function everyPlanSet(): PlanSet[] {
  const out: PlanSet[] = [];
  readdirSync(GOLDEN_CASES)
    .filter((f) => f.endsWith('.json'))
    .forEach((f, i) => {
      const parsed = validateCase(JSON.parse(readFileSync(join(GOLDEN_CASES, f), 'utf8')));
      if (!parsed.ok) throw new Error(`${f} does not validate`);
      const plans = plansForCase(parsed.value, i % 2 === 0 ? 'da' : 'en');
      if (!plans.ok) throw new Error(`${f} does not build`);
      out.push({ name: f, plans: plans.value });
    });
  // Every example the README offers, in both languages: the refund-loss tracker, the release list, the
  // risk register and simulation sheets come only from case files.
  for (const f of readdirSync(EXAMPLES).filter((x) => x.endsWith('.json'))) {
    const parsed = validateCase(JSON.parse(readFileSync(join(EXAMPLES, f), 'utf8')), {
      models: CATALOGUE_MODELS,
      benchmarks: BENCHMARK_ENTRIES,
    });
    if (!parsed.ok) throw new Error(`examples/${f} does not validate`);
    for (const lang of ['da', 'en'] as const) {
      const plans = plansForCase(parsed.value, lang);
      if (plans.ok) out.push({ name: `examples/${f} (${lang})`, plans: plans.value });
    }
  }
  // A business case with every analysis Beregn writes below it (scenarios, tornado, grid, break-even).
  const example = JSON.parse(readFileSync(join(EXAMPLES, 'business-case.json'), 'utf8')) as object;
  const analysed = validateCase({
    ...example,
    scenarios: [
      { name: 'Pessimistisk', gainFactor: 0.8, costFactor: 1.1, investmentFactor: 1.2 },
      { name: 'Forventet' },
    ],
    sensitivity: { step: 0.1 },
    grid: { rates: [0.02, 0.035, 0.05], gainFactors: [0.8, 1, 1.2] },
    breakEven: { paybackWithin: 5 },
  });
  if (!analysed.ok) throw new Error('the analysed business case does not validate');
  for (const lang of ['da', 'en'] as const) {
    const plans = plansForCase(analysed.value, lang);
    if (!plans.ok) throw new Error('the analysed business case does not build');
    out.push({ name: `business case with every analysis (${lang})`, plans: plans.value });
  }
  CATALOGUE.forEach((entry, i) => {
    const lang = i % 2 === 0 ? 'da' : 'en';
    const inputs = entry.template.kind === 'model' ? inputsFor(entry.template.model) : new Map<string, number>();
    out.push({ name: `${entry.id} filled in`, plans: [planEntry(entry, lang, inputs)] });
  });
  for (const lang of ['da', 'en'] as const) {
    for (const t of GALLERY) {
      // The gallery's templates that open no form, inserted as they are (with a card's preset: a wording, an example).
      const plan = t.form === null ? templateForGallery(t.id)?.insert?.({ ...t.preset, language: lang }) : undefined;
      if (plan?.ok) out.push({ name: `${t.id} empty (${lang})`, plans: [plan.value] });
    }
    out.push({
      name: `business case empty (${lang})`,
      plans: [planBusinessCase(businessCaseParameters.parse({ language: lang }))],
    });
    out.push({
      name: `benchmark empty (${lang})`,
      plans: [planBenchmark(benchmarkParameters.parse({ language: lang, rows: 6, targets: 2 }))],
    });
  }
  return out;
}
