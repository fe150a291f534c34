/**
 * What follows a business case, made from the one on the active sheet: its management summary and
 * its benefit realisation plan, each a new sheet whose figures are formulas on the business
 * case's cells (the business case itself is only read). Three syncs: read, then insert.
 */
import { businessCaseLayout, type BusinessCaseLayout } from '../sheet/business-case-layout';
import type { Section } from '../engine/business-case-schema';
import { issue } from '../engine/issue';
import type { Language } from '../engine/messages';
import { insertPlan } from '../excel/insert-plan';
import { a1 } from '../sheet/address';
import { planRealisation } from '../sheet/realisation-plan';
import { blankRiskRegisterParameters, planRiskRegister } from '../sheet/risk-register-plan';
import { defaultArea, planSummary } from '../sheet/summary-plan';
import { guarded, inspectActiveInstance, type Deps, type InsertedSheet, type Outcome } from './use-cases';

interface CaseLine {
  readonly section: Section;
  readonly row: number;
  readonly label: string;
}

/** The lines of the active business case and its layout, or why there is none. */
async function activeCase(
  deps: Deps,
  lang: Language,
): Promise<
  Outcome<{ sheet: string; layout: BusinessCaseLayout; lines: CaseLine[]; language: Language; largest: number }>
> {
  const o = await inspectActiveInstance(deps, lang);
  if (!o.ok) return o;
  const { shape, snapshot } = o.value;
  const layout = businessCaseLayout(shape.horizon, shape.lines);
  const cells = snapshot.cells;
  if (!cells) return { ok: false, failure: { kind: 'issues', issues: [issue('not_instance', [])] } };
  const at = (r: number): string => String(cells.values[r - cells.rowOffset]?.[0 - cells.colOffset] ?? '');
  const lines = (['gain', 'cost', 'investment'] as const).flatMap((section) =>
    Array.from({ length: layout.sections[section].count }, (_, i) => {
      const row = layout.sections[section].first + i;
      return { section, row, label: at(row) };
    }),
  );
  // The largest yearly total of costs or investments (summed from the lines: the inputs, which a
  // read returns whether or not Excel has recalculated): the scale a risk's consequence is measured on.
  const valueAt = (r: number, c: number): number => {
    const v = cells.values[r - cells.rowOffset]?.[c - cells.colOffset];
    return typeof v === 'number' ? v : 0;
  };
  const totals = (['cost', 'investment'] as const).flatMap((section) =>
    Array.from({ length: layout.horizon }, (_, k) =>
      Math.abs(
        lines.filter((l) => l.section === section).reduce((sum, l) => sum + valueAt(l.row, layout.firstYearCol + k), 0),
      ),
    ),
  );
  const largest = Math.max(0, ...totals);
  return { ok: true, value: { sheet: snapshot.sheetName, layout, lines, language: shape.language, largest } };
}

/** A gain line sent from a benchmark is marked "(anslået)"; the summary starts from that. */
const markedEstimated = (label: string): boolean => /\((anslået|estimated)\)\s*$/i.test(label);

export async function insertSummaryForActive(deps: Deps, lang: Language): Promise<Outcome<InsertedSheet>> {
  return guarded(lang, async () => {
    const c = await activeCase(deps, lang);
    if (!c.ok) return c;
    const plan = planSummary({
      language: c.value.language,
      businessCase: { sheet: c.value.sheet, layout: c.value.layout },
      lines: c.value.lines.map((l) => ({
        section: l.section,
        area: defaultArea(l.section, l.label),
        ...(l.section === 'gain' && markedEstimated(l.label) ? { evidence: 'estimated' as const } : {}),
      })),
    });
    const inserted = await insertPlan(deps.run, plan, deps.newId());
    return { ok: true, value: { sheetName: inserted.sheetName } };
  });
}

export async function insertRealisationForActive(deps: Deps, lang: Language): Promise<Outcome<InsertedSheet>> {
  return guarded(lang, async () => {
    const c = await activeCase(deps, lang);
    if (!c.ok) return c;
    const { horizon: years, firstYearCol: first } = c.value.layout;
    const quoted = `'${c.value.sheet.replace(/'/g, "''")}'`;
    const gains = c.value.lines
      .filter((l) => l.section === 'gain')
      .map((l) => ({
        labelFormula: `=${quoted}!${a1(l.row, 0, true)}`,
        valueFormulas: Array.from({ length: years }, (_, k) => `=${quoted}!${a1(l.row, first + k, true)}`),
        ...(markedEstimated(l.label) ? { evidence: 'estimated' as const } : {}),
      }));
    const plan = planRealisation({
      language: c.value.language,
      title: undefined,
      years,
      basis: 'fte',
      rounding: 1,
      unit: 't.kr.',
      gains,
      keys: Array.from({ length: 5 }, () => ({})),
      linkedTo: c.value.sheet,
    });
    const inserted = await insertPlan(deps.run, plan, deps.newId());
    return { ok: true, value: { sheetName: inserted.sheetName } };
  });
}

/**
 * The risk register of the active business case, on a new sheet linked to it: twelve blank risks
 * (more rows can be added), their expected cost discounted by the case's factors, and the NPV after
 * expected risks read from the case's NPV. Consequence levels step by a fifth of the case's largest
 * yearly cost or investment total.
 */
export async function insertRiskRegisterForActive(deps: Deps, lang: Language): Promise<Outcome<InsertedSheet>> {
  return guarded(lang, async () => {
    const c = await activeCase(deps, lang);
    if (!c.ok) return c;
    const plan = planRiskRegister(blankRiskRegisterParameters(c.value, c.value.language, c.value.largest));
    const inserted = await insertPlan(deps.run, plan, deps.newId());
    return { ok: true, value: { sheetName: inserted.sheetName } };
  });
}
