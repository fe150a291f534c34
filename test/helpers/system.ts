/**
 * System tools the tests need. Under CI=true a missing tool fails the test run (.ci/run
 * installs them); on a user's clone the test says what is missing and why it is skipped.
 */
import { spawnSync } from 'node:child_process';

export function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** Throws under CI when a required tool is missing; elsewhere returns false with a notice. */
export function requireTool(name: string, why: string): boolean {
  if (hasCommand(name)) return true;
  const message = `${name} is not installed: ${why}`;
  if (process.env['CI'] === 'true') throw new Error(`${message} (required when CI=true; .ci/run installs it)`);
  process.stderr.write(`NOTICE: ${message}; this check is left out on this machine.\n`);
  return false;
}
