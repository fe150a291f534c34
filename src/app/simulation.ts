/**
 * The Monte Carlo of the business case on the active sheet, from the task pane: read the case (a
 * year cell holding `=(min+4*likely+max)/6` is a three-point estimate) and the risks of its risk
 * register, let a worker simulate them, and write the results on the case's simulation sheet:
 * its own block rewritten in place when the sheet still holds what the last run wrote, a new
 * sheet when the user has typed into it (nothing of theirs is lost).
 */
import type { BusinessCaseFile } from '../engine/business-case-schema';
import { validateCase } from '../engine/case-file';
import { issue, type Issue } from '../engine/issue';
import type { Language } from '../engine/messages';
import type { SimulationOutput } from '../engine/simulation/output';
import { insertPlan } from '../excel/insert-plan';
import { sheetsLinkedTo } from '../excel/linked-sheets';
import { readActiveSheet } from '../excel/read-instance';
import { rewriteSimulation } from '../excel/write-simulation';
import { parseA1Range } from '../sheet/address';
import { businessCaseLayout } from '../sheet/business-case-layout';
import { calculationDate } from '../sheet/calculation-date';
import { IDENTITY_NAME, parseIdentity } from '../sheet/identity';
import { readRiskRegister } from '../sheet/read-risk-register';
import type { Shape } from '../sheet/shape';
import {
  planSimulation,
  readFingerprint,
  SIMULATION_HASH_NAME,
  SIMULATION_NAME,
  simulationSheetParametersFrom,
} from '../sheet/simulation-plan';
import { block, localRegion } from './calculate';
import { guarded, inspectActiveInstance, type Deps, type Outcome } from './use-cases';

export interface SimulationSource {
  /** The case as read, with the register's risks (no simulation options: the pane adds them). */
  readonly file: BusinessCaseFile;
  readonly businessCase: string;
  /** The business case's sheet language, which its simulation sheet speaks too. */
  readonly language: Language;
  readonly shape: Pick<Shape, 'horizon' | 'lines'>;
  /** Lines with at least one three-point estimate, and risks read from the register. */
  readonly uncertainLines: number;
  readonly risks: number;
  readonly register: string | null;
}

export interface WrittenSimulation {
  readonly sheetName: string;
  /** True when the case's simulation sheet was rewritten; false when a new one was added. */
  readonly replaced: boolean;
  /** A simulation sheet the user typed into, left as it was. */
  readonly kept?: string;
}

const issuesOf = (issues: Issue[]): Outcome<never> => ({ ok: false, failure: { kind: 'issues', issues } });

/** The cell of a path read from the register, or of the first figure under it (`risks.0.consequence` → its min). */
function cellOf(cells: ReadonlyMap<string, string>, path: readonly (string | number)[]): string | undefined {
  const key = path.join('.');
  return cells.get(key) ?? [...cells].find(([k]) => k.startsWith(`${key}.`))?.[1];
}

export async function prepareSimulation(deps: Deps, lang: Language): Promise<Outcome<SimulationSource>> {
  const o = await inspectActiveInstance(deps, lang);
  if (!o.ok) return o;
  const { checked, shape, snapshot } = o.value;
  if (!checked.input || !checked.result)
    return issuesOf(checked.issues.length > 0 ? checked.issues : [issue('not_instance', [])]);
  const input = checked.input;
  return guarded(lang, async () => {
    const linked = await sheetsLinkedTo(deps.run, snapshot.sheetName);
    const register = linked.find((s) => s.templateId === 'risk-register')?.name ?? null;
    let risks: NonNullable<BusinessCaseFile['risks']> = [];
    let cells: ReadonlyMap<string, string> = new Map();
    if (register !== null) {
      const sheet = await readActiveSheet(deps.run, register);
      const language = parseIdentity(sheet.names.get(IDENTITY_NAME) ?? '')?.language ?? shape.language;
      if (sheet.cells) {
        const read = readRiskRegister(sheet.cells, language);
        if (read.issues.length > 0) return issuesOf(read.issues);
        risks = read.risks;
        cells = read.cells;
      }
    }
    const file: BusinessCaseFile = risks.length > 0 ? { ...input, risks } : input;
    const valid = validateCase(file);
    if (!valid.ok || valid.value.template !== 'business-case')
      return issuesOf(
        (valid.ok ? [] : valid.issues).map((i) => {
          const cell = i.cell ?? cellOf(cells, i.path);
          return cell === undefined ? i : { ...i, cell };
        }),
      );
    const uncertainLines = valid.value.lines.filter((l) => l.values?.some((v) => typeof v !== 'number')).length;
    if (uncertainLines === 0 && risks.length === 0) return issuesOf([issue('nothing_uncertain', [])]);
    return {
      ok: true,
      value: {
        file: valid.value,
        businessCase: snapshot.sheetName,
        language: shape.language,
        shape: { horizon: shape.horizon, lines: shape.lines },
        uncertainLines,
        risks: risks.length,
        register,
      },
    };
  });
}

export async function writeSimulation(
  deps: Deps,
  lang: Language,
  source: SimulationSource,
  output: SimulationOutput,
): Promise<Outcome<WrittenSimulation>> {
  return guarded(lang, async (): Promise<Outcome<WrittenSimulation>> => {
    const layout = businessCaseLayout(source.shape.horizon, source.shape.lines);
    const bc = { sheet: source.businessCase, layout };
    const plan = planSimulation(simulationSheetParametersFrom(output, bc, source.language, calculationDate()));
    const linked = await sheetsLinkedTo(deps.run, source.businessCase);
    const existing = linked.find((s) => s.templateId === 'simulation');
    if (existing) {
      const sheet = await readActiveSheet(deps.run, existing.name);
      const region = localRegion(sheet.names.get(SIMULATION_NAME));
      const stored = /^="([0-9a-f]{8})"$/.exec(sheet.names.get(SIMULATION_HASH_NAME) ?? '')?.[1];
      if (region !== null && stored === readFingerprint(block(sheet.cells, parseA1Range(region)))) {
        await rewriteSimulation(deps.run, {
          sheetName: existing.name,
          plan,
          previousRegion: region,
          existingNames: new Set(sheet.names.keys()),
          existingCharts: sheet.charts,
          existingStyles: sheet.styles,
        });
        return { ok: true, value: { sheetName: existing.name, replaced: true } };
      }
      const inserted = await insertPlan(deps.run, plan, deps.newId());
      return { ok: true, value: { sheetName: inserted.sheetName, replaced: false, kept: existing.name } };
    }
    const inserted = await insertPlan(deps.run, plan, deps.newId());
    return { ok: true, value: { sheetName: inserted.sheetName, replaced: false } };
  });
}
