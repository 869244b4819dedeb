import v8 from 'node:v8';
import { createEmulatorCore } from '../src/emulator/core/createCore.js';
import { createWire } from '../src/emulator/wire/createWire.js';
import { counterIds, benchId } from '../bench/_internals/ids.js';
const stored = 200_000;
const core = createEmulatorCore({ newId: counterIds() });
for (let i = 0; i < stored; i++) { const r = core.invoke('media-pipelines.StartVoiceToneAnalysisTask', { Identifier: `p${i}`, LanguageCode: 'en-US' }); core.invoke('media-pipelines.StopVoiceToneAnalysisTask', { Identifier: `p${i}`, VoiceToneAnalysisTaskId: benchId(i) }); }
const wire = createWire(core, {});
const enc = new TextEncoder();
const old = () => (v8.getHeapSpaceStatistics().find((s) => s.space_name === 'old_space')!.space_used_size / 1e6);
const mode = process.argv[2];
let n = 0, g = 0, s = 0;
const reqs = {
  start: () => ({ method: 'POST', target: `/media-insights-pipelines/soak-${++n % 10_000}/voice-tone-analysis-tasks?operation=start`, headers: { 'content-type': 'application/json' }, body: enc.encode(`{"LanguageCode":"en-US","ClientRequestToken":"soak-${n % 10_000}"}`) }),
  get: () => ({ method: 'GET', target: `/media-insights-pipelines/p${(g = (g + 7919) % stored)}/voice-tone-analysis-tasks/${benchId(g)}`, headers: {}, body: new Uint8Array() }),
  stop: () => ({ method: 'POST', target: `/media-insights-pipelines/p${(s = (s + 1) % stored)}/voice-tone-analysis-tasks/${benchId(s)}?operation=stop`, headers: {}, body: new Uint8Array() }),
};
for (const kind of ['start', 'get', 'stop'] as const) {
  for (let i = 0; i < 20000; i++) await wire.handle(reqs[kind]());
  const before = old();
  for (let i = 0; i < 100000; i++) await wire.handle(reqs[kind]());
  console.log(kind, ((old() - before) * 1e6 / 100000).toFixed(0), 'B old-space growth per request');
}
{
  const before = old();
  for (let i = 0; i < 100000; i++) core.invoke('media-pipelines.StopVoiceToneAnalysisTask', { Identifier: `p${i % stored}`, VoiceToneAnalysisTaskId: benchId(i % stored) });
  console.log('core stop', ((old() - before) * 1e6 / 100000).toFixed(0));
}
{
  const before = old();
  for (let i = 0; i < 100000; i++) core.invoke('media-pipelines.GetVoiceToneAnalysisTask', { Identifier: `p${i % stored}`, VoiceToneAnalysisTaskId: benchId(i % stored) });
  console.log('core get', ((old() - before) * 1e6 / 100000).toFixed(0));
}
{
  const before = old();
  let x = 0;
  for (let i = 0; i < 100000; i++) { try { throw new Error('x' + i); } catch (e) { x += (e as Error).message.length; } }
  console.log('plain throw', ((old() - before) * 1e6 / 100000).toFixed(0), x);
}
import { errorBody } from '../src/emulator/wire/errorBody.js';
{
  const before = old();
  let x = 0;
  for (let i = 0; i < 100000; i++) { x += JSON.stringify(errorBody('media-pipelines', 'NotFoundException', `Active task ${i} was not found.`, benchId(i))).length; }
  console.log('errorBody', ((old() - before) * 1e6 / 100000).toFixed(0), x);
}
{
  const before = old();
  let x = 0;
  for (let i = 0; i < 100000; i++) { const r = core.invoke('media-pipelines.StopVoiceToneAnalysisTask', { Identifier: `p${i % stored}`, VoiceToneAnalysisTaskId: benchId(i % stored) }); if (!r.ok) x += JSON.stringify(errorBody('media-pipelines', r.error.type, r.error.message, benchId(i))).length; }
  console.log('core stop + errorBody', ((old() - before) * 1e6 / 100000).toFixed(0), x);
}
