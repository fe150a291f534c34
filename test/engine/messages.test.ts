/** The message catalogue: every issue reads in both languages, with every parameter it is given. */
import { issue, type IssueParams } from '../../src/engine/issue';
import { formatIssue, issueMessage, ISSUE_CODES } from '../../src/engine/messages';

/** Parameters that answer any name with a value that says which it was: «received», «allowed», … */
const anyParams = new Proxy({} as Record<string, string>, {
  get: (_, key) => (typeof key === 'string' ? `«${key}»` : undefined),
  has: () => true,
}) as IssueParams;

test.each(ISSUE_CODES)('%s reads in English and Danish, and differently', (code) => {
  const en = issueMessage(issue(code, ['x'], anyParams), 'en');
  const da = issueMessage(issue(code, ['x'], anyParams), 'da');
  for (const m of [en, da]) {
    expect(m.length).toBeGreaterThan(20);
    expect(m).not.toMatch(/\bundefined\b|«undefined»/);
  }
  expect(da).not.toBe(en);
});

/** Every parameter name a message may ask for: the words issue makers give. */
const PARAMETERS = new Set([
  'received',
  'receivedDa',
  'expected',
  'expectedDa',
  'allowed',
  'allowedDa',
  'field',
  'line',
  'column',
  'byte',
  'limit',
  'detail',
  'min',
  'likely',
  'max',
  'appliesTo',
  'appliesToDa',
  'suggestion',
  'suggestionDa',
  'reading',
  'readingDa',
  'other',
  'otherDa',
  'name',
  'row',
  'from',
  'entry',
  'template',
  'sheet',
  'rounding',
  'roots',
]);

test.each(ISSUE_CODES)('%s asks only for parameters that issues give', (code) => {
  for (const lang of ['en', 'da'] as const) {
    const asked: string[] = [];
    const recording = new Proxy({} as Record<string, string>, {
      get: (_, key) => {
        if (typeof key === 'string') asked.push(key);
        return typeof key === 'string' ? `«${key}»` : undefined;
      },
      has: () => true,
    }) as IssueParams;
    issueMessage(issue(code, ['x'], recording), lang);
    expect(asked.filter((k) => !PARAMETERS.has(k))).toEqual([]);
  }
});

test('a message is in English unless Danish is asked for', () => {
  const i = issue('no_years', []);
  expect(issueMessage(i)).toBe(issueMessage(i, 'en'));
  expect(issueMessage(i)).not.toBe(issueMessage(i, 'da'));
});

test('a line of the wrong length names the whole horizon in both languages', () => {
  const i = issue('line_length_mismatch', ['lines', 0, 'values'], { expected: 10, received: 9 });
  expect(issueMessage(i, 'en')).toBe(
    'expected 10 yearly values (År 1..År 10), got 9; every line must cover the whole horizon, missing years are not filled in',
  );
  expect(issueMessage(i, 'da')).toBe(
    'forventede 10 årlige værdier (År 1..År 10), fik 9; hver linje skal dække hele tidshorisonten, manglende år udfyldes ikke',
  );
});

test.each(ISSUE_CODES)('%s shows every value it names', (code) => {
  for (const lang of ['en', 'da'] as const) {
    const m = issueMessage(issue(code, ['x'], anyParams), lang);
    // A message that names a value shows it; one with a missing parameter would show '?'.
    expect(m).not.toMatch(/ \?(,|;|\)|$| )/);
  }
});

test('a warning is marked in both languages, and the cell takes the place of the path', () => {
  const w = { ...issue('date_text', ['date'], { received: '"x"' }, 'warning'), cell: 'Ark!B7' };
  expect(formatIssue(w, 'en')).toBe('Ark!B7: warning: expected a date, got the text "x"');
  expect(formatIssue(w, 'da')).toBe('Ark!B7: advarsel: forventede en dato, fik teksten "x"');
  expect(formatIssue(issue('no_years', []), 'en')).toMatch(/^case: the case has no yearly values/);
});

describe('branches a message takes on its parameters', () => {
  const both = (code: Parameters<typeof issue>[0], params: IssueParams) =>
    (['en', 'da'] as const).map((lang) => issueMessage(issue(code, ['x'], params), lang));

  test('a text or date without a suggestion asks for the value; with one it offers it', () => {
    expect(both('text_number', { received: '"tolv"' })).toEqual([
      'expected a number, got the text "tolv"',
      'forventede et tal, fik teksten "tolv"',
    ]);
    expect(both('text_number', { received: '"12,5 kr"', suggestion: '12.5', suggestionDa: '12,5' })).toEqual([
      'expected a number, got the text "12,5 kr"; did you mean 12.5?',
      'forventede et tal, fik teksten "12,5 kr"; mente du 12,5?',
    ]);
    expect(both('date_text', { received: '"snart"' })).toEqual([
      'expected a date, got the text "snart"',
      'forventede en dato, fik teksten "snart"',
    ]);
    expect(both('date_text', { received: '"1/2"', suggestion: '2027-02-01' })).toEqual([
      'expected a date, got the text "1/2"; did you mean 2027-02-01?',
      'forventede en dato, fik teksten "1/2"; mente du 2027-02-01?',
    ]);
  });

  test('a division by zero is explained as one; any other formula error is called a formula error', () => {
    const [en0, da0] = both('figure_error', { received: '#DIV/0!' });
    expect(en0).toBe('this figure gives #DIV/0! (a division by zero: an input it divides by is 0); check its inputs');
    expect(da0).toBe(
      'tallet giver #DIV/0! (division med nul: et input, der divideres med, er 0); kontrollér dets input',
    );
    expect(both('figure_error', { received: '#N/A' })).toEqual([
      'this figure gives #N/A (a formula error); check its inputs',
      'tallet giver #N/A (en formelfejl); kontrollér dets input',
    ]);
  });

  test('a list parameter is joined with commas; a missing one shows as ?', () => {
    expect(both('invalid_value', { allowed: ['"service"', '"construction"'], received: '"drift"' })).toEqual([
      'expected one of "service", "construction", got "drift"',
      'forventede en af "service", "construction", fik "drift"',
    ]);
    expect(both('invalid_value', {})).toEqual(['expected one of ?, got ?', 'forventede en af ?, fik ?']);
  });

  test("Danish messages give the engine's descriptions of values in Danish", () => {
    const da = (received: string) => both('invalid_type', { expected: 'a number', expectedDa: 'et tal', received })[1];
    expect(da('nothing')).toBe('forventede et tal, fik ingenting');
    expect(da('a list')).toBe('forventede et tal, fik en liste');
    expect(da('an object')).toBe('forventede et tal, fik et objekt');
    expect(da('one value')).toBe('forventede et tal, fik én værdi');
    expect(da('12 values')).toBe('forventede et tal, fik 12 værdier');
    expect(da('about 12 values')).toBe('forventede et tal, fik about 12 values');
    expect(da('12 values or more')).toBe('forventede et tal, fik 12 values or more');
    expect(da('"12 values"')).toBe('forventede et tal, fik "12 values"');
    expect(da('true')).toBe('forventede et tal, fik true');
    expect(both('invalid_value', { allowed: 'a catalogue id', received: 'a mix' })[1]).toBe(
      'forventede en af et katalognummer, fik en blanding',
    );
    expect(both('too_big', { expected: 'x', expectedDa: 'y', received: '5 %', receivedDa: '5 pct.' })).toEqual([
      'expected x, got 5 %',
      'forventede y, fik 5 pct.',
    ]);
  });

  test('an error carries no tag; a warning is tagged in its language', () => {
    const e = issue('blank_required', ['inputs', 'bc.hours'], { expected: 'bc.hours', expectedDa: 'bc.hours' });
    expect(formatIssue(e, 'en')).toBe('inputs["bc.hours"]: a value is required here: bc.hours');
    expect(formatIssue({ ...e, severity: 'warning' }, 'da')).toBe(
      'inputs["bc.hours"]: advarsel: her skal stå en værdi: bc.hours',
    );
    expect(formatIssue(e)).toBe(formatIssue(e, 'en'));
  });
});
