import {
  FluentProvider,
  Spinner,
  Text,
  ToggleButton,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { Suspense, lazy, useState } from 'react';
import type { PaneServices } from '../app/services';
import type { Language } from '../engine/messages';
import type { TemplateInfo } from '../templates/template';
import { Gallery } from './Gallery';
import { t } from './i18n';

const InsertForm = lazy(() => import(/* webpackChunkName: "insert-form" */ './InsertForm'));

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: '12px',
    display: 'flex',
    flexDirection: 'column',
    gap: '12px',
  },
  header: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: '8px', flexWrap: 'wrap' },
  brand: { display: 'flex', flexDirection: 'column' },
  tagline: { color: tokens.colorNeutralForeground3 },
  languages: { display: 'flex', gap: '4px' },
});

export interface AppProps {
  readonly services: PaneServices;
  readonly initialLanguage: Language;
}

export function App({ services, initialLanguage }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Language>(initialLanguage);
  const [chosen, setChosen] = useState<TemplateInfo | null>(null);
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <div className={styles.root}>
        <header className={styles.header}>
          <div className={styles.brand}>
            <Text as="h1" size={500} weight="semibold">
              {t('appTitle', lang)}
            </Text>
            <Text size={200} className={styles.tagline}>
              {t('tagline', lang)}
            </Text>
          </div>
          <div role="group" aria-label={t('language', lang)} className={styles.languages}>
            {(['da', 'en'] as const).map((l) => (
              <ToggleButton key={l} size="small" checked={lang === l} onClick={() => setLang(l)} lang={l}>
                {l === 'da' ? 'Dansk' : 'English'}
              </ToggleButton>
            ))}
          </div>
        </header>
        <main>
          {chosen === null ? (
            <Gallery lang={lang} onChoose={setChosen} />
          ) : (
            <Suspense fallback={<Spinner size="small" label={t('loading', lang)} />}>
              <InsertForm lang={lang} services={services} template={chosen} onBack={() => setChosen(null)} />
            </Suspense>
          )}
        </main>
      </div>
    </FluentProvider>
  );
}
