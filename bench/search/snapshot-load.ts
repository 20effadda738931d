/**
 * Snapshot load time in a fresh process (issue 15: ≤ 2 s at 2.1 M products).
 *
 *   node --expose-gc --max-old-space-size=12000 --import tsx bench/search/snapshot-load.ts \
 *     [--scale full] --snapshot /tmp/full.snap [--runs 3]
 *
 * Builds the index and writes the snapshot when the file is missing; then
 * loads it `--runs` times, each in a new process (what a restarted server
 * does), and prints the wall and CPU time of each load, the split between
 * user and kernel CPU, and the process's RSS after it. Each run loads twice,
 * as the process starts by default and with glibc's transparent huge pages for
 * large allocations (GLIBC_TUNABLES=glibc.malloc.hugetlb=1, a deployment
 * setting: docs/search.md); most of a load's kernel time is faulting in the
 * snapshot's memory 4 KiB at a time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SearchIndex } from '../../src/modules/search/index.ts';
import { Corpus } from './corpus.ts';

const { values: opt } = parseArgs({
  options: {
    scale: { type: 'string', default: 'full' },
    snapshot: { type: 'string', default: '' },
    runs: { type: 'string', default: '3' },
    child: { type: 'boolean', default: false },
  },
});
if (!opt.snapshot) throw new Error('--snapshot path is required');

if (opt.child) {
  const u0 = process.cpuUsage();
  const t0 = performance.now();
  const idx = await SearchIndex.load(opt.snapshot);
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(u0);
  console.log(
    JSON.stringify({ docs: idx.stats().docs, wallMs: wall, userMs: cpu.user / 1000, systemMs: cpu.system / 1000, rssMb: process.memoryUsage().rss / 2 ** 20 }),
  );
  process.exit(0);
}

if (!existsSync(opt.snapshot)) {
  const t = performance.now();
  const idx = await SearchIndex.build(new Corpus(opt.scale).docs());
  console.log(`built ${idx.stats().docs} documents in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  await idx.save(opt.snapshot);
}
console.log(`snapshot ${(statSync(opt.snapshot).size / 2 ** 20).toFixed(0)} MB; loads in a fresh process (wall / user CPU / kernel CPU):`);
const plainEnv = { ...process.env };
delete plainEnv.GLIBC_TUNABLES;
const modes = [
  { name: 'default', env: plainEnv },
  { name: 'glibc.malloc.hugetlb=1', env: { ...plainEnv, GLIBC_TUNABLES: 'glibc.malloc.hugetlb=1' } },
];
for (let i = 0; i < Number(opt.runs); i++) {
  for (const mode of modes) {
    const r = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, '--child', '--snapshot', opt.snapshot], {
      encoding: 'utf8',
      env: mode.env,
    });
    if (r.status !== 0) throw new Error(`load ${i + 1} (${mode.name}) failed: ${r.stderr}`);
    const m = JSON.parse(r.stdout.trim().split('\n').pop()!) as { docs: number; wallMs: number; userMs: number; systemMs: number; rssMb: number };
    console.log(
      `  load ${i + 1}, ${mode.name}: ${(m.wallMs / 1000).toFixed(2)} s wall, ${(m.userMs / 1000).toFixed(2)} s user, ${(m.systemMs / 1000).toFixed(2)} s kernel; ${m.docs} docs, RSS ${m.rssMb.toFixed(0)} MB`,
    );
  }
}
