import type { CliIo } from './command.js';
import { UsageError } from './command.js';
import { commands } from './commands.js';
import { didYouMean } from './didYouMean.js';
import { unexpectedError } from './unexpectedError.js';
import { safeText } from '../verify/report/safeText.js';

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'chime-conformance: check that software speaks the Amazon Chime SDK voice analytics APIs exactly right.',
    '',
    'Usage: chime-conformance <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `chime-conformance <command> --help` for the options of one command.',
  ].join('\n');
}

/** Runs one command line; turns user mistakes, and errors no one expected, into one-line messages and exit code 2. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(overview());
    return name ? 0 : 2;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    const near = didYouMean(
      name,
      commands.map((c) => c.name),
    );
    io.err(safeText(`chime-conformance: unknown command "${name}"${near ? `; ${near}` : '.'} Run chime-conformance --help for the list.`));
    return 2;
  }
  try {
    // Inside the try: a module that fails to load is reported as any unexpected error is, exit code 2.
    const command = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      // `pact verify --help` is about pact verify alone; `pact --help` about every pact subcommand.
      const sub = rest[0] !== undefined && command.subcommands && Object.hasOwn(command.subcommands, rest[0]) ? command.subcommands[rest[0]] : undefined;
      io.out(sub?.help ?? command.help);
      return 0;
    }
    return await command.run(rest, io);
  } catch (e) {
    // Messages may quote an endpoint (a reason it gave, a URL): one line, whatever they contain.
    // A message that asks (`did you mean …?`) ends itself; any other gets its full stop.
    if (e instanceof UsageError) io.err(safeText(`chime-conformance ${name}: ${e.message}${e.message.endsWith('?') ? '' : '.'} Hint: ${e.hint}.`));
    else if (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(safeText(`chime-conformance ${name}: ${e.message}. Hint: see chime-conformance ${name} --help.`));
    } else {
      io.err(unexpectedError(name, e));
      if ((io.env ?? process.env)['CHIME_CONFORMANCE_DEBUG'] === '1') io.err(String((e as Error).stack ?? e));
    }
    return 2;
  }
}
