import { Command } from 'commander';
import { registerPlatformCommands } from './commands/platform.ts';
import { registerCatalogCommands } from './commands/catalog.ts';
import { registerOptionalCommands } from './commands/optional.ts';
import { registerUserCommands } from './commands/users.ts';
import { registerOrderCommands } from './commands/orders.ts';
import { registerImageCommands } from './commands/images.ts';
import { registerRateCommands } from './commands/rates.ts';
import { registerExportCommands } from './commands/export.ts';
import { registerExportConsignmentCommands } from './commands/export-consignments.ts';
import { registerServiceCommands } from './commands/service.ts';
import { registerCreditCommands } from './commands/credit.ts';
import { registerCreditGovernanceCommands } from './commands/credit-governance.ts';
import { registerCreditIpCommands } from './commands/credit-ip.ts';
import { registerStallEvaluationCommands } from './commands/stall-evaluation.ts';
import { registerProcurementCommands } from './commands/procurement.ts';

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
registerRateCommands(program);
registerExportCommands(program); // after registerCatalogCommands: adds `declarations` under its `export`
registerExportConsignmentCommands(program); // after registerExportCommands: adds `consignments` under `export`
registerServiceCommands(program);
registerCreditCommands(program);
registerCreditGovernanceCommands(program); // adds draw, blacklist and redlist under `credit` (after the credit module's own commands, if any)
registerCreditIpCommands(program); // adds `credit ip …`
registerStallEvaluationCommands(program);
registerProcurementCommands(program);
await registerOptionalCommands(program);
await program.parseAsync(process.argv);
