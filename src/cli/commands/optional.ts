import type { Command } from 'commander';
import { registerLoadCommands } from './load.ts';
import { registerIndexCommands } from './index-compute.ts';

/** Command groups of the load planner and the commodity index. */
export async function registerOptionalCommands(program: Command): Promise<void> {
  registerLoadCommands(program);
  registerIndexCommands(program);
}
