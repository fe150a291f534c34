/**
 * @jest-environment jsdom
 */
import { cleanup, render, screen } from '@testing-library/react';
import { InsertedBar } from '../../src/taskpane/OutcomeBar';
import { installDomStubs, PaneRenderer } from './setup';

installDomStubs();
afterEach(cleanup);

test.each([
  ['da', 'failed', /Indsat på arket «Business case»\. Excel tog ikke imod udskriftsopsætningen; vælg Sidelayout/],
  ['en', 'failed', /Inserted on the sheet «Business case»\. Excel did not take the print set-up/],
  ['da', 'set', /^Indsat på arket «Business case»\.$/],
  ['da', 'unsupported', /^Indsat på arket «Business case»\.$/],
] as const)('an insert in %s whose print set-up is %s says so', (lang, print, text) => {
  render(
    <PaneRenderer>
      <InsertedBar outcome={{ ok: true, value: { sheetName: 'Business case', print } }} lang={lang} />
    </PaneRenderer>,
  );
  expect(screen.getByText(text)).toBeTruthy();
});
