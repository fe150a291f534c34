import { Button, Caption1, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import type { Language } from '../engine/messages';
import { searchGallery } from '../templates/gallery';
import type { TemplateInfo } from '../templates/template';
import { t } from './i18n';

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
});

export interface GalleryProps {
  readonly lang: Language;
  readonly onChoose: (template: TemplateInfo) => void;
}

export function Gallery({ lang, onChoose }: GalleryProps) {
  const styles = useStyles();
  const [query, setQuery] = useState('');
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
        <ul className={styles.list}>
          {items.map((item) => (
            <li key={item.id} className={styles.card}>
              <Text as="h3" weight="semibold">
                {item.title[lang]}
              </Text>
              <Text>{item.purpose[lang]}</Text>
              <Caption1 className={styles.source}>
                {t('source', lang)}: {item.source[lang]}
              </Caption1>
              <Button
                appearance="primary"
                onClick={() => onChoose(item)}
                aria-label={`${t('choose', lang)}: ${item.title[lang]}`}
              >
                {t('choose', lang)}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
