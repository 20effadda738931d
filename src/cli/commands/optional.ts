import type { Command } from 'commander';
import { registerLoadCommands } from './load.ts';
import { registerIndexCommands } from './index-compute.ts';
import { registerSearchCommands } from './search.ts';

/** Command groups of the load planner, the commodity index and search. */
export async function registerOptionalCommands(program: Command): Promise<void> {
  registerLoadCommands(program);
  registerIndexCommands(program);
  registerSearchCommands(program);
}
