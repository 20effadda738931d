/**
 * Checks of the OpenAPI document as a client sees it (used by test/openapi.test.ts
 * and scripts/check-openapi-client.ts): lint with Redocly's rules (redocly.yaml,
 * offline), and generate a typed client with openapi-typescript + openapi-fetch
 * that a small script must type-check against with zero errors.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { formatProblems, getTotals, lintFromString, loadConfig } from '@redocly/openapi-core';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Redocly lint of the document with the repository's redocly.yaml; returns the error and warning counts and the report. */
export async function lintOpenApi(doc: object): Promise<{ errors: number; warnings: number; report: string }> {
  const config = await loadConfig({ configPath: join(ROOT, 'redocly.yaml') });
  const problems = await lintFromString({ source: JSON.stringify(doc), absoluteRef: join(ROOT, 'openapi.json'), config });
  const totals = getTotals(problems);
  const report = problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location.map((l) => l.pointer).join(', ')}`).join('\n');
  if (process.env.OPENAPI_LINT_VERBOSE) formatProblems(problems, { format: 'stylish', totals, version: 'lint' });
  return { errors: totals.errors, warnings: totals.warnings, report };
}

/** What a client program writes against the generated types; every call is typed (the @ts-expect-error lines prove it). */
const CLIENT = `import createClient from 'openapi-fetch';
import type { components, paths } from './api.ts';

type ErrorCode = components['schemas']['ErrorCode'];
const api = createClient<paths>({ baseUrl: 'http://localhost:3000' });

export async function tour(): Promise<string[]> {
  const out: string[] = [];
  const login = await api.POST('/api/auth/login', { body: { username: 'merchant', password: 'merchant123' } });
  if (login.error) {
    const code: ErrorCode = login.error.error.code;
    return [code, login.error.error.message];
  }
  const token: string = login.data.token;
  const auth = { headers: { authorization: \`Bearer \${token}\` } };

  const product = await api.GET('/api/products/{id}', { params: { path: { id: 1 } } });
  if (product.data) {
    const price: number = product.data.priceTiers[0]?.unitPrice ?? 0;
    const title: string | null = product.data.titleZh;
    const address: string | undefined = product.data.stall?.address;
    out.push(String(price), title ?? '', address ?? '');
  } else if (product.error) out.push(product.error.error.code);

  const page = await api.GET('/api/products', { params: { query: { pageSize: 5 } } });
  out.push(String(page.data?.total ?? 0));

  const imported = await api.POST('/api/products/import', {
    ...auth,
    params: { query: { format: 'csv' } },
    body: 'sku,category\\n',
    bodySerializer: (csv: string) => csv,
  });
  if (imported.data) out.push(String(imported.data.created + imported.data.updated));
  else if (imported.error) out.push(imported.error.error.code);

  const file = await api.GET('/api/products/export', { ...auth, params: { query: { format: 'xlsx' } }, parseAs: 'blob' });
  if (file.data) out.push(String(file.data.size));

  const found = await api.GET('/api/search', { params: { query: { q: 'thermos cup', pageSize: 3 } } });
  if (found.data?.kind === 'results') out.push(...found.data.items.map((h) => h.product.sku));
  else if (found.data?.kind === 'stall') out.push(found.data.stall?.address ?? '');

  type ProductInput = paths['/api/products']['post']['requestBody']['content']['application/json'];
  const input: ProductInput = {
    sku: 'CUP-1',
    categoryCode: '080101',
    unit: 'pcs',
    moq: 100,
    priceTiers: [{ minQty: 100, unitPrice: 1250 }],
    hsCode: '9617001900',
    carton: { units: 50, lengthCm: 52, widthCm: 38, heightCm: 30.5, grossKg: 18.6 },
  };
  const created = await api.POST('/api/products', { ...auth, body: input });
  if (created.data) out.push(created.data.sku);

  // @ts-expect-error an unknown path is refused
  await api.GET('/api/no-such-thing');
  // @ts-expect-error a path parameter is a number
  await api.GET('/api/products/{id}', { params: { path: { id: 'one' } } });
  // @ts-expect-error the response has no such field
  if (product.data) out.push(product.data.noSuchField);
  return out;
}
`;

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2023', 'DOM'],
    strict: true,
    noUncheckedIndexedAccess: true,
    allowImportingTsExtensions: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  },
  files: ['api.ts', 'client.ts'],
};

/** Generates api.ts from the document, writes the client script and runs tsc --noEmit on both. */
export async function checkGeneratedClient(doc: object): Promise<{ ok: boolean; output: string; types: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'yiwu-openapi-client-'));
  try {
    const types = astToString(await openapiTS(JSON.parse(JSON.stringify(doc)) as Parameters<typeof openapiTS>[0]));
    writeFileSync(join(dir, 'api.ts'), types);
    writeFileSync(join(dir, 'client.ts'), CLIENT);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const tsc = createRequire(join(ROOT, 'package.json')).resolve('typescript/bin/tsc');
    const r = spawnSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8', cwd: dir });
    return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim(), types };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
