import { ChimeSDKVoiceClient, CreateVoiceProfileDomainCommand } from '@aws-sdk/client-chime-sdk-voice';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHar } from '../../../src/parity/har/readHar.js';
import { cliProcess, type CliProcess } from '../../support/cliProcess.js';
import { isolatedAwsEnv, probe, run } from '../../support/subprocess.js';
import { missingTool } from '../../support/missingTool.js';

// Three key pairs: the emulator trusts the proxy's, the client signs with one of its own.
const proxyKeys = { accessKeyId: 'AKIDPROXYCLI0000001', secretAccessKey: 'proxy-cli-secret-0000000000000000000000' };
const clientKeys = { accessKeyId: 'AKIDCLIENTCLI000001', secretAccessKey: 'client-cli-secret-00000000000000000000' };
const withKeys = (k: typeof proxyKeys): NodeJS.ProcessEnv => ({ ...isolatedAwsEnv(), AWS_ACCESS_KEY_ID: k.accessKeyId, AWS_SECRET_ACCESS_KEY: k.secretAccessKey });
const kms = 'arn:aws:kms:us-east-1:111122223333:key/cli-test-key-0001';
const token = 'cli-test-token-000000001';

const awsCli = await probe('aws', ['--version']);
const skipAwsCli = missingTool('AWS CLI', awsCli.ok ? undefined : awsCli.reason, '.ci/run installs it with pip where missing');

describe('chime-conformance proxy --record in front of serve --auth strict', () => {
  const dir = mkdtempSync(join(tmpdir(), 'proxy-cli-'));
  const har = join(dir, 'session.har');
  let serve: CliProcess;
  let proxy: CliProcess;
  let stopped: number | null;
  beforeAll(async () => {
    serve = await cliProcess(['serve', '--port', '0', '--quiet', '--auth', 'strict'], withKeys(proxyKeys));
    proxy = await cliProcess(['proxy', '--upstream', serve.url, '--port', '0', '--record', har], withKeys(proxyKeys));
    const client = new ChimeSDKVoiceClient({ endpoint: proxy.url, region: 'us-east-1', credentials: clientKeys, maxAttempts: 1 });
    await client.send(new CreateVoiceProfileDomainCommand({ Name: 'cli', ServerSideEncryptionConfiguration: { KmsKeyArn: kms }, ClientRequestToken: token }));
    await client.send(new CreateVoiceProfileDomainCommand({ Name: '!!!', ServerSideEncryptionConfiguration: { KmsKeyArn: kms } })).catch(() => undefined);
    if (!skipAwsCli) await run('aws', ['chime-sdk-voice', 'list-voice-profile-domains', '--endpoint-url', proxy.url, '--output', 'json']);
    stopped = await proxy.stop('SIGINT');
  }, 60_000);
  afterAll(async () => {
    await serve.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says where it listens and whom it signs as, with the key ID masked', () => {
    expect(proxy.printed.stderr).toContain(`→ ${serve.url} (signing for us-east-1 as ***************0001 from the environment: AWS_ACCESS_KEY_ID ***************0001; recording to ${har})`);
  });

  it('prints each violation as it passes, and exits 0: the one invalid request was refused by the upstream as the contract would', () => {
    expect(proxy.printed.stdout).toContain('violation  voice.CreateVoiceProfileDomain request pattern /Name  ');
    expect(stopped).toBe(0);
  });

  it('sums the session up on stop', () => {
    const n = skipAwsCli ? 2 : 3;
    expect(proxy.printed.stderr).toContain(`${n} exchange(s) relayed: ${n - 1} conform, 1 with violations (1 violation(s): request 1; by rule: pattern 1)`);
    expect(proxy.printed.stderr).toContain("1 of them only by requests the upstream refused as the contract would (the client's mistakes, where both agree: not counted against the exit code)");
    expect(proxy.printed.stderr).toContain(`recorded ${n} exchange(s) to ${har}`);
  });

  it('leaves a HAR of every exchange with no secret in it', () => {
    const text = readFileSync(har, 'utf8');
    const exchanges = readHar(text, har);
    expect(exchanges.map((e) => e.response.status)).toEqual(skipAwsCli ? [201, 400] : [201, 400, 200]);
    for (const secret of [token, kms, proxyKeys.secretAccessKey, clientKeys.secretAccessKey, proxyKeys.accessKeyId]) expect(text).not.toContain(secret);
  });
});
