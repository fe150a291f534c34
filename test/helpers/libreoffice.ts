/** Recalculating workbooks with LibreOffice headless, the independent engine of the tests. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * A LibreOffice profile that recalculates every formula of an .xlsx file on load, cached value or
 * not (Calc › Formula › Recalculation on file load: always): the files `gevinst build` writes carry
 * the values Gevinst computed, and a parity test must not read those back.
 */
export function alwaysRecalculate(profile: string): void {
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(
    join(profile, 'user', 'registrymodifications.xcu'),
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
      '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n' +
      '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n' +
      '</oor:items>\n',
  );
}

/**
 * Converts xlsx files to xlsx through LibreOffice, which computes every formula on load (whatever
 * value the file caches); returns the recalculated files' paths, in order. One soffice start for all.
 */
export function recalculate(files: readonly string[]): string[] {
  const work = mkdtempSync(join(tmpdir(), 'gevinst-lo-'));
  const out = join(work, 'out');
  alwaysRecalculate(join(work, 'profile'));
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'xlsx', '--outdir', out, ...files],
    { stdio: 'pipe', timeout: 240_000 },
  );
  return files.map((f) => join(out, basename(f)));
}
