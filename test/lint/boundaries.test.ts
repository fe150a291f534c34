/** The import boundaries of DESIGN.md §2 are enforced: a file that crosses one fails lint. */
import { ESLint } from 'eslint';
import { join } from 'node:path';

// The project's own flat config, passed in directly: ESLint's loader uses a dynamic import
// that jest's module sandbox does not allow.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS config file
const config = require('../../eslint.config.js') as ESLint.Options['overrideConfig'];
const eslint = new ESLint({ cwd: join(__dirname, '../..'), overrideConfigFile: true, overrideConfig: config ?? null });

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(__dirname, '../..', file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

test('the engine may not import the UI, Excel, files or other layers', async () => {
  expect(await ruleIds('src/engine/x.ts', "import { z } from 'zod';\nexport const a = z;\n")).toEqual([]);
  expect(await ruleIds('src/engine/x.ts', "import React from 'react';\nexport const a = React;\n")).toEqual([
    'no-restricted-imports',
  ]);
  expect(await ruleIds('src/engine/x.ts', "import { a } from '../sheet/plan';\nexport const b = a;\n")).toEqual([
    'no-restricted-imports',
  ]);
  expect(
    await ruleIds('src/engine/x.ts', "import { readFileSync } from 'node:fs';\nexport const b = readFileSync;\n"),
  ).toEqual(['no-restricted-imports']);
});

test('the engine is deterministic', async () => {
  expect(await ruleIds('src/engine/x.ts', 'export const a = Math.random() + Date.now();\n')).toEqual([
    'no-restricted-properties',
    'no-restricted-properties',
  ]);
});

test('templates, sheet and task pane never reach Excel directly', async () => {
  expect(await ruleIds('src/sheet/x.ts', "import { w } from '../excel/write';\nexport const a = w;\n")).toEqual([
    'no-restricted-imports',
  ]);
  expect(await ruleIds('src/taskpane/x.tsx', "import { w } from '../excel/write';\nexport const a = w;\n")).toEqual([
    'no-restricted-imports',
  ]);
  expect(await ruleIds('src/templates/x.ts', 'export const a = () => Excel.run(async () => undefined);\n')).toEqual([
    'no-restricted-globals',
  ]);
});
