import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.js';
import { freshProject, installed, packTarball } from '../support/tarball.js';

const tsc = resolve(repoRoot, 'node_modules/.bin/tsc');
const ran = (file: string, args: readonly string[], cwd: string) =>
  promisify(execFile)(file, args, { cwd, encoding: 'utf8' }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

/** The ```ts block of a page that imports fast-check, read at test time so the page and this test stay one. */
function fuzzingSnippet(page: string): string {
  const blocks = [...readFileSync(resolve(repoRoot, page), 'utf8').matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '');
  const snippet = blocks.find((b) => b.includes("from 'fast-check'"));
  if (snippet === undefined) throw new Error(`${page} no longer shows a fuzzing example`);
  return snippet;
}

// A CommonJS project's `import fc from 'fast-check'` resolves fast-check's CJS declarations; ours must use the
// same ones, or TypeScript sees two Arbitrary classes (TS2345, "separate declarations of a private property").
describe('a CommonJS TypeScript project (no "type", module NodeNext) with the tarball and fast-check', () => {
  let root = '';
  let dir = '';
  let compiled: Awaited<ReturnType<typeof ran>>;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'chime-cjs-types-'));
    dir = join(root, 'cjs-ts');
    await freshProject(dir, undefined, [packTarball(root).path, installed('fast-check')]);
    // skipLibCheck, as `tsc --init` writes it: the root entry's declarations name Node's and Pact's types, which
    // this project does not install; what is checked is the user's own code against ours.
    const compilerOptions = { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, skipLibCheck: true, outDir: 'out' };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['fuzz.ts', 'readme.ts'] }));
    writeFileSync(join(dir, 'fuzz.ts'), fuzzingSnippet('docs/fuzzing.md'));
    // The README's snippet leaves the user's own check and handler to the reader; declared here, it is as written.
    const yours = 'declare function myCheck(input: unknown): boolean;\ndeclare function myHandler(event: unknown): void;\n';
    writeFileSync(join(dir, 'readme.ts'), yours + fuzzingSnippet('README.md'));
    compiled = await ran(tsc, ['-p', '.'], dir);
  }, 150_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("compiles the fuzzing examples of docs/fuzzing.md and the README as written, with the repo's TypeScript", async () => {
    expect(compiled).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  // tsc emits even when it reports errors: this shows the declarations tell the truth about what runs.
  it("runs the compiled docs example: our arbitraries go through the project's own fast-check", async () => {
    const run = await ran(process.execPath, ['out/fuzz.js'], dir);
    expect(run).toEqual({ code: 0, stdout: 'voice.CreateVoiceProfile: the check conforms\n', stderr: '' });
  });
});
