// The library entries and the CLI as users run them, on the Node that runs this script (.ci/nodes gives it
// Node 22, 24 and 26 from the npm registry's `node` package). Plain JavaScript over the built dist/, so nothing
// but the Node under test is involved. Exits 1 on the first broken promise, with what broke; prints one line a step.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const main = new URL('../dist/src/cli/main.js', import.meta.url).pathname;
const node = process.execPath;
// Warnings that come from our dependencies, named in docs/troubleshooting.md; anything else is ours and fails.
const known = [/\[DEP0060\]/, /localStorage/, /--localstorage-file/];
const warnings = [];

function cli(args, { untilListening = false } = {}) {
  const child = spawn(node, [main, ...args], { env: { ...process.env, CI: 'true' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const collect = () =>
    warnings.push(
      ...stderr
        .split('\n')
        .filter((l) => /Warning|\(node:\d+\)/.test(l) && !known.some((k) => k.test(l)))
        .map((l) => `${args[0]}: ${l}`),
    );
  if (untilListening)
    return new Promise((ok, fail) => {
      child.stdout.on('data', () => {
        const url = /listening on (\S+)/.exec(stdout)?.[1];
        if (url) ok({ url, stop: () => new Promise((done) => (child.once('exit', () => (collect(), done())), child.kill('SIGTERM'))) });
      });
      child.once('exit', (code) => fail(new Error(`${args.join(' ')} exited ${code}: ${stderr}`)));
    });
  return new Promise((ok) => child.once('exit', (code) => (collect(), ok({ code, stdout, stderr }))));
}

function expect(what, ok, detail) {
  if (!ok) {
    console.error(`node ${process.version}: ${what}: FAILED\n${detail ?? ''}`);
    process.exit(1);
  }
  console.log(`node ${process.version}: ${what}: ok`);
}

const entries = [
  'chime-conformance',
  'chime-conformance/contract',
  'chime-conformance/arbitraries',
  'chime-conformance/emulator',
  'chime-conformance/verify',
  'chime-conformance/pact',
  'chime-conformance/msw',
];
for (const entry of entries) expect(`import ${entry}`, Object.keys(await import(entry)).length > 0);
const { validateRequest } = await import('chime-conformance/contract');
expect('validateRequest', validateRequest('voice.StartVoiceToneAnalysisTask', { VoiceConnectorId: 'abcdef1234567890abcde', TransactionId: 't', LanguageCode: 'fr-FR' }).valid === false);

const embedded = await cli(['verify', '--runs', '2', '--seed', '7']);
expect('verify (embedded emulator)', embedded.code === 0 && /CONFORMANT/.test(embedded.stdout), embedded.stdout + embedded.stderr);
const served = await cli(['serve', '--port', '0', '--quiet'], { untilListening: true });
const remote = await cli(['verify', '--endpoint', served.url, '--runs', '1', '--seed', '7', '--service', 'voice']);
await served.stop();
expect('serve + verify --endpoint', remote.code === 0 && /CONFORMANT/.test(remote.stdout), remote.stdout + remote.stderr);
const dir = mkdtempSync(join(tmpdir(), 'node-smoke-'));
writeFileSync(join(dir, 'request.json'), JSON.stringify({ VoiceConnectorId: 'abcdef1234567890abcde', TransactionId: 't-1', VoiceProfileDomainId: 'd-1', CallLeg: 'Bogus' }));
const invalid = await cli(['validate', 'voice.StartSpeakerSearchTask', join(dir, 'request.json')]);
rmSync(dir, { recursive: true, force: true });
expect('validate', invalid.code === 1 && /enum\s+\/CallLeg/.test(invalid.stdout), invalid.stdout + invalid.stderr);
const openapi = await cli(['openapi', '--service', 'voice']);
expect('openapi', openapi.code === 0 && JSON.parse(openapi.stdout).openapi === '3.1.0', openapi.stderr);
expect('no warning of ours', warnings.length === 0, warnings.join('\n'));
