import { Button, Field, Select, Text, makeStyles } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { POTENTIAL_NAMES, type PaneServices, type PotentialSource } from '../app/services';
import type { Outcome } from '../app/use-cases';
import type { Language } from '../engine/messages';
import { t, type TextKey } from './i18n';
import { OutcomeBar } from './OutcomeBar';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: '10px' },
  fill: { width: '100%', minWidth: 0, '& select': { minWidth: 0, width: '100%' } },
});

const KINDS: Record<keyof typeof POTENTIAL_NAMES, TextKey> = {
  mean: 'pMean',
  median: 'pMedian',
  bestQuartile: 'pBestQuartile',
  best: 'pBest',
};

export interface BenchmarkPanelProps {
  readonly lang: Language;
  readonly services: PaneServices;
  readonly onNewTemplate: () => void;
}

/** On a benchmark sheet: its potentials, and sending one to a business case as an estimated gain. */
export default function BenchmarkPanel({ lang, services, onNewTemplate }: BenchmarkPanelProps) {
  const styles = useStyles();
  const [source, setSource] = useState<PotentialSource | null>(null);
  const [kind, setKind] = useState<keyof typeof POTENTIAL_NAMES>('bestQuartile');
  const [target, setTarget] = useState('');
  const [sent, setSent] = useState<Outcome<{ sheetName: string; cell: string }> | null>(null);

  useEffect(() => {
    void services.readPotentials(lang).then((r) => {
      if (!r.ok) return;
      setSource(r.value);
      setTarget(r.value.businessCases[0] ?? '');
    });
  }, [services, lang]);

  const amount = (k: keyof typeof POTENTIAL_NAMES): number | null => {
    const v = source?.potentials.get(POTENTIAL_NAMES[k]);
    return typeof v === 'number' ? v : null;
  };
  const send = async (): Promise<void> => {
    const value = amount(kind);
    if (value === null || !target) return;
    setSent(
      await services.sendPotential(
        { businessCase: target, label: `${t(KINDS[kind], lang)} (${source?.benchmarkSheet ?? ''})`, amount: value },
        lang,
      ),
    );
  };
  const fmt = (x: number): string => x.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 2 });

  return (
    <section className={styles.panel} aria-labelledby="benchmark-panel-heading">
      <Text as="h2" id="benchmark-panel-heading" size={400} weight="semibold">
        {t('benchmarkSheet', lang)} «{source?.benchmarkSheet ?? '…'}»
      </Text>
      <Text as="h3" block weight="semibold">
        {t('sendTitle', lang)}
      </Text>
      <Text size={200}>{t('sendHint', lang)}</Text>
      <Field label={t('potentialKind', lang)}>
        <Select
          className={styles.fill}
          value={kind}
          onChange={(_, d) => setKind(d.value as keyof typeof POTENTIAL_NAMES)}
        >
          {(Object.keys(POTENTIAL_NAMES) as (keyof typeof POTENTIAL_NAMES)[]).map((k) => (
            <option key={k} value={k}>
              {t(KINDS[k], lang)}: {amount(k) === null ? '–' : fmt(amount(k) ?? 0)}
            </option>
          ))}
        </Select>
      </Field>
      {source && source.businessCases.length === 0 ? (
        <Text>{t('noCases', lang)}</Text>
      ) : (
        <Field label={t('targetCase', lang)}>
          <Select className={styles.fill} value={target} onChange={(_, d) => setTarget(d.value)}>
            {(source?.businessCases ?? []).map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Button
        appearance="primary"
        onClick={() => void send()}
        disabled={!target || amount(kind) === null}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('send', lang)}
      </Button>
      <OutcomeBar outcome={sent} lang={lang} success={(v) => `${t('sent', lang)} ${v.cell}.`} />
      <Button appearance="subtle" onClick={onNewTemplate} style={{ alignSelf: 'flex-start' }}>
        {t('newTemplate', lang)}
      </Button>
    </section>
  );
}
