import type { Command } from './command.js';
import { operationsCommand } from './commands/operations.js';
import { validateCommand } from './commands/validate.js';

/** Every subcommand, in the order `--help` lists them. */
export const commands: readonly Command[] = [operationsCommand, validateCommand];
