import cliProgress from 'cli-progress';

/** A progress bar on a terminal; plain periodic lines when output is not a TTY (CI logs). */
export function progressBar(label: string) {
  const tty = process.stderr.isTTY === true;
  const bar = tty
    ? new cliProgress.SingleBar(
        { format: `${label.padEnd(16)} [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left`, stream: process.stderr, hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  let started = false;
  let lastLog = 0;
  return {
    update(done: number, total: number) {
      if (bar) {
        if (!started) bar.start(total, 0);
        started = true;
        bar.setTotal(total);
        bar.update(done);
      } else if (Date.now() - lastLog > 2000 || done === total) {
        lastLog = Date.now();
        process.stderr.write(`${label}: ${done}/${total}\n`);
      }
    },
    stop() {
      if (bar && started) bar.stop();
    },
  };
}

/** One bar per named phase/table, switching as work moves on. */
export function phasedProgress() {
  let current: { name: string; bar: ReturnType<typeof progressBar> } | undefined;
  return {
    update(name: string, done: number, total: number) {
      if (current?.name !== name) {
        current?.bar.stop();
        current = { name, bar: progressBar(name) };
      }
      current.bar.update(done, total);
    },
    stop() {
      current?.bar.stop();
    },
  };
}
