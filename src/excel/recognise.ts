/**
 * Recognises the template instance on the active sheet, after save, reopen and sharing:
 * the sheet's own names (`Gevinst_Template` on the template stamp cell, `Gevinst_Instance` with
 * the instance id) say what it is; the custom XML part with the same instance id adds the
 * layout. A workbook whose parts were lost (or one built by `gevinst build`) is still
 * recognised by its names. Two syncs.
 */
import { NAMES } from '../sheet/business-case-plan';
import { INSTANCE_NAMESPACE, instanceFromXml, type InstanceRecord } from '../sheet/instance-xml';
import { INSTANCE_NAME } from './insert-plan';
import type { RunExcel } from './run';

export interface RecognisedInstance {
  readonly sheetName: string;
  readonly templateId: string;
  readonly templateVersion: number;
  readonly instanceId: string | null;
  /** The persisted record when its custom XML part was found. */
  readonly record: InstanceRecord | null;
}

/** `business-case@1` → id and version. */
export function parseStamp(stamp: unknown): { templateId: string; templateVersion: number } | null {
  const m = typeof stamp === 'string' ? /^([a-z0-9-]+)@(\d+)$/.exec(stamp.trim()) : null;
  return m ? { templateId: m[1] ?? '', templateVersion: Number(m[2]) } : null;
}

export async function recogniseActiveInstance(run: RunExcel): Promise<RecognisedInstance | null> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name');
    const stampName = sheet.names.getItemOrNullObject(NAMES.template);
    const stampRange = stampName.getRangeOrNullObject();
    stampRange.load('values');
    const idName = sheet.names.getItemOrNullObject(INSTANCE_NAME);
    idName.load('formula');
    const parts = context.workbook.customXmlParts.getByNamespace(INSTANCE_NAMESPACE);
    parts.load('items/id');
    await context.sync();

    const stamp = stampRange.isNullObject ? null : parseStamp(stampRange.values[0]?.[0]);
    if (!stamp) return null;
    const instanceId = idName.isNullObject ? null : (/^="([^|"]*)/.exec(idName.formula)?.[1] ?? null);
    const xmls = parts.items.map((p) => p.getXml());
    await context.sync();

    const record =
      xmls.map((x) => instanceFromXml(x.value)).find((r) => r !== null && r.instanceId === instanceId) ?? null;
    return { sheetName: sheet.name, ...stamp, instanceId, record };
  });
}
