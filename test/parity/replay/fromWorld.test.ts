import { afterEach, describe, expect, it } from 'vitest';
import { replay } from '../../../src/parity/replay/replay.js';
import { startSetupHook } from '../../support/setupHook.js';
import { startServer } from '../../../src/emulator/http/startServer.js';
import { openTarget } from '../../../src/verify/reach/openTarget.js';
import { exampleCredentials } from '../../../src/emulator/wire/sigv4.js';
import { chooseWorld } from '../../../src/verify/world/chooseWorld.js';
import { defaultAnswerLimits } from '../../../src/verify/reach/answerLimits.js';
import { openWorld } from '../../../src/verify/world/world.js';
import { manualEmulator } from './emulators.js';
import { op, recorder } from './recording.js';

const open: { close(): Promise<void> }[] = [];
afterEach(async () => void (await Promise.all(open.splice(0).map((e) => e.close()))));

const call = { VoiceConnectorId: 'abcdef1234567890abcde', TransactionId: 'a1b2c3d4-0000-1111-2222-333344445555' };
const stream = { StreamArn: 'arn:aws:kinesisvideo:us-east-1:111122223333:stream/call-audio/1700000000000', ChannelId: 0 };
type Json = Record<string, Record<string, string>>;

/** A session on a pipeline and a call that existed on the recording's account. */
async function session() {
  const upstream = await manualEmulator();
  open.push(upstream);
  const rec = recorder(upstream.target, (ms) => upstream.world.pass(ms));
  const tone = (await rec.send(op('voice.StartVoiceToneAnalysisTask', { ...call, LanguageCode: 'en-US' }))) as Json;
  await rec.send(
    op('voice.GetVoiceToneAnalysisTask', { VoiceConnectorId: call.VoiceConnectorId, VoiceToneAnalysisTaskId: tone['VoiceToneAnalysisTask']?.['VoiceToneAnalysisTaskId'], IsCaller: true }),
  );
  const mp = (await rec.send(
    op('media-pipelines.StartSpeakerSearchTask', {
      Identifier: 'pipe-1',
      VoiceProfileDomainArn: 'arn:aws:chime:us-east-1:1:voice-profile-domain/d',
      KinesisVideoStreamSourceTaskConfiguration: stream,
    }),
  )) as Json;
  await rec.send(op('media-pipelines.GetSpeakerSearchTask', { Identifier: 'pipe-1', SpeakerSearchTaskId: mp['SpeakerSearchTask']?.['SpeakerSearchTaskId'] }));
  return rec.exchanges;
}

describe('what the recording found on its account', () => {
  it("is taken from the target's world, under the IDs the world chose, and mapped", async () => {
    const recorded = await session();
    // Like the real service: tasks only on pipelines and calls that exist, made by a hook that picks its own IDs.
    const server = await startServer({ clock: 'manual', strictResources: true, controlPlane: false });
    const hook = await startSetupHook(server.core);
    const opened = await openTarget({ endpoint: server.url, region: 'us-east-1', credentials: exampleCredentials, auth: 'off' });
    const world = await chooseWorld(opened.target, { from: 'url', url: hook.url }, defaultAnswerLimits);
    open.push({ close: async () => (await world.teardown(), await opened.close(), await hook.close(), await server.close()) });

    const rows = await replay(recorded, { target: opened.target, world });
    expect(rows.map((r) => [r.operation, r.differences, r.notes])).toEqual([
      ['voice.StartVoiceToneAnalysisTask', [], []],
      ['voice.GetVoiceToneAnalysisTask', [], []],
      ['media-pipelines.StartSpeakerSearchTask', [], []],
      ['media-pipelines.GetSpeakerSearchTask', [], []],
    ]);
    expect(hook.seen).toEqual(['describe', 'create', 'create']);
    expect(JSON.parse(rows[0]?.sent.body ?? '')).toMatchObject({ TransactionId: 'hook-call-2' });
    expect(rows[3]?.sent.target).toMatch(/^\/media-insights-pipelines\/hook-pipeline-3\/speaker-search-tasks\/[0-9a-f-]{36}$/);
  });

  it('is sent as recorded, with a note, when the world cannot give it', async () => {
    const recorded = await session();
    const target = await manualEmulator({ strictResources: true });
    open.push(target);
    const none = async () => {
      throw new Error('needs a new live call per case, and the fixtures name none left');
    };
    const rows = await replay(recorded.slice(0, 2), { target: target.target, world: { ...openWorld, call: none } });
    expect(rows[0]?.notes).toEqual(["the target's world gave no live call (needs a new live call per case, and the fixtures name none left); the recorded one was sent"]);
    expect(rows[0]?.differences.map((d) => d.kind)).toEqual(['status', 'error-type']);
  });
});
