// Worker entry of WorkPool (work-pool.ts). Each message names a module and an exported
// function to call with the payload. The first message for a module usually carries the
// module's bundle, plain JavaScript made by work-pool-bundle.ts, imported here as a data:
// URL; a module sent without one (it could not be bundled), or whose bundle fails to
// load, is imported through tsx, registered on first need (workers do not inherit the
// parent's TypeScript loader).
// A failure crosses the thread by its AppError code (toAppError: AppError, ZodError,
// database errors, taken from the bundle or from errors.ts); the pool re-creates the
// AppError from the code. Anything else crosses as a plain message.
import { parentPort } from 'node:worker_threads';

/** The export of toAppError in a bundle (TO_APP_ERROR in work-pool-bundle.ts). */
const TO_APP_ERROR = '__workPoolToAppError';

/** module → { mod, toAppError } */
const modules = new Map();
/** toAppError of errors.ts, once tsx is registered. */
let viaTsx;

function typescript() {
  viaTsx ??= (async () => {
    const { register } = await import('tsx/esm/api');
    register();
    return (await import('./errors.ts')).toAppError;
  })();
  return viaTsx;
}

async function load(msg) {
  if (typeof msg.code === 'string') {
    try {
      const mod = await import(`data:text/javascript,${encodeURIComponent(msg.code)}`);
      return { mod, toAppError: mod[TO_APP_ERROR] };
    } catch {
      // the bundle does not load here: the module itself, through tsx, says why (or works)
    }
  }
  const toAppError = await typescript();
  return { mod: await import(msg.module), toAppError };
}

parentPort?.on('message', async (msg) => {
  let entry = modules.get(msg.module);
  try {
    if (!entry) {
      entry = await load(msg);
      modules.set(msg.module, entry);
    }
    const fn = entry.mod[msg.fn];
    if (typeof fn !== 'function') throw new Error(`${msg.module} has no export ${msg.fn}`);
    const value = await fn(msg.payload);
    parentPort?.postMessage({ ok: true, value });
  } catch (e) {
    const known = entry?.toAppError?.(e);
    const error = known ? { code: known.code, message: known.message, details: known.details } : { message: e instanceof Error ? e.message : String(e) };
    parentPort?.postMessage({ ok: false, error });
  }
});
