// Worker entry of WorkPool (work-pool.ts). Workers do not inherit the parent's
// TypeScript loader, so tsx is registered here; then each message names a module
// and an exported function to call with the payload. A failure crosses the thread
// by its AppError code (toAppError: AppError, ZodError, database errors); the pool
// re-creates the AppError from the code. Anything else crosses as a plain message.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { toAppError } = await import('./errors.ts');

const modules = new Map();

parentPort?.on('message', async (msg) => {
  try {
    let mod = modules.get(msg.module);
    if (!mod) {
      mod = await import(msg.module);
      modules.set(msg.module, mod);
    }
    const fn = mod[msg.fn];
    if (typeof fn !== 'function') throw new Error(`${msg.module} has no export ${msg.fn}`);
    const value = await fn(msg.payload);
    parentPort?.postMessage({ ok: true, value });
  } catch (e) {
    const known = toAppError(e);
    const error = known ? { code: known.code, message: known.message, details: known.details } : { message: e instanceof Error ? e.message : String(e) };
    parentPort?.postMessage({ ok: false, error });
  }
});
