/** The `gevinst` command run in process, with files from a map and what it writes kept. */
import { run, type Io } from '../../src/cli/main';

export const written: Record<string, Buffer> = {};

export async function cli(
  argv: string[],
  files: Record<string, string | Uint8Array> = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = {
    out: (t) => (out += t),
    err: (t) => (err += t),
    readFile: (p) => {
      const f = files[p];
      if (f === undefined) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
      return f;
    },
    writeFile: (p, data) => {
      if (p.startsWith('/no/')) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
      written[p] = data;
    },
  };
  const code = await run(argv, io);
  return { code, out, err };
}
