/** Records three exchanges to argv[2], then dies by SIGKILL without close(): what a killed proxy leaves. */
import { openHarRecorder } from '../../../src/parity/har/openHarRecorder.js';

const recorder = await openHarRecorder(process.argv[2] ?? 'killed.har', { baseUrl: 'http://127.0.0.1:4566' });
for (let i = 0; i < 3; i++) {
  await recorder.record({
    startedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
    durationMs: i,
    request: { method: 'GET', target: `/voice-profiles/${i}`, headers: [], body: { text: '' } },
    response: { status: 200, headers: [], body: { text: `{"n":${i}}` } },
  });
}
void recorder.record({
  startedAt: new Date().toISOString(),
  durationMs: 0,
  request: { method: 'GET', target: '/late', headers: [], body: { text: 'x'.repeat(1 << 20) } },
  response: { status: 200, headers: [], body: { text: '' } },
});
process.kill(process.pid, 'SIGKILL');
