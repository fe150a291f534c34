import { Button, Field, Input, Radio, RadioGroup, Text, makeStyles } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { PaneServices } from '../app/services';
import type { InsertedSheet, Outcome } from '../app/use-cases';
import type { Language } from '../engine/messages';
import { numberFromText } from '../sheet/cell-text';
import type { TemplateInfo } from '../templates/template';
import { t } from './i18n';
import { fieldErrors } from './field-errors';
import { InsertActions } from './InsertActions';
import { OwnTable } from './OwnTable';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '10px' },
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'flex-end' },
  small: { flex: '1 1 80px', minWidth: '80px' },
  fill: { width: '100%', minWidth: 0, '& input': { minWidth: 0, width: '100%' } },
});

export interface BenchmarkFormProps {
  readonly lang: Language;
  readonly services: PaneServices;
  readonly template: TemplateInfo;
  readonly onBack: () => void;
  readonly onInserted?: () => void;
}

const num = (s: string): number | string => numberFromText(s) ?? s;

export default function BenchmarkForm({ lang, services, template, onBack, onInserted }: BenchmarkFormProps) {
  const styles = useStyles();
  const [v, setV] = useState({
    title: '',
    unit: '',
    direction: 'lower-is-better',
    per: '1',
    rows: '10',
    targets: '2',
    own: '',
    sheetLanguage: lang,
  });
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome<InsertedSheet> | null>(null);
  const set = (key: keyof typeof v, value: string): void => setV((old) => ({ ...old, [key]: value }));
  const fieldError = fieldErrors(outcome, lang);

  const params = (): Record<string, unknown> => ({
    language: v.sheetLanguage,
    ...(v.title.trim() ? { title: v.title } : {}),
    unit: v.unit,
    direction: v.direction,
    own: v.own,
    per: num(v.per),
    targets: num(v.targets),
  });

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    setOutcome(null);
    const all = {
      language: v.sheetLanguage,
      ...(v.title.trim() ? { title: v.title } : {}),
      unit: v.unit,
      direction: v.direction,
      own: v.own,
      per: num(v.per),
      rows: num(v.rows),
      targets: num(v.targets),
    };
    const result = await services.insertBenchmark(all, lang);
    setOutcome(result);
    setBusy(false);
    if (result.ok) onInserted?.();
  };

  const text = (key: 'title' | 'unit' | 'own', label: string) => (
    <Field label={label} {...fieldError(key)}>
      <Input className={styles.fill} value={v[key]} onChange={(_, d) => set(key, d.value)} />
    </Field>
  );
  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} aria-labelledby="benchmark-heading" noValidate>
      <Button appearance="subtle" onClick={onBack} style={{ alignSelf: 'flex-start' }}>
        ← {t('back', lang)}
      </Button>
      <Text as="h2" id="benchmark-heading" size={400} weight="semibold">
        {template.title[lang]}: {t('parameters', lang)}
      </Text>
      {text('title', t('title', lang))}
      {text('unit', t('unit', lang))}
      <Field label={t('direction', lang)}>
        <RadioGroup value={v.direction} onChange={(_, d) => set('direction', d.value)}>
          <Radio value="lower-is-better" label={t('lowerBetter', lang)} />
          <Radio value="higher-is-better" label={t('higherBetter', lang)} />
        </RadioGroup>
      </Field>
      {text('own', t('own', lang))}
      <div className={styles.row}>
        {(
          [
            ['rows', t('rows', lang)],
            ['targets', t('targetsCount', lang)],
            ['per', t('per', lang)],
          ] as const
        ).map(([key, label]) => (
          <Field key={key} className={styles.small} label={label} {...fieldError(key)}>
            <Input className={styles.fill} inputMode="numeric" value={v[key]} onChange={(_, d) => set(key, d.value)} />
          </Field>
        ))}
      </div>
      <InsertActions
        lang={lang}
        sheetLanguage={v.sheetLanguage}
        onSheetLanguage={(l) => set('sheetLanguage', l)}
        busy={busy}
        outcome={outcome}
      />
      <OwnTable lang={lang} services={services} params={params} />
    </form>
  );
}
