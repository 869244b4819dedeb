import type { CliIo } from '../../src/cli/command.js';

/** A CliIo that records what the CLI prints and serves stdin and files from memory. */
export function fakeIo(stdin = '', files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readStdin: async () => stdin,
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: ${path}`);
      return text;
    },
  };
  return { io, out, err };
}
