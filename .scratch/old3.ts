import { createEmulatorCore } from '../src/emulator/core/createCore.js';
import { createWire } from '../src/emulator/wire/createWire.js';
import { counterIds, benchId } from '../bench/_internals/ids.js';
const stored = 200_000;
const core = createEmulatorCore({ newId: counterIds() });
for (let i = 0; i < stored; i++) { core.invoke('media-pipelines.StartVoiceToneAnalysisTask', { Identifier: `p${i}`, LanguageCode: 'en-US' }); core.invoke('media-pipelines.StopVoiceToneAnalysisTask', { Identifier: `p${i}`, VoiceToneAnalysisTaskId: benchId(i) }); }
const wire = createWire(core, {});
const kind = process.argv[2];
let s = 0, g = 0;
console.error('START');
for (let i = 0; i < 200000; i++) {
  if (kind === 'stop') await wire.handle({ method: 'POST', target: `/media-insights-pipelines/p${(s = (s + 1) % stored)}/voice-tone-analysis-tasks/${benchId(s)}?operation=stop`, headers: {}, body: new Uint8Array() });
  else await wire.handle({ method: 'GET', target: `/media-insights-pipelines/p${(g = (g + 7919) % stored)}/voice-tone-analysis-tasks/${benchId(g)}`, headers: {}, body: new Uint8Array() });
}
