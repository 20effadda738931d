import type pg from 'pg';

/**
 * COPY ... FROM STDIN over node-postgres without an extra dependency: a
 * Submittable that answers the server's CopyInResponse with the given chunks.
 * Resolves with the number of rows copied.
 */
export function copyFromChunks(client: pg.PoolClient | pg.Client, sql: string, chunks: Iterable<string>): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let rows = 0;
    let error: unknown;
    const submittable = {
      submit(connection: any) {
        connection.query(sql);
      },
      handleCopyInResponse(connection: any) {
        try {
          for (const chunk of chunks) connection.sendCopyFromChunk(Buffer.from(chunk, 'utf8'));
          connection.endCopyFrom();
        } catch (e) {
          error = e;
          connection.sendCopyFail(String(e));
        }
      },
      handleCommandComplete(msg: { text?: string }) {
        const m = /COPY (\d+)/.exec(msg.text ?? '');
        if (m) rows = Number(m[1]);
      },
      handleError(err: unknown) {
        error = error ?? err;
      },
      handleReadyForQuery() {
        if (error) reject(error);
        else resolve(rows);
      },
      handleRowDescription() {},
      handleDataRow() {},
      handlePortalSuspended() {},
      handleEmptyQuery() {},
      handleCopyData() {},
    };
    (client as any).query(submittable);
  });
}
