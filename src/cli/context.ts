import { openDatabase, optionsFromEnv, type Database } from '../core/db/database.ts';
import { migrateAll } from '../platform/migrations.ts';
import type { Command } from 'commander';
import { AppError, toAppError } from '../core/errors.ts';

/** Open the configured database (DATABASE_URL or PGlite in YIWU_DATA_DIR) and bring its schema up to date. */
export async function openConfigured(): Promise<Database> {
  const database = await openDatabase(optionsFromEnv());
  await migrateAll(database);
  return database;
}

/** A file named on the command line that cannot be read or written, as FILE_ACCESS ("no such file", or the system's reason). */
export function fileAccessError(path: string, e: unknown, verb: 'read' | 'write' = 'read'): AppError {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (code ?? String(e));
  return new AppError('FILE_ACCESS', `cannot ${verb} ${path}: ${reason}`, { path, reason: code ?? reason });
}

/** Control characters (ESC sequences, NUL, CR, …) from a file or an argument, made visible as \uXXXX: a message never drives the terminal. */
const visible = (s: string): string => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * What the CLI prints for an expected failure: `error CODE: message`, then the bad rows
 * (details.errors), bad lines (details.problems) or further validation issues of its details.
 * Every line has its control characters made visible.
 */
export function formatCliError(e: AppError): string {
  const lines = [`error ${e.code}: ${e.message}`];
  const d = e.details as
    | {
        errors?: { row: number; column: string; reason: string }[];
        errorCount?: number;
        problems?: { line: number; column: string; reason: string }[];
        issues?: { path: string; message: string }[];
      }
    | undefined;
  if (Array.isArray(d?.errors)) {
    // Product-import problems carry a code and parameters (worded by `yiwu import` itself); others a reason.
    for (const x of d.errors.slice(0, 50) as { row: number; column: string; reason?: string; code?: string; params?: unknown }[])
      lines.push(`  row ${x.row}, column ${x.column}: ${x.reason ?? `${x.code}${x.params ? ` ${JSON.stringify(x.params)}` : ''}`}`);
    const total = d.errorCount ?? d.errors.length;
    if (total > 50) lines.push(`  … and ${total - 50} more`);
  }
  if (Array.isArray(d?.problems)) {
    for (const x of d.problems.slice(0, 50)) lines.push(`  line ${x.line}, column ${x.column}: ${x.reason}`);
    if (d.problems.length > 50) lines.push(`  … and ${d.problems.length - 50} more`);
  }
  if (Array.isArray(d?.issues) && d.issues.length > 1) for (const i of d.issues) lines.push(`  ${i.path || 'input'}: ${i.message}`);
  return `${lines.map(visible).join('\n')}\n`;
}

/**
 * Run a command body. An expected failure (anything toAppError knows: AppError, a
 * ZodError, a database constraint error) prints `error CODE: message` and exits 1
 * without a stack trace; anything else is a bug: `error: message`, the stack with DEBUG=1, exit 1.
 */
export async function run(fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    const known = toAppError(e);
    if (known) process.stderr.write(formatCliError(known));
    else {
      process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
      if (process.env.DEBUG) console.error(e);
    }
    process.exitCode = 1;
  }
}

/**
 * For the commands that report through commander (`load plan`, `index compute`: exit 2 =
 * bad usage, 1 = bad data): print an expected failure exactly as `run` does and exit with
 * `exitCode`; anything toAppError does not know is rethrown (a bug).
 */
export function commandError(cmd: Command, e: unknown, exitCode: number): never {
  const known = toAppError(e);
  if (!known) throw e;
  cmd.error(formatCliError(known).trimEnd(), { exitCode, code: `yiwu.${known.code}` });
  throw known; // error() exits, or throws with exitOverride()
}
