import {
  FluentProvider,
  Spinner,
  Text,
  ToggleButton,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';
import { defaultOptions } from '../app/calc-options';
import type { PaneServices } from '../app/services';
import type { Checked, Outcome } from '../app/use-cases';
import type { Language } from '../engine/messages';
import type { TemplateInfo } from '../templates/template';
import { About } from './About';
import { Gallery } from './Gallery';
import { t } from './i18n';

const InsertForm = lazy(() => import(/* webpackChunkName: "insert-form" */ './InsertForm'));
const BenchmarkForm = lazy(() => import(/* webpackChunkName: "benchmark-form" */ './BenchmarkForm'));
const BenchmarkPanel = lazy(() => import(/* webpackChunkName: "benchmark-panel" */ './BenchmarkPanel'));
const CataloguePanel = lazy(() => import(/* webpackChunkName: "catalogue-panel" */ './CataloguePanel'));
const InstancePanel = lazy(() => import(/* webpackChunkName: "instance-panel" */ './InstancePanel'));

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

/** Re-checks at most this long after the user's last edit (DESIGN: within a second). */
const RECHECK_MS = 400;

export function App({ services, initialLanguage }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Language>(initialLanguage);
  const [chosen, setChosen] = useState<TemplateInfo | null>(null);
  const [instance, setInstance] = useState<Checked | null>(null);
  /** The template of the active sheet when the add-in does not check it (it has a panel of its own). */
  const [activeTemplate, setActiveTemplate] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [wantsGallery, setWantsGallery] = useState(false);
  const langRef = useRef(lang);
  const watcher = useRef<Promise<{ watchActive(): Promise<void> }> | null>(null);
  langRef.current = lang;

  const show = useCallback((o: Outcome<Checked>) => {
    setInstance(o.ok ? o.value : null);
    const other =
      o.ok || o.failure.kind !== 'issues' ? undefined : o.failure.issues.find((i) => i.code === 'not_checkable');
    setActiveTemplate(typeof other?.params['template'] === 'string' ? other.params['template'] : null);
    setVersion((v) => v + 1);
  }, []);
  const recheck = useCallback(async () => show(await services.checkActiveInstance(langRef.current)), [services, show]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    void recheck();
    watcher.current = services.watch({
      onActivated: () => {
        setWantsGallery(false);
        setChosen(null);
        void recheck();
        void watcher.current?.then((w) => w.watchActive());
      },
      onChanged: () => {
        clearTimeout(timer);
        timer = setTimeout(() => void recheck(), RECHECK_MS);
      },
    });
    return () => clearTimeout(timer);
  }, [services, recheck]);

  const showPanel = instance !== null && !wantsGallery && chosen === null;
  // A sheet of a template the add-in does not check opens that template's own panel.
  const panelProps = { lang, services, onNewTemplate: () => setWantsGallery(true) };
  const TEMPLATE_PANELS: Readonly<Record<string, () => JSX.Element>> = {
    benchmark: () => <BenchmarkPanel {...panelProps} />,
    catalogue: () => <CataloguePanel {...panelProps} version={version} />,
  };
  const panelFor =
    activeTemplate !== null && !wantsGallery && chosen === null ? TEMPLATE_PANELS[activeTemplate] : undefined;
  const templatePanel = panelFor ? panelFor() : null;

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
          <Suspense fallback={<Spinner size="small" label={t('loading', lang)} />}>
            {showPanel ? (
              <InstancePanel
                key={`${instance.sheetName}-${lang}`}
                lang={lang}
                services={services}
                checked={instance}
                defaults={defaultOptions(lang, instance.result?.result.length ?? 5)}
                onRechecked={show}
                onNewTemplate={() => setWantsGallery(true)}
              />
            ) : templatePanel !== null ? (
              templatePanel
            ) : chosen === null ? (
              <Gallery
                lang={lang}
                onChoose={setChosen}
                onInsert={async (id) => {
                  const o = await services.insertTemplate(id, lang, lang);
                  if (o.ok) void watcher.current?.then((w) => w.watchActive());
                  return o;
                }}
              />
            ) : chosen.form === 'benchmark' ? (
              <BenchmarkForm lang={lang} services={services} template={chosen} onBack={() => setChosen(null)} />
            ) : (
              <InsertForm
                lang={lang}
                services={services}
                template={chosen}
                onBack={() => setChosen(null)}
                onInserted={() => {
                  setChosen(null);
                  setWantsGallery(false);
                  void recheck();
                  void watcher.current?.then((w) => w.watchActive());
                }}
              />
            )}
          </Suspense>
        </main>
        <About lang={lang} />
      </div>
    </FluentProvider>
  );
}
