#!/usr/bin/env node
/**
 * npm run mutation: Stryker on src/engine and src/sheet (stryker.config.json), then the kill
 * rate per folder from its JSON report. The kill rate is Stryker's mutation score: mutants
 * killed or timed out over every mutant that could be judged (survivors and mutants no test
 * covers count against it; mutants that do not compile are left out). Not part of npm test:
 * it takes most of an hour on two cores. Exits 1 when src/engine is under 85 %.
 *
 *   node scripts/mutation.js [--report-only] [stryker options…]
 */
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const REPORT = path.join(ROOT, 'test-artifacts/mutation/mutation.json');
const ENGINE_TARGET = 85;

const args = process.argv.slice(2);
if (!args.includes('--report-only')) {
  // The fuzz suite runs a twentieth of its inputs per mutant: enough to see a mutant, not an hour each.
  const env = { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS ?? '0.05' };
  const stryker = path.join(path.dirname(require.resolve('@stryker-mutator/core/package.json')), 'bin/stryker.js');
  const run = spawnSync(process.execPath, [stryker, 'run', ...args], { cwd: ROOT, env, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

const report = JSON.parse(fs.readFileSync(REPORT, 'utf8'));
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const tally = new Map();
for (const [file, { mutants }] of Object.entries(report.files)) {
  const folder = file.split('/').slice(0, 2).join('/');
  const t = tally.get(folder) ?? { detected: 0, undetected: 0, survivors: [] };
  for (const m of mutants) {
    if (DETECTED.has(m.status)) t.detected++;
    else if (UNDETECTED.has(m.status)) {
      t.undetected++;
      t.survivors.push(`${file}:${m.location.start.line} ${m.mutatorName}`);
    }
  }
  tally.set(folder, t);
}
let failed = false;
for (const [folder, t] of [...tally].sort()) {
  const total = t.detected + t.undetected;
  const rate = total === 0 ? 100 : (100 * t.detected) / total;
  console.log(`${folder}: kill rate ${rate.toFixed(1)} % (${t.detected} of ${total} mutants killed)`);
  if (folder === 'src/engine' && rate < ENGINE_TARGET) failed = true;
}
if (failed) {
  console.log(`src/engine is under its ${ENGINE_TARGET} % target`);
  process.exit(1);
}
