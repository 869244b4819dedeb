/** One CLI subcommand: a name, its own help text, and a runner (its one-line summary is in commands.ts). */
export interface Command {
  readonly name: string;
  readonly help: string;
  /** Subcommands with help of their own: `<name> <sub> --help` prints only theirs. */
  readonly subcommands?: Readonly<Record<string, { readonly help: string }>>;
  /** Resolves to the process exit code: 0 ok, 1 a finding (invalid input, non-conformance), 2 usage error. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly readStdin: () => Promise<string>;
  readonly readFile: (path: string) => Promise<string>;
  /** Whether output goes to a terminal: live progress only then. */
  readonly isTty?: boolean;
  /** Raw progress text (carriage returns included), to standard error. */
  readonly progress?: (text: string) => void;
  /** Where credentials such as PACT_BROKER_TOKEN are read (process.env when absent). */
  readonly env?: NodeJS.ProcessEnv;
}

/** A mistake of the user's: printed as one line with a hint, never with a stack trace, exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
