#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { runCli } from './runCli.js';
import { unexpectedError } from './unexpectedError.js';

// The AWS SDK warns on every run that its 2027 releases will need Node 22; this tool supports Node 20, so
// that one warning is noise in its output. Every other warning still prints.
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
  const type = typeof rest[0] === 'string' ? rest[0] : (rest[0] as { type?: string } | undefined)?.type;
  const said = typeof warning === 'string' ? warning : warning.name;
  if (type === 'NodeVersionSupportWarning' || said.startsWith('NodeVersionSupportWarning')) return; // the SDK puts the name in the message
  (emitWarning as (...a: unknown[]) => void)(warning, ...rest);
}) as typeof process.emitWarning;

const io = {
  out: (line: string) => process.stdout.write(`${line}\n`),
  err: (line: string) => process.stderr.write(`${line}\n`),
  readStdin: () => text(process.stdin),
  readFile: (path: string) => readFile(path, 'utf8'),
  isTty: process.stderr.isTTY,
  progress: (text: string) => process.stderr.write(text),
};

// What escapes every promise (an event no one listens to, a rejection no one awaits) still ends as one line and
// exit code 2, not a stack trace: runCli handles the rest.
process.on('uncaughtException', (e) => {
  io.err(unexpectedError(process.argv[2] ?? '', e));
  if (process.env['CHIME_CONFORMANCE_DEBUG'] === '1') io.err(String((e as Error).stack ?? e));
  process.exit(2);
});

process.exitCode = await runCli(process.argv.slice(2), io);
