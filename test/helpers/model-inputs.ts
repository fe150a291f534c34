/** A deterministic value for every input cell of a catalogue model: words cycle through the choices, numbers vary. */
import { cellDef, cellsOf, keyOf, type Model } from '../../src/engine/model';

export function inputsFor(model: Model): Map<string, number | string> {
  const out = new Map<string, number | string>();
  cellsOf(model).forEach((k, i) => {
    const def = cellDef(model, k);
    if (def.kind !== 'input') return;
    const row = model.tables.find((t) => t.id === k.table)?.rows.find((r) => r.id === k.row);
    const col = model.tables.find((t) => t.id === k.table)?.columns.find((c) => c.id === k.col);
    if (def.choices) out.set(keyOf(k), def.choices[i % def.choices.length]?.da ?? '');
    else if ((row?.format ?? col?.format) === 'percent') out.set(keyOf(k), ((i * 7) % 40) / 100 + 0.01);
    else out.set(keyOf(k), ((i * 37) % 97) * 10 + 3.5);
  });
  return out;
}
