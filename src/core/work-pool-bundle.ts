/**
 * The task modules of WorkPool (work-pool.ts) as plain JavaScript, so that a
 * worker does not have to load tsx: registering tsx in a worker starts a
 * loader-hooks thread and transpiles every file on the fly, tens of MB per
 * worker before it does any work.
 *
 * A TypeScript task module is bundled once per process with esbuild, with
 * everything it imports from this project, into one ES module text; the pool
 * sends that text to each worker once, which imports it as a `data:` URL
 * (work-pool-boot.mjs). Nothing is written to disk. The bundling runs in a
 * short-lived thread of its own (work-pool-bundler.mjs), so that starting
 * esbuild's service process does not hold up the event loop. Packages and
 * Node's built-in modules stay outside the bundle: a package import is written
 * as the absolute file: URL of the file esbuild resolves it to (with Node's
 * conditions), so the worker loads the same files as the main thread would.
 * Each source file's `import.meta.url` is replaced by that file's own URL, so
 * paths computed from it (fonts, assets, other task modules) still point where
 * they did. The bundle also exports the errors module's `toAppError` under
 * TO_APP_ERROR, so that errors cross the thread by code as before.
 *
 * When bundling fails (esbuild missing, an import it cannot follow), the
 * module is run as before: the worker registers tsx and imports the .ts file.
 * Stack traces name the bundle `<module>?bundle` with its own line numbers;
 * `YIWU_WORKERS_TSX=1` makes workers load the sources through tsx instead
 * (their file names and lines in stack traces).
 */
import { Worker } from 'node:worker_threads';

/** Name of the bundle's export of `toAppError` (errors.ts), read by work-pool-boot.mjs. */
export const TO_APP_ERROR = '__workPoolToAppError';

const BUNDLER = new URL('./work-pool-bundler.mjs', import.meta.url);
const ERRORS = new URL('./errors.ts', import.meta.url).href;
const TYPESCRIPT = /\.[cm]?tsx?$/;
/** A bundle not made in this time is given up on (the worker then loads the module through tsx). */
const BUNDLE_MS = 60_000;

const bundles = new Map<string, Promise<string | undefined>>();

/**
 * The JavaScript text of `module` with what it imports from this project, made once per process;
 * undefined when the module is not TypeScript or cannot be bundled (the worker then loads it through tsx).
 */
export function workerBundle(module: string): Promise<string | undefined> {
  let b = bundles.get(module);
  if (!b) {
    b =
      module.startsWith('file:') && TYPESCRIPT.test(new URL(module).pathname) && process.env.YIWU_WORKERS_TSX !== '1'
        ? build(module)
        : Promise.resolve(undefined);
    bundles.set(module, b);
  }
  return b;
}

function build(module: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    let w: Worker;
    try {
      w = new Worker(BUNDLER, { workerData: { module, errors: ERRORS, exportName: TO_APP_ERROR } });
    } catch {
      resolve(undefined);
      return;
    }
    const done = (code: string | undefined) => {
      clearTimeout(timer);
      w.removeAllListeners();
      w.on('error', () => {});
      void w.terminate();
      resolve(code);
    };
    const timer = setTimeout(() => done(undefined), BUNDLE_MS);
    w.once('message', (m: { code?: string }) => done(typeof m.code === 'string' ? m.code : undefined));
    w.once('error', () => done(undefined));
    w.once('exit', () => done(undefined));
  });
}
