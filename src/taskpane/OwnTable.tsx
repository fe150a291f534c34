import { Button, Field, MessageBar, MessageBarBody, Select, Text, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import type { PaneServices, SelectedTable } from '../app/services';
import type { Outcome } from '../app/use-cases';
import type { Issue } from '../engine/issue';
import { formatIssue, type Language } from '../engine/messages';
import type { ColumnMapping } from '../sheet/table-import';
import { t } from './i18n';
import { OutcomeBar } from './OutcomeBar';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: '8px' },
  fill: { width: '100%', minWidth: 0, '& select': { minWidth: 0, width: '100%' } },
});

export interface OwnTableProps {
  readonly lang: Language;
  readonly services: PaneServices;
  /** The benchmark settings from the form (direction, own row, per, unit, title, language). */
  readonly params: () => Record<string, unknown>;
}

const FIELDS = ['name', 'numerator', 'denominator', 'value', 'volume'] as const;
const LABELS = {
  name: 'name',
  numerator: 'numerator',
  denominator: 'denominator',
  value: 'given',
  volume: 'volume',
} as const;
const WORDS = {
  name: { da: 'navn', en: 'name' },
  numerator: { da: 'tæller', en: 'numerator' },
  denominator: { da: 'nævner', en: 'denominator' },
  given: { da: 'givet nøgletal', en: 'given key figure' },
  volume: { da: 'volumen', en: 'volume' },
} as const;

/** Reading the user's own table into a benchmark: choose the columns, then insert a new sheet. */
export function OwnTable({ lang, services, params }: OwnTableProps) {
  const styles = useStyles();
  const [table, setTable] = useState<(SelectedTable & { headers: string[] }) | null>(null);
  const [mapping, setMapping] = useState<Record<(typeof FIELDS)[number], string>>({
    name: '0',
    numerator: '',
    denominator: '',
    value: '',
    volume: '',
  });
  const [outcome, setOutcome] = useState<Outcome<{ sheetName: string; rows: number; warnings: Issue[] }> | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [overview, setOverview] = useState<Outcome<{ sheetName: string; columns: number }> | null>(null);

  const writeOverview = async (): Promise<void> => {
    if (!table) return;
    const p = params();
    const direction = p['direction'] === 'higher-is-better' ? 'higher-is-better' : 'lower-is-better';
    setOverview(
      await services.insertBenchmarkOverview(
        table,
        { nameColumn: Number(mapping.name), own: String(p['own'] ?? ''), direction },
        lang,
      ),
    );
  };

  const read = async (): Promise<void> => {
    const r = await services.readSelectedTable(lang);
    if (r.ok) setTable(r.value);
    setReadError(
      r.ok
        ? null
        : r.failure.kind === 'office'
          ? r.failure.message
          : r.failure.issues.map((i) => formatIssue(i, lang)).join(' '),
    );
  };
  const insert = async (): Promise<void> => {
    if (!table) return;
    const col = (k: (typeof FIELDS)[number]): number | undefined =>
      mapping[k] === '' ? undefined : Number(mapping[k]);
    const m: ColumnMapping = {
      name: col('name') ?? 0,
      numerator: col('numerator'),
      denominator: col('denominator'),
      value: col('value'),
      volume: col('volume'),
    };
    setOutcome(await services.insertBenchmarkFromTable(params(), table, m, lang));
  };

  return (
    <section className={styles.box} aria-labelledby="own-data-heading">
      <Text as="h3" block id="own-data-heading" weight="semibold">
        {t('ownData', lang)}
      </Text>
      <Text size={200}>{t('ownDataHint', lang)}</Text>
      <Button onClick={() => void read()} style={{ alignSelf: 'flex-start' }}>
        {t('readSelection', lang)}
      </Button>
      {readError && (
        <MessageBar intent="error">
          <MessageBarBody>{readError}</MessageBarBody>
        </MessageBar>
      )}
      {table && (
        <>
          <Text size={200}>
            {table.sheetName}!{table.address}
          </Text>
          {FIELDS.map((f) => (
            <Field key={f} label={`${t('columnFor', lang)} ${WORDS[LABELS[f]][lang]}`}>
              <Select
                className={styles.fill}
                value={mapping[f]}
                onChange={(_, d) => setMapping((old) => ({ ...old, [f]: d.value }))}
              >
                {f !== 'name' && <option value="">{t('none', lang)}</option>}
                {table.headers.map((h, i) => (
                  <option key={i} value={String(i)}>
                    {h}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
          <Button appearance="primary" onClick={() => void insert()} style={{ alignSelf: 'flex-start' }}>
            {t('insertFromTable', lang)}
          </Button>
          <Button onClick={() => void writeOverview()} style={{ alignSelf: 'flex-start' }}>
            {t('overview', lang)}
          </Button>
        </>
      )}
      <OutcomeBar
        outcome={outcome}
        lang={lang}
        success={(v) =>
          [`${t('inserted', lang)} «${v.sheetName}» (${v.rows}).`, ...v.warnings.map((w) => formatIssue(w, lang))].join(
            ' · ',
          )
        }
      />
      <OutcomeBar
        outcome={overview}
        lang={lang}
        success={(v) => `${t('overviewDone', lang).replace('{n}', String(v.columns))} «${v.sheetName}».`}
      />
    </section>
  );
}
