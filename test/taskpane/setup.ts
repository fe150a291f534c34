/** jsdom lacks what Fluent UI v9 measures with; these stand-ins do nothing, as in a hidden pane. */
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

export function installDomStubs(): void {
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
