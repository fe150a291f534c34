/**
 * A case file built in both languages and recalculated by LibreOffice: each language's first sheet
 * as LibreOffice computed it, read cell by cell (a formula cell gives its result).
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildXlsx } from '../../src/cli/build';
import type { CaseFile } from '../../src/engine/case-file';
import { a1 } from '../../src/sheet/address';
import { recalculate } from './libreoffice';

export interface RecalculatedSheet {
  readonly language: 'da' | 'en';
  /** The value LibreOffice computed at a 0-based row and column. */
  readonly value: (row: number, col: number) => unknown;
}

export async function recalculatedInBothLanguages(file: CaseFile): Promise<RecalculatedSheet[]> {
  const dir = mkdtempSync(join(tmpdir(), 'gevinst-both-'));
  const languages = ['da', 'en'] as const;
  const paths: string[] = [];
  for (const language of languages) {
    const bytes = await buildXlsx(file, language);
    if (!bytes.ok) throw new Error(`did not build in ${language}`);
    const path = join(dir, `${language}.xlsx`);
    writeFileSync(path, bytes.value);
    paths.push(path);
  }
  const outs = recalculate(paths);
  if (outs.length !== languages.length) throw new Error('LibreOffice did not recalculate every file');
  return Promise.all(
    outs.map(async (out, i) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const sheet = wb.worksheets[0];
      return {
        language: languages[i] ?? 'da',
        value: (row: number, col: number): unknown => {
          const c = sheet?.getCell(a1(row, col));
          return c?.formula ? c.result : c?.value;
        },
      };
    }),
  );
}
