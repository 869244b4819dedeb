import { checks } from '../../verify/checks/index.js';
import type { Command } from '../command.js';

export const checksCommand: Command = {
  name: 'checks',
  summary: 'list the conformance checks that verify runs, one line each',
  help: 'Usage: chime-conformance checks\n\nLists every check of `chime-conformance verify` with what it asserts. Select some with verify --checks a,b.',
  async run(_, io) {
    const width = Math.max(...checks.map((c) => c.name.length));
    checks.forEach((c) => io.out(`${c.name.padEnd(width)}  ${c.summary}`));
    return 0;
  },
};
