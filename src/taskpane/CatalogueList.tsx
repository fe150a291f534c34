import { Button, Caption1, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import type { InsertedSheet, Outcome } from '../app/use-cases';
import type { Language } from '../engine/messages';
import {
  CATALOGUE,
  KIND_NAMES,
  TRACK_NAMES,
  entryInputs,
  searchCatalogue,
  type CatalogueEntry,
  type KindId,
  type TrackId,
} from '../templates/catalogue';
import { t } from './i18n';
import { InsertedBar } from './OutcomeBar';

const useStyles = makeStyles({
  filters: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(130px, 1fr))',
    gap: '8px',
    marginBottom: '8px',
  },
  // A select is as wide as its longest option unless told otherwise, and the pane can be 320 px.
  field: { minWidth: 0, gridTemplateColumns: 'minmax(0, 1fr)' },
  select: { width: '100%', minWidth: 0, '& select': { width: '100%', minWidth: 0, textOverflow: 'ellipsis' } },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  item: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '8px',
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
  },
  meta: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: '6px', flexWrap: 'wrap' },
  preview: { display: 'flex', flexDirection: 'column', gap: '4px', paddingTop: '4px' },
  inputs: { margin: 0, paddingLeft: '18px' },
  lost: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export interface CatalogueListProps {
  readonly lang: Language;
  readonly query: string;
  /** What came of the last insert from the gallery (the catalogue's or a built-in's). */
  readonly outcome: Outcome<InsertedSheet> | null;
  readonly onInsert: (id: string) => Promise<Outcome<InsertedSheet>>;
}

const TRACKS = Object.keys(TRACK_NAMES) as TrackId[];
const KINDS = [...new Set(CATALOGUE.map((e) => e.kind))];
const FIRST = 6;

/** KL's 52 proposals: filter by track and template kind, preview one, insert it. */
export default function CatalogueList({ lang, query, outcome, onInsert }: CatalogueListProps) {
  const styles = useStyles();
  const id = useId();
  const [track, setTrack] = useState<TrackId | ''>('');
  const [kind, setKind] = useState<KindId | ''>('');
  const [open, setOpen] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [all, setAll] = useState(false);
  const items = useMemo(() => searchCatalogue({ query, track, kind }, lang), [query, track, kind, lang]);
  // Unfiltered, the list starts short (a long scroll at 320 px); a search or filter shows every match.
  const filtered = query.trim() !== '' || track !== '' || kind !== '';
  const shownItems = filtered || all ? items : items.slice(0, FIRST);

  const insert = async (e: CatalogueEntry) => {
    setBusy(e.id);
    await onInsert(e.id);
    setBusy(null);
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <InsertedBar outcome={outcome} lang={lang} />
      <Text as="h2" block id={`${id}-heading`} size={400} weight="semibold">
        {t('catalogue', lang)}
      </Text>
      <Caption1 as="p" block>
        {t('catalogueIntro', lang)}
      </Caption1>
      <div className={styles.filters}>
        <Field className={styles.field} label={t('track', lang)}>
          <Select className={styles.select} value={track} onChange={(_, d) => setTrack(d.value as TrackId | '')}>
            <option value="">{t('all', lang)}</option>
            {TRACKS.map((k) => (
              <option key={k} value={k}>
                {TRACK_NAMES[k][lang]}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={styles.field} label={t('kind', lang)}>
          <Select className={styles.select} value={kind} onChange={(_, d) => setKind(d.value as KindId | '')}>
            <option value="">{t('all', lang)}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_NAMES[k][lang]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Text role="status" size={200}>
        {t('found', lang).replace('{n}', String(items.length))}
      </Text>
      <ul className={styles.list} aria-label={t('catalogue', lang)}>
        {shownItems.map((e) => {
          const title = `${e.id} ${e.title[lang]}`;
          const shown = open === e.id;
          const previewId = `${id}-${e.id}`;
          return (
            <li key={e.id} className={styles.item}>
              <Text as="h3" weight="semibold" size={300}>
                {title}
              </Text>
              <Caption1 className={styles.meta}>
                {TRACK_NAMES[e.track][lang]} · {KIND_NAMES[e.kind][lang]} · {t('page', lang)} {e.page}
              </Caption1>
              <div className={styles.actions}>
                <Button
                  size="small"
                  aria-expanded={shown}
                  aria-controls={previewId}
                  aria-label={`${shown ? t('hidePreview', lang) : t('preview', lang)}: ${title}`}
                  onClick={() => setOpen(shown ? null : e.id)}
                >
                  {shown ? t('hidePreview', lang) : t('preview', lang)}
                </Button>
                <Button
                  size="small"
                  appearance="primary"
                  disabled={busy !== null}
                  aria-label={`${t('insert', lang)}: ${title}`}
                  onClick={() => void insert(e)}
                >
                  {busy === e.id ? t('inserting', lang) : t('insert', lang)}
                </Button>
              </div>
              {shown && (
                <div id={previewId} className={styles.preview}>
                  <Text size={200}>{e.guidance[lang]}</Text>
                  {e.lost && (
                    <Text size={200} className={styles.lost}>
                      {t('lostInSource', lang)}: {e.lost[lang]}
                    </Text>
                  )}
                  <Text size={200} weight="semibold">
                    {t('youFill', lang)}
                  </Text>
                  <ul className={styles.inputs}>
                    {entryInputs(e, lang).map((x) => (
                      <li key={x}>
                        <Text size={200}>{x}</Text>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {shownItems.length < items.length && (
        <Button appearance="subtle" onClick={() => setAll(true)}>
          {t('showAll', lang).replace('{n}', String(items.length))}
        </Button>
      )}
    </section>
  );
}
