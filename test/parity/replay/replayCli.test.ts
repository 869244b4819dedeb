import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/runCli.js';
import { repoRoot } from '../../support/paths.js';
import { startServer } from '../../../src/emulator/http/startServer.js';
import { exampleCredentials } from '../../../src/emulator/wire/sigv4.js';
import type { Exchange } from '../../../src/parity/exchange.js';
import { advancingWorld } from '../../../src/parity/replay/advancingWorld.js';
import { defaultAnswerLimits } from '../../../src/verify/reach/answerLimits.js';
import { openTarget } from '../../../src/verify/reach/openTarget.js';
import { fakeIo } from '../../support/fakeIo.js';
import { harText } from './harText.js';
import { answered, op, recorder } from './recording.js';

type Json = Record<string, Record<string, string>>;
const kms = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const pipeline = 'arn:aws:chime:us-east-1:111122223333:media-insights-pipeline/5d7e2fa4-1a2b-4c5d-8e9f-0a1b2c3d4e5f';
const stream = { StreamArn: 'arn:aws:kinesisvideo:us-east-1:111122223333:stream/call-audio/1700000000000', ChannelId: 0 };

let recorded: Exchange[] = [];
/** A session on the embedded emulator: a domain (token, KMS key), a search, a pipeline task on the domain's ARN, 4 s. */
beforeAll(async () => {
  const opened = await openTarget({ region: 'us-east-1', credentials: exampleCredentials, auth: 'off' });
  try {
    const world = advancingWorld(opened.target.endpoint, defaultAnswerLimits);
    const rec = recorder(opened.target, (ms) => world.pass(ms));
    const domain = (await rec.send(op('voice.CreateVoiceProfileDomain', { Name: 'support', ServerSideEncryptionConfiguration: { KmsKeyArn: kms }, ClientRequestToken: 'token-domain-0001' }))) as Json;
    await rec.send(op('voice.GetVoiceProfileDomain', { VoiceProfileDomainId: domain['VoiceProfileDomain']?.['VoiceProfileDomainId'] }));
    const task = (await rec.send(
      op('media-pipelines.StartSpeakerSearchTask', {
        Identifier: pipeline,
        VoiceProfileDomainArn: domain['VoiceProfileDomain']?.['VoiceProfileDomainArn'],
        KinesisVideoStreamSourceTaskConfiguration: stream,
      }),
    )) as Json;
    await rec.wait(4000);
    await rec.send(op('media-pipelines.GetSpeakerSearchTask', { Identifier: pipeline, SpeakerSearchTaskId: task['SpeakerSearchTask']?.['SpeakerSearchTaskId'] }));
    await rec.send({ method: 'GET', target: '/nothing', headers: {}, body: undefined });
    recorded = rec.exchanges;
  } finally {
    await opened.close();
  }
});

/** The recording with its fourth answer edited: the service said InProgress where the emulator says something else. */
const edited = () =>
  harText(recorded.map((e, i) => (i === 3 ? answered(e, { body: (j) => ({ ...j, SpeakerSearchTask: { ...(j['SpeakerSearchTask'] as object), SpeakerSearchTaskStatus: 'Stopping' } }) }) : e)));
const accepting = (entries: unknown[]) => JSON.stringify({ accept: entries });
const statusValue = { operation: 'media-pipelines.GetSpeakerSearchTask', path: '/SpeakerSearchTask/SpeakerSearchTaskStatus', kind: 'value' };

describe('chime-conformance replay', () => {
  it('replays a redacted recording of the embedded emulator on the embedded emulator: every exchange the same, exit 0', async () => {
    const har = harText(recorded);
    // What makes this a recording as proxy --record writes it: the token, the KMS key and the domain's ARN masked.
    expect(har).toContain('redacted-token-0001');
    expect(har).toContain('arn:aws:kms:us-east-1:000000000000:key/redacted-');
    expect(har).toContain('arn:aws:chime:us-east-1:000000000000:voice-profile-domain/redacted-');
    const { io, out, err } = fakeIo('', { 'rec.har': har });
    expect(await runCli(['replay', 'rec.har', '--auth', 'strict'], io)).toBe(0);
    expect(out.slice(0, 7)).toEqual([
      'Replaying 5 exchanges on the embedded emulator (its clock advanced over the recorded gaps):',
      '#  operation                                   parity     how',
      '1  voice.CreateVoiceProfileDomain              same',
      '2  voice.GetVoiceProfileDomain                 same',
      '3  media-pipelines.StartSpeakerSearchTask      same',
      '4  media-pipelines.GetSpeakerSearchTask        same',
      '5  GET /nothing                                same',
    ]);
    expect(out[7]).toBe('5 exchanges: 5 same, 0 different, 0 accepted');
    expect(err).toEqual([]);
  });

  it('replays on an endpoint through its world: a manual clock advanced, any other waited for', async () => {
    const manual = await startServer({ clock: 'manual', strictResources: true });
    const system = await startServer({});
    try {
      const advanced = fakeIo('', { 'rec.har': harText(recorded) });
      expect(await runCli(['replay', 'rec.har', '--endpoint', manual.url], advanced.io)).toBe(0);
      expect(advanced.out[0]).toBe(`Replaying 5 exchanges on ${manual.url} (its clock advanced over the recorded gaps):`);
      expect(advanced.out.at(-1)).toBe('5 exchanges: 5 same, 0 different, 0 accepted');
      expect(manual.core.snapshot().pipelines).toMatchObject({ count: 1 });
      const waited = fakeIo('', { 'rec.har': harText(recorded.slice(0, 2)) });
      expect(await runCli(['replay', 'rec.har', '--endpoint', system.url], waited.io)).toBe(0);
      expect(waited.out[0]).toBe(`Replaying 2 exchanges on ${system.url} (recorded gaps waited for, each at most 60 s):`);
    } finally {
      await Promise.all([manual.close(), system.close()]);
    }
  });

  it('replays the checked-in recording (made through proxy --record) with no difference, on the embedded emulator and on serve --clock manual', async () => {
    const fixture = readFileSync(join(repoRoot, 'test/fixtures/parity/voice-analytics.har'), 'utf8');
    const manual = await startServer({ clock: 'manual', strictResources: true });
    try {
      for (const endpoint of [[], ['--endpoint', manual.url]]) {
        const { io, out, err } = fakeIo('', { 'voice-analytics.har': fixture });
        expect(await runCli(['replay', 'voice-analytics.har', ...endpoint], io)).toBe(0);
        expect(out.at(-1)).toBe('23 exchanges: 23 same, 0 different, 0 accepted');
        expect(err).toEqual([]);
      }
    } finally {
      await manual.close();
    }
  });

  it('prints NDJSON rows and a summary with --json', async () => {
    const { io, out } = fakeIo('', { 'rec.har': edited() });
    expect(await runCli(['replay', 'rec.har', '--json'], io)).toBe(1);
    const lines = out.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(6);
    expect(lines[3]).toEqual({
      type: 'exchange',
      index: 4,
      operation: 'media-pipelines.GetSpeakerSearchTask',
      parity: 'different',
      differences: [
        {
          kind: 'value',
          path: '/SpeakerSearchTask/SpeakerSearchTaskStatus',
          recorded: 'Stopping',
          replayed: 'InProgress',
          text: 'value /SpeakerSearchTask/SpeakerSearchTaskStatus "Stopping" → "InProgress"',
        },
      ],
      notes: [],
    });
    expect(lines[5]).toEqual({ type: 'summary', exchanges: 5, same: 4, different: 1, accepted: 0 });
  });

  it('exits 0 when the accept list takes every difference, and warns of an entry that took none', async () => {
    const accept = accepting([
      { ...statusValue, reason: 'the recording stopped the task from another client' },
      { kind: 'added', path: '/X', reason: 'not any more' },
    ]);
    const { io, out, err } = fakeIo('', { 'rec.har': edited(), 'accept.json': accept });
    expect(await runCli(['replay', 'rec.har', '--accept', 'accept.json'], io)).toBe(0);
    expect(out[5]).toBe(
      '4  media-pipelines.GetSpeakerSearchTask        accepted   value /SpeakerSearchTask/SpeakerSearchTaskStatus "Stopping" → "InProgress" (accepted: the recording stopped the task from another client)',
    );
    expect(out.at(-1)).toBe('5 exchanges: 4 same, 0 different, 1 accepted');
    expect(err).toEqual(['chime-conformance replay: warning: accept entry 2 (* added /X) matched no difference: a stale acceptance, remove it.']);
  });

  it('exits 1 on a difference no entry takes, and on an entry without a reason, which takes nothing', async () => {
    const { io, out, err } = fakeIo('', { 'rec.har': edited(), 'accept.json': accepting([statusValue]) });
    expect(await runCli(['replay', 'rec.har', '--accept', 'accept.json'], io)).toBe(1);
    expect(out.at(-1)).toBe('5 exchanges: 4 same, 1 different, 0 accepted');
    expect(err).toEqual([
      'chime-conformance replay: accept entry 1 (media-pipelines.GetSpeakerSearchTask value /SpeakerSearchTask/SpeakerSearchTaskStatus) has no reason, so it accepts nothing. Hint: say in "reason" why the difference is fine.',
    ]);
  });

  it('exits 2 with one line and a hint on what it cannot read or reach', async () => {
    const cases: [string[], Record<string, string>, string][] = [
      [['replay'], {}, 'chime-conformance replay: replay needs a recording. Hint: e.g. chime-conformance replay real.har.'],
      [['replay', 'a.har', 'b.har'], {}, 'chime-conformance replay: replay takes one recording, not 2. Hint: e.g. chime-conformance replay real.har.'],
      [['replay', 'gone.har'], {}, 'chime-conformance replay: cannot read gone.har (ENOENT: gone.har). Hint: give the path of a HAR file, e.g. one written by chime-conformance proxy --record.'],
      [
        ['replay', 'cut.har'],
        { 'cut.har': '{"log":' },
        'chime-conformance replay: cut.har: is not JSON: it ends early (a recording cut short?). Hint: give the .har file itself, whole, as a recorder wrote it.',
      ],
      [
        ['replay', 'rec.har', '--accept', 'a.json'],
        { 'rec.har': harText([]), 'a.json': accepting([{ kind: 'gone', reason: 'r' }]) },
        'chime-conformance replay: --accept a.json accept[0].kind "gone" is not one of status, missing, added, value, error-type. Hint: see chime-conformance replay --help for the accept file: {"accept":[{"operation","path","kind","reason"}]}.',
      ],
      [
        ['replay', 'rec.har', '--endpoint', 'ftp://x'],
        { 'rec.har': harText([]) },
        'chime-conformance replay: --endpoint ftp://x is not an http(s) URL or aws. Hint: e.g. --endpoint http://127.0.0.1:4566, or --endpoint aws --region eu-central-1 for the real service.',
      ],
      [
        ['replay', 'rec.har', '--endpoint', 'http://127.0.0.1:9', '--max-attempts', '1'],
        { 'rec.har': harText([]) },
        'chime-conformance replay: cannot reach http://127.0.0.1:9: ECONNREFUSED. Hint: start the implementation, or check --endpoint.',
      ],
    ];
    for (const [argv, files, line] of cases) {
      const { io, out, err } = fakeIo('', files);
      expect(await runCli(argv, io), argv.join(' ')).toBe(2);
      expect(err).toEqual([line]);
      expect(out).toEqual([]);
    }
  });

  it('teaches with an example in --help', async () => {
    const { io, out } = fakeIo();
    expect(await runCli(['replay', '--help'], io)).toBe(0);
    expect(out.join('\n')).toContain('chime-conformance replay real.har --endpoint http://127.0.0.1:4566 --accept known-differences.json');
  });
});
