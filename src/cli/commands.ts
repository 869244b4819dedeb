import type { Command } from './command.js';
import { checksCommand } from './commands/checks.js';
import { openapiCommand } from './commands/openapi.js';
import { operationsCommand } from './commands/operations.js';
import { pactCommand } from './commands/pact.js';
import { pactPublishHelp } from './commands/pactPublish.js';
import { pactVerifyHelp } from './commands/pactVerify.js';
import { serveCommand } from './commands/serve.js';
import { validateCommand } from './commands/validate.js';
import { verifyCommand } from './commands/verify.js';

// Until pact.ts names its subcommands itself (then this falls away): each has help of its own.
const pact: Command = { ...pactCommand, subcommands: pactCommand.subcommands ?? { verify: { help: pactVerifyHelp }, publish: { help: pactPublishHelp } } };

/** Every subcommand, in the order `--help` lists them. */
export const commands: readonly Command[] = [verifyCommand, checksCommand, serveCommand, pact, operationsCommand, validateCommand, openapiCommand];
