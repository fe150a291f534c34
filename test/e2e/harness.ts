/**
 * The browser harness: the production build served from dist/addin on a loopback port, the
 * fake office.js bundled for the browser behind Microsoft's own Office.js client, and Debian's Chromium driven by playwright-core
 * (no browser download).
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import webpack from 'webpack';
import { DIST } from '../helpers/built';
import { clientFile } from '../fakes/office-client';

export const CHROMIUM = '/usr/bin/chromium';

/** Flags for a closed network: no background connections, no first-run, a fresh profile. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A TypeScript entry bundled for the browser (development mode, no source maps); returns the script. */
export async function bundleForBrowser(entry: string, alias: Record<string, string> = {}): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'gevinst-browser-'));
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    target: ['web', 'es2020'],
    entry,
    output: { path: out, filename: 'bundle.js' },
    resolve: { extensions: ['.ts', '.js'], alias },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: 'ts-loader',
          options: {
            transpileOnly: true,
            compilerOptions: { module: 'esnext', moduleResolution: 'bundler', noEmit: false },
          },
        },
      ],
    },
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((err, stats) => {
      if (err || stats?.hasErrors()) reject(err ?? new Error(stats?.toString('errors-only')));
      else compiler.close(() => resolve());
    }),
  );
  return readFileSync(join(out, 'bundle.js'), 'utf8');
}

export async function bundleFakeOffice(): Promise<string> {
  // The page loads Microsoft's client itself (see below); the node loader stays out of the bundle.
  const fake = await bundleForBrowser(join(__dirname, 'fake-office-entry.ts'), {
    [join(__dirname, '../fakes/office-client.ts')]: join(__dirname, 'office-client-browser.ts'),
  });
  // Microsoft's Office.js client (the Excel on the web build) first, then the fake host that answers it.
  return `${readFileSync(clientFile('web'), 'utf8')}\n;\n${fake}`;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

export async function serveDist(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    try {
      const body = readFileSync(join(DIST, path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, url: `http://127.0.0.1:${port}/` };
}
