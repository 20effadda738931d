import type { FastifyReply } from 'fastify';
import { XLSX } from './openapi.ts';

/** Send a spreadsheet download: CSV (UTF-8) or xlsx, offered to be saved as `name.format`. */
export function sendSpreadsheet<R extends FastifyReply>(reply: R, format: 'csv' | 'xlsx', name: string, data: string | Uint8Array): R {
  return reply
    .header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : XLSX)
    .header('content-disposition', `attachment; filename="${name}.${format}"`)
    .send(data) as R;
}
