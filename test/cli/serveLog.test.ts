import { afterEach, describe, expect, it } from 'vitest';
import { serveLog } from '../../src/cli/commands/serveLog.js';
import { runCli } from '../../src/cli/runCli.js';
import { startServer, type RunningServer } from '../../src/emulator/http/startServer.js';
import { noFaults } from '../../src/emulator/wire/faults.js';
import { fakeIo } from '../support/fakeIo.js';

let server: RunningServer | undefined;
afterEach(async () => server?.close());

/** serve's log over a real server: request ids counted from 1, and a clock the test sets, whose timer never ticks. */
async function served(values: { log?: string; quiet: boolean }) {
  const lines: string[] = [];
  let now = Date.parse('2025-01-01T00:00:00.000Z');
  const ticks: { ms: number; tick: () => void }[] = [];
  const log = serveLog(values, (line) => lines.push(line), { now: () => now, every: (ms, tick) => (ticks.push({ ms, tick }), () => ticks.splice(0)) });
  let id = 0;
  server = await startServer({
    newId: () => `id-${++id}`,
    faults: { ...noFaults, unavailable: 1, operations: ['voice.GetVoiceProfileDomain'] },
    ...(log.onExchange ? { onExchange: log.onExchange } : {}),
  });
  const send = (path: string, init?: RequestInit) => fetch(`${server?.url}${path}`, init).then((r) => r.text());
  const burst = async () => {
    for (let i = 0; i < 40; i++) await send('/voice-profile-domains');
    await send('/voice-profile-domains/d-1'); // 503: the fault
    await send('/_chime/calls', { method: 'POST', body: '{}' }); // 400: no voiceConnectorId
    await send('/_chime/clock');
    await send('/nowhere');
  };
  return { lines, log, burst, ticks, later: (ms: number) => (now += ms) };
}

// The ids: 40 lists take id-1 to id-40; the 503 is id-41, the refusal id-42.
describe('serve --log', () => {
  it('summary (the default): no line per request; each 5xx and refusal at once; then the counts, exactly', async () => {
    const { lines, log, burst, ticks, later } = await served({ quiet: false });
    expect(ticks.map((t) => t.ms)).toEqual([5_000]);
    await burst();
    expect(lines.map((l) => l.replace(/ \d+\.\dms$/, ' …ms'))).toEqual([
      '2025-01-01T00:00:00.000Z id-41 voice.GetVoiceProfileDomain 503 ServiceUnavailableException …ms',
      '2025-01-01T00:00:00.000Z id-42 control plane refused POST /_chime/calls 400',
    ]);
    later(5_000);
    ticks[0]?.tick();
    expect(lines.slice(2)).toEqual([
      '2025-01-01T00:00:05.000Z requests in the last 5 s: 44 (voice.ListVoiceProfileDomains 200×40, control 200×1 400×1, unknown 404×1, voice.GetVoiceProfileDomain 503×1)',
    ]);
    later(5_000);
    ticks[0]?.tick(); // a window with no requests says nothing
    await burst();
    later(1_200);
    log.stop(); // the last window, shorter, when serve stops; and no more ticks
    expect(lines.slice(3).at(-1)).toBe(
      '2025-01-01T00:00:11.200Z requests in the last 1 s: 44 (voice.ListVoiceProfileDomains 200×40, control 200×1 400×1, unknown 404×1, voice.GetVoiceProfileDomain 503×1)',
    );
    expect(lines).toHaveLength(6);
    expect(ticks).toEqual([]);
  });

  it('requests: a line per request, as before', async () => {
    const { lines, log, burst } = await served({ log: 'requests', quiet: false });
    await burst();
    log.stop();
    expect(lines).toHaveLength(44);
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z id-1 voice\.ListVoiceProfileDomains 200 \d+\.\dms$/);
    expect(lines[42]).toMatch(/ id-43 control 200 /);
    expect(lines[43]).toMatch(/ id-44 GET \/nowhere 404 UnknownOperationException /);
  });

  it('--quiet: nothing', async () => {
    const { lines, log, burst } = await served({ quiet: true });
    await burst();
    log.stop();
    expect(lines).toEqual([]);
  });

  it.each([
    [['--log', 'verbose'], 'chime-conformance serve: --log verbose is not a mode. Hint: use summary (counts every 5 s, and each 5xx) or requests (a line per request).'],
    [['--quiet', '--log', 'requests'], 'chime-conformance serve: --quiet and --log requests ask for different logs. Hint: give one of them.'],
  ])('%j exits 2 with one line', async (args, line) => {
    const { io, err } = fakeIo();
    expect(await runCli(['serve', ...args], io)).toBe(2);
    expect(err).toEqual([line]);
  });
});
