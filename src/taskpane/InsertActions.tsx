import { Button, Field, Radio, RadioGroup, Spinner, makeStyles } from '@fluentui/react-components';
import type { InsertedSheet, Outcome } from '../app/use-cases';
import type { Language } from '../engine/messages';
import { t } from './i18n';
import { InsertedBar } from './OutcomeBar';

const useStyles = makeStyles({
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' },
});

export interface InsertActionsProps {
  readonly lang: Language;
  readonly sheetLanguage: Language;
  readonly onSheetLanguage: (l: Language) => void;
  readonly busy: boolean;
  readonly outcome: Outcome<InsertedSheet> | null;
}

/** The end of every insert form: the sheet's language, Insert, and what came of it. */
export function InsertActions({ lang, sheetLanguage, onSheetLanguage, busy, outcome }: InsertActionsProps) {
  const styles = useStyles();
  return (
    <>
      <Field label={t('sheetLanguage', lang)}>
        <RadioGroup layout="horizontal" value={sheetLanguage} onChange={(_, d) => onSheetLanguage(d.value as Language)}>
          <Radio value="da" label={t('danish', lang)} />
          <Radio value="en" label={t('english', lang)} />
        </RadioGroup>
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {t('insert', lang)}
        </Button>
        {busy && <Spinner size="tiny" label={t('inserting', lang)} />}
      </div>
      <InsertedBar outcome={outcome} lang={lang} issuesSummary={t('fixFields', lang)} />
    </>
  );
}
