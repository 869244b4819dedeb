import { describe, expect, it } from 'vitest';
import { EndpointGone, NoAnswer } from '../../../src/verify/reach/answerLimits.js';
import type { Target } from '../../../src/verify/reach/target.js';
import type { WireAnswer } from '../../../src/verify/reach/rawClient.js';
import { uniqueNames } from '../../../src/verify/reach/target.js';
import { openWorld } from '../../../src/verify/world/world.js';
import { replay, type ReplayedRow } from '../../../src/parity/replay/replay.js';
import { judgeRow } from '../../../src/parity/compare/judgeRow.js';
import { acceptance } from '../../../src/parity/compare/acceptance.js';
import { parityLines } from '../../../src/parity/replay/parityTable.js';
import type { Exchange } from '../../../src/parity/exchange.js';

const get = (n: number): Exchange => ({
  startedAt: `2026-11-02T10:00:0${n}.000Z`,
  durationMs: 3,
  request: { method: 'GET', target: '/voice-profile-domains', headers: [{ name: 'Authorization', value: 'AWS4-HMAC-SHA256 redacted' }], body: { text: '' } },
  response: { status: 200, headers: [], body: { text: '{"VoiceProfileDomains":[]}' } },
});

const listed = (): WireAnswer => ({ status: 200, headers: {}, body: '{"VoiceProfileDomains":[]}' });
/** Time passes at once: these tests are about answers. */
const world = { ...openWorld, pass: async () => undefined };

/** A target whose answers are scripted: each call takes the next (throwing is not answering), then lists. */
function scripted(...answers: (() => WireAnswer)[]): Target & { sent: unknown[] } {
  const sent: unknown[] = [];
  const raw = async (req: unknown) => (sent.push(req), (answers.shift() ?? listed)());
  return { endpoint: 'http://127.0.0.1:1', unique: uniqueNames(), sdk: () => Promise.reject(new Error('no SDK here')), raw, sent };
}

describe('a target that does not answer', () => {
  it('makes that exchange differ by its status, and the replay goes on', async () => {
    const target = scripted(() => {
      throw new NoAnswer('no answer within 10000 ms (waiting for the first byte)');
    });
    const rows = await replay([get(0), get(1)], { target, world });
    expect(rows.flatMap((r) => parityLines(judgeRow(r, acceptance([])), 2))).toEqual([
      '1  voice.ListVoiceProfileDomains               different  status 200 → no answer (no answer within 10000 ms (waiting for the first byte))',
      '2  voice.ListVoiceProfileDomains               same',
    ]);
    // The recording's signature is of another time and key: it is never sent again.
    expect(target.sent[0]).toEqual({ method: 'GET', target: '/voice-profile-domains', headers: {}, body: undefined });
  });

  it('ends the replay once the target is gone, after telling the rows so far', async () => {
    const told: ReplayedRow[] = [];
    const target = scripted(listed, () => {
      throw new EndpointGone('ECONNREFUSED');
    });
    await expect(replay([get(0), get(1), get(2)], { target, world, onRow: (r) => told.push(r) })).rejects.toThrow(new EndpointGone('ECONNREFUSED'));
    expect(told.map((r) => r.index)).toEqual([1]);
  });
});
