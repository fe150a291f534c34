/**
 * The stored goldens are what LibreOffice computes today: regenerate them into a temporary
 * folder and compare. This keeps the fixtures honest (no hand-edited expected values).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeMoney } from '../helpers/tolerance';
import { requireTool } from '../helpers/system';

const ROOT = join(__dirname, '../..');
const available = requireTool('soffice', 'LibreOffice recalculates the golden workbooks');

function compare(fresh: unknown, stored: unknown, path: string, out: string[]): void {
  if (typeof stored === 'number' && typeof fresh === 'number') {
    if (!closeMoney(fresh, stored)) out.push(`${path}: stored ${stored}, LibreOffice now ${fresh}`);
  } else if (Array.isArray(stored) && Array.isArray(fresh)) {
    if (stored.length !== fresh.length) out.push(`${path}: stored ${stored.length} items, now ${fresh.length}`);
    stored.forEach((s, i) => compare(fresh[i], s, `${path}[${i}]`, out));
  } else if (stored && typeof stored === 'object' && fresh && typeof fresh === 'object') {
    for (const k of Object.keys(stored))
      compare((fresh as Record<string, unknown>)[k], (stored as Record<string, unknown>)[k], `${path}.${k}`, out);
  } else if (stored !== fresh) out.push(`${path}: stored ${String(stored)}, now ${String(fresh)}`);
}

(available ? test : test.skip)(
  'stored goldens match a fresh LibreOffice recalculation',
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'gevinst-fresh-'));
    try {
      execFileSync('node', [join(ROOT, 'scripts/make-goldens.js'), '--out', dir], { stdio: 'pipe', timeout: 240_000 });
      const fresh = JSON.parse(readFileSync(join(dir, 'goldens.json'), 'utf8')) as { cases: unknown };
      const stored = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/goldens/goldens.json'), 'utf8')) as {
        cases: unknown;
      };
      const differences: string[] = [];
      compare(fresh.cases, stored.cases, 'cases', differences);
      expect(differences).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  300_000,
);
