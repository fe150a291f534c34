/** Recalculating workbooks with LibreOffice headless, the independent engine of the tests. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * Converts xlsx files to xlsx through LibreOffice, which computes every formula that carries no
 * cached value; returns the recalculated files' paths, in order. One soffice start for all.
 */
export function recalculate(files: readonly string[]): string[] {
  const work = mkdtempSync(join(tmpdir(), 'gevinst-lo-'));
  const out = join(work, 'out');
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'xlsx', '--outdir', out, ...files],
    { stdio: 'pipe', timeout: 240_000 },
  );
  return files.map((f) => join(out, basename(f)));
}
