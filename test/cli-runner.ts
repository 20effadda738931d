import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './shared-data.ts';

/** The real `yiwu` binary the CLI tests run. */
export const BIN = join(REPO_ROOT, 'bin', 'yiwu.js');

/** What a finished `yiwu` run left: its exit code and everything it printed. */
export interface Ran {
  code: number | null;
  out: string;
  err: string;
}

/** Run `node bin/yiwu.js …args` from the repository root with exactly `env`, to its end. */
export function runYiwu(args: string[], env: NodeJS.ProcessEnv): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}
