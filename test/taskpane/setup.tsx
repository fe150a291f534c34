import { RendererProvider, type GriffelRenderer } from '@fluentui/react-components';
import { configure } from '@testing-library/react';

/** jsdom lacks what Fluent UI v9 measures with; these stand-ins do nothing, as in a hidden pane. */
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

/**
 * jsdom pane tests render Fluent UI and run axe: about a second each alone, several times that
 * on a busy two-core machine. They get a generous, explicit time-out (per test and for every
 * `findBy`/`waitFor`), so a green run does not depend on what else the machine is doing.
 */
export const PANE_TEST_TIMEOUT_MS = 60_000;
const FIND_TIMEOUT_MS = 20_000;

export function installDomStubs(): void {
  jest.setTimeout(PANE_TEST_TIMEOUT_MS);
  configure({ asyncUtilTimeout: FIND_TIMEOUT_MS });
  Object.assign(globalThis, { ResizeObserver: ResizeObserverStub });
  if (!window.matchMedia) {
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addEventListener() {},
        removeEventListener() {},
        addListener() {},
        removeListener() {},
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
}

/**
 * A Griffel renderer that computes Fluent's class names but inserts no CSS rules: jsdom parses
 * every inserted rule into its CSSOM, which made most of a pane test's time. jsdom applies no
 * layout or cascade that these tests (or axe's rules that work in jsdom) read; the real styles
 * are exercised by the Chromium tests.
 */
export const noCssRenderer: GriffelRenderer = {
  id: 'jsdom-no-css',
  insertionCache: {},
  stylesheets: {},
  insertCSSRules: () => undefined,
  compareMediaQueries: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  compareContainerQueries: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
};

export function PaneRenderer({ children }: { children: React.ReactNode }): React.JSX.Element {
  return <RendererProvider renderer={noCssRenderer}>{children}</RendererProvider>;
}
