import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from '../../../src/emulator/http/startServer.js';
import { exampleCredentials } from '../../../src/emulator/wire/sigv4.js';
import { judgeRow } from '../../../src/parity/compare/judgeRow.js';
import { acceptance } from '../../../src/parity/compare/acceptance.js';
import { advancingWorld } from '../../../src/parity/replay/advancingWorld.js';
import { letTimePass } from '../../../src/parity/replay/letTimePass.js';
import { parityLines } from '../../../src/parity/replay/parityTable.js';
import { replay } from '../../../src/parity/replay/replay.js';
import { timeGap } from '../../../src/parity/replay/timeGap.js';
import { defaultAnswerLimits } from '../../../src/verify/reach/answerLimits.js';
import { openTarget } from '../../../src/verify/reach/openTarget.js';
import { openWorld, type World } from '../../../src/verify/world/world.js';
import { manualEmulator } from './emulators.js';
import { op, recorder } from './recording.js';

const open: { close(): Promise<void> }[] = [];
afterEach(async () => void (await Promise.all(open.splice(0).map((e) => e.close()))));

const stream = { StreamArn: 'arn:aws:kinesisvideo:us-east-1:111122223333:stream/call-audio/1700000000000', ChannelId: 0 };

/** A media insights pipeline's voice tone analysis, started and asked for 4 s later: InProgress, as on the service. */
async function toneAnalysisAfter4s() {
  const upstream = await manualEmulator();
  open.push(upstream);
  const rec = recorder(upstream.target, (ms) => upstream.world.pass(ms));
  const started = (await rec.send(op('media-pipelines.StartVoiceToneAnalysisTask', { Identifier: 'pipe-1', LanguageCode: 'en-US', KinesisVideoStreamSourceTaskConfiguration: stream }))) as Record<
    string,
    Record<string, string>
  >;
  await rec.wait(4000);
  await rec.send(op('media-pipelines.GetVoiceToneAnalysisTask', { Identifier: 'pipe-1', VoiceToneAnalysisTaskId: started['VoiceToneAnalysisTask']?.['VoiceToneAnalysisTaskId'] }));
  expect(rec.exchanges[1]?.response.body.text).toContain('"VoiceToneAnalysisTaskStatus":"InProgress"');
  return rec.exchanges;
}

describe('time gaps', () => {
  it('replays a 4 s gap as 4 s of the target clock: InProgress again, and NotStarted without the pass', async () => {
    const recorded = await toneAnalysisAfter4s();
    const target = await manualEmulator();
    open.push(target);
    expect((await replay(recorded, { target: target.target, world: target.world })).map((r) => r.differences)).toEqual([[], []]);

    const still = await manualEmulator();
    open.push(still);
    const rows = await replay(recorded, { target: still.target, world: { ...still.world, pass: async () => undefined } });
    expect(rows.flatMap((r) => parityLines(judgeRow(r, acceptance([])), 2))).toEqual([
      '1  media-pipelines.StartVoiceToneAnalysisTask  same',
      '2  media-pipelines.GetVoiceToneAnalysisTask    different  value /VoiceToneAnalysisTask/VoiceToneAnalysisTaskStatus "InProgress" → "NotStarted"',
    ]);
  });

  it("advances a system clock (the embedded emulator's kind) by the gap: with the machine's time standing still, it moves by exactly 4 s", async () => {
    const recorded = await toneAnalysisAfter4s();
    // Waiting instead of advancing would leave this clock where it was, and the task NotStarted.
    const server = await startServer({ clock: { now: () => Date.parse('2026-11-02T10:00:00.000Z') } });
    const opened = await openTarget({ endpoint: server.url, region: 'us-east-1', credentials: exampleCredentials, auth: 'off' });
    open.push(opened, server);
    const advancing = advancingWorld(server.url, defaultAnswerLimits);
    const passed: number[] = [];
    const before = server.core.clock.now();
    const rows = await replay(recorded, { target: opened.target, world: { ...advancing, pass: async (ms) => void (passed.push(ms), await advancing.pass(ms)) } });
    expect(rows.map((r) => r.differences)).toEqual([[], []]);
    expect(passed).toEqual([4000]);
    expect(server.core.clock.now() - before).toBe(4000);
  });

  it('cuts a gap a world waits for at the cap, counting what the replay already took, and says so', () => {
    expect(timeGap('2026-11-02T10:00:00.000Z', '2026-11-02T10:00:04.000Z')).toEqual({ passMs: 4000 });
    expect(timeGap('2026-11-02T10:00:00.000Z', '2026-11-02T11:00:00.000Z')).toEqual({ passMs: 3_600_000 });
    expect(timeGap('2026-11-02T10:00:00.000Z', '2026-11-02T11:00:00.000Z', { capMs: 60_000, elapsedMs: 250 })).toEqual({ passMs: 59_750, cappedFromMs: 3_600_000 });
    expect(timeGap('2026-11-02T10:00:00.000Z', '2026-11-02T10:00:04.000Z', { capMs: 60_000, elapsedMs: 250 })).toEqual({ passMs: 3750 });
    expect(timeGap('2026-11-02T10:00:04.000Z', '2026-11-02T10:00:00.000Z')).toEqual({ passMs: 0 });
    // An advanced clock's gap is cut too, a day past the longest retention window (voice profiles, 1095 days):
    // 2026-11-02 to 2029-11-02 (with 2028-02-29) is the cap itself and passes whole, a millisecond more does not.
    expect(timeGap('2026-11-02T10:00:00.000Z', '2029-11-02T10:00:00.000Z')).toEqual({ passMs: 1096 * 86_400_000 });
    expect(timeGap('2026-11-02T10:00:00.000Z', '2029-11-02T10:00:00.001Z')).toEqual({ passMs: 1096 * 86_400_000, cappedFromMs: 1096 * 86_400_000 + 1 });
    expect(timeGap('0001-01-01T00:00:00.000Z', '9999-12-31T00:00:00.000Z')).toEqual({ passMs: 1096 * 86_400_000, cappedFromMs: 3_652_058 * 86_400_000 });
  });

  it('notes the cut on the row, and lets a week pass a day at a time', async () => {
    const passed: number[] = [];
    const world: World = { ...openWorld, pass: async (ms) => void passed.push(ms) };
    await letTimePass(world, 7.5 * 86_400_000);
    expect(passed).toEqual([...Array(7).fill(86_400_000), 43_200_000]);

    const recorded = await toneAnalysisAfter4s();
    const target = await manualEmulator();
    open.push(target);
    const rows = await replay(recorded, { target: target.target, world: { ...target.world, pass: async () => undefined }, gapCapMs: 1000 });
    expect(rows[1]?.notes).toEqual(["a gap of 4.0 s was cut to 1 s: the target's clock is waited for, not advanced"]);
  });
});
