/** Sheet names cut as a reader would: at a word, within Excel's 31 characters, no trailing space. */
import { fitSheetName } from '../../src/sheet/sheet-name';
import { planEntry } from '../../src/sheet/entry-plan';
import { CATALOGUE } from '../../src/templates/catalogue';

test.each([
  ['A07 Digitalisering af udlægshåndtering', 'A07 Digitalisering af'],
  ['Kort navn', 'Kort navn'],
  ['Præcis enogtredive tegn i navnet', 'Præcis enogtredive tegn i'],
  ['Etmegetlangtordudenmellemrumsomaldrigslutter', 'Etmegetlangtordudenmellemrumsom'],
  ['Budget: 2026/27 [udkast]', 'Budget  2026 27  udkast'.replace(/\s+/g, ' ')],
  ['Statistik for Nøgletal - ældreområdet', 'Statistik for Nøgletal'],
])('%s → %s', (text, name) => {
  expect(fitSheetName(text)).toBe(name);
  expect(fitSheetName(text).length).toBeLessThanOrEqual(31);
});

test('no catalogue sheet name is cut inside a word or ends in a space, in either language', () => {
  const bad = CATALOGUE.flatMap((e) =>
    (['da', 'en'] as const).flatMap((lang) => {
      const name = planEntry(e, lang).sheetName;
      const full = `${e.id} ${e.title[lang]}`;
      const cut = full.startsWith(name) && name.length < full.length;
      const cutInWord = cut && !/\s/.test(full.charAt(name.length));
      return name.length > 31 || /\s$/.test(name) || cutInWord ? [`${lang}: ${name}`] : [];
    }),
  );
  expect(bad).toEqual([]);
});
