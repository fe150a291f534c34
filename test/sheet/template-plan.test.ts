/**
 * The gallery and the insert path read the same definitions: a template that opens no form can be
 * planned from its id alone, in either language, and one with a form cannot (its settings come
 * from the form). A catalogue entry is inserted by its id too.
 */
import { planTemplate } from '../../src/sheet/template-plan';
import { GALLERY } from '../../src/templates/gallery';

test.each(GALLERY.map((t) => [t.id, t.form] as const))(
  '%s (form %s) is planned directly exactly when it has no form',
  (id, form) => {
    for (const lang of ['da', 'en'] as const) {
      const plan = planTemplate(id, lang);
      if (form === null) {
        expect(plan).not.toBeNull();
        expect(plan?.metadata.language).toBe(lang);
      } else expect(plan).toBeNull();
    }
  },
);

test('the gallery has both kinds, and a catalogue entry is planned by its id', () => {
  expect(GALLERY.filter((t) => t.form === null).length).toBeGreaterThan(0);
  expect(GALLERY.filter((t) => t.form !== null).map((t) => t.form)).toEqual(['business-case', 'benchmark']);
  expect(planTemplate('A07', 'en')?.metadata.templateId).toBe('catalogue');
  expect(planTemplate('Z99', 'en')).toBeNull();
});
