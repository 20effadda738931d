import { Command } from 'commander';
import { registerPlatformCommands } from './commands/platform.ts';
import { registerCatalogCommands } from './commands/catalog.ts';
import { registerOptionalCommands } from './commands/optional.ts';
import { registerUserCommands } from './commands/users.ts';
import { registerOrderCommands } from './commands/orders.ts';
import { registerImageCommands } from './commands/images.ts';

const program = new Command();
program
  .name('yiwu')
  .description('yiwu — open platform for a wholesale commodity market.\nDatabase: DATABASE_URL (PostgreSQL) or PGlite in YIWU_DATA_DIR (default ./data).')
  .version('0.1.0');
registerPlatformCommands(program);
registerCatalogCommands(program);
registerUserCommands(program);
registerOrderCommands(program);
registerImageCommands(program);
await registerOptionalCommands(program);
await program.parseAsync(process.argv);
