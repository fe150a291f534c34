/**
 * The template kinds that measure rather than count money: a proposal's realisation steps as a
 * checklist with status and indicators (TPL-13/14), and the before/after measurement of
 * kvalitet, trivsel and produktivitet (the triple bottom line of frisættelsesforsøg 2.0 and
 * Fremfærd).
 */
import type { Model, ModelRow, ModelTable, Words } from '../engine/model';
import { blank, cell, div, eq, ge, ifThen, iferr, le, n, sub, txt, w } from './model-dsl';

const STATUS = [w('Ikke startet', 'Not started'), w('I gang', 'In progress'), w('Gennemført', 'Done')] as const;

/** Which way an indicator should move. Every indicator of the catalogue states it on purpose. */
export type Direction = 'higher' | 'lower';

export interface Indicator {
  readonly label: Words;
  readonly direction: Direction;
}

/** An indicator that should rise (a share managing alone, satisfaction). */
export const higher = (label: Words): Indicator => ({ label, direction: 'higher' });
/** An indicator that should fall (time, price, cases, errors, overcrowding). */
export const lower = (label: Words): Indicator => ({ label, direction: 'lower' });

/** TPL-14: the proposal's realisation steps with an owner and a status, and the indicators to follow. */
export function checklist(o: { steps: readonly Words[]; indicators?: readonly Indicator[] }): Model {
  const done = STATUS[2];
  const steps: ModelTable = {
    id: 'steps',
    title: w('Realisering', 'Realisation'),
    columns: [
      { id: 'status', label: w('Status'), format: 'text', choices: STATUS, noTotal: true },
      {
        id: 'done',
        label: w('Gennemført (1 = ja)', 'Done (1 = yes)'),
        format: 'count',
        formula: ifThen(eq(cell(undefined, 'status'), txt(done)), n(1), n(0)),
      },
    ],
    rows: [
      ...o.steps.map((label, i): ModelRow => ({ id: `step${i + 1}`, label, values: [STATUS[0]] })),
      { id: 'total', label: w('I alt', 'Total'), total: true },
    ],
  };
  const tables: ModelTable[] = [steps];
  if (o.indicators && o.indicators.length > 0)
    tables.push(measurementTable('indicators', w('Indikatorer', 'Indicators'), o.indicators));
  return {
    tables,
    results: [
      {
        id: 'stepsDone',
        label: w('Gennemførte skridt', 'Steps done'),
        expr: cell('total', 'done', 'steps'),
        format: 'count',
      },
      {
        id: 'stepsShare',
        label: w('Andel gennemført', 'Share done'),
        expr: div(cell('total', 'done', 'steps'), n(o.steps.length)),
        format: 'percent',
      },
    ],
  };
}

const HIGHER = w('Højere er bedre', 'Higher is better');
const LOWER = w('Lavere er bedre', 'Lower is better');

/** Indicators with baseline, target and after; change, % change and whether the target is met. */
function measurementTable(id: string, title: Words, indicators: readonly Indicator[]): ModelTable {
  const c = (x: string) => cell(undefined, x);
  return {
    id,
    title,
    columns: [
      { id: 'direction', label: w('Retning', 'Direction'), format: 'text', choices: [HIGHER, LOWER] },
      { id: 'baseline', label: w('Baseline (før)', 'Baseline (before)'), format: 'decimal' },
      { id: 'target', label: w('Mål', 'Target'), format: 'decimal' },
      { id: 'after', label: w('Efter', 'After'), format: 'decimal' },
      {
        id: 'change',
        label: w('Ændring', 'Change'),
        format: 'decimal',
        formula: ifThen(blank(c('after')), txt(w('')), sub(c('after'), c('baseline'))),
      },
      {
        id: 'changePct',
        label: w('Ændring, %', 'Change, %'),
        format: 'percent',
        formula: ifThen(
          blank(c('after')),
          txt(w('')),
          iferr(div(sub(c('after'), c('baseline')), c('baseline')), txt(w(''))),
        ),
      },
      {
        id: 'met',
        label: w('Mål nået', 'Target met'),
        format: 'text',
        formula: ifThen(
          blank(c('after')),
          txt(w('')),
          ifThen(
            ifThen(eq(c('direction'), txt(LOWER)), le(c('after'), c('target')), ge(c('after'), c('target'))),
            txt(w('Ja', 'Yes')),
            txt(w('Nej', 'No')),
          ),
        ),
      },
    ],
    rows: indicators.map((indicator, i): ModelRow => ({
      id: `ind${i + 1}`,
      label: indicator.label,
      ownLabel: true,
      optional: true,
      values: [indicator.direction === 'lower' ? LOWER : HIGHER],
    })),
  };
}

/**
 * How the three bottom lines are worded: kvalitet, trivsel and produktivitet (frisættelsesforsøg
 * 2.0, KL's catalogue), or as Fremfærd's project has them ("Mere kerneopgave og mindre bureaukrati",
 * 15 April 2016): "Bedre velfærd/kvalitet til borgerne", "Godt psykisk og fysisk arbejdsmiljø for
 * medarbejderne og ledere", "Effektivisering af opgaveløsningen" — "de tre bundlinjer trivsel,
 * kvalitet og økonomi".
 */
export type BottomLineWording = 'kl' | 'fremfaerd';
export const BOTTOM_LINES: Readonly<
  Record<BottomLineWording, Readonly<Record<'quality' | 'wellbeing' | 'productivity', Words>>>
> = {
  kl: {
    quality: w('Kvalitet', 'Quality'),
    wellbeing: w('Trivsel', 'Wellbeing'),
    productivity: w('Produktivitet', 'Productivity'),
  },
  fremfaerd: {
    quality: w('Kvalitet: bedre velfærd til borgerne', 'Quality: better welfare for citizens'),
    wellbeing: w(
      'Trivsel: arbejdsmiljø for medarbejdere og ledere',
      'Wellbeing: working environment for staff and managers',
    ),
    productivity: w('Økonomi / effektivisering', 'Economy / efficiency'),
  },
};

/**
 * The triple bottom line: kvalitet, trivsel and produktivitet measured before and after, as
 * frisættelsesforsøg 2.0 and Fremfærd's project describe, with indicators the user renames.
 */
export function tripleBottomLine(
  o: {
    quality?: readonly Indicator[];
    wellbeing?: readonly Indicator[];
    productivity?: readonly Indicator[];
    wording?: BottomLineWording;
  } = {},
): Model {
  // Placeholders the user renames, and whose direction (an input) they set.
  const three = (x: string): Indicator[] => [1, 2, 3].map((i) => higher(w(`${x} ${i}`, `${x} ${i}`)));
  const t = BOTTOM_LINES[o.wording ?? 'kl'];
  return {
    tables: [
      measurementTable('quality', t.quality, o.quality ?? three('Indikator')),
      measurementTable('wellbeing', t.wellbeing, o.wellbeing ?? three('Indikator')),
      measurementTable('productivity', t.productivity, o.productivity ?? three('Indikator')),
    ],
    results: [],
  };
}
