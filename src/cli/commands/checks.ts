import { checks } from '../../verify/checks/index.js';
import { unsafeOnAccount } from '../../verify/run/onAccount.js';
import type { Command } from '../command.js';

export const checksCommand: Command = {
  name: 'checks',
  summary: 'list the conformance checks that verify runs, one line each',
  help: [
    'Usage: chime-conformance checks',
    '',
    'Lists every check of `chime-conformance verify` with what it asserts. Select some with verify --checks a,b.',
    'The aws column says whether verify --endpoint aws runs the check on a real account; the reasons follow the list.',
  ].join('\n'),
  async run(_, io) {
    const width = Math.max(...checks.map((c) => c.name.length));
    io.out(`${'check'.padEnd(width)}  aws  what it asserts`);
    checks.forEach((c) => io.out(`${c.name.padEnd(width)}  ${(unsafeOnAccount(c) === undefined ? 'yes' : 'no').padEnd(3)}  ${c.summary}`));
    const unsafe = checks.flatMap((c) => (unsafeOnAccount(c) === undefined ? [] : [`  ${c.name}: ${unsafeOnAccount(c)}`]));
    if (unsafe.length > 0) io.out(['', 'Not run on a real account (verify --endpoint aws):', ...unsafe].join('\n'));
    return 0;
  },
};
