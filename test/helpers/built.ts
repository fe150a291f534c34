/** The production build that `npm test` makes before jest runs (`npm run build`). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DIST = join(__dirname, '../../dist/addin');

export function built(file: string): string {
  const path = join(DIST, file);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first (npm test does)`);
  return readFileSync(path, 'utf8');
}
