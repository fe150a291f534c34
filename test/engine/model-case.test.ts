/**
 * A catalogue case's inputs checked against its model, and the model's results: which keys a
 * case file may write (a whole row, or one cell of a several-column table), how a wrong key, a
 * wrong count, text, a non-word and an out-of-range figure are reported by JSON path, and that a
 * result resting on a blank required input is withheld with a warning rather than shown as 0.
 */
import { computeCatalogueCase, inputKeys, modelInputs } from '../../src/engine/model-case';
import { keyOf, type Model } from '../../src/engine/model';
import { formatIssue } from '../../src/engine/messages';

const w = (s: string) => ({ da: `${s}-da`, en: s });

/** One-column table `bc` (hours, rate, optional extra) and a three-year table `res` with a choice column. */
const model: Model = {
  tables: [
    {
      id: 'bc',
      title: w('Business case'),
      columns: [{ id: 'value', label: w('Value') }],
      rows: [
        { id: 'hours', label: w('Hours') },
        { id: 'rate', label: w('Rate'), values: [300] },
        { id: 'extra', label: w('Extra'), optional: true },
        {
          id: 'cost',
          label: w('Cost'),
          formula: {
            k: 'op',
            op: '+',
            a: { k: 'op', op: '*', a: { k: 'cell', row: 'hours' }, b: { k: 'cell', row: 'rate' } },
            b: { k: 'cell', row: 'extra' },
          },
        },
      ],
    },
    {
      id: 'res',
      title: w('Result'),
      columns: [
        { id: 'y1', label: w('Y1') },
        { id: 'y2', label: w('Y2') },
        { id: 'y3', label: w('Y3') },
      ],
      rows: [
        { id: 'gain', label: w('Gain') },
        {
          id: 'net',
          label: w('Net'),
          formula: { k: 'op', op: '/', a: { k: 'cell', row: 'gain' }, b: { k: 'n', v: 0 } },
        },
      ],
    },
    {
      id: 'pick',
      title: w('Pick'),
      columns: [
        { id: 'n', label: w('N') },
        {
          id: 'kind',
          label: w('Kind'),
          choices: [
            { da: 'Ja', en: 'Yes' },
            { da: 'Nej', en: 'No' },
          ],
        },
      ],
      rows: [{ id: 'row', label: w('Row'), optional: true }],
    },
  ],
  results: [
    { id: 'cost', label: w('Cost'), expr: { k: 'cell', table: 'bc', row: 'cost' }, format: 'amount' },
    {
      id: 'hours2',
      label: w('Hours twice'),
      expr: { k: 'op', op: '*', a: { k: 'cell', table: 'bc', row: 'hours' }, b: { k: 'n', v: 2 } },
      format: 'hours',
    },
    { id: 'net', label: w('Net'), expr: { k: 'cell', table: 'res', row: 'net', col: 'y1' }, format: 'amount' },
    { id: 'gain', label: w('Gain'), expr: { k: 'sum', table: 'res', row: 'gain' }, format: 'amount' },
    {
      id: 'ok',
      label: w('Is it'),
      expr: { k: 'cmp', op: '>=', a: { k: 'n', v: 2 }, b: { k: 'n', v: 1 } },
      format: 'text',
    },
    { id: 'word', label: w('Word'), expr: { k: 'cell', table: 'pick', row: 'row', col: 'kind' }, format: 'text' },
  ],
};

test('a one-column row is one key; a several-column row is a key for the row and one per cell', () => {
  const keys = inputKeys(model);
  expect([...keys.keys()]).toEqual([
    'bc.hours',
    'bc.rate',
    'bc.extra',
    'res.gain',
    'res.gain.y1',
    'res.gain.y2',
    'res.gain.y3',
    'pick.row',
    'pick.row.n',
    'pick.row.kind',
  ]);
  expect(keys.get('res.gain')?.map(keyOf)).toEqual(['res.gain.y1', 'res.gain.y2', 'res.gain.y3']);
  expect(keys.get('bc.hours')?.map(keyOf)).toEqual(['bc.hours.value']);
  expect(keys.has('bc.cost')).toBe(false);
});

test('good inputs become cell values; a word is stored in Danish whichever language it was given in', () => {
  const r = modelInputs(model, {
    'bc.hours': 10,
    'res.gain': [1, null, 3],
    'res.gain.y2': 2,
    'pick.row.kind': 'No',
    'pick.row.n': 7,
  });
  expect(r.issues).toEqual([]);
  expect(Object.fromEntries(r.values)).toEqual({
    'bc.hours.value': 10,
    'res.gain.y1': 1,
    'res.gain.y2': 2,
    'res.gain.y3': 3,
    'pick.row.kind': 'Nej',
    'pick.row.n': 7,
  });
  expect(modelInputs(model, { 'pick.row': [null, 'Ja'] }).values.get('pick.row.kind')).toBe('Ja');
});

const messages = (inputs: Parameters<typeof modelInputs>[1]) =>
  modelInputs(model, inputs).issues.map((i) => formatIssue(i, 'en'));

test('an unknown key names the rows a case may fill in', () => {
  expect(messages({ 'bc.cost': 1 })).toEqual([
    'inputs["bc.cost"]: expected one of bc.hours, bc.rate, bc.extra, res.gain, pick.row, got "bc.cost"',
  ]);
});

test('a row needs an array of its length; a cell needs one value', () => {
  expect(messages({ 'res.gain': [1, 2] })).toEqual(['inputs["res.gain"]: expected an array of 3 values, got 2 values']);
  expect(messages({ 'res.gain': 5 })).toEqual(['inputs["res.gain"]: expected an array of 3 values, got one value']);
  expect(messages({ 'bc.hours': [5, 6] })).toEqual(['inputs["bc.hours"]: expected one value, got 2 values']);
  expect(modelInputs(model, { 'res.gain': 5 }).issues.map((i) => formatIssue(i, 'da'))).toEqual([
    'inputs["res.gain"]: forventede en liste med 3 værdier, fik én værdi',
  ]);
  expect(modelInputs(model, { 'bc.hours': [5] }).values.get('bc.hours.value')).toBe(5);
  expect(modelInputs(model, { 'res.gain': [1, 2] }).issues.map((i) => formatIssue(i, 'da'))).toEqual([
    'inputs["res.gain"]: forventede en liste med 3 værdier, fik 2 værdier',
  ]);
});

test('text, and numbers out of range, are refused at their place in the array', () => {
  expect(messages({ 'res.gain': [1, '2', 3] })).toEqual(['inputs["res.gain"][1]: expected a number, got "2"']);
  expect(messages({ 'bc.hours': 'ti' })).toEqual(['inputs["bc.hours"]: expected a number, got "ti"']);
  expect(messages({ 'bc.hours': 2e15 })).toEqual([
    'inputs["bc.hours"]: expected a number between -1000000000000000 and 1000000000000000, got 2000000000000000',
  ]);
  expect(messages({ 'bc.hours': -2e15 })).toHaveLength(1);
  expect(modelInputs(model, { 'bc.hours': 1e15 }).issues).toEqual([]);
  expect(modelInputs(model, { 'bc.hours': 2e15 }).values.size).toBe(0);
});

test('a choice cell takes only its words, in either language', () => {
  expect(messages({ 'pick.row.kind': 'Måske' })).toEqual([
    'inputs["pick.row.kind"]: expected one of "Ja", "Yes", "Nej", "No", got "Måske"',
  ]);
  expect(messages({ 'pick.row.kind': 1 })).toHaveLength(1);
  expect(modelInputs(model, { 'pick.row.kind': 'Måske' }).values.size).toBe(0);
});

describe('results', () => {
  const run = (inputs: Record<string, number | string>, lang: 'da' | 'en' = 'en') =>
    computeCatalogueCase('X01', model, new Map(Object.entries(inputs)), lang);

  test('a result on a blank required input is withheld and names the input, warned once', () => {
    const r = run({});
    expect(r.template).toBe('catalogue');
    expect(r.entry).toBe('X01');
    const cost = r.results.find((x) => x.id === 'cost');
    expect(cost).toEqual({ id: 'cost', label: 'Cost', value: null, format: 'amount', missing: ['bc.hours'] });
    expect(r.results.find((x) => x.id === 'hours2')?.missing).toEqual(['bc.hours']);
    const warnings = r.issues.filter((i) => i.code === 'blank_required');
    expect(warnings.map((i) => i.path)).toEqual([
      ['inputs', 'bc.hours'],
      ['inputs', 'res.gain.y1'],
      ['inputs', 'res.gain.y2'],
      ['inputs', 'res.gain.y3'],
    ]);
    expect(warnings.every((i) => i.severity === 'warning')).toBe(true);
  });

  test('filled in, a result is its figure, in the language asked for', () => {
    const r = run({ 'bc.hours.value': 2, 'res.gain.y1': 1, 'res.gain.y2': 2, 'res.gain.y3': 3 }, 'da');
    expect(r.results.find((x) => x.id === 'cost')).toEqual({
      id: 'cost',
      label: 'Cost-da',
      value: 600,
      format: 'amount',
      missing: [],
    });
    expect(r.results.find((x) => x.id === 'gain')?.value).toBe(6);
    expect(r.results.find((x) => x.id === 'ok')?.value).toBe('TRUE');
    // An optional blank cell shown by a formula is 0, as the sheet shows it.
    expect(r.results.find((x) => x.id === 'word')?.value).toBe(0);
    expect(run({ 'pick.row.kind': 'Nej' }).results.find((x) => x.id === 'word')?.value).toBe('Nej');
  });

  test('a result that is an Excel error is withheld with a warning naming the error', () => {
    const r = run({ 'bc.hours.value': 2, 'res.gain.y1': 1, 'res.gain.y2': 2, 'res.gain.y3': 3 });
    expect(r.results.find((x) => x.id === 'net')?.value).toBeNull();
    const errors = r.issues.filter((i) => i.code === 'figure_error');
    expect(errors).toEqual([
      { code: 'figure_error', severity: 'warning', path: ['results', 'net'], params: { received: '#DIV/0!' } },
    ]);
    expect(r.issues.filter((i) => i.code === 'blank_required')).toEqual([]);
  });

  test('an error behind a blank input is reported as the blank, not as the error', () => {
    const r = run({ 'bc.hours.value': 2 });
    expect(r.results.find((x) => x.id === 'net')?.missing).toEqual(['res.gain.y1']);
    expect(r.issues.some((i) => i.code === 'figure_error')).toBe(false);
  });
});
