// `yiwu serve` and `yiwu start` run in a child process that glibc gives transparent huge pages for
// its large allocations (GLIBC_TUNABLES=glibc.malloc.hugetlb=1, read by glibc only when a process
// starts). Loading the 2.1 M-product search snapshot then faults its memory in 2 MiB pages instead
// of 4 KiB ones: 2.06–2.36 s → 1.02–1.52 s on a machine whose page faults are expensive
// (docs/search.md, docs/architecture.md). Nothing happens when GLIBC_TUNABLES is already set, off
// glibc Linux, or with YIWU_HUGE_PAGES=off.
//
// The parent only waits: it forwards SIGINT, SIGTERM and SIGHUP, each once (the child runs in a
// process group of its own, so a terminal's Ctrl-C reaches it through the parent, once) and exits
// with the child's code. If the parent dies, the child sees its IPC channel close and shuts down as on SIGTERM.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';

/** True when this process should run the command in a child with huge pages instead (and has started it). */
export function runWithHugePages(argv = process.argv, env = process.env) {
  const command = argv[2];
  if (command !== 'serve' && command !== 'start') return false;
  if (process.platform !== 'linux' || env.GLIBC_TUNABLES !== undefined || env.YIWU_HUGE_PAGES === 'off') return false;
  const glibc = /** @type {{ header?: { glibcVersionRuntime?: string } }} */ process.report?.getReport?.()?.header?.glibcVersionRuntime;
  if (!glibc) return false;
  const child = spawn(process.execPath, [...process.execArgv, ...argv.slice(1)], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...env, GLIBC_TUNABLES: 'glibc.malloc.hugetlb=1' },
    detached: true,
  });
  // Each signal once: under `npm start` a terminal's Ctrl-C reaches this process twice (from the terminal and
  // forwarded by npm), and a second SIGINT would cut the child's graceful stop (snapshot save, database close).
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP']))
    process.once(signal, () => {
      child.kill(signal);
      process.on(signal, () => {});
    });
  child.on('error', (e) => {
    process.stderr.write(`yiwu: cannot start ${command}: ${e.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 1)));
  return true;
}

/** In the child: stop as on SIGTERM when the parent that started it is gone. */
export function followParent() {
  if (!process.send || !process.env.GLIBC_TUNABLES?.includes('glibc.malloc.hugetlb=1')) return;
  process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
  process.channel?.unref();
}
