import { Button, Caption1, Input, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useId, useMemo, useState } from 'react';
import type { InsertedSheet, Outcome } from '../app/use-cases';
import type { Language } from '../engine/messages';
import { searchGallery } from '../templates/gallery';
import type { TemplateInfo } from '../templates/template';
import { t } from './i18n';

const CatalogueList = lazy(() => import(/* webpackChunkName: "catalogue" */ './CatalogueList'));

const useStyles = makeStyles({
  search: { display: 'flex', flexDirection: 'column', gap: '4px', marginBottom: '12px' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '8px' },
  card: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '10px',
    display: 'flex',
    flexDirection: 'column',
    gap: '6px',
  },
  source: { color: tokens.colorNeutralForeground3 },
  fill: { width: '100%', minWidth: 0, '& input': { minWidth: 0 } },
  catalogue: { marginTop: '16px' },
});

export interface GalleryProps {
  readonly lang: Language;
  readonly onChoose: (template: TemplateInfo) => void;
  /** Inserts a template that needs no settings (a catalogue entry, the before/after measurement). */
  readonly onInsert: (id: string) => Promise<Outcome<InsertedSheet>>;
}

export function Gallery({ lang, onChoose, onInsert }: GalleryProps) {
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const [outcome, setOutcome] = useState<Outcome<InsertedSheet> | null>(null);
  const searchId = useId();
  const items = useMemo(() => searchGallery(query, lang), [query, lang]);
  return (
    <section aria-labelledby={`${searchId}-heading`}>
      <Text as="h2" id={`${searchId}-heading`} size={400} weight="semibold">
        {t('gallery', lang)}
      </Text>
      <div className={styles.search}>
        <label htmlFor={searchId}>{t('search', lang)}</label>
        <Input
          className={styles.fill}
          id={searchId}
          type="search"
          value={query}
          onChange={(_, d) => setQuery(d.value)}
        />
      </div>
      {items.length === 0 ? (
        <Text role="status">{t('noMatch', lang)}</Text>
      ) : (
        <ul className={styles.list} aria-label={t('gallery', lang)}>
          {items.map((item) => (
            <li key={item.id} className={styles.card}>
              <Text as="h3" weight="semibold">
                {item.title[lang]}
              </Text>
              <Text>{item.purpose[lang]}</Text>
              <Caption1 className={styles.source}>
                {t('source', lang)}: {item.source[lang]}
              </Caption1>
              {item.form === null ? (
                <Button
                  appearance="primary"
                  onClick={() => void onInsert(item.id).then(setOutcome)}
                  aria-label={`${t('insert', lang)}: ${item.title[lang]}`}
                >
                  {t('insert', lang)}
                </Button>
              ) : (
                <Button
                  appearance="primary"
                  onClick={() => onChoose(item)}
                  aria-label={`${t('choose', lang)}: ${item.title[lang]}`}
                >
                  {t('choose', lang)}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className={styles.catalogue}>
        <Suspense fallback={<Spinner size="tiny" label={t('loading', lang)} />}>
          <CatalogueList
            lang={lang}
            query={query}
            outcome={outcome}
            onInsert={async (id) => {
              setOutcome(null);
              const o = await onInsert(id);
              setOutcome(o);
              return o;
            }}
          />
        </Suspense>
      </div>
    </section>
  );
}
