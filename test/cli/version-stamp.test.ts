/**
 * A sheet says which Gevinst wrote it: `gevinst build` run as users run it (bin/gevinst.js) stamps
 * the business case with the package's version and the template's, as the add-in does with the
 * version webpack gives it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

const ROOT = join(__dirname, '../..');
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

test('a built business case names the Gevinst version and the template version under its title', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'gevinst-stamp-')), 'case.xlsx');
  execFileSync('node', [join(ROOT, 'bin/gevinst.js'), 'build', join(ROOT, 'examples/business-case.json'), '-o', out]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.worksheets[0]?.getCell('A2').value).toBe(`Gevinst ${version} · business case · skabelon business-case@3`);
  expect(version).toMatch(/^\d+\.\d+\.\d+/);
});
