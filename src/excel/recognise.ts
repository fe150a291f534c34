/**
 * Recognises the template instance on the active sheet, after save, reopen and sharing, by the
 * one identity codec: the sheet's own names say what it is (`Gevinst_Shape`: template, version,
 * language and the parameters its layout follows from) and which instance (`Gevinst_Instance`);
 * the custom XML part with the same instance id holds the same identity. A workbook whose parts
 * were lost (or one built by `gevinst build`) is recognised by its names; one whose names were
 * lost but not its part, by the part. Two syncs.
 */
import { IDENTITY_NAME, parseIdentity, type Identity } from '../sheet/identity';
import { INSTANCE_NAMESPACE, instanceFromXml, type InstanceRecord } from '../sheet/instance-xml';
import { INSTANCE_NAME } from './insert-plan';
import type { RunExcel } from './run';

export interface RecognisedInstance {
  readonly sheetName: string;
  readonly identity: Identity;
  readonly templateId: string;
  readonly templateVersion: number;
  readonly instanceId: string | null;
  /** The persisted record when its custom XML part was found. */
  readonly record: InstanceRecord | null;
}

export async function recogniseActiveInstance(run: RunExcel): Promise<RecognisedInstance | null> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name');
    const identityName = sheet.names.getItemOrNullObject(IDENTITY_NAME);
    identityName.load('formula');
    const idName = sheet.names.getItemOrNullObject(INSTANCE_NAME);
    idName.load('formula');
    const parts = context.workbook.customXmlParts.getByNamespace(INSTANCE_NAMESPACE);
    parts.load('items/id');
    await context.sync();

    const named = identityName.isNullObject ? null : parseIdentity(identityName.formula);
    const instanceId = idName.isNullObject ? null : (/^="([^|"]*)/.exec(idName.formula)?.[1] ?? null);
    const xmls = instanceId === null ? [] : parts.items.map((p) => p.getXml());
    await context.sync();

    const record =
      xmls.map((x) => instanceFromXml(x.value)).find((r) => r !== null && r.instanceId === instanceId) ?? null;
    const identity = named ?? record?.identity ?? null;
    if (!identity) return null;
    return {
      sheetName: sheet.name,
      identity,
      templateId: identity.templateId,
      templateVersion: identity.version,
      instanceId,
      record,
    };
  });
}
