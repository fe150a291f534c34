/** "Om Gevinst": what Office says about itself, in lines a user can copy and send. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aboutLines, collectAbout } from '../../src/app/about';

/** The version the build gives the add-in (jest sets it as webpack does, from package.json). */
const VERSION = (JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { version: string })
  .version;

function office(maxMinor: number | null): typeof Office {
  return {
    context: {
      diagnostics: { host: 'Excel', platform: 'OfficeOnline', version: '16.0.18025.42000' },
      requirements: {
        isSetSupported: (set: string, v: string) =>
          maxMinor !== null && set === 'ExcelApi' && Number(v.split('.')[1]) <= maxMinor,
      },
    },
  } as unknown as typeof Office;
}

test('host, platform, Office version and the highest ExcelApi, in either language', () => {
  const info = collectAbout(office(17));
  expect(info).toEqual({
    version: VERSION,
    host: 'Excel',
    platform: 'OfficeOnline',
    officeVersion: '16.0.18025.42000',
    excelApi: '1.17',
  });
  expect(aboutLines(info, 'da')).toEqual([
    `Gevinst ${VERSION}`,
    'Vært: Excel',
    'Platform: OfficeOnline',
    'Office: 16.0.18025.42000',
    'ExcelApi: 1.1–1.17',
  ]);
});

test('an Excel below ExcelApi 1.8 is told what Gevinst needs; outside Office everything is unknown', () => {
  expect(aboutLines(collectAbout(office(7)), 'en')[4]).toBe('ExcelApi: 1.1–1.7 (Gevinst needs 1.8)');
  expect(aboutLines(collectAbout(undefined), 'en')).toEqual([
    `Gevinst ${VERSION}`,
    'Host: unknown',
    'Platform: unknown',
    'Office: unknown',
    'ExcelApi: none reported (Gevinst needs 1.8)',
  ]);
});
