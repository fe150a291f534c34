import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { InsertedSheet, Outcome } from '../app/use-cases';
import { formatIssue, type Language } from '../engine/messages';
import { TEXT } from './i18n';

export interface OutcomeBarProps<T> {
  readonly outcome: Outcome<T> | null;
  readonly lang: Language;
  /** The sentence shown on success. */
  readonly success: (value: T) => string;
  readonly failureTitle?: string;
  /** Shown instead of the issues when the form marks them at its fields. */
  readonly issuesSummary?: string;
}

/** What came of inserting a sheet: where it went, or why it did not. */
export function InsertedBar({
  outcome,
  lang,
  issuesSummary,
}: {
  readonly outcome: Outcome<InsertedSheet> | null;
  readonly lang: Language;
  readonly issuesSummary?: string;
}) {
  return (
    <OutcomeBar
      outcome={outcome}
      lang={lang}
      success={(v) =>
        `${TEXT.inserted[lang]} «${v.sheetName}».${v.print === 'failed' ? ` ${TEXT.printNotSet[lang]}` : ''}`
      }
      failureTitle={TEXT.failed[lang]}
      {...(issuesSummary === undefined ? {} : { issuesSummary })}
    />
  );
}

/** The result of an action, announced politely: success, or the problems in plain words. */
export function OutcomeBar<T>({ outcome, lang, success, failureTitle, issuesSummary }: OutcomeBarProps<T>) {
  const failure = outcome && !outcome.ok ? outcome.failure : null;
  const problems =
    failure === null
      ? ''
      : failure.kind === 'office'
        ? failure.message
        : (issuesSummary ?? failure.issues.map((i) => formatIssue(i, lang)).join(' · '));
  return (
    <div aria-live="polite">
      {outcome?.ok && (
        <MessageBar intent="success">
          <MessageBarBody>{success(outcome.value)}</MessageBarBody>
        </MessageBar>
      )}
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>
            {failureTitle && <MessageBarTitle>{failureTitle}</MessageBarTitle>}
            {problems}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
