/**
 * One registry: the gallery, the pane's insert, `gevinst build`, `gevinst calc` and recognition
 * all read it. These tests hold it to the gallery and to every sheet the product writes, so a
 * template added to one and not the other fails here.
 */
import { validateCase } from '../../src/engine/case-file';
import { parseIdentity } from '../../src/sheet/identity';
import { planIdentity } from '../../src/sheet/instance-xml';
import { BUILDABLE, TEMPLATES, plansForCase, templateById, templateForGallery } from '../../src/sheet/registry';
import { GALLERY } from '../../src/templates/gallery';
import { everyPlanSet } from '../helpers/all-plans';

test('every gallery entry inserts exactly one registered template, and every registered gallery entry is offered', () => {
  for (const t of GALLERY) expect(TEMPLATES.filter((x) => x.gallery?.id === t.id)).toHaveLength(1);
  const offered = TEMPLATES.flatMap((x) => (x.gallery ? [x.gallery.id] : []));
  expect(offered.sort()).toEqual(GALLERY.map((t) => t.id).sort());
});

test.each(GALLERY.map((t) => [t.id] as const))(
  '%s is inserted with its defaults, in either language, as what it says',
  (id) => {
    const template = templateForGallery(id);
    for (const language of ['da', 'en'] as const) {
      const plan = template?.insert?.({ language });
      if (!plan?.ok) throw new Error(`${id}: ${JSON.stringify(plan)}`);
      expect(plan.value.metadata.language).toBe(language);
      // The sheet's identity names the registered template, so recognition finds it again.
      expect(planIdentity(plan.value).templateId).toBe(template?.id);
      expect(plan.value.metadata.templateVersion).toBe(template?.version);
    }
  },
);

test('parameters a template refuses come back by path; a catalogue entry is inserted by its id', () => {
  const bc = templateForGallery('business-case')?.insert?.({ horizon: 80 });
  expect(bc).toMatchObject({ ok: false, issues: [{ code: 'too_big', path: ['horizon'] }] });
  const catalogue = templateById('catalogue')?.insert;
  expect(catalogue?.({ entry: 'A07', language: 'en' })).toMatchObject({
    ok: true,
    value: { metadata: { templateId: 'catalogue' } },
  });
  expect(catalogue?.({ entry: 'Z99' })).toMatchObject({ ok: false, issues: [{ path: ['entry'] }] });
  expect(templateForGallery('Z99')).toBeUndefined();
});

test('every sheet the product writes names a registered template in its identity', () => {
  const unknown = everyPlanSet().flatMap((set) =>
    set.plans.flatMap((p) => {
      const named = p.names.find((n) => n.name === 'Gevinst_Shape');
      const identity = named && 'formula' in named ? parseIdentity(named.formula) : null;
      return identity && templateById(identity.templateId)?.version === identity.version
        ? []
        : [`${set.name}: ${p.sheetName}`];
    }),
  );
  expect(unknown).toEqual([]);
});

test('a case that is computed, not built, is refused by build with the templates that build', () => {
  const c = validateCase({
    template: 'time-savings',
    title: 'T',
    items: [{ label: 'x', savingPerUnit: 235, units: 10 }],
  });
  if (!c.ok) throw new Error(JSON.stringify(c.issues));
  expect(BUILDABLE).toEqual(['business-case', 'benchmark', 'realisation', 'catalogue', 'refund-loss', 'release-list']);
  expect(plansForCase(c.value, 'da')).toMatchObject({
    ok: false,
    issues: [{ code: 'invalid_value', path: ['template'], params: { received: '"time-savings"' } }],
  });
});
