import { openDatabase, optionsFromEnv, type Database } from '../core/db/database.ts';
import { migrate } from '../core/db/migrate.ts';
import { AppError } from '../core/errors.ts';

/** Open the configured database (DATABASE_URL or PGlite in YIWU_DATA_DIR) and bring its schema up to date. */
export async function openConfigured(): Promise<Database> {
  const database = await openDatabase(optionsFromEnv());
  await migrate(database);
  return database;
}

/** Run a command body; expected failures print a clear message and exit 1 without a stack trace. */
export async function run(fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof AppError) {
      process.stderr.write(`error ${e.code}: ${e.message}\n`);
      const d = e.details as { errors?: { row: number; column: string; reason: string }[]; errorCount?: number } | undefined;
      if (d?.errors) {
        for (const x of d.errors.slice(0, 50)) process.stderr.write(`  row ${x.row}, column ${x.column}: ${x.reason}\n`);
        if ((d.errorCount ?? 0) > 50) process.stderr.write(`  … and ${(d.errorCount ?? 0) - 50} more\n`);
      }
    } else if (e && typeof e === 'object' && 'issues' in e) {
      const issues = (e as { issues: { path: PropertyKey[]; message: string }[] }).issues;
      for (const i of issues) process.stderr.write(`error: ${i.path.map(String).join('.') || 'input'}: ${i.message}\n`);
    } else {
      process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
      if (process.env.DEBUG) console.error(e);
    }
    process.exitCode = 1;
  }
}
