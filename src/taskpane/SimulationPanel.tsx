import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { PaneServices, SimulationSource, WrittenSimulation } from '../app/services';
import { SimulationCancelled, type SimulationJob } from '../app/simulation-runner';
import type { Failure, Outcome } from '../app/use-cases';
import type { SimulationOptions } from '../engine/business-case-schema';
import { issueMessage, type Language } from '../engine/messages';
import type { Distribution } from '../engine/simulation/distributions';
import type { SimulationOutput } from '../engine/simulation/output';
import { numberFromText } from '../sheet/cell-text';
import { t, tf } from './i18n';

const useStyles = makeStyles({
  row: { display: 'flex', gap: '6px', flexWrap: 'wrap', alignItems: 'flex-end' },
  small: { flex: '1 1 90px', minWidth: '90px' },
  fill: { width: '100%', minWidth: 0, '& input': { minWidth: 0, width: '100%' } },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: '16px' },
  figures: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', gap: '2px 8px', margin: '4px 0 0 0' },
  value: { margin: 0, textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
});

export interface SimulationPanelProps {
  readonly lang: Language;
  readonly services: PaneServices;
}

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'preparing' }
  | { readonly kind: 'running'; readonly done: number; readonly of: number; readonly source: SimulationSource }
  | { readonly kind: 'stopped' }
  | { readonly kind: 'failed'; readonly failure: Failure }
  | {
      readonly kind: 'written';
      readonly written: WrittenSimulation;
      readonly output: SimulationOutput;
      readonly source: SimulationSource;
    };

const MAX_SEED = 0xffffffff;

const whole = (text: string, min: number, max: number): number | null => {
  const n = numberFromText(text.trim());
  return n !== null && Number.isInteger(n) && n >= min && n <= max ? n : null;
};

/** The pane's Monte Carlo: options, a run in the worker with progress and stop, and where the results went. */
export function SimulationPanel({ lang, services }: SimulationPanelProps) {
  const styles = useStyles();
  const locale = lang === 'da' ? 'da-DK' : 'en-GB';
  const [iterations, setIterations] = useState((10_000).toLocaleString(locale));
  const [seed, setSeed] = useState('1');
  const [coverage, setCoverage] = useState('80');
  const [distribution, setDistribution] = useState<Distribution>('pert');
  const [independent, setIndependent] = useState(false);
  const [within, setWithin] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const job = useRef<SimulationJob | null>(null);

  const n = whole(iterations.replace(/[.,\s](?=\d{3}\b)/g, ''), 1, 1_000_000);
  const s = whole(seed, 0, MAX_SEED);
  const coverageValue = numberFromText(coverage.trim());
  const c = coverageValue !== null && coverageValue > 0 && coverageValue <= 100 ? coverageValue / 100 : null;
  const w = within.trim() === '' ? undefined : whole(within, 1, 50);
  const options: SimulationOptions | null =
    n === null || s === null || c === null || w === null
      ? null
      : {
          iterations: n,
          seed: s,
          coverage: c,
          distribution,
          independentYears: independent,
          ...(w === undefined ? {} : { paybackWithin: w }),
        };
  const running = state.kind === 'running' || state.kind === 'preparing';
  const number = (x: number, digits = 0): string =>
    x.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const percent = (x: number): string => `${number(x * 100, 1)} %`;

  const run = async (): Promise<void> => {
    if (!options) return;
    setState({ kind: 'preparing' });
    const prepared: Outcome<SimulationSource> = await services.prepareSimulation(lang);
    if (!prepared.ok) {
      setState({ kind: 'failed', failure: prepared.failure });
      return;
    }
    const source = prepared.value;
    setState({ kind: 'running', done: 0, of: options.iterations, source });
    const started = services.simulate(source.file, options, (done, of) =>
      setState({ kind: 'running', done, of, source }),
    );
    job.current = started;
    let output: SimulationOutput;
    try {
      output = await started.done;
    } catch (e) {
      job.current = null;
      if (e instanceof SimulationCancelled) setState({ kind: 'stopped' });
      else
        setState({ kind: 'failed', failure: { kind: 'office', message: e instanceof Error ? e.message : String(e) } });
      return;
    }
    job.current = null;
    const written = await services.writeSimulation(source, output, lang);
    if (!written.ok) setState({ kind: 'failed', failure: written.failure });
    else setState({ kind: 'written', written: written.value, output, source });
  };

  const stop = (): void => {
    job.current?.cancel();
  };

  const invalid = (ok: boolean, message: string) =>
    ok ? {} : { validationState: 'error' as const, validationMessage: message };

  return (
    <section aria-labelledby="simulation-heading">
      <Text as="h3" block id="simulation-heading" weight="semibold">
        {t('simulation', lang)}
      </Text>
      <Text as="p" block size={200} className={styles.muted}>
        {t('simulationHint', lang)}
      </Text>
      <div className={styles.row}>
        <Field
          className={styles.small}
          label={t('iterations', lang)}
          {...invalid(n !== null, t('iterationsError', lang))}
        >
          <Input
            className={styles.fill}
            inputMode="numeric"
            value={iterations}
            disabled={running}
            onChange={(_, d) => setIterations(d.value)}
          />
        </Field>
        <Field className={styles.small} label={t('seed', lang)} {...invalid(s !== null, t('seedError', lang))}>
          <Input
            className={styles.fill}
            inputMode="numeric"
            value={seed}
            disabled={running}
            onChange={(_, d) => setSeed(d.value)}
          />
        </Field>
        <Field className={styles.small} label={t('coverage', lang)} {...invalid(c !== null, t('coverageError', lang))}>
          <Input
            className={styles.fill}
            inputMode="decimal"
            value={coverage}
            disabled={running}
            onChange={(_, d) => setCoverage(d.value)}
          />
        </Field>
      </div>
      <div className={styles.row}>
        <Field className={styles.small} label={t('distribution', lang)}>
          <Select
            className={styles.fill}
            value={distribution}
            disabled={running}
            onChange={(_, d) => setDistribution(d.value as Distribution)}
          >
            <option value="pert">PERT</option>
            <option value="triangular">{t('triangular', lang)}</option>
            <option value="uniform">{t('uniform', lang)}</option>
          </Select>
        </Field>
        <Field
          className={styles.small}
          label={t('simulationPaybackWithin', lang)}
          {...invalid(w !== null, t('simulationYearError', lang))}
        >
          <Input
            className={styles.fill}
            inputMode="numeric"
            value={within}
            disabled={running}
            onChange={(_, d) => setWithin(d.value)}
          />
        </Field>
      </div>
      <Checkbox
        label={t('independentYears', lang)}
        checked={independent}
        disabled={running}
        onChange={(_, d) => setIndependent(d.checked === true)}
      />
      <div className={styles.row}>
        <Button appearance="primary" disabled={running || options === null} onClick={() => void run()}>
          {t('simulate', lang)}
        </Button>
        {state.kind === 'running' && <Button onClick={stop}>{t('stopSimulation', lang)}</Button>}
      </div>
      <div aria-live="polite">
        {state.kind === 'running' && (
          <Field
            label={t('simulating', lang)}
            validationState="none"
            validationMessage={tf('runsDone', lang, { done: number(state.done), of: number(state.of) })}
          >
            <ProgressBar value={state.of > 0 ? state.done / state.of : 0} thickness="large" />
          </Field>
        )}
        {state.kind === 'stopped' && (
          <MessageBar intent="info">
            <MessageBarBody>{t('simulationStopped', lang)}</MessageBarBody>
          </MessageBar>
        )}
        {state.kind === 'failed' && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              {state.failure.kind === 'office' ? (
                state.failure.message
              ) : (
                <ul className={styles.list}>
                  {state.failure.issues.map((i, k) => (
                    <li key={k}>
                      {i.cell ? <strong>{i.cell}: </strong> : null}
                      {issueMessage(i, lang)}
                    </li>
                  ))}
                </ul>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
        {state.kind === 'written' && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{tf('simulationWritten', lang, { sheet: state.written.sheetName })}</MessageBarTitle>
              {state.written.kept ? (
                <Text as="p" block>
                  {tf('simulationKept', lang, { kept: state.written.kept })}
                </Text>
              ) : null}
              <dl className={styles.figures}>
                <dt>{t('simulatedMean', lang)}</dt>
                <dd className={styles.value}>
                  {number(state.output.result.npv.mean)} {state.source.file.unit}
                </dd>
                <dt>{t('simulatedRange', lang)}</dt>
                <dd className={styles.value}>
                  {number(state.output.result.npv.p10)} – {number(state.output.result.npv.p90)}
                </dd>
                <dt>{t('simulatedNegative', lang)}</dt>
                <dd className={styles.value}>{percent(state.output.result.probNegativeNpv)}</dd>
                {state.source.risks > 0 ? (
                  <>
                    <dt>
                      {tf('simulatedPool', lang, {
                        coverage: `${number(state.output.result.riskPool.coverage * 100)} %`,
                      })}
                    </dt>
                    <dd className={styles.value}>
                      {number(state.output.result.riskPool.amount)} {state.source.file.unit}
                    </dd>
                  </>
                ) : null}
              </dl>
              <Text as="p" block size={200}>
                {t('simulatedDrawn', lang)}:{' '}
                {tf('drawnLines', lang, { lines: state.source.uncertainLines, risks: state.source.risks })}
              </Text>
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
