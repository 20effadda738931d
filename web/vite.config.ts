import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const outDir = join(here, 'dist');

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text formats worth compressing; images (WebP, PNG, JPEG), fonts in woff2 and archives are compressed already. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|webmanifest|txt|xml|map|ico|wasm)$/;
/** Below this a compressed copy saves less than a packet; the server sends such files as they are. */
const MIN_BYTES = 1024;

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(p)));
    else out.push(p);
  }
  return out;
}

/**
 * Pre-compress the built web UI: writes `name.br` (brotli, best quality) and `name.gz` (gzip -9) beside every
 * compressible file of at least 1 KiB, so the server (src/http/web-assets.ts, @fastify/static `preCompressed`)
 * sends them without compressing on each request. A copy that is not smaller than the original is not written.
 */
function precompress(): Plugin {
  return {
    name: 'yiwu-precompress',
    apply: 'build',
    async closeBundle() {
      const files = (await filesUnder(outDir)).filter((f) => COMPRESSIBLE.test(f));
      await Promise.all(
        files.map(async (f) => {
          if ((await stat(f)).size < MIN_BYTES) return;
          const raw = await readFile(f);
          const [br, gzipped] = await Promise.all([
            brotli(raw, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
                [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
              },
            }),
            gz(raw, { level: 9 }),
          ]);
          if (br.length < raw.length) await writeFile(`${f}.br`, br);
          if (gzipped.length < raw.length) await writeFile(`${f}.gz`, gzipped);
        }),
      );
    },
  };
}

/** The chunk a node_modules file belongs to: React on its own (changes rarely), ECharts on its own (only the chart page needs it). */
const VENDOR_GROUPS = [
  { name: 'react', test: /node_modules[\\/](?:react|react-dom|scheduler)[\\/]/, priority: 30 },
  { name: 'echarts', test: /node_modules[\\/](?:echarts|zrender)[\\/]/, priority: 20 },
  { name: 'vendor', test: /node_modules[\\/]/, priority: 10 },
];

// React without a plugin: Vite's built-in transform compiles TSX with the automatic JSX runtime.
export default defineConfig({
  root: here,
  base: '/',
  plugins: [precompress()],
  build: {
    outDir,
    emptyOutDir: true,
    // Hashed names under /assets/ are served with `Cache-Control: immutable` (src/http/web-assets.ts).
    assetsDir: 'assets',
    target: 'es2022',
    // The largest chunk is ECharts (~500 KB from `echarts/core`, chart page only); warn when any grows past 600 KB.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: VENDOR_GROUPS },
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000', '/health': 'http://localhost:3000' } },
});
