import type { Command } from './command.js';
import { catalog } from '../contract/catalog.js';

/**
 * A subcommand as `--help` lists it, its module loaded only when it is the one run (or asked for its help):
 * `chime-conformance --help` and `serve` need not load what verify and the proxy do (the AWS SDK among it).
 */
export interface CommandEntry {
  readonly name: string;
  readonly summary: string;
  load(): Promise<Command>;
}

/** Every subcommand, in the order `--help` lists them. */
export const commands: readonly CommandEntry[] = [
  {
    name: 'verify',
    summary: 'check an implementation (or the embedded emulator) against the contract; exit 0 conformant, 1 not, 2 inconclusive',
    load: async () => (await import('./commands/verify.js')).verifyCommand,
  },
  {
    name: 'merge',
    summary: "join the json= reports of verify --shard i/n into the campaign's verdict, exit code and reports",
    load: async () => (await import('./commands/merge.js')).mergeCommand,
  },
  { name: 'checks', summary: 'list the conformance checks that verify runs, one line each', load: async () => (await import('./commands/checks.js')).checksCommand },
  { name: 'serve', summary: 'run the reference emulator of both services over HTTP', load: async () => (await import('./commands/serve.js')).serveCommand },
  {
    name: 'pact',
    summary: 'verify Pact V4 contracts against a provider, or publish them to a Pact Broker',
    load: async () => (await import('./commands/pact.js')).pactCommand,
  },
  {
    name: 'operations',
    summary: `list the ${catalog.length} operations of the contract with their HTTP binding`,
    load: async () => (await import('./commands/operations.js')).operationsCommand,
  },
  {
    name: 'validate',
    summary: 'check a request (SDK-style input), a response body, voice analytics events or a HAR recording against the contract',
    load: async () => (await import('./commands/validate.js')).validateCommand,
  },
  {
    name: 'openapi',
    summary: 'write the OpenAPI 3.1 document of one service, generated from the contract',
    load: async () => (await import('./commands/openapi.js')).openapiCommand,
  },
  {
    name: 'proxy',
    summary: 'relay traffic to an implementation or the real service, check it against the contract, record it as HAR',
    load: async () => (await import('./commands/proxy.js')).proxyCommand,
  },
  {
    name: 'replay',
    summary: 'send a recording (HAR) again to an implementation (or the embedded emulator) and compare each answer',
    load: async () => (await import('./commands/replay.js')).replayCommand,
  },
];
