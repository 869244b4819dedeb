import { createEmulatorCore } from '/work/main/src/emulator/core/createCore.js';
import { createWire } from '/work/main/src/emulator/wire/createWire.js';
import { counterIds, benchId } from '/work/main/bench/_internals/ids.js';
const gc = (globalThis as any).gc as () => void;
const stored = 200_000;
const core = createEmulatorCore({ newId: counterIds() });
for (let i = 0; i < stored; i++) core.invoke('media-pipelines.StartVoiceToneAnalysisTask', { Identifier: `p${i}`, LanguageCode: 'en-US' });
const wire = createWire(core, {});
const enc = new TextEncoder();
let n = 0, g = 0, s = 0;
async function round(k: number) {
  for (let i = 0; i < k; i++) {
    n++;
    await wire.handle({ method: 'POST', target: `/media-insights-pipelines/soak-${n % 10_000}/voice-tone-analysis-tasks?operation=start`, headers: { 'content-type': 'application/json' }, body: enc.encode(`{"LanguageCode":"en-US","ClientRequestToken":"soak-${n % 10_000}"}`) });
    await wire.handle({ method: 'GET', target: `/media-insights-pipelines/p${(g = (g + 7919) % stored)}/voice-tone-analysis-tasks/${benchId(g)}`, headers: {}, body: new Uint8Array() });
    await wire.handle({ method: 'POST', target: `/media-insights-pipelines/p${(s = (s + 1) % stored)}/voice-tone-analysis-tasks/${benchId(s)}?operation=stop`, headers: {}, body: new Uint8Array() });
  }
}
for (let r = 0; r < 8; r++) {
  await round(50_000);
  gc(); gc();
  console.log(r, (process.memoryUsage().heapUsed / 1e6).toFixed(1), 'MB heap', (process.memoryUsage().rss / 1e6).toFixed(0), 'MB rss');
}
