import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './support/paths.js';
import { packedOnce, type Packed } from './support/tarball.js';

const bin = (name: string) => resolve(repoRoot, 'node_modules/.bin', name);
const lint = (tool: string, args: readonly string[]) =>
  promisify(execFile)(bin(tool), args, { encoding: 'utf8' }).catch((e: { stdout: string; stderr: string }) => ({ failed: `${e.stdout}${e.stderr}` }));

describe('the packed tarball', () => {
  let packed: Packed;
  // npm pack of some 1,400 files (shared with package.install.test.ts), on a machine other suites keep busy
  beforeAll(async () => void (packed = await packedOnce()), 120_000);

  it('is packed once for the whole run: a second ask gets the same tarball, not packed again', async () => {
    const written = statSync(packed.path).mtimeMs;
    expect(await packedOnce()).toEqual(packed);
    expect(statSync(packed.path).mtimeMs).toBe(written);
  });

  it('ships the build, one copy of the schemas, the contracts and the release files, and nothing else', () => {
    const needed = [
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'dist/src/index.js',
      'dist/src/entries/contract.d.ts',
      'dist/src/entries/arbitraries.d.cts',
      'dist/src/cli/main.js',
      'dist/schemas/voice/GetVoiceProfile.json',
      'contracts/aws-sdk-js-v3-chime-sdk-voice.json',
    ];
    expect(packed.files, 'run npm run build first (npm test does)').toEqual(expect.arrayContaining(needed));
    // Source maps would point at src/, which is not shipped; schemas/ is the generators' copy, dist/schemas the one
    // the code imports, but schemas/setup/ (verify's setup protocol, with examples) ships as docs/verify.md links it;
    // docs/ ships its pages, not what is generated below it (docs/api/).
    const stray = packed.files.filter((f) => f.endsWith('.map') || /^(src|test|bench|generators|examples|schemas\/(?!setup\/)|docs\/[^/]+\/)/.test(f) || (f.endsWith('.ts') && !f.endsWith('.d.ts')));
    expect(stray).toEqual([]);
    console.log(`tarball: ${(packed.size / 1024).toFixed(0)} kB packed, ${packed.files.length} files`);
  });

  // The README's and the docs' relative links, read in node_modules, lead to what the tarball holds; on the
  // registry's page they lead into the repository, which npm finds by `repository`.
  it('holds every file that a relative link of README.md or a shipped page of docs/ names, and says where its repository is', () => {
    const pages = packed.files.filter((f) => f === 'README.md' || /^docs\/[^/]+\.md$/.test(f));
    expect(pages).toHaveLength(1 + readdirSync(resolve(repoRoot, 'docs')).filter((f) => f.endsWith('.md')).length);
    const missing = pages.flatMap((page) =>
      [...readFileSync(resolve(repoRoot, page), 'utf8').matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
        .map((m) => m[1] ?? '')
        .filter((link) => !/^[a-z]+:/.test(link))
        .map((link) => posix.join(posix.dirname(page), link))
        .filter((target) => !packed.files.some((f) => f === target || f.startsWith(`${target.replace(/\/$/, '')}/`)))
        .map((target) => `${page} → ${target}`),
    );
    expect(missing).toEqual([]);
    const pkg = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')) as Record<string, { url?: string } | string | undefined>;
    const repo = 'https://github.com/chime-conformance/chime-conformance';
    expect([pkg['repository'], pkg['homepage'], pkg['bugs']]).toEqual([{ type: 'git', url: `git+${repo}.git` }, `${repo}#readme`, { url: `${repo}/issues` }]);
  });

  it('is publint clean (strict: warnings fail too)', async () => {
    expect(await lint('publint', ['run', packed.path, '--strict'])).not.toHaveProperty('failed');
  });

  // Profile node16 skips node10 (no `exports`). cjs-resolves-to-esm: the package is ESM only and engines says
  // Node >= 20.19, where require() of an ES module works unflagged; package.install.test.ts requires every entry.
  // false-cjs: `require` gets .d.cts twins of the ESM declarations on purpose, so that their fast-check types are
  // the CommonJS project's own (docs/install.md); the named exports they declare are what require() returns.
  it('has types that resolve for node16 ESM and CJS and bundlers (attw)', async () => {
    const ignored = ['--ignore-rules', 'cjs-resolves-to-esm', 'false-cjs'];
    expect(await lint('attw', [packed.path, '--profile', 'node16', ...ignored, '--format', 'table-flipped'])).not.toHaveProperty('failed');
  });
});
