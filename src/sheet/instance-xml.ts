/**
 * An instance's identity as a custom XML part, persisted with the workbook so the add-in
 * recognises the instance after save, reopen and sharing (DESIGN.md §5). The part holds the same
 * identity text as the sheet's name `Gevinst_Shape` (one codec, identity.ts), and the instance id
 * that the sheet carries in its name `Gevinst_Instance`, which travels with the sheet through
 * renames and survives where custom XML parts do not. Where rows are follows from the identity's
 * parameters by the template's layout; no positions are stored.
 *
 * Parts written before the identity moved here carried the template, version and language as
 * attributes (and the positions as `<layout>` elements, now ignored): they are still read.
 */
import { IDENTITY_NAME, identityText, parseIdentity, type Identity } from './identity';
import type { SheetPlan } from './plan';

export const INSTANCE_NAMESPACE = 'urn:gevinst:instance:1';

export interface InstanceRecord {
  readonly instanceId: string;
  /** The sheet's name at insert time; the instance id, not the name, identifies the sheet. */
  readonly sheetName: string;
  readonly identity: Identity;
}

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const unescape = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&');

/** A plan's identity: the one its `Gevinst_Shape` name holds, else its template, version and language. */
export function planIdentity(plan: SheetPlan): Identity {
  const named = plan.names.find((n) => n.name === IDENTITY_NAME);
  const parsed = named && 'formula' in named ? parseIdentity(named.formula) : null;
  const m = plan.metadata;
  return parsed ?? { templateId: m.templateId, version: m.templateVersion, language: m.language, params: {} };
}

export function instanceToXml(r: InstanceRecord): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<instance xmlns="${INSTANCE_NAMESPACE}" identity="${escape(identityText(r.identity))}" ` +
    `instanceId="${escape(r.instanceId)}" sheetName="${escape(r.sheetName)}"/>`
  );
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m?.[1] === undefined ? undefined : unescape(m[1]);
}

/** The identity of a part written before the codec: its attributes, without parameters. */
function attributeIdentity(root: string): Identity | null {
  const templateId = attribute(root, 'template');
  const version = Number(attribute(root, 'version'));
  const language = attribute(root, 'language');
  if (!templateId || !Number.isInteger(version) || (language !== 'da' && language !== 'en')) return null;
  return parseIdentity(`${templateId}@${version};lang=${language}`);
}

/** Reads back what `instanceToXml` (or an earlier version) wrote; null for anything else. */
export function instanceFromXml(xml: string): InstanceRecord | null {
  const root = /<instance\s[^>]*>/.exec(xml)?.[0];
  if (!root || !root.includes(INSTANCE_NAMESPACE)) return null;
  const text = attribute(root, 'identity');
  const identity = text === undefined ? attributeIdentity(root) : parseIdentity(text);
  const instanceId = attribute(root, 'instanceId');
  const sheetName = attribute(root, 'sheetName');
  if (!identity || !instanceId || sheetName === undefined) return null;
  return { instanceId, sheetName, identity };
}
