/**
 * The sheets made for a business case: a risk register or a simulation is linked to its case by
 * its title (`="Risikoregister: "&'Business case'!$B$3`), a reference Excel keeps when either
 * sheet is renamed. One sync reads every sheet's identity and A1; nothing is written.
 */
import { IDENTITY_NAME, templateOf } from '../sheet/identity';
import type { RunExcel } from './run';

export interface LinkedSheet {
  readonly name: string;
  readonly templateId: string;
}

/** The sheet a title formula refers to: `…&'It''s'!$B$3` → It's; null when it refers to none. */
export function titleSource(formula: unknown): string | null {
  if (typeof formula !== 'string') return null;
  const m = /&(?:'((?:[^']|'')+)'|([^'!&"]+))!\$?[A-Z]+\$?\d+\s*$/.exec(formula);
  if (!m) return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null);
}

export async function sheetsLinkedTo(run: RunExcel, businessCase: string): Promise<LinkedSheet[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const read = sheets.items.map((sheet) => {
      const a1 = sheet.getRange('A1');
      a1.load('formulas');
      sheet.names.load('items/name,items/formula');
      return { sheet, a1 };
    });
    await context.sync();
    return read.flatMap(({ sheet, a1 }) => {
      const identity = sheet.names.items.find((n) => n.name === IDENTITY_NAME)?.formula;
      const templateId = identity === undefined ? null : templateOf(identity);
      if (templateId === null || sheet.name === businessCase) return [];
      return titleSource(a1.formulas[0]?.[0]) === businessCase ? [{ name: sheet.name, templateId }] : [];
    });
  });
}
