import { UsageError, type Command } from '../command.js';
import { pactPublish, pactPublishHelp } from './pactPublish.js';
import { pactVerify, pactVerifyHelp } from './pactVerify.js';

const subcommands = { verify: pactVerify, publish: pactPublish } as const;

export const pactCommand: Command = {
  name: 'pact',
  help: [pactVerifyHelp, '', pactPublishHelp].join('\n'),
  subcommands: { verify: { help: pactVerifyHelp }, publish: { help: pactPublishHelp } },
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub !== 'verify' && sub !== 'publish') throw new UsageError(`pact has no subcommand "${sub ?? ''}"`, 'use chime-conformance pact verify or pact publish (see --help)');
    return subcommands[sub](rest, io);
  },
};
