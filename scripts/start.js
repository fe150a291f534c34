#!/usr/bin/env node
/**
 * npm start: serve the add-in over https on localhost:3000 and sideload it.
 * - Windows and macOS (Excel desktop): office-addin-debugging starts the dev server and
 *   sideloads manifest.xml into Excel.
 * - Elsewhere (no Excel desktop): the dev server runs and this prints how to sideload into
 *   Excel on the web.
 */
'use strict';
const { spawn } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const devServer = `"${bin('webpack')}" serve --mode development`;

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('exit', (code) => process.exit(code ?? 0));
  process.on('SIGINT', () => child.kill('SIGINT'));
}

if (process.platform === 'win32' || process.platform === 'darwin') {
  run(bin('office-addin-debugging'), [
    'start',
    'manifest.xml',
    'desktop',
    '--app',
    'excel',
    '--dev-server',
    devServer,
    '--dev-server-port',
    '3000',
    '--no-debug',
  ]);
} else {
  console.log(`
Gevinst is being served at https://localhost:3000 (task pane: /taskpane.html).

No Excel desktop on this machine. To use the add-in in Excel on the web:
  1. Open a workbook at https://excel.cloud.microsoft (or your organisation's Excel on the web).
  2. Home > Add-ins > More add-ins > My add-ins > Upload my add-in, and choose
     ${path.join(root, 'manifest.xml')}
  3. The Gevinst tab appears on the ribbon. If the task pane stays blank, open
     https://localhost:3000/taskpane.html once in the same browser and accept the certificate.
Without Excel at all, the same engine runs from the command line: npx gevinst calc examples/business-case.json
`);
  run(bin('webpack'), ['serve', '--mode', 'development']);
}
