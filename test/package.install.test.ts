import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probe, writeProbes, type LoadStyle } from './support/probe.js';
import { repoRoot } from './support/paths.js';
import { freshProject, installed, packedOnce, versionIn } from './support/tarball.js';

/**
 * Each entry and a name it must export, by import and by require alike. The root last: it loads most of the
 * others, and an entry that only breaks when loaded first (an import cycle, say) must be loaded first somewhere.
 */
const entries = [
  ['chime-conformance/contract', 'operations'],
  ['chime-conformance/arbitraries', 'arbitraries'],
  ['chime-conformance/emulator', 'startServer'],
  ['chime-conformance/verify', 'runVerify'],
  ['chime-conformance/msw', 'createChimeHandlers'],
  ['chime-conformance/pact', 'chimePact'],
  ['chime-conformance', 'validateRequest'],
] as const;
const heavy = /^(@pact-foundation\/|msw$|@aws-sdk\/)/;
const ran = (file: string, args: readonly string[], cwd: string) =>
  promisify(execFile)(file, args, { cwd, encoding: 'utf8' }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

/** The optional peers the tarball's entries load, and the top-level folders of node_modules they (and the CLI's) lie in. */
const linkedPeers = ['@pact-foundation/pact', 'msw'] as const;
const peers = /^(@pact-foundation|msw)(\/|$)/;

/**
 * The optional peers, linked from this repo's node_modules rather than installed: installing them took some
 * 12 s of CPU for 6,500 files that are this repo's own copies. Node resolves a linked package, and what it
 * imports, from where it really lies; what is tested is that the tarball's entries find them from the project.
 */
function linkPeers(dir: string): void {
  mkdirSync(join(dir, 'node_modules/@pact-foundation'), { recursive: true });
  for (const peer of linkedPeers) symlinkSync(join(repoRoot, 'node_modules', peer), join(dir, 'node_modules', peer), 'dir');
}

/**
 * Whether `version` meets a caret range (^M.m.p: same major, not lower). npm checked this when it installed the
 * peers beside the tarball; linked, they are checked here. Another form of range is refused, not guessed at.
 */
function meetsCaret(version: string, range: string): boolean {
  const [want, have] = [/^\^(\d+)\.(\d+)\.(\d+)$/.exec(range), /^(\d+)\.(\d+)\.(\d+)/.exec(version)];
  if (!want || !have) throw new Error(`package.install: ${range} is not a caret range, or ${version} no version`);
  const [w, h] = [want.slice(1).map(Number), have.slice(1).map(Number)];
  return h[0] === w[0] && (h[1] ?? 0) * 1e6 + (h[2] ?? 0) >= (w[1] ?? 0) * 1e6 + (w[2] ?? 0);
}

/**
 * `dir`'s installed packages copied into `into`, the optional peers left out: what a project that installed
 * the tarball without them holds, for the same package and dependencies. A copy, not a second npm install
 * (some 13 s of CPU); copied files, not links, since Node resolves a linked package from where it really lies.
 * The peers are linked into `dir` after this copy; the filter keeps them out all the same if that order changes.
 */
function withoutPeers(dir: string, into: string): void {
  mkdirSync(into, { recursive: true });
  writeFileSync(join(into, 'package.json'), JSON.stringify({ name: 'probe-untyped', private: true }));
  const modules = join(dir, 'node_modules');
  cpSync(modules, join(into, 'node_modules'), { recursive: true, verbatimSymlinks: true, filter: (from) => !peers.test(relative(modules, from)) });
}

// The package as a user gets it: the packed tarball installed into a fresh project, once for the whole file. The
// ESM one has the optional peers (Pact, MSW, linked); the CommonJS one has none, as a user who only validates
// would have, and no "type" field, as most projects have. Both have fast-check, as a project that fuzzes does.
let root = '';
const dirs = { import: '', require: '' } as Record<LoadStyle, string>;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'chime-install-'));
  const { path } = await packedOnce();
  dirs.import = join(root, 'esm');
  dirs.require = join(root, 'cjs');
  await freshProject(dirs.import, 'module', [path, installed('fast-check')]);
  withoutPeers(dirs.import, dirs.require);
  linkPeers(dirs.import);
  writeProbes(dirs.import);
  writeProbes(dirs.require);
}, 150_000);
// Some 10,000 files: a busy machine takes longer than the default 10 s to remove them.
afterAll(() => rmSync(root, { recursive: true, force: true }), 60_000);

describe('a fresh install of the tarball', () => {
  // Import times are a bench's figures (npm run bench:imports), not a test's: what keeps the entry light is asserted.
  it.each(['import', 'require'] as const)('chime-conformance/contract by %s: loaded and one request validated with no Pact, MSW or AWS SDK loaded', async (style) => {
    const traced = await probe(dirs[style], style, ['chime-conformance/contract'], { validate: true, trace: true });
    console.log(`contract by ${style}: packages loaded: ${traced.packages.join(', ')}`);
    expect(traced.packages).toContain('chime-conformance'); // the trace saw the entry's own loads
    expect(traced.packages.filter((p) => heavy.test(p))).toEqual([]);
  });

  it('the linked peers are versions the tarball asks for', () => {
    const asked = (JSON.parse(readFileSync(join(dirs.import, 'node_modules/chime-conformance/package.json'), 'utf8')) as { peerDependencies: Record<string, string> }).peerDependencies;
    expect(linkedPeers.filter((peer) => !meetsCaret(versionIn(dirs.import, peer), asked[peer] ?? ''))).toEqual([]);
    expect([meetsCaret('16.5.0', '^16.0.0'), meetsCaret('17.0.0', '^16.0.0'), meetsCaret('16.0.0', '^16.1.0'), meetsCaret('2.15.1', '^2.15.0')]).toEqual([true, false, false, true]);
  });

  // Subpaths first and the root last by import; by require, the subpaths the other way round.
  it.each(['import', 'require'] as const)('every entry loads by %s, with the peers installed, and exports what it documents', async (style) => {
    const subpaths = entries.slice(0, -1).map(([spec]) => spec);
    const specs = [...(style === 'import' ? subpaths : subpaths.reverse()), 'chime-conformance'];
    const { loaded } = await probe(dirs.import, style, specs);
    expect(loaded.map((l) => l.spec)).toEqual(specs);
    for (const [spec, name] of entries) expect(loaded.find((l) => l.spec === spec)?.exports, spec).toContain(name);
  });

  it('without the optional peers the root loads, and /pact and /msw say in one line what to install', async () => {
    expect(['@pact-foundation', 'msw', 'chime-conformance', 'fast-check'].map((p) => existsSync(join(dirs.require, 'node_modules', p)))).toEqual([false, false, true, true]);
    const bare = await probe(dirs.require, 'require', ['chime-conformance'], { validate: true });
    expect(bare.loaded.map((l) => l.spec)).toEqual(['chime-conformance']);
    const pact = await ran(process.execPath, ['probe.cjs', 'chime-conformance/pact'], dirs.require);
    expect(pact.stderr).toContain('\nError: chime-conformance/pact needs @pact-foundation/pact: npm install -D @pact-foundation/pact\n');
    const msw = await ran(process.execPath, ['probe.mjs', 'chime-conformance/msw'], dirs.require);
    expect(msw.stderr).toContain('\nError: chime-conformance/msw needs msw: npm install -D msw\n');
  });

  it('the bin runs without Pact; pact verify says what to install', async () => {
    const bin = join(dirs.require, 'node_modules/.bin/chime-conformance');
    expect((await ran(bin, ['operations'], dirs.require)).stdout.trim().split('\n')).toHaveLength(22);
    const verify = await ran(bin, ['pact', 'verify'], dirs.require);
    expect(verify.code).toBe(2);
    expect(verify.stderr.trim()).toBe('chime-conformance pact: pact verify needs @pact-foundation/pact, which is not installed. Hint: npm install -D @pact-foundation/pact.');
  });

  // The broker client is an optional peer too; everything before it is checked first, so nothing is sent anywhere.
  it('pact publish without @pact-foundation/pact-cli names it and the command that installs it', async () => {
    const publish = await ran(join(dirs.require, 'node_modules/.bin/chime-conformance'), ['pact', 'publish', '--broker-url', 'http://127.0.0.1:9', '--consumer-app-version', '1'], dirs.require);
    expect(publish).toMatchObject({ code: 2, stdout: '' });
    const hint = 'Hint: npm install --save-dev @pact-foundation/pact-cli.';
    expect(publish.stderr).toBe(`chime-conformance pact: pact publish needs @pact-foundation/pact-cli, which is not installed. ${hint}\n`);
  });
});

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
  const tsc = resolve(repoRoot, 'node_modules/.bin/tsc');
  let compiled: Awaited<ReturnType<typeof ran>>;
  beforeAll(async () => {
    const dir = dirs.require;
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

  it("compiles the fuzzing examples of docs/fuzzing.md and the README as written, with the repo's TypeScript", () => {
    expect(compiled).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  // tsc emits even when it reports errors: this shows the declarations tell the truth about what runs.
  it("runs the compiled docs example: our arbitraries go through the project's own fast-check", async () => {
    const run = await ran(process.execPath, ['out/fuzz.js'], dirs.require);
    expect(run).toEqual({ code: 0, stdout: 'voice.CreateVoiceProfile: the check conforms\n', stderr: '' });
  });
});
