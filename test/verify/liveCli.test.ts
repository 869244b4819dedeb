import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { awsCredentials, credentialSource } from '../../src/verify/reach/awsCredentials.js';
import { fakeIo } from '../support/fakeIo.js';

// Nothing here reaches AWS: --plan sends nothing (a spy on every socket's connect says so), the credential chain
// reads only temp files and stubbed variables, and instance metadata is switched off in case a chain looked.
const dir = mkdtempSync(join(tmpdir(), 'live-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
/** Fresh paths each time: the SDK caches what it read of a config file by its path. */
function awsFiles(config: string, credentials: string): void {
  const n = files++;
  writeFileSync(join(dir, `config-${n}`), config);
  writeFileSync(join(dir, `credentials-${n}`), credentials);
  vi.stubEnv('AWS_CONFIG_FILE', join(dir, `config-${n}`));
  vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', join(dir, `credentials-${n}`));
}
const noAccount = () => {
  for (const k of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE']) vi.stubEnv(k, undefined);
  vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');
  awsFiles('', '');
};
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('credentials of a real account, from the SDK chain (offline)', () => {
  it('reads the environment, session token included', async () => {
    noAccount();
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'ASIAENVEXAMPLE000001');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'env/secret');
    vi.stubEnv('AWS_SESSION_TOKEN', 'env-session-token');
    expect(await awsCredentials(undefined)).toEqual({ accessKeyId: 'ASIAENVEXAMPLE000001', secretAccessKey: 'env/secret', sessionToken: 'env-session-token' });
    expect(credentialSource(undefined)).toBe('the environment: AWS_ACCESS_KEY_ID ****************0001 with AWS_SESSION_TOKEN');
  });

  it('reads a named profile of the shared files, and AWS_PROFILE through the default chain', async () => {
    noAccount();
    awsFiles('[profile team]\nregion = eu-central-1\n', '[team]\naws_access_key_id = AKIAFILEEXAMPLE00002\naws_secret_access_key = file/secret\naws_session_token = file-token\n');
    expect(await awsCredentials('team')).toEqual({ accessKeyId: 'AKIAFILEEXAMPLE00002', secretAccessKey: 'file/secret', sessionToken: 'file-token' });
    vi.stubEnv('AWS_PROFILE', 'team');
    expect((await awsCredentials(undefined)).accessKeyId).toBe('AKIAFILEEXAMPLE00002');
    expect(credentialSource(undefined)).toMatch(/^profile team of .*config-\d+ and .*credentials-\d+ \(AWS_PROFILE\)$/);
  });

  it('a profile that is not there is a usage error naming where it looked, not a wait for instance metadata', async () => {
    noAccount();
    const { io, err } = fakeIo();
    const connect = vi.spyOn(net.Socket.prototype, 'connect');
    expect(await runCli(['verify', '--endpoint', 'aws', '--region', 'eu-central-1', '--profile', 'nobody'], io)).toBe(2);
    expect(err.join('\n')).toMatch(/no AWS credentials from profile nobody of .*config-\d+.*Hint: run `aws sso login/);
    expect(connect).not.toHaveBeenCalled();
  });
});

describe('verify --plan', () => {
  let server: Server;
  let connections = 0;
  beforeAll(async () => {
    server = createServer((_, res) => res.end('{}')).on('connection', () => connections++);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  });
  afterAll(async () => new Promise((r) => server.close(r)));

  it('for the real service: hosts, region, credential source, ceiling and cells, with no socket opened', async () => {
    noAccount();
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'never-shown');
    const connect = vi.spyOn(net.Socket.prototype, 'connect');
    const { io, out } = fakeIo();
    expect(await runCli(['verify', '--endpoint', 'aws', '--region', 'eu-central-1', '--profile', 'my-profile', '--plan', '--runs', '1'], io)).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/nothing is sent/);
    expect(text).toMatch(/media-pipelines operations → https:\/\/media-pipelines-chime\.eu-central-1\.amazonaws\.com/);
    expect(text).toMatch(/voice operations → https:\/\/voice-chime\.eu-central-1\.amazonaws\.com/);
    expect(text).toMatch(/credentials: profile my-profile of /);
    expect(text).toMatch(/at most 10 resources/);
    expect(text).toMatch(/concurrency: skips every operation: not run on a real account: a burst/);
    expect(text).toMatch(/positive_acceptance: every operation selected \(22\)/);
    expect(text).not.toMatch(/never-shown/);
    expect(connect).not.toHaveBeenCalled();
  });

  it('for an endpoint and for the embedded emulator: what would run, and the endpoint sees no connection', async () => {
    const connect = vi.spyOn(net.Socket.prototype, 'connect');
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const one = fakeIo();
    expect(await runCli(['verify', '--endpoint', url, '--plan', '--max-created', '3', '--checks', 'read_your_writes'], one.io)).toBe(0);
    expect(one.out.join('\n')).toMatch(new RegExp(`voice operations → ${url}[\\s\\S]*at most 3 resources[\\s\\S]*read_your_writes: voice\\.CreateVoiceProfile,`));
    const embedded = fakeIo();
    expect(await runCli(['verify', '--plan', '--service', 'voice'], embedded.io)).toBe(0);
    expect(embedded.out.join('\n')).toMatch(/the embedded emulator[\s\S]*with no ceiling/);
    expect(connections).toBe(0);
    expect(connect).not.toHaveBeenCalled();
  });
});

describe('live options are checked', () => {
  it.each([
    [['--max-created', '0'], /--max-created 0 is not a positive whole number/],
    [['--profile', 'p'], /--profile names AWS credentials, which only --endpoint aws uses.*Hint: add --endpoint aws/],
    [['--endpoint', 'aws'], /--endpoint aws needs --region.*Hint: e\.g\. --endpoint aws --region eu-central-1/],
    [['--endpoint', 'aws', '--region', 'eu-central-1', '--auth', 'off'], /refuses unsigned requests/],
  ])('%j', async (args, message) => {
    const { io, err } = fakeIo();
    expect(await runCli(['verify', ...args, '--plan'], io)).toBe(2);
    expect(err.join('\n')).toMatch(message);
  });
});
