import { checks } from '../../verify/checks/index.js';
import { unsafeOnAccount } from '../../verify/run/onAccount.js';
import type { Command } from '../command.js';
import { rules } from '../../emulator/core/semantics/rules.js';
import type { Check } from '../../verify/run/check.js';

/** The semantics rows a check rests on, by topic; each names its source in docs/emulator.md. */
const restsOn = (c: Check) => (c.restsOn && c.restsOn.length > 0 ? ` (rests on: ${c.restsOn.map((r) => rules[r].topic).join('; ')})` : '');

export const checksCommand: Command = {
  name: 'checks',
  help: [
    'Usage: chime-conformance checks',
    '',
    'Lists every check of `chime-conformance verify` with what it asserts. Select some with verify --checks a,b.',
    'The aws column says whether verify --endpoint aws runs the check on a real account; the reasons follow the list.',
    'Each check names the rows of the semantics table it rests on (docs/emulator.md, "Semantics"), each with its',
    'source; none rests on a row that is our choice, so no check fails a target for departing from one.',
  ].join('\n'),
  async run(_, io) {
    const width = Math.max(...checks.map((c) => c.name.length));
    io.out(`${'check'.padEnd(width)}  aws  what it asserts`);
    checks.forEach((c) => io.out(`${c.name.padEnd(width)}  ${(unsafeOnAccount(c) === undefined ? 'yes' : 'no').padEnd(3)}  ${c.summary}${restsOn(c)}`));
    const unsafe = checks.flatMap((c) => (unsafeOnAccount(c) === undefined ? [] : [`  ${c.name}: ${unsafeOnAccount(c)}`]));
    if (unsafe.length > 0) io.out(['', 'Not run on a real account (verify --endpoint aws):', ...unsafe].join('\n'));
    return 0;
  },
};
