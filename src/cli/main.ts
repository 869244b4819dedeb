#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { runCli } from './runCli.js';

// The AWS SDK warns on every run that its 2027 releases will need Node 22; this tool supports Node 20, so
// that one warning is noise in its output. Every other warning still prints.
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
  const type = typeof rest[0] === 'string' ? rest[0] : (rest[0] as { type?: string } | undefined)?.type;
  if (type === 'NodeVersionSupportWarning' || (warning instanceof Error && warning.name === 'NodeVersionSupportWarning')) return;
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

process.exitCode = await runCli(process.argv.slice(2), io);
