/** What the gallery shows of the benchmark template (apart from its zod schema, as for the business case). */
import type { TemplateInfo } from './template';

export const BENCHMARK: TemplateInfo = {
  id: 'benchmark',
  version: 1,
  kind: 'benchmark',
  form: 'benchmark',
  title: { da: 'Benchmark', en: 'Benchmark' },
  purpose: {
    da: 'Nøgletal på tværs af kommuner eller enheder: gennemsnit, median, kvartiler, rang, afstande og potentialer.',
    en: 'Key figures across municipalities or units: mean, median, quartiles, rank, gaps and potentials.',
  },
  source: {
    da: 'KL, Kommunale veje til effektivisering (2017), benchmarkmodeller side 57-68',
    en: 'KL, Kommunale veje til effektivisering (2017), benchmark models on pages 57-68',
  },
};
