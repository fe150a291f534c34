/** Gevinst's version: set at build time in the add-in (webpack's DefinePlugin), at start in the CLI. */
declare const __GEVINST_VERSION__: string | undefined;

export function gevinstVersion(): string {
  return typeof __GEVINST_VERSION__ === 'string' ? __GEVINST_VERSION__ : 'development';
}
