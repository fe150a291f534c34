import { Button, Checkbox, Field, Input, Select, Text, makeStyles } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { PaneServices } from '../app/services';
import type { InsertedSheet, Outcome } from '../app/use-cases';
import type { Language } from '../engine/messages';
import { numberFromText } from '../sheet/cell-text';
import type { TemplateInfo } from '../templates/template';
import { t } from './i18n';
import { fieldErrors } from './field-errors';
import { InsertActions } from './InsertActions';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '10px' },
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
  small: { flex: '1 1 80px', minWidth: '80px' },
  /** Controls fill their field and may shrink below their intrinsic width (320 px panes). */
  fill: { width: '100%', minWidth: 0, '& input, & select': { minWidth: 0, width: '100%' } },
  actions: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
});

type Discount = 'fm-2021' | 'fm-2013' | 'flat';

interface Values {
  title: string;
  firstYear: string;
  horizon: string;
  discount: Discount;
  rate: string;
  firstYearDiscounted: boolean;
  gain: string;
  cost: string;
  investment: string;
  owner: string;
  date: string;
  source: string;
  priceLevel: string;
  sheetLanguage: Language;
}

/** Today as YYYY-MM-DD in the user's time zone: the case is stamped with the day it was set up. */
function today(): string {
  const d = new Date();
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/** A typed number as a number; anything else goes through as text for validation to name. */
const num = (s: string): number | string => numberFromText(s) ?? s;

function toParams(v: Values): Record<string, unknown> {
  const rate = num(v.rate);
  return {
    language: v.sheetLanguage,
    ...(v.title.trim() ? { title: v.title } : {}),
    firstYear: num(v.firstYear),
    horizon: num(v.horizon),
    discount: v.discount === 'flat' ? (typeof rate === 'number' ? rate / 100 : rate) : v.discount,
    firstYearDiscounted: v.firstYearDiscounted,
    lines: { gain: num(v.gain), cost: num(v.cost), investment: num(v.investment) },
    owner: v.owner.trim(),
    date: v.date,
    source: v.source.trim(),
    priceLevel: v.priceLevel.trim(),
  };
}

const PROVENANCE = [
  ['owner', 'owner', 'text'],
  ['date', 'caseDate', 'date'],
  ['source', 'source', 'text'],
  ['priceLevel', 'priceLevel', 'text'],
] as const;

export interface InsertFormProps {
  readonly lang: Language;
  readonly services: PaneServices;
  readonly template: TemplateInfo;
  readonly onBack: () => void;
  /** Called after a successful insert, once the message has been shown. */
  readonly onInserted?: () => void;
}

export default function InsertForm({ lang, services, template, onBack, onInserted }: InsertFormProps) {
  const styles = useStyles();
  const [v, setV] = useState<Values>({
    title: '',
    firstYear: String(new Date().getFullYear()),
    horizon: '10',
    discount: 'fm-2021',
    rate: '3,5',
    firstYearDiscounted: false,
    gain: '3',
    cost: '2',
    investment: '2',
    owner: '',
    date: today(),
    source: '',
    priceLevel: `${new Date().getFullYear()}-pl`,
    sheetLanguage: lang,
  });
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome<InsertedSheet> | null>(null);
  const set = <K extends keyof Values>(key: K, value: Values[K]): void => setV((old) => ({ ...old, [key]: value }));

  const fieldError = fieldErrors(outcome, lang);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    setOutcome(null);
    const result = await services.insertBusinessCase(toParams(v), lang);
    setOutcome(result);
    setBusy(false);
    if (result.ok) onInserted?.();
  };

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} aria-labelledby="insert-heading" noValidate>
      <Button appearance="subtle" onClick={onBack} style={{ alignSelf: 'flex-start' }}>
        ← {t('back', lang)}
      </Button>
      <Text as="h2" id="insert-heading" size={400} weight="semibold">
        {template.title[lang]}: {t('parameters', lang)}
      </Text>
      <Field label={t('title', lang)} {...fieldError('title')}>
        <Input
          className={styles.fill}
          value={v.title}
          placeholder={template.title[lang]}
          onChange={(_, d) => set('title', d.value)}
        />
      </Field>
      <div className={styles.row}>
        <Field className={styles.small} label={t('firstYear', lang)} {...fieldError('firstYear')}>
          <Input
            className={styles.fill}
            inputMode="numeric"
            value={v.firstYear}
            onChange={(_, d) => set('firstYear', d.value)}
          />
        </Field>
        <Field className={styles.small} label={t('horizon', lang)} {...fieldError('horizon')}>
          <Input
            className={styles.fill}
            inputMode="numeric"
            value={v.horizon}
            onChange={(_, d) => set('horizon', d.value)}
          />
        </Field>
      </div>
      <Field label={t('discount', lang)} {...fieldError('discount')}>
        <Select className={styles.fill} value={v.discount} onChange={(_, d) => set('discount', d.value as Discount)}>
          <option value="fm-2021">{t('fm2021', lang)}</option>
          <option value="fm-2013">{t('fm2013', lang)}</option>
          <option value="flat">{t('flat', lang)}</option>
        </Select>
      </Field>
      {v.discount === 'flat' && (
        <Field label={t('rate', lang)} {...fieldError('discount')}>
          <Input
            className={styles.fill}
            inputMode="decimal"
            value={v.rate}
            onChange={(_, d) => set('rate', d.value)}
            contentAfter="%"
          />
        </Field>
      )}
      <Checkbox
        checked={v.firstYearDiscounted}
        onChange={(_, d) => set('firstYearDiscounted', d.checked === true)}
        label={t('firstYearDiscounted', lang)}
      />
      <fieldset style={{ border: 'none', margin: 0, padding: 0 }}>
        <legend>{t('lines', lang)}</legend>
        <div className={styles.row}>
          {(['gain', 'cost', 'investment'] as const).map((key) => (
            <Field key={key} className={styles.small} label={t(`${key}s`, lang)} {...fieldError(`lines.${key}`)}>
              <Input
                className={styles.fill}
                inputMode="numeric"
                value={v[key]}
                onChange={(_, d) => set(key, d.value)}
              />
            </Field>
          ))}
        </div>
      </fieldset>
      <fieldset style={{ border: 'none', margin: 0, padding: 0 }}>
        <legend>{t('provenance', lang)}</legend>
        {PROVENANCE.map(([key, word, type]) => (
          <Field key={key} label={t(word, lang)} {...fieldError(key)}>
            <Input className={styles.fill} type={type} value={v[key]} onChange={(_, d) => set(key, d.value)} />
          </Field>
        ))}
      </fieldset>
      <InsertActions
        lang={lang}
        sheetLanguage={v.sheetLanguage}
        onSheetLanguage={(l) => set('sheetLanguage', l)}
        busy={busy}
        outcome={outcome}
      />
    </form>
  );
}
