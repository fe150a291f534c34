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
