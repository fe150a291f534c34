/**
 * One codec for an instance's identity: which template (id and version), in which sheet
 * language, with the parameters its layout follows from (horizon and lines of a business case,
 * rows of a benchmark, the catalogue entry, …). Every template writes it the same way, as the
 * text constant of the sheet-scoped name `Gevinst_Shape`:
 *
 *   business-case@1;h=10;g=3;c=2;i=2;lang=da
 *   catalogue@1;entry=A07;lang=en
 *
 * and every reader (recognition, check, the catalogue sheet, the potential sent from a benchmark)
 * reads it with `parseIdentity`.
 */

export const IDENTITY_NAME = 'Gevinst_Shape';

export type IdentityValue = string | number;

export interface Identity {
  readonly templateId: string;
  readonly version: number;
  readonly language: 'da' | 'en';
  /** In the order written; whole numbers are read back as numbers. */
  readonly params: Readonly<Record<string, IdentityValue>>;
}

const ID = /^[a-z0-9-]+$/;
const KEY = /^[a-z]+$/;
const VALUE = /^[A-Za-z0-9_.-]*$/;

export function identityText(i: Identity): string {
  if (!ID.test(i.templateId)) throw new Error(`identity: template id ${JSON.stringify(i.templateId)}`);
  const params = Object.entries(i.params).map(([k, v]) => {
    if (!KEY.test(k) || k === 'lang' || !VALUE.test(String(v))) throw new Error(`identity: parameter ${k}=${v}`);
    return `;${k}=${v}`;
  });
  return `${i.templateId}@${i.version}${params.join('')};lang=${i.language}`;
}

/** The formula of the name: a string constant. */
export const identityFormula = (i: Identity): string => `="${identityText(i)}"`;

/** Reads an identity from the name's formula (`="…"`) or its text; null when it is none. */
export function parseIdentity(formula: string): Identity | null {
  const text = formula.trim().replace(/^="?/, '').replace(/"$/, '');
  const [head, ...parts] = text.split(';');
  const m = /^([a-z0-9-]+)@(\d+)$/.exec(head ?? '');
  if (!m) return null;
  const params: Record<string, IdentityValue> = {};
  let language: 'da' | 'en' | undefined;
  for (const part of parts) {
    const eq = part.indexOf('=');
    const key = part.slice(0, eq);
    const value = part.slice(eq + 1);
    if (eq < 1 || !KEY.test(key) || !VALUE.test(value) || key in params) return null;
    if (key === 'lang') {
      if (value !== 'da' && value !== 'en') return null;
      language = value;
    } else params[key] = /^\d+$/.test(value) ? Number(value) : value;
  }
  if (language === undefined) return null;
  return { templateId: m[1] ?? '', version: Number(m[2]), language, params };
}

/** The template an identity names, even when its parameters were edited out of shape. */
export function templateOf(formula: string): string | null {
  return /^="?([a-z0-9-]+)@\d+(;|"?$)/.exec(formula.trim())?.[1] ?? null;
}
