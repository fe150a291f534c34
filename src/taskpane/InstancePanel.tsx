import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { CalcOptions } from '../app/calc-options';
import type { Calculated } from '../app/calculate';
import type { PaneServices } from '../app/services';
import type { Checked, Outcome } from '../app/use-cases';
import { formatPath } from '../engine/issue';
import { issueMessage, type Language } from '../engine/messages';
import { numberFromText } from '../sheet/cell-text';
import { FollowOn } from './FollowOn';
import { SimulationPanel } from './SimulationPanel';
import { t } from './i18n';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: '12px' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  problem: { display: 'flex', gap: '6px', alignItems: 'flex-start', justifyContent: 'space-between' },
  figures: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', gap: '2px 8px', margin: 0 },
  row: { display: 'flex', gap: '6px', flexWrap: 'wrap', alignItems: 'flex-end' },
  small: { flex: '1 1 70px', minWidth: '70px' },
  fill: { width: '100%', minWidth: 0, '& input': { minWidth: 0, width: '100%' } },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface InstancePanelProps {
  readonly lang: Language;
  readonly services: PaneServices;
  readonly checked: Checked;
  readonly defaults: CalcOptions;
  readonly onRechecked: (c: Outcome<Checked>) => void;
  readonly onNewTemplate: () => void;
}

/** Numbers typed as "2; 3,5; 5" (Danish decimals allowed), as fractions of 100. */
function percentList(text: string): number[] | null {
  const parts = text.split(';').map((p) => numberFromText(p.trim()));
  return parts.length > 0 && parts.every((p) => p !== null) ? parts.map((p) => (p ?? 0) / 100) : null;
}

const fmt = (x: number, lang: Language, digits = 0): string =>
  x.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
/** Fractions as a per-cent list, rounded so 1.1 reads 110 and not 110,0000000001. */
const asPercentList = (xs: readonly number[], lang: Language): string =>
  xs
    .map((x) =>
      (Math.round(x * 1e6) / 1e4).toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 2 }),
    )
    .join('; ');

export default function InstancePanel({
  lang,
  services,
  checked,
  defaults,
  onRechecked,
  onNewTemplate,
}: InstancePanelProps) {
  const styles = useStyles();
  const factorKeys = ['gainFactor', 'costFactor', 'investmentFactor'] as const;
  const [factors, setFactors] = useState(defaults.scenarios.map((s) => factorKeys.map((key) => fmt(s[key], lang, 2))));
  const [step, setStep] = useState(fmt(defaults.sensitivityStep * 100, lang));
  const [rates, setRates] = useState(asPercentList(defaults.grid.rates, lang));
  const [realisation, setRealisation] = useState(asPercentList(defaults.grid.gainFactors, lang));
  const [within, setWithin] = useState(String(defaults.paybackWithin ?? ''));
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome<Calculated> | null>(null);
  const errors = checked.issues.filter((i) => i.severity === 'error');
  const r = checked.result;

  const options = (): CalcOptions | null => {
    const stepValue = numberFromText(step);
    const rateList = percentList(rates);
    const realisationList = percentList(realisation);
    if (stepValue === null || !rateList || !realisationList) return null;
    const years = numberFromText(within);
    const parsed = factors.map((row) => row.map((x) => numberFromText(x)));
    if (parsed.some((row) => row.some((x) => x === null || x < 0))) return null;
    const scenarios = defaults.scenarios.map((s, k) => ({
      ...s,
      gainFactor: parsed[k]?.[0] ?? 1,
      costFactor: parsed[k]?.[1] ?? 1,
      investmentFactor: parsed[k]?.[2] ?? 1,
    }));
    return {
      scenarios,
      sensitivityStep: stepValue / 100,
      grid: { rates: rateList, gainFactors: realisationList },
      paybackWithin: years === null ? null : Math.round(years),
    };
  };

  const calculate = async (replaceTyped: boolean): Promise<void> => {
    const o = options();
    if (!o) return;
    setBusy(true);
    const result = await services.calculate(lang, o, replaceTyped);
    setOutcome(result);
    setBusy(false);
    if (!result.ok || result.value.kind === 'written') onRechecked(await services.checkActiveInstance(lang));
  };

  const repair = async (): Promise<void> => {
    setBusy(true);
    onRechecked(await services.repair(lang));
    setBusy(false);
  };

  return (
    <section className={styles.panel} aria-labelledby="instance-heading">
      <Text as="h2" id="instance-heading" size={400} weight="semibold">
        {t('instance', lang)} «{checked.sheetName}»
      </Text>

      <section aria-labelledby="problems-heading">
        <Text as="h3" block id="problems-heading" weight="semibold">
          {t('problems', lang)} ({errors.length})
        </Text>
        {checked.issues.length === 0 ? (
          <Text as="p">{t('noProblems', lang)}</Text>
        ) : (
          <ul className={styles.list}>
            {checked.issues.map((i, k) => (
              <li key={k} className={styles.problem}>
                <Text size={200}>
                  <strong>{i.cell ?? formatPath(i.path)}</strong>: {issueMessage(i, lang)}
                </Text>
                {i.cell && (
                  <Button
                    size="small"
                    onClick={() => void services.selectCell(i.cell ?? '', lang)}
                    aria-label={`${t('goToCell', lang)} ${i.cell}`}
                  >
                    {t('goToCell', lang)}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
        {checked.repairs.length > 0 && (
          <div>
            <Button onClick={() => void repair()} disabled={busy}>
              {t('repair', lang)}
            </Button>
            <Text as="p" size={200} className={styles.muted}>
              {t('repairHint', lang)}
            </Text>
          </div>
        )}
      </section>

      {r && (
        <section aria-labelledby="figures-heading">
          <Text as="h3" block id="figures-heading" weight="semibold">
            {t('keyFigures', lang)}
          </Text>
          <dl className={styles.figures}>
            <dt>NPV</dt>
            <dd style={{ margin: 0 }}>
              {fmt(r.npv, lang)} {r.unit}
            </dd>
            <dt>IRR</dt>
            <dd style={{ margin: 0 }}>{r.irr === null ? '–' : `${fmt(r.irr * 100, lang, 1)} %`}</dd>
            <dt>{lang === 'da' ? 'Tilbagebetalingsår' : 'Payback year'}</dt>
            <dd style={{ margin: 0 }}>
              {r.paybackYear === null ? '–' : String(r.paybackCalendarYear ?? r.paybackYear)}
            </dd>
          </dl>
        </section>
      )}

      <section aria-labelledby="options-heading">
        <Text as="h3" block id="options-heading" weight="semibold">
          {t('options', lang)}
        </Text>
        {defaults.scenarios.map((s, k) => (
          <fieldset key={k} style={{ border: 'none', margin: 0, padding: 0 }}>
            <legend>{s.name}</legend>
            <div className={styles.row}>
              {factorKeys.map((key, j) => (
                <Field key={key} className={styles.small} label={t(key, lang)}>
                  <Input
                    className={styles.fill}
                    inputMode="decimal"
                    value={factors[k]?.[j] ?? ''}
                    onChange={(_, d) =>
                      setFactors((old) =>
                        old.map((row, i) => (i === k ? row.map((x, m) => (m === j ? d.value : x)) : row)),
                      )
                    }
                  />
                </Field>
              ))}
            </div>
          </fieldset>
        ))}
        <div className={styles.row}>
          <Field className={styles.small} label={t('step', lang)}>
            <Input className={styles.fill} inputMode="decimal" value={step} onChange={(_, d) => setStep(d.value)} />
          </Field>
          <Field className={styles.small} label={t('paybackWithin', lang)}>
            <Input className={styles.fill} inputMode="numeric" value={within} onChange={(_, d) => setWithin(d.value)} />
          </Field>
        </div>
        <Field
          label={t('rates', lang)}
          {...(percentList(rates) ? {} : { validationState: 'error' as const, validationMessage: t('badList', lang) })}
        >
          <Input className={styles.fill} value={rates} onChange={(_, d) => setRates(d.value)} />
        </Field>
        <Field
          label={t('realisation', lang)}
          {...(percentList(realisation)
            ? {}
            : { validationState: 'error' as const, validationMessage: t('badList', lang) })}
        >
          <Input className={styles.fill} value={realisation} onChange={(_, d) => setRealisation(d.value)} />
        </Field>
      </section>

      <div className={styles.row}>
        <Button
          appearance="primary"
          onClick={() => void calculate(false)}
          disabled={busy || errors.length > 0 || options() === null}
        >
          {t('calculate', lang)}
        </Button>
        {busy && <Spinner size="tiny" label={t('calculating', lang)} />}
      </div>

      <div aria-live="polite">
        {outcome?.ok && outcome.value.kind === 'written' && (
          <MessageBar intent="success">
            <MessageBarBody>{t('written', lang)}</MessageBarBody>
          </MessageBar>
        )}
        {outcome?.ok && outcome.value.kind === 'confirm' && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t('typedTitle', lang)}</MessageBarTitle>
              {t('typedBody', lang)} {outcome.value.cells.slice(0, 8).join(', ')}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => void calculate(true)}>{t('replace', lang)}</Button>
              <Button onClick={() => setOutcome(null)}>{t('cancel', lang)}</Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {outcome && !outcome.ok && (
          <MessageBar intent="error">
            <MessageBarBody>
              {outcome.failure.kind === 'office'
                ? outcome.failure.message
                : outcome.failure.issues.map((i) => issueMessage(i, lang)).join(' ')}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>

      <FollowOn lang={lang} services={services} />

      <SimulationPanel lang={lang} services={services} />

      <Button appearance="subtle" onClick={onNewTemplate} style={{ alignSelf: 'flex-start' }}>
        {t('newTemplate', lang)}
      </Button>
    </section>
  );
}
