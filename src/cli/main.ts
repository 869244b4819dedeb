#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { exitWhenReaderLeaves } from './exitWhenReaderLeaves.js';
import { quietSdkNodeWarning } from './quietSdkNodeWarning.js';
import { unexpectedError } from './unexpectedError.js';

// Before the commands (and the AWS SDK with them) are loaded: whatever one does while it loads is covered too.
quietSdkNodeWarning();
exitWhenReaderLeaves(process.stdout);
exitWhenReaderLeaves(process.stderr);
const { runCli } = await import('./runCli.js');

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
  if ((e as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0); // a write to a pipe whose reader left, raised synchronously
  io.err(unexpectedError(process.argv[2] ?? '', e));
  if (process.env['CHIME_CONFORMANCE_DEBUG'] === '1') io.err(String((e as Error).stack ?? e));
  process.exit(2);
});

process.exitCode = await runCli(process.argv.slice(2), io);
