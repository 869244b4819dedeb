import type { Command } from './command.js';
import { checksCommand } from './commands/checks.js';
import { mergeCommand } from './commands/merge.js';
import { openapiCommand } from './commands/openapi.js';
import { operationsCommand } from './commands/operations.js';
import { pactCommand } from './commands/pact.js';
import { proxyCommand } from './commands/proxy.js';
import { replayCommand } from './commands/replay.js';
import { serveCommand } from './commands/serve.js';
import { validateCommand } from './commands/validate.js';
import { verifyCommand } from './commands/verify.js';

/** Every subcommand, in the order `--help` lists them. */
export const commands: readonly Command[] = [verifyCommand, mergeCommand, checksCommand, serveCommand, pactCommand, operationsCommand, validateCommand, openapiCommand, proxyCommand, replayCommand];
