import type { Command } from 'commander';

/** Search commands (filled in by the search capability). */
export function registerSearchCommands(_program: Command): void {}
