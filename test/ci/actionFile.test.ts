import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.js';
import { parse } from 'yaml';
import { evaluate, readAction } from './actionFile.js';

const dir = mkdtempSync(join(tmpdir(), 'action-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const actionFile = join(repoRoot, 'action.yml');
const validatorCli = join(repoRoot, 'node_modules/@action-validator/cli/cli.mjs');

/** action-validator (npm, GPL-3.0, a devDependency run as a program): the schema of action files, compiled to wasm, offline. */
async function validate(file: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [validatorCli, file], { env: { ...process.env, FORCE_COLOR: '0' } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const failed = e as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

describe('action.yml', () => {
  it('is a valid action file', async () => {
    expect(await validate(actionFile)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('the validator rejects a broken copy, naming the place', async () => {
    const broken = join(dir, 'action.yml'); // the validator tells an action from a workflow by the file's name
    const text = readFileSync(actionFile, 'utf8');
    expect(text).toContain('\n    default: all\n');
    writeFileSync(broken, text.replace('\n    default: all\n', '\n    defualt: all\n'));
    const { code, stdout, stderr } = await validate(broken);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(JSON.parse(stderr)).toEqual({
      actionType: 'action',
      errors: [{ code: 'properties', detail: "Additional property 'defualt' is not allowed", path: '/inputs/service', title: 'Property conditions are not met' }],
    });
  });

  it('installs the version of this package by default, and every expression names an input or step that exists', () => {
    const action = readAction(actionFile);
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(action.inputs['version']?.default).toBe(version);
    // What the schema does not check: a misspelt input in an expression would be empty on GitHub, silently.
    const inputs = Object.fromEntries(Object.keys(action.inputs).map((k) => [k, '']));
    const steps = Object.fromEntries(action.runs.steps.flatMap((s) => (s.id ? [[s.id, { outputs: {} }]] : [])));
    const texts = [...action.runs.steps.flatMap((s) => Object.values(s.env ?? {})), ...Object.values(action.outputs).map((o) => o.value)];
    for (const text of texts) expect(() => evaluate(text, { inputs, steps, github: { run_id: '1' } })).not.toThrow();
    expect(() => evaluate('${{ inputs.serve_port }}', { inputs, steps })).toThrow('action.yml: inputs.serve_port names nothing');
  });

  it('docs/ci.md shows a valid workflow that uses only inputs the action has, and names every input and output', async () => {
    const page = readFileSync(join(repoRoot, 'docs/ci.md'), 'utf8');
    const workflow = /```yaml\n(on:[^]*?)```/.exec(page)?.[1] ?? '';
    writeFileSync(join(dir, 'conformance.yml'), workflow);
    expect(await validate(join(dir, 'conformance.yml'))).toEqual({ code: 0, stdout: '', stderr: '' });
    const action = readAction(actionFile);
    const used = (parse(workflow) as { jobs: Record<string, { steps: { uses?: string; with?: object }[] }> }).jobs['conformance']?.steps.find((s) => s.uses?.endsWith('/chime-conformance@v0.1.0'));
    expect(Object.keys(used?.with ?? {}).filter((k) => !(k in action.inputs))).toEqual([]);
    const named = [...page.matchAll(/^\| (`[^|]+`) \|/gm)].flatMap((m) => [...(m[1] ?? '').matchAll(/`([^`]+)`/g)].map((n) => n[1]));
    expect(named.sort()).toEqual([...Object.keys(action.inputs), ...Object.keys(action.outputs)].sort());
  });
});
