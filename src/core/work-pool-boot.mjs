// Worker entry of WorkPool (work-pool.ts). Workers do not inherit the parent's
// TypeScript loader, so tsx is registered here; then each message names a module
// and an exported function to call with the payload.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();

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
    const err = e instanceof Error ? e : new Error(String(e));
    parentPort?.postMessage({ ok: false, error: { name: err.name, code: err.code, message: err.message, details: err.details } });
  }
});
