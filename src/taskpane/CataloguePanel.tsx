import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { CatalogueSheet } from '../app/catalogue-sheet';
import type { PaneServices } from '../app/services';
import type { Outcome } from '../app/use-cases';
import { formatIssue, type Language } from '../engine/messages';
import { t } from './i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px' },
  list: { margin: 0, paddingLeft: '18px', display: 'flex', flexDirection: 'column', gap: '4px' },
  figures: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', gap: '4px 12px', margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface CataloguePanelProps {
  readonly lang: Language;
  readonly services: PaneServices;
  /** Changes whenever the workbook changed, so the panel reads the sheet again. */
  readonly version: number;
  readonly onNewTemplate: () => void;
}

const fmt = (v: number, lang: Language): string =>
  v.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: Math.abs(v) < 10 ? 2 : 0 });

/** On a catalogue sheet: what is still to fill in (choose one to go to its cell) and the key figures. */
export default function CataloguePanel({ lang, services, version, onNewTemplate }: CataloguePanelProps) {
  const styles = useStyles();
  const [sheet, setSheet] = useState<Outcome<CatalogueSheet> | null>(null);
  useEffect(() => {
    let live = true;
    void services.inspectCatalogue(lang).then((o) => live && setSheet(o));
    return () => {
      live = false;
    };
  }, [services, lang, version]);

  if (sheet === null) return <Spinner size="small" label={t('loading', lang)} />;
  if (!sheet.ok) return null;
  const { title, reading, sheetName } = sheet.value;
  const todo = [
    ...reading.issues.map((i) => ({ text: formatIssue(i, lang), cell: i.cell ?? '' })),
    ...reading.blanks.map((b) => ({ text: `${t('fillIn', lang)}: ${b.label}`, cell: b.cell })),
  ];
  return (
    <section className={styles.root} aria-labelledby="catalogue-sheet-heading">
      <Text as="h2" block id="catalogue-sheet-heading" size={400} weight="semibold">
        {`${t('catalogueSheet', lang)} «${sheetName}»`}
      </Text>
      <Text block size={200} className={styles.muted}>
        {title}
      </Text>
      <section aria-labelledby="todo-heading">
        <Text as="h3" block id="todo-heading" weight="semibold">
          {t('toFill', lang)}
        </Text>
        {todo.length === 0 ? (
          <Text role="status">{t('allFilled', lang)}</Text>
        ) : (
          <ul className={styles.list}>
            {todo.map((x) => (
              <li key={`${x.cell}-${x.text}`}>
                <Button
                  appearance="transparent"
                  size="small"
                  aria-label={`${t('goToCell', lang)} ${x.cell}: ${x.text}`}
                  onClick={() => void services.selectCell(x.cell, lang)}
                >
                  {`${x.cell.slice(x.cell.lastIndexOf('!') + 1)} · ${x.text}`}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {reading.results.length > 0 && (
        <section aria-labelledby="catalogue-figures-heading">
          <Text as="h3" block id="catalogue-figures-heading" weight="semibold">
            {t('keyFigures', lang)}
          </Text>
          <dl className={styles.figures}>
            {reading.results.map((r) => (
              <div key={r.id} style={{ display: 'contents' }}>
                <dt>{r.label}</dt>
                <dd style={{ margin: 0, textAlign: 'right' }}>
                  {r.value === null ? t('waiting', lang) : typeof r.value === 'number' ? fmt(r.value, lang) : r.value}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <Button appearance="subtle" onClick={onNewTemplate} style={{ alignSelf: 'flex-start' }}>
        {t('newTemplate', lang)}
      </Button>
    </section>
  );
}
