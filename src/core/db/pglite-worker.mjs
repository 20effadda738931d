// The PGlite database in a worker thread of its own (pglite-thread.ts is the main thread's side).
// PGlite executes every statement synchronously on the thread that owns it; here that is this
// thread, so a long statement holds this thread and not the main thread's event loop.
// Plain JavaScript: a worker has no TypeScript loader, and this file imports only packages.
//
// workerData: { dataDir, postgresqlconf: string[] }. Posts { ready: true } or { ready: false, error }
// once, then answers each request { id, op, ... } with { id, ok: true, result } or
// { id, ok: false, error } (error: the thrown error's message, name and own fields, among them
// PGlite's SQLSTATE `code`, `constraint`, `column`, `detail`, …, so that the main thread
// rebuilds an error of the same shape).
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { parentPort, workerData } from 'node:worker_threads';

// Same JS types as the PostgreSQL driver (database.ts): int8 → number, date → 'YYYY-MM-DD', numeric → string.
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;

/** Fields of an error that cross the thread: its own data fields, without the statement's parameters (up to hundreds of KB). */
function plainError(e) {
  if (!(e instanceof Error)) return { message: String(e), name: 'Error', fields: {} };
  const fields = {};
  for (const [k, v] of Object.entries(e)) {
    if (k === 'params' || typeof v === 'function' || (typeof v === 'object' && v !== null)) continue;
    fields[k] = v;
  }
  return { message: e.message, name: e.name, fields };
}

/** Open transactions by id: PGlite's own `transaction` holds its lock while the main thread runs the body. */
const txs = new Map();
let nextTx = 1;

let pglite;
try {
  pglite = await PGlite.create(workerData.dataDir, {
    extensions: { btree_gist },
    parsers: { [INT8]: (v) => Number(v), [DATE]: (v) => v, [NUMERIC]: (v) => v },
    ...(workerData.postgresqlconf.length > 0 ? { postgresqlconf: workerData.postgresqlconf } : {}),
  });
} catch (e) {
  parentPort.postMessage({ ready: false, error: plainError(e) });
  process.exit(0);
}

const result = (r) => ({ rows: r.rows, fields: r.fields.map((f) => ({ name: f.name, dataTypeID: f.dataTypeID })), affectedRows: r.affectedRows });

function begin() {
  return new Promise((resolve, reject) => {
    const id = nextTx++;
    let end;
    const ended = new Promise((res, rej) => {
      end = { commit: res, rollback: rej };
    });
    let begun = false;
    const done = pglite.transaction(async (tx) => {
      begun = true;
      txs.set(id, { tx, end, done });
      resolve(id);
      await ended;
    });
    // the outcome of a transaction that began is awaited by 'end'; one whose BEGIN failed rejects 'begin'
    done.catch((e) => {
      if (!begun) reject(e);
    });
  });
}

async function endTx(id, commit) {
  const t = txs.get(id);
  if (!t) throw new Error(`no open transaction ${id}`);
  txs.delete(id);
  if (commit) {
    t.end.commit();
    await t.done;
  } else {
    t.end.rollback(new Error('rolled back'));
    await t.done.catch(() => {});
  }
}

async function run(m) {
  switch (m.op) {
    case 'query': {
      const target = m.tx === undefined ? pglite : txs.get(m.tx)?.tx;
      if (!target) throw new Error(`no open transaction ${m.tx}`);
      return result(await target.query(m.sql, m.params, m.rowMode ? { rowMode: m.rowMode } : undefined));
    }
    case 'copyFrom':
      return result(await pglite.query(m.sql, [], { blob: new Blob([m.text]) }));
    case 'exec':
      return (await pglite.exec(m.sql)).map(result);
    case 'begin':
      return await begin();
    case 'end':
      return await endTx(m.tx, m.commit);
    case 'close':
      if (!pglite.closed) await pglite.close();
      return undefined;
    default:
      throw new Error(`unknown operation ${m.op}`);
  }
}

parentPort.on('message', (m) => {
  run(m).then(
    (r) => parentPort.postMessage({ id: m.id, ok: true, result: r }),
    (e) => parentPort.postMessage({ id: m.id, ok: false, error: plainError(e) }),
  );
});
parentPort.postMessage({ ready: true });
