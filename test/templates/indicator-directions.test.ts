/**
 * Every catalogue indicator states which way it should move, as the report means it (seed 004,
 * "Kommunale veje til effektivisering"; the pages quoted beside each). A wrong default turns
 * "Mål nået" upside down: V04's travel time 100 → 70 against a target of 80 is a target met.
 */
import { evaluateModel } from '../../src/engine/model-formula';
import type { Model } from '../../src/engine/model';
import { findEntry } from '../../src/templates/catalogue';

function modelOf(id: string): Model {
  const entry = findEntry(id);
  if (entry?.template.kind !== 'model') throw new Error(`${id} has no model`);
  return entry.template.model;
}

/** Each indicator row's label and prefilled direction ("Højere er bedre" / "Lavere er bedre"). */
function directions(id: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const table of modelOf(id).tables)
    for (const row of table.rows)
      if (table.columns[0]?.id === 'direction') out[row.label.da] = String((row.values?.[0] as { da: string }).da);
  return out;
}

const LOWER = 'Lavere er bedre';
const HIGHER = 'Højere er bedre';

test.each<[string, string, Record<string, string>]>([
  // Side 13: "Mindsket tilgang af nye sager, begrænset udgiftspres, og hurtigere sagsafslutning".
  [
    'V01',
    'fewer new cases and shorter courses',
    { 'Nye sager pr. år': LOWER, 'Gns. varighed til afslutning (måneder)': LOWER },
  ],
  // Side 13: "Mindske antallet borgere, der har behov for bostøtte i eget hjem. Nedbringe varighed og omkostninger i indsatser".
  [
    'V03',
    'fewer in § 85 support, cheaper courses',
    { 'Borgere med § 85-støtte': LOWER, 'Gns. pris pr. forløb (kr.)': LOWER },
  ],
  // Side 13: "Reducere transporttid ved møder".
  ['V04', 'less travel time', { 'Transporttid, timer pr. måned': LOWER, 'Andel møder holdt virtuelt': HIGHER }],
  // Side 13: "Beslutningstagning baseret på relevant data mindsker risikoen for fejlskøn".
  ['V05', 'fewer misjudgements', { 'Fejlvurderinger pr. 100 sager': LOWER }],
  // Side 88: "sagsbehandlerskift reducerer sandsynligheden for, at den ledige kommer i job med 22 %".
  [
    'B05',
    'shorter cases, fewer changes of caseworker',
    { 'Gns. varighed af sager': LOWER, 'Andel borgere med sagsbehandlerskift': LOWER },
  ],
  // Side 104: "Udviklingen i antallet af ledige pladser … overbelægning … Antal bindinger … (de to ovenstående
  // indikatorer kan ses som et resultat af mange bindinger)".
  [
    'S04',
    'no overcrowding, vacant places and constraints fall',
    { 'Overbelægning (pladser)': LOWER, 'Ledige pladser': LOWER, 'Bindinger i visitationsreglerne': LOWER },
  ],
])('%s: %s', (id, _, expected) => {
  expect(directions(id)).toMatchObject(expected);
});

test("S04 follows all four of page 104's indicators", () => {
  expect(Object.keys(directions('S04'))).toEqual([
    'Ledige pladser',
    'Overbelægning (pladser)',
    'Bindinger i visitationsreglerne',
    'Antal private tilbud',
  ]);
});

test('V04: travel time 100 → 70 hours against a target of 80 is "Mål nået: Ja"; 100 → 90 is "Nej"', () => {
  const model = modelOf('V04');
  const met = (after: number): unknown => {
    const inputs = new Map<string, number | string>([
      ['productivity.ind1.baseline', 100],
      ['productivity.ind1.target', 80],
      ['productivity.ind1.after', after],
    ]);
    return evaluateModel(model, inputs, 'da').cells.get('productivity.ind1.met');
  };
  expect(met(70)).toBe('Ja');
  expect(met(90)).toBe('Nej');
});
