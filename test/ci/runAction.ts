import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/paths.js';
import { evaluate, readAction } from './actionFile.js';
import { cliMain } from '../support/cliMain.js';

export interface ActionRun {
  /** The first failing step's exit code, 0 if none failed. */
  readonly code: number;
  readonly outputs: Record<string, string>;
  /** Every step's job summary, in order. */
  readonly summary: string;
  /** What the steps printed, standard output and error. */
  readonly log: string;
  /** The arguments `npm` was called with, one call a line. */
  readonly npm: string;
}

/** `npm install --prefix DIR … chime-conformance@V` made offline: the bin it installs runs this checkout's built CLI. */
function fakeNpm(work: string): string {
  const bin = join(work, 'bin');
  mkdirSync(bin, { recursive: true });
  const cli = `exec "${process.execPath}" "${cliMain}" "$@"`;
  const npm = ['#!/usr/bin/env bash', `echo "$*" >> "${join(work, 'npm-calls')}"`, 'prefix=$(echo "$*" | sed -n "s/.*--prefix \\([^ ]*\\).*/\\1/p")'];
  npm.push('mkdir -p "$prefix/node_modules/.bin"', `printf '%s\\n' '#!/bin/sh' '${cli}' > "$prefix/node_modules/.bin/chime-conformance"`, 'chmod +x "$prefix/node_modules/.bin/chime-conformance"');
  writeFileSync(join(bin, 'npm'), npm.join('\n') + '\n');
  chmodSync(join(bin, 'npm'), 0o755);
  return bin;
}

const bash = (script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; log: string }> =>
  new Promise((done, fail) => {
    // As GitHub runs `shell: bash`: bash --noprofile --norc -eo pipefail {0}.
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd, env });
    let log = '';
    child.stdout.on('data', (d: Buffer) => void (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => void (log += d.toString()));
    child.once('error', fail);
    child.once('close', (code) => done({ code: code ?? 1, log }));
  });

/**
 * action.yml's composite steps run as the runner runs them (each step's own $GITHUB_OUTPUT and
 * $GITHUB_STEP_SUMMARY, `if: always()` after a failure, the outputs mapped from the steps'), in `work`.
 * Asynchronous, so that a server in the test's own process keeps answering the steps.
 */
export async function runAction(given: Record<string, string>, work: string, github = { run_id: '4242' }): Promise<ActionRun> {
  const action = readAction(join(repoRoot, 'action.yml'));
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, given[k] ?? evaluate(v.default ?? '', { github })]));
  const unknown = Object.keys(given).filter((k) => !(k in inputs));
  if (unknown.length > 0) throw new Error(`not inputs of action.yml: ${unknown.join(', ')}`);
  const temp = join(work, 'runner-temp');
  mkdirSync(temp, { recursive: true });
  const path = `${fakeNpm(work)}:${process.env['PATH'] ?? ''}`;
  const steps: Record<string, { outputs: Record<string, string> }> = Object.fromEntries(action.runs.steps.flatMap((s) => (s.id ? [[s.id, { outputs: {} }]] : [])));
  let code = 0;
  let log = '';
  let summary = '';
  for (const [i, step] of action.runs.steps.entries()) {
    if (step.if !== undefined && step.if !== 'always()') throw new Error(`action.yml: unsupported if: ${step.if}`);
    if (code !== 0 && step.if !== 'always()') continue;
    if (step.shell !== 'bash' || step.run === undefined || step.run.includes('${{')) throw new Error(`action.yml: step ${step.name} is not a bash script free of expressions`);
    const files = { script: join(work, `step-${i}.sh`), output: join(work, `output-${i}`), summary: join(work, `summary-${i}`) };
    writeFileSync(files.script, step.run);
    for (const f of [files.output, files.summary]) writeFileSync(f, '');
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, evaluate(v, { inputs, github, steps })]));
    const ran = await bash(files.script, work, { ...process.env, ...env, PATH: path, RUNNER_TEMP: temp, GITHUB_OUTPUT: files.output, GITHUB_STEP_SUMMARY: files.summary });
    log += ran.log;
    summary += readFileSync(files.summary, 'utf8');
    if (step.id) steps[step.id] = { outputs: stepOutputs(readFileSync(files.output, 'utf8')) };
    if (code === 0) code = ran.code;
  }
  const outputs = Object.fromEntries(Object.entries(action.outputs).map(([k, v]) => [k, evaluate(v.value, { steps })]));
  const npm = existsSync(join(work, 'npm-calls')) ? readFileSync(join(work, 'npm-calls'), 'utf8') : '';
  return { code, outputs, summary, log, npm };
}

/** A step's $GITHUB_OUTPUT file: `name=value` lines (the multi-line form, which verify never writes, is refused). */
function stepOutputs(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const at = line.indexOf('=');
        if (at < 1 || line.includes('<<')) throw new Error(`not a name=value output line: ${line}`);
        return [line.slice(0, at), line.slice(at + 1)];
      }),
  );
}
