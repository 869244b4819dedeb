import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli.js';
import { startServer } from '../../../src/emulator/http/startServer.js';
import { exampleCredentials } from '../../../src/emulator/wire/sigv4.js';
import type { Exchange } from '../../../src/parity/exchange.js';
import { advancingWorld } from '../../../src/parity/replay/advancingWorld.js';
import { replay } from '../../../src/parity/replay/replay.js';
import { defaultAnswerLimits } from '../../../src/verify/reach/answerLimits.js';
import { openTarget } from '../../../src/verify/reach/openTarget.js';
import { fakeIo } from '../../support/fakeIo.js';
import { harText } from './harText.js';
import { op, recorder } from './recording.js';

const open: { close(): Promise<void> }[] = [];
afterEach(async () => void (await Promise.all(open.splice(0).map((e) => e.close()))));

const day = 86_400_000;
const note = "a gap of 3652058.0 days was cut to 1096.0 days: past the service's longest retention window, a longer gap changes no answer";

/** A system clock whose machine time stands still: it moves only by what the replay advances. */
async function standingServer() {
  const server = await startServer({ clock: { now: () => Date.parse('2026-11-02T10:00:00.000Z') } });
  const opened = await openTarget({ endpoint: server.url, region: 'us-east-1', credentials: exampleCredentials, auth: 'off' });
  open.push(opened, server);
  return { server, target: opened.target };
}

/** Two schema-valid exchanges, the first dated 0001-01-01 and the second 9999-12-31: a gap of 3652058 days. */
async function tenMillennia(): Promise<Exchange[]> {
  const { target } = await standingServer();
  const rec = recorder(target, async () => undefined);
  await rec.send(op('voice.ListVoiceProfileDomains', {}));
  await rec.send(op('voice.ListVoiceProfileDomains', {}));
  const [first, second] = rec.exchanges as [Exchange, Exchange];
  return [
    { ...first, startedAt: '0001-01-01T00:00:00.000Z' },
    { ...second, startedAt: '9999-12-31T00:00:00.000Z' },
  ];
}

describe('a gap longer than any retention window', () => {
  it('passes on an advanced clock as 1096 days, a day per advance, and the row says where it was cut', async () => {
    const recorded = await tenMillennia();
    const { server, target } = await standingServer();
    const advancing = advancingWorld(server.url, defaultAnswerLimits);
    const passed: number[] = [];
    const before = server.core.clock.now();
    const rows = await replay(recorded, { target, world: { ...advancing, pass: async (ms) => void (passed.push(ms), await advancing.pass(ms)) } });
    expect(passed).toEqual(Array(1096).fill(day));
    expect(server.core.clock.now() - before).toBe(1096 * day);
    expect(rows.map((r) => [r.differences, r.notes])).toEqual([
      [[], []],
      [[], [note]],
    ]);
  });

  it('ends the CLI replay on the embedded emulator with the note under the row', async () => {
    const { io, out, err } = fakeIo('', { 'rec.har': harText(await tenMillennia()) });
    expect(await runCli(['replay', 'rec.har'], io)).toBe(0);
    expect(out.slice(2)).toEqual([
      '1  voice.ListVoiceProfileDomains               same',
      '2  voice.ListVoiceProfileDomains               same',
      `   note: ${note}`,
      '2 exchanges: 2 same, 0 different, 0 accepted',
    ]);
    expect(err).toEqual([]);
  });
});
