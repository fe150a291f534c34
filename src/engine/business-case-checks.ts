/**
 * Checks of a business case that span fields: the horizon, every values line covering
 * exactly År 1..År N, three-point estimates in order, gain types only on gains.
 */
import { MAX_SECTION_LINES, SECTIONS } from './business-case-limits';
import type { BusinessCaseFile } from './business-case-schema';
import { issue, type Issue } from './issue';

/** The horizon: `years` when given, else the longest values line (profiles extend to it). */
export function horizonOf(c: BusinessCaseFile): number {
  return c.years ?? Math.max(0, ...c.lines.map((l) => l.values?.length ?? 0));
}

export function checkBusinessCase(c: BusinessCaseFile): Issue[] {
  const issues: Issue[] = [];
  const years = horizonOf(c);
  if (years === 0) issues.push(issue('no_years', ['lines']));
  for (const section of SECTIONS) {
    const count = c.lines.filter((l) => l.section === section).length;
    if (count > MAX_SECTION_LINES) {
      issues.push(
        issue('too_big', ['lines'], {
          expected: `at most ${MAX_SECTION_LINES} "${section}" lines`,
          expectedDa: `højst ${MAX_SECTION_LINES} "${section}"-linjer`,
          received: `${count}`,
        }),
      );
    }
  }
  c.lines.forEach((line, i) => {
    const at = ['lines', i];
    if ((line.values === undefined) === (line.profile === undefined)) {
      issues.push(issue('duplicate_profile', at));
    }
    if (line.gainType !== undefined && line.section !== 'gain') {
      issues.push(
        issue('not_applicable', [...at, 'gainType'], {
          field: 'gainType',
          appliesTo: 'gain lines',
          appliesToDa: 'gevinstlinjer',
        }),
      );
    }
    if (line.values && years > 0 && line.values.length !== years) {
      issues.push(issue('line_length_mismatch', [...at, 'values'], { expected: years, received: line.values.length }));
    }
    line.values?.forEach((v, k) => {
      if (typeof v !== 'number' && !(v.min <= v.likely && v.likely <= v.max)) {
        issues.push(issue('three_point_order', [...at, 'values', k], { min: v.min, likely: v.likely, max: v.max }));
      }
    });
  });
  c.risks?.forEach((risk, i) => {
    const at = ['risks', i];
    const e = risk.consequence;
    if (!(e.min <= e.likely && e.likely <= e.max))
      issues.push(issue('three_point_order', [...at, 'consequence'], { min: e.min, likely: e.likely, max: e.max }));
    if (years > 0 && risk.year > years)
      issues.push(issue('year_beyond_horizon', [...at, 'year'], { received: risk.year, expected: years }));
  });
  if (c.simulation?.paybackWithin !== undefined && years > 0 && c.simulation.paybackWithin > years)
    issues.push(
      issue('year_beyond_horizon', ['simulation', 'paybackWithin'], {
        received: c.simulation.paybackWithin,
        expected: years,
      }),
    );
  // One rating per person affected and bottom line: a second one would contradict the first.
  const seen = new Set<string>();
  (c.qualitative?.consequences ?? []).forEach((x, i) => {
    const key = `${x.for}/${x.aspect}`;
    if (seen.has(key))
      issues.push(
        issue('invalid_value', ['qualitative', 'consequences', i], {
          allowed: 'one consequence per "for" and "aspect"',
          received: `a second ${key}`,
        }),
      );
    seen.add(key);
  });
  return issues;
}
