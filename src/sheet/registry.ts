/**
 * One registry of templates, read by every path that needs to know them: the pane's insert (by
 * the gallery's id, with the form's parameters), `gevinst build` and `gevinst calc` (by a case
 * file's template), and recognition (by the template id in a sheet's identity). Adding a template
 * is an entry here; no caller holds a list of template ids or an `if` over them.
 *
 * The gallery's entries themselves (TemplateInfo: title, purpose, source, form) stay in
 * templates/, light enough for the pane's first render; a test holds the two to each other.
 */
import { MODEL_SHEET_VERSION } from './model-plan';
import { issue } from '../engine/issue';
import { validateCase, type CaseFile } from '../engine/case-file';
import { calculate, nonFinitePaths, type CaseResult, type EngineCase } from '../engine/calculate';
import { computeBusinessCase } from '../engine/business-case';
import { analyse } from '../engine/what-if';
import { fail, ok, type Result } from '../engine/result';
import { fromZodIssues } from '../engine/zod-issues';
import { benchmarkParameters } from '../templates/benchmark';
import { BENCHMARK } from '../templates/benchmark-info';
import { BUSINESS_CASE } from '../templates/business-case-info';
import { businessCaseParameters } from '../templates/business-case';
import { findEntry } from '../templates/catalogue';
import { MEASUREMENT, MEASUREMENT_FREMFAERD } from '../templates/measurement-info';
import { EXAMPLE_CASES } from '../templates/example-cases';
import { HOEJE_TAASTRUP_EXAMPLE } from '../templates/examples-info';
import { REALISATION_INFO } from '../templates/realisation-info';
import type { TemplateInfo } from '../templates/template';
import { BENCHMARK_SHEET, benchmarkSheetSchema, planBenchmark } from './benchmark-plan';
import { planBusinessCase } from './business-case-plan';
import { planEntry } from './entry-plan';
import { lineRowsOf, planOutput, withOutput } from './output-plan';
import type { SheetPlan } from './plan';
import { planRealisation, realisationSheetInput } from './realisation-plan';
import { benchmarkFromSheet, benchmarkSheetOf } from './benchmark-figures';
import { realisationFromSheet } from './realisation-figures';
import { businessCaseWithSummary, calculateOnSheets, type Summary } from './business-case-figures';
import { planSummary } from './summary-plan';
import { RISK_REGISTER, riskRegisterParametersOf } from './risk-register-plan';
import { planEmptyRefundLoss, REFUND_LOSS, refundLossFromSheet } from './refund-loss-plan';
import { planEmptyReleaseList, RELEASE_LIST, releaseListFromSheet } from './release-list-plan';
import { REFUND_LOSS_INFO, RELEASE_LIST_INFO } from '../templates/tracker-info';
import { planSimulation, SIMULATION_SHEET, simulationSheetParametersOf } from './simulation-plan';
import { TIME_SAVINGS_SHEET } from './time-savings-plan';
import { planMeasurement, planEmptyRealisation } from './template-plan';
import { z } from 'zod';

type Language = 'da' | 'en';

/** A template as the add-in meets it in a workbook. */
export interface RegisteredTemplate {
  /** The template id a sheet's identity (`Gevinst_Shape`) names. */
  readonly id: string;
  readonly version: number;
  /** The gallery entry that inserts it; null for a template that follows another (the summary). */
  readonly gallery: TemplateInfo | null;
  /** More gallery entries that insert it with their preset (the measurement in Fremfærd's words). */
  readonly variants?: readonly TemplateInfo[];
  /** Parameters (as the gallery's form or the pane sends them) to the sheet, refused by path. */
  readonly insert: ((raw: unknown) => Result<SheetPlan>) | null;
  /** Whether Kontrollér and Beregn work on an instance (the others are live formulas only). */
  readonly checkable: boolean;
}

const parsed =
  <T>(schema: z.ZodType<T>, plan: (p: T) => SheetPlan) =>
  (raw: unknown): Result<SheetPlan> => {
    const p = schema.safeParse(raw, { reportInput: true });
    return p.success ? ok(plan(p.data)) : fail(fromZodIssues(p.error.issues));
  };

const languageOnly = z.object({ language: z.enum(['da', 'en']).default('da') });
const catalogueInsert = z.strictObject({ entry: z.string(), language: z.enum(['da', 'en']).default('da') });

function insertEntry(raw: unknown): Result<SheetPlan> {
  const p = catalogueInsert.safeParse(raw, { reportInput: true });
  if (!p.success) return fail(fromZodIssues(p.error.issues));
  const entry = findEntry(p.data.entry);
  if (!entry) return fail([issue('invalid_value', ['entry'], { allowed: 'a catalogue id', received: p.data.entry })]);
  return ok(planEntry(entry, p.data.language));
}

const exampleInsert = z.strictObject({ example: z.string(), language: z.enum(['da', 'en']).default('da') });

/** A worked example the gallery inserts with its figures (the business case's sheet); undefined for other parameters. */
function insertExample(raw: unknown): Result<SheetPlan> | undefined {
  if (typeof raw !== 'object' || raw === null || !('example' in raw)) return undefined;
  const p = exampleInsert.safeParse(raw, { reportInput: true });
  if (!p.success) return fail(fromZodIssues(p.error.issues));
  const data = EXAMPLE_CASES[p.data.example];
  const c = data === undefined ? undefined : validateCase(data);
  if (!c?.ok || c.value.template !== 'business-case')
    return fail([
      issue('invalid_value', ['example'], { allowed: Object.keys(EXAMPLE_CASES).join(', '), received: p.data.example }),
    ]);
  const planned = businessCaseWithSummary(c.value, p.data.language);
  return planned.ok ? ok(planned.value.businessCase) : planned;
}

export const TEMPLATES: readonly RegisteredTemplate[] = [
  {
    id: BUSINESS_CASE.id,
    version: BUSINESS_CASE.version,
    gallery: BUSINESS_CASE,
    variants: [HOEJE_TAASTRUP_EXAMPLE],
    insert: (raw) => insertExample(raw) ?? parsed(businessCaseParameters, (p) => planBusinessCase(p))(raw),
    checkable: true,
  },
  {
    id: BENCHMARK.id,
    version: BENCHMARK.version,
    gallery: BENCHMARK,
    insert: parsed(benchmarkParameters, (p) => planBenchmark(p)),
    checkable: false,
  },
  {
    id: REALISATION_INFO.id,
    version: REALISATION_INFO.version,
    gallery: REALISATION_INFO,
    insert: parsed(languageOnly, (p) => planEmptyRealisation(p.language)),
    checkable: false,
  },
  {
    id: 'measurement',
    version: MEASUREMENT.version,
    gallery: MEASUREMENT,
    variants: [MEASUREMENT_FREMFAERD],
    insert: parsed(languageOnly.extend({ wording: z.enum(['kl', 'fremfaerd']).default('kl') }), (p) =>
      planMeasurement(p.language, p.wording),
    ),
    checkable: false,
  },
  { id: 'catalogue', version: MODEL_SHEET_VERSION, gallery: null, insert: insertEntry, checkable: false },
  { id: 'summary', version: 1, gallery: null, insert: null, checkable: false },
  { id: 'risk-register', version: RISK_REGISTER.version, gallery: null, insert: null, checkable: false },
  { id: 'simulation', version: SIMULATION_SHEET.version, gallery: null, insert: null, checkable: false },
  { id: 'time-savings', version: TIME_SAVINGS_SHEET.version, gallery: null, insert: null, checkable: false },
  {
    id: 'refund-loss',
    version: REFUND_LOSS.version,
    gallery: REFUND_LOSS_INFO,
    insert: parsed(languageOnly, (p) => planEmptyRefundLoss(p.language)),
    checkable: false,
  },
  {
    id: 'release-list',
    version: RELEASE_LIST.version,
    gallery: RELEASE_LIST_INFO,
    insert: parsed(languageOnly, (p) => planEmptyReleaseList(p.language)),
    checkable: false,
  },
];

/** The template a sheet's identity names; undefined for one this version does not know. */
export const templateById = (id: string): RegisteredTemplate | undefined => TEMPLATES.find((t) => t.id === id);

/** The template the gallery entry `id` inserts. */
export const templateForGallery = (id: string): RegisteredTemplate | undefined =>
  TEMPLATES.find((t) => t.gallery?.id === id || t.variants?.some((v) => v.id === id));

/** The gallery entry of that id, with the preset it inserts its template with. */
export const galleryEntry = (id: string): TemplateInfo | undefined => {
  const t = templateForGallery(id);
  return t?.gallery?.id === id ? t.gallery : t?.variants?.find((v) => v.id === id);
};

/** What `calc` reports for a case: the engine's figures, with the management summary of a business case. */
export type CalcResult = CaseResult | (CaseResult & { readonly summary: Summary });

/** A kind of case file: which sheets `gevinst build` writes of it, and what `gevinst calc` reports. */
interface CaseKind<C extends CaseFile> {
  /** Every case `calc` accepts builds: the sheets it is, as the add-in would insert them. */
  readonly build: (c: C, lang: Language) => Result<SheetPlan[]>;
  readonly calculate: (c: C) => Result<CalcResult>;
}

const engineOnly = (c: EngineCase): Result<CalcResult> => ok(calculate(c));

function buildBusinessCase(c: Extract<CaseFile, { template: 'business-case' }>, lang: Language): Result<SheetPlan[]> {
  const planned = businessCaseWithSummary(c, lang);
  if (!planned.ok) return planned;
  const { businessCase, summary } = planned.value;
  const analysis = analyse(c);
  const summaryPlan = planSummary(summary);
  const follow = [
    summaryPlan,
    ...(c.risks ? [RISK_REGISTER.plan(riskRegisterParametersOf(c, summary.businessCase, lang))] : []),
    ...(c.simulation ? [planSimulation(simulationSheetParametersOf(c, c.simulation, summary.businessCase, lang))] : []),
  ];
  if (Object.keys(analysis).length === 0) return ok([businessCase, ...follow]);
  const layout = summary.businessCase.layout;
  // The case's lines in template order (gains, costs, investments), as the sheet lays them out.
  const ordered = (['gain', 'cost', 'investment'] as const).flatMap((s) => c.lines.filter((l) => l.section === s));
  const output = planOutput({
    layout,
    startRow: layout.height + 1,
    language: lang,
    unit: c.unit,
    result: computeBusinessCase(c),
    analysis,
    scenarioDefinitions: c.scenarios ?? [],
    sensitivityStep: c.sensitivity?.step ?? 0.1,
    // `build` writes the ends of every three-point estimate as cells beside its line.
    lineRows: lineRowsOf(layout, ordered, () => true),
  });
  return ok([withOutput(businessCase, output), ...follow]);
}

function buildBenchmark(c: Extract<CaseFile, { template: 'benchmark' }>, lang: Language): Result<SheetPlan[]> {
  const params = benchmarkSheetSchema.safeParse(benchmarkSheetOf(c, lang));
  // The case-file schema shares these limits, so a refusal here is a bug; say so by path, never throw.
  if (!params.success) return fail(fromZodIssues(params.error.issues));
  return ok([BENCHMARK_SHEET.plan(params.data)]);
}

function buildCatalogue(c: Extract<CaseFile, { template: 'catalogue' }>, lang: Language): Result<SheetPlan[]> {
  const entry = findEntry(c.entry);
  if (!entry) return fail([issue('invalid_value', ['entry'], { allowed: 'a catalogue id', received: c.entry })]);
  return ok([planEntry(entry, lang, c.values)]);
}

/** Every kind of case file the schema knows; the type requires each to say how it builds and calculates. */
const CASES: { readonly [T in CaseFile['template']]: CaseKind<Extract<CaseFile, { template: T }>> } = {
  'business-case': {
    build: buildBusinessCase,
    calculate: calculateOnSheets,
  },
  benchmark: { build: buildBenchmark, calculate: (c) => ok(benchmarkFromSheet(c)) },
  realisation: {
    build: (c, lang) => ok([planRealisation(realisationSheetInput(c, lang))]),
    calculate: (c) => ok(realisationFromSheet(c)),
  },
  catalogue: { build: buildCatalogue, calculate: engineOnly },
  'refund-loss': {
    build: (c, lang) => ok([REFUND_LOSS.plan({ language: lang, file: c })]),
    calculate: (c) => ok(refundLossFromSheet(c)),
  },
  'release-list': {
    build: (c, lang) => ok([RELEASE_LIST.plan({ language: lang, file: c })]),
    calculate: (c) => ok(releaseListFromSheet(c)),
  },
  'time-savings': {
    build: (c, lang) => ok([TIME_SAVINGS_SHEET.plan({ language: lang, file: c })]),
    calculate: engineOnly,
  },
};

const kindOf = <C extends CaseFile>(c: C): CaseKind<C> => CASES[c.template] as unknown as CaseKind<C>;

/** The sheets a case builds (a business case comes with its management summary, a refusal says why not). */
export function plansForCase(c: CaseFile, lang: Language): Result<SheetPlan[]> {
  return kindOf(c).build(c, lang);
}

/**
 * What `gevinst calc` reports for a validated case, with the promise kept that no figure is ever
 * non-finite without an issue: the schemas bound every input, so a failure here names the figure
 * that still overflowed.
 */
export function calculateCase(c: CaseFile): Result<CalcResult> {
  const result = kindOf(c).calculate(c);
  if (!result.ok) return result;
  const bad = nonFinitePaths(result.value);
  return bad.length === 0 ? result : fail(bad.map((path) => issue('figure_not_finite', path)));
}
