/**
 * An instance's identity and layout as a custom XML part, persisted with the workbook so the
 * add-in recognises the instance after save, reopen and sharing (DESIGN.md §5). The part and
 * the sheet share an instance id: the sheet carries it in its sheet-scoped name `Gevinst_Instance`,
 * which travels with the sheet through renames and survives where custom XML parts do not.
 */
import type { InstanceMetadata } from './plan';

export const INSTANCE_NAMESPACE = 'urn:gevinst:instance:1';

export interface InstanceRecord extends InstanceMetadata {
  readonly instanceId: string;
  /** The sheet's name at insert time; the instance id, not the name, identifies the sheet. */
  readonly sheetName: string;
}

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const unescape = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&');

export function instanceToXml(r: InstanceRecord): string {
  const layout = Object.entries(r.layout)
    .map(([key, value]) => `<layout key="${escape(key)}" value="${value}"/>`)
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<instance xmlns="${INSTANCE_NAMESPACE}" template="${escape(r.templateId)}" version="${r.templateVersion}" ` +
    `language="${r.language}" instanceId="${escape(r.instanceId)}" sheetName="${escape(r.sheetName)}">${layout}</instance>`
  );
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m?.[1] === undefined ? undefined : unescape(m[1]);
}

/** Reads back what `instanceToXml` wrote; null for anything else. */
export function instanceFromXml(xml: string): InstanceRecord | null {
  const root = /<instance\s[^>]*>/.exec(xml)?.[0];
  if (!root || !root.includes(INSTANCE_NAMESPACE)) return null;
  const templateId = attribute(root, 'template');
  const version = Number(attribute(root, 'version'));
  const language = attribute(root, 'language');
  const instanceId = attribute(root, 'instanceId');
  const sheetName = attribute(root, 'sheetName');
  if (
    !templateId ||
    !Number.isInteger(version) ||
    (language !== 'da' && language !== 'en') ||
    !instanceId ||
    sheetName === undefined
  ) {
    return null;
  }
  const layout: Record<string, number> = {};
  for (const m of xml.matchAll(/<layout key="([^"]*)" value="(-?\d+)"\/>/g))
    layout[unescape(m[1] ?? '')] = Number(m[2]);
  return { templateId, templateVersion: version, language, instanceId, sheetName, layout };
}
