import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { PaneServices } from '../app/services';
import type { InsertedSheet, Outcome } from '../app/use-cases';
import type { Language } from '../engine/messages';
import { t } from './i18n';
import { InsertedBar } from './OutcomeBar';

const useStyles = makeStyles({
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface FollowOnProps {
  readonly lang: Language;
  readonly services: PaneServices;
}

/** After the business case: its management summary, benefit realisation plan and risk register, on new sheets. */
export function FollowOn({ lang, services }: FollowOnProps) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome<InsertedSheet> | null>(null);
  const run = async (work: () => Promise<Outcome<InsertedSheet>>) => {
    setBusy(true);
    setOutcome(null);
    setOutcome(await work());
    setBusy(false);
  };
  return (
    <section aria-labelledby="follow-on-heading">
      <Text as="h3" block id="follow-on-heading" weight="semibold">
        {t('followOn', lang)}
      </Text>
      <Text as="p" block size={200} className={styles.muted}>
        {t('followOnHint', lang)}
      </Text>
      <div className={styles.row}>
        <Button disabled={busy} onClick={() => void run(() => services.insertSummary(lang))}>
          {t('makeSummary', lang)}
        </Button>
        <Button disabled={busy} onClick={() => void run(() => services.insertRealisationPlan(lang))}>
          {t('makeRealisation', lang)}
        </Button>
        <Button disabled={busy} onClick={() => void run(() => services.insertRiskRegister(lang))}>
          {t('makeRiskRegister', lang)}
        </Button>
      </div>
      <InsertedBar outcome={outcome} lang={lang} />
    </section>
  );
}
