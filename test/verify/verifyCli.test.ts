import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { startServer, type RunningServer } from '../../src/emulator/http/startServer.js';
import { quickLifecycle } from '../../src/verify/reach/openTarget.js';
import { checks } from '../../src/verify/checks/index.js';
import { plan } from '../../src/verify/run/plan.js';
import { mutants } from '../mutants/mutants.js';
import { fakeIo } from '../support/fakeIo.js';

const dir = mkdtempSync(join(tmpdir(), 'verify-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const okNot201 = mutants.find((m) => m.name === 'ok-200-not-201');
let broken: RunningServer;
beforeAll(async () => void (broken = await startServer({ lifecycle: quickLifecycle, ...okNot201?.options })));
afterAll(async () => broken.close());

const narrow = ['--ops', 'voice.CreateVoiceProfileDomain,voice.GetVoiceProfileDomain', '--runs', '3', '--seed', '7'];

describe('chime-conformance verify', () => {
  it('exits 0 on the embedded emulator and prints the matrix and a verdict', async () => {
    const { io, out } = fakeIo();
    expect(await runCli(['verify', '--service', 'voice', ...narrow], io)).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/voice\.CreateVoiceProfileDomain\s+✓/);
    expect(text).toMatch(/CONFORMANT: \d+ passed, 0 failed, .* on the embedded emulator, seed 7/);
  });

  it('exits 1 on a broken endpoint: check, operation, curl, SDK call and a replay that reruns exactly that case', async () => {
    const junitFile = join(dir, 'out.xml');
    const jsonFile = join(dir, 'out.ndjson');
    const htmlFile = join(dir, 'out.html');
    const { io, out } = fakeIo();
    const code = await runCli(['verify', '--endpoint', broken.url, '--checks', 'positive_acceptance', ...narrow, '--report', `junit=${junitFile},json=${jsonFile},html=${htmlFile}`], io);
    expect(code).toBe(1);
    const text = out.join('\n');
    expect(text).toMatch(/✗ positive_acceptance on voice\.CreateVoiceProfileDomain: answered 200 .*the contract says 201/);
    expect(text).toMatch(/curl:\s+curl -i -X POST .*\/voice-profile-domains'/);
    expect(text).toMatch(/sdk:\s+await new ChimeSDKVoiceClient\(\{ endpoint \}\)\.send\(new CreateVoiceProfileDomainCommand/);
    expect(text).not.toMatch(/arn:aws:kms|KmsKeyArn":"arn/); // the KMS key ARN is sensitive
    const replay = /--replay '([^']+)'/.exec(text)?.[1] ?? '';
    expect(replay).toMatch(/^positive_acceptance\/voice\.CreateVoiceProfileDomain\/\d+\//);

    const again = fakeIo();
    expect(await runCli(['verify', '--endpoint', broken.url, '--replay', replay], again.io)).toBe(1);
    expect(again.out.join('\n')).toMatch(/NOT CONFORMANT: 0 passed, 1 failed/);

    expect(readFileSync(junitFile, 'utf8')).toMatch(/<testcase classname="voice\.CreateVoiceProfileDomain" name="positive_acceptance"[^>]*>\s*<failure message="answered 200/);
    const events = readFileSync(jsonFile, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string });
    expect(events.map((e) => e.type)).toEqual(['run-start', 'cell', 'cell', 'run-end']);
    expect(readFileSync(htmlFile, 'utf8')).toMatch(/<table id="matrix">.*voice\.CreateVoiceProfileDomain.*class="fail"/s);
  });

  it('keeps secrets out of every report, also from cut and non-JSON bodies', async () => {
    const crashing = mutants.find((m) => m.name === 'server-error-on-malformed-json');
    const server = await startServer({ lifecycle: quickLifecycle, ...crashing?.options });
    try {
      const reports = { junit: join(dir, 'secret.xml'), json: join(dir, 'secret.ndjson'), html: join(dir, 'secret.html') };
      const { io, out } = fakeIo();
      const argv = [
        'verify',
        '--endpoint',
        server.url,
        '--checks',
        'no_server_error,negative_rejection',
        '--ops',
        'voice.CreateVoiceProfileDomain,media-pipelines.StartSpeakerSearchTask',
        // A seed whose shrunk bodies keep a secret member (a failure that needs none shrinks it away, rightly):
        // the first expectation below says when a generator change makes this seed check nothing.
        '--seed',
        '1',
        '--runs',
        '20',
      ];
      expect(
        await runCli(
          [
            ...argv,
            '--report',
            Object.entries(reports)
              .map(([k, f]) => `${k}=${f}`)
              .join(','),
          ],
          io,
        ),
      ).toBe(1);
      const texts = [out.join('\n'), ...Object.values(reports).map((f) => readFileSync(f, 'utf8'))];
      for (const text of texts) {
        expect(text).toMatch(/KmsKeyArn|VoiceProfileDomainArn/); // the bodies are in the reports…
        expect(text).not.toMatch(/\\?"(KmsKeyArn|VoiceProfileDomainArn|ClientRequestToken)\\?"\s*:\s*\\?"(?!\*\*\*)/); // …with their secrets hidden
      }
    } finally {
      await server.close();
    }
  });

  it('exits 2 when the endpoint goes away during the run, with the reports still written', async () => {
    let seen = 0;
    const server: RunningServer = await startServer({
      lifecycle: quickLifecycle,
      interpose: (handle) => async (request) => {
        if (++seen === 40) {
          server.server.close();
          server.server.closeAllConnections();
        }
        return handle(request);
      },
    });
    const jsonFile = join(dir, 'lost.ndjson');
    const { io, err } = fakeIo();
    const code = await runCli(['verify', '--endpoint', server.url, '--service', 'voice', '--runs', '3', '--seed', '3', '--report', `json=${jsonFile}`], io);
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(/lost the connection to http:\/\/127\.0\.0\.1:\d+ during the run \(ECONNREFUSED\).*Hint: /);
    expect(readFileSync(jsonFile, 'utf8')).toContain('"type":"run-end"');
  });

  it.each([
    [['verify', '--endpoint', 'ftp://x'], /--endpoint ftp:\/\/x is not an http\(s\) URL/],
    [['verify', '--endpoint', 'http://127.0.0.1:1'], /cannot reach http:\/\/127\.0\.0\.1:1: ECONNREFUSED\. Hint: start the implementation/],
    [['verify', '--checks', 'vibes'], /--checks names unknown checks: vibes/],
    [['verify', '--ops', 'voice.Nope'], /--ops names unknown ops: voice\.Nope/],
    [['verify', '--shard', '3/2'], /--shard 3\/2 is not i\/n/],
    [['verify', '--runs', '0'], /--runs 0 is not a positive whole number/],
    [['verify', '--report', 'pdf=x.pdf'], /--report pdf=x\.pdf is not junit=FILE/],
    [['verify', '--report', 'junit=/nonexistent/dir/x.xml'], /cannot write a report to \/nonexistent\/dir\/x\.xml \(ENOENT\)/],
    [['verify', '--region', ''], /--region "" is not an AWS region name/],
    [['verify', '--replay', 'garbage'], /--replay garbage names no check and operation/],
    [['verify', '--service', 'media-pipelines', '--ops', 'voice.GetVoiceProfile'], /the selection has no check × operation cell/],
  ])('%j is a usage error: exit 2, one line', async (argv, message) => {
    const { io, err } = fakeIo();
    expect(await runCli(argv, io)).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
  });

  it('shards split the cells deterministically: together they are the whole run, apart they share none', () => {
    const all = { service: 'all' as const, ops: [], checks: [] };
    const whole = plan({ ...all, shard: { index: 1, count: 1 } }).map((c) => `${c.check.name} ${c.op.id}`);
    const parts = [1, 2, 3].map((i) => plan({ ...all, shard: { index: i, count: 3 } }).map((c) => `${c.check.name} ${c.op.id}`));
    expect(parts.flat().sort()).toEqual([...whole].sort());
    expect(new Set(parts.flat()).size).toBe(whole.length);
  });

  it('lists the checks, one line each under a header, whether each runs on a real account, and why not', async () => {
    const { io, out } = fakeIo();
    expect(await runCli(['checks'], io)).toBe(0);
    const [header, ...rows] = out.join('\n').split('\n');
    expect(header).toMatch(/^check\s+aws\s+what it asserts$/);
    expect(rows.slice(0, checks.length).map((line) => line.split(/\s+/)[0])).toEqual(checks.map((c) => c.name));
    expect(rows[0]).toMatch(/^positive_acceptance\s+yes\s+valid requests/);
    expect(rows.find((r) => r.startsWith('concurrency '))).toMatch(/^concurrency\s+no\s+/);
    expect(rows.find((r) => r.startsWith('no_server_error '))).toMatch(/^no_server_error\s+no\s+/);
    expect(rows.slice(checks.length).join('\n')).toMatch(/Not run on a real account[^\n]*\n {2}concurrency: a burst of 8 requests at once/);
  });
});
