/** Words of the pane that state a figure: they must say what the engine computes with. */
import { DISCOUNT_PRESETS, type DiscountPreset } from '../../src/engine/discount';
import { TEXT } from '../../src/taskpane/i18n';

const KEYS: Record<DiscountPreset, 'fm2021' | 'fm2013'> = { 'fm-2021': 'fm2021', 'fm-2013': 'fm2013' };

test.each(Object.keys(KEYS) as DiscountPreset[])(
  'the %s option shows the preset’s own rates, in both languages',
  (preset) => {
    const rates = DISCOUNT_PRESETS[preset].bands.map((b) => Math.round(b.rate * 1e4) / 100);
    const words = TEXT[KEYS[preset]];
    expect(words.en).toBe(`${DISCOUNT_PRESETS[preset].label} (${rates.map((r) => `${r} %`).join(' / ')})`);
    expect(words.da).toBe(
      `${DISCOUNT_PRESETS[preset].label} (${rates.map((r) => `${String(r).replace('.', ',')} %`).join(' / ')})`,
    );
  },
);
