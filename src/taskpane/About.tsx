/** "Om Gevinst" at the foot of the pane: version, host, platform, Office version and ExcelApi, to copy. */
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { aboutLines, collectAbout } from '../app/about';
import type { Language } from '../engine/messages';
import { t } from './i18n';

const useStyles = makeStyles({
  root: { marginTop: 'auto', display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '4px' },
  lines: {
    margin: 0,
    padding: '8px',
    whiteSpace: 'pre-wrap',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    alignSelf: 'stretch',
  },
});

export function About({ lang }: { lang: Language }): JSX.Element {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  const office = typeof Office === 'undefined' ? undefined : Office;
  const text = aboutLines(collectAbout(office), lang).join('\n');
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      // Without clipboard access the text stays selectable on the screen.
      setCopied(false);
    }
  };
  return (
    <footer className={styles.root}>
      <Button appearance="subtle" size="small" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('about', lang)}
      </Button>
      {open && (
        <>
          <pre className={styles.lines} aria-label={t('about', lang)}>
            {text}
          </pre>
          <Button size="small" onClick={() => void copy()}>
            {t('copy', lang)}
          </Button>
          {copied && (
            <Text size={200} role="status">
              {t('copied', lang)}
            </Text>
          )}
        </>
      )}
    </footer>
  );
}
