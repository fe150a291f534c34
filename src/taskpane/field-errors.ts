/** The issues of a failed insert, as Fluent Field props keyed by the JSON path of each field. */
import type { Outcome } from '../app/use-cases';
import { issueMessage, type Language } from '../engine/messages';

export type FieldErrorProps = { validationState?: 'error'; validationMessage?: string };

export function fieldErrors<T>(outcome: Outcome<T> | null, lang: Language): (key: string) => FieldErrorProps {
  const errors = new Map<string, string>();
  if (outcome && !outcome.ok && outcome.failure.kind === 'issues') {
    for (const i of outcome.failure.issues) errors.set(i.path.join('.'), issueMessage(i, lang));
  }
  return (key) => {
    const message = errors.get(key);
    return message === undefined ? {} : { validationState: 'error', validationMessage: message };
  };
}
