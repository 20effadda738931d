// Bundler of work-pool-bundle.ts, run in a short-lived worker thread of its own so that
// the main thread neither starts esbuild's service process (a fork of the whole server
// process, tens of ms) nor serves esbuild's plugin callbacks. Plain JavaScript: this
// thread has no TypeScript loader. workerData: { module, errors, exportName }; posts
// { code } (the bundle's text, or undefined when it cannot be made) and ends.
import { readFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { dirname, extname, isAbsolute } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';

const LOADERS = { '.ts': 'ts', '.mts': 'ts', '.cts': 'ts', '.tsx': 'tsx', '.js': 'js', '.mjs': 'js', '.cjs': 'js', '.jsx': 'jsx' };
/** Marks the plugin's own resolve calls, which esbuild passes through the plugin again. */
const INNER = 'work-pool-inner';

/** Packages → absolute file: URLs (external); `import.meta.url` → the source file's own URL. */
const nodeImports = {
  name: 'work-pool-node-imports',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.kind === 'entry-point' || args.pluginData === INNER || isAbsolute(args.path)) return undefined;
      if (isBuiltin(args.path) || args.path.startsWith('file:')) return { path: args.path, external: true };
      const r = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: INNER });
      if (r.errors.length > 0) return { errors: r.errors };
      if (r.external) return { path: r.path, external: true };
      // a package is loaded by the worker from where it is installed; anything else (a path alias) is bundled
      return /[\\/]node_modules[\\/]/.test(r.path) ? { path: pathToFileURL(r.path).href, external: true } : { path: r.path };
    });
    b.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const contents = text.includes('import.meta.url') ? text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)) : text;
      return { contents, loader: LOADERS[extname(args.path)] ?? 'ts' };
    });
  },
};

async function bundle({ module, errors, exportName }) {
  const esbuild = await import('esbuild');
  try {
    const entry = fileURLToPath(module);
    const result = await esbuild.build({
      stdin: {
        contents: `export * from ${JSON.stringify(entry)};\nexport { toAppError as ${exportName} } from ${JSON.stringify(fileURLToPath(errors))};\n`,
        resolveDir: dirname(entry),
        sourcefile: `${entry}.worker.ts`,
        loader: 'ts',
      },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      target: `node${process.versions.node}`,
      // as Node resolves an import (the "module" field and condition are bundlers' own)
      mainFields: ['main'],
      conditions: ['module-sync'],
      // class and function names as in the sources (error names, stack traces)
      keepNames: true,
      logLevel: 'silent',
      plugins: [nodeImports],
    });
    // an import esbuild could not follow would be resolved against the data: URL in the worker and fail there
    if (result.warnings.some((w) => w.id === 'unsupported-dynamic-import' || w.id === 'unsupported-require-call')) return undefined;
    const text = result.outputFiles[0]?.text;
    // stack traces name the bundle by its module and line, not by the whole data: URL
    return text === undefined ? undefined : `${text}\n//# sourceURL=${module}?bundle\n`;
  } finally {
    await esbuild.stop();
  }
}

let code;
try {
  code = await bundle(workerData);
} catch {
  code = undefined;
}
parentPort?.postMessage({ code });
