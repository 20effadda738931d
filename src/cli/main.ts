import { Command } from 'commander';
import { registerPlatformCommands } from './commands/platform.ts';
import { registerCatalogCommands } from './commands/catalog.ts';
import { registerOptionalCommands } from './commands/optional.ts';
import { registerUserCommands } from './commands/users.ts';

const program = new Command();
program
  .name('yiwu')
  .description('yiwu — open platform for a wholesale commodity market.\nDatabase: DATABASE_URL (PostgreSQL) or PGlite in YIWU_DATA_DIR (default ./data).')
  .version('0.1.0');
registerPlatformCommands(program);
registerCatalogCommands(program);
registerUserCommands(program);
await registerOptionalCommands(program);
await program.parseAsync(process.argv);
