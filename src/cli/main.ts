#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { runCli } from './runCli.js';

const io = {
  out: (line: string) => process.stdout.write(`${line}\n`),
  err: (line: string) => process.stderr.write(`${line}\n`),
  readStdin: () => text(process.stdin),
  readFile: (path: string) => readFile(path, 'utf8'),
};

process.exitCode = await runCli(process.argv.slice(2), io);
