/**
 * One registry: the gallery, the pane's insert, `gevinst build`, `gevinst calc` and recognition
 * all read it. These tests hold it to the gallery and to every sheet the product writes, so a
 * template added to one and not the other fails here.
 */
import { validateCase } from '../../src/engine/case-file';
import { parseIdentity } from '../../src/sheet/identity';
import { planIdentity } from '../../src/sheet/instance-xml';
import { TEMPLATES, plansForCase, templateById, templateForGallery } from '../../src/sheet/registry';
import { GALLERY } from '../../src/templates/gallery';
import { EXAMPLE_CASES } from '../../src/templates/example-cases';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { insertFromGallery } from '../../src/app/use-cases';
import { FakeExcelHost } from '../fakes/fake-excel';
import { everyPlanSet } from '../helpers/all-plans';

test('every gallery entry inserts exactly one registered template, and every registered gallery entry is offered', () => {
  const cards = (x: (typeof TEMPLATES)[number]): string[] => [
    ...(x.gallery ? [x.gallery.id] : []),
    ...(x.variants ?? []).map((v) => v.id),
  ];
  for (const t of GALLERY) expect(TEMPLATES.filter((x) => cards(x).includes(t.id))).toHaveLength(1);
  expect(TEMPLATES.flatMap(cards).sort()).toEqual(GALLERY.map((t) => t.id).sort());
});

test("the measurement in Fremfærd's words: its third bottom line is økonomi / effektivisering", async () => {
  // Fremfærd, "Mere kerneopgave og mindre bureaukrati" (seed 001): "de tre bundlinjer trivsel, kvalitet og
  // økonomi", the third "Effektivisering af opgaveløsningen"; the default keeps KL's produktivitet.
  const host = new FakeExcelHost();
  const deps = { run: host.run, newId: () => 'id' };
  const fremfaerd = await insertFromGallery(deps, 'triple-bottom-line-fremfaerd', { language: 'da' }, 'da');
  const kl = await insertFromGallery(deps, 'triple-bottom-line', { language: 'da' }, 'da');
  if (!fremfaerd.ok || !kl.ok) throw new Error('not inserted');
  const texts = (sheet: string): unknown[] => [...host.sheet(sheet).cells.values()].map((c) => c.value);
  expect(texts(fremfaerd.value.sheetName)).toContain('Økonomi / effektivisering');
  expect(texts(fremfaerd.value.sheetName)).not.toContain('Produktivitet');
  expect(texts(kl.value.sheetName)).toContain('Produktivitet');
  expect(texts(kl.value.sheetName)).not.toContain('Økonomi / effektivisering');
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

test('every case calc accepts builds, a time-savings case too', () => {
  const c = validateCase({
    template: 'time-savings',
    title: 'T',
    items: [{ label: 'x', savingPerUnit: 235, units: 10 }],
  });
  if (!c.ok) throw new Error(JSON.stringify(c.issues));
  const plans = plansForCase(c.value, 'da');
  expect(plans.ok && plans.value.map((p) => p.metadata.templateId)).toEqual(['time-savings']);
});

test("Høje-Taastrup's investment case (seed 002) is in the gallery with its figures, the same as examples/", async () => {
  const file = JSON.parse(
    readFileSync(join(__dirname, '../../examples/hoeje-taastrup-investment.json'), 'utf8'),
  ) as unknown;
  expect(EXAMPLE_CASES['hoeje-taastrup']).toEqual(file);
  const host = new FakeExcelHost();
  const deps = { run: host.run, newId: () => 'id' };
  const inserted = await insertFromGallery(deps, 'example-hoeje-taastrup', { language: 'da' }, 'da');
  if (!inserted.ok) throw new Error(JSON.stringify(inserted));
  const values = [...host.sheet(inserted.value.sheetName).cells.values()].map((c) => c.value);
  // "1,61 mio. kr. i 2015 … 1,1 mio. kr. i 2016 og 2017"; "10,3 mio. kr. årligt fra og med 2018" (t.kr.).
  expect(values).toEqual(
    expect.arrayContaining([1610, 1100, 10300, 'Investering i den faglige omstilling på Socialområdet for voksne']),
  );
  const unknown = templateForGallery('business-case')?.insert?.({ example: 'x', language: 'da' });
  expect(unknown).toMatchObject({ ok: false, issues: [{ code: 'invalid_value', path: ['example'] }] });
});
