import { createEmulatorCore } from '../src/emulator/core/createCore.js';
import { errorBody } from '../src/emulator/wire/errorBody.js';
import { validateRequest } from '../src/contract/validate.js';
import { route } from '../src/wire/route.js';
import { decodeRequest } from '../src/wire/decodeRequest.js';
import { counterIds, benchId } from '../bench/_internals/ids.js';
const stored = 200_000;
const core = createEmulatorCore({ newId: counterIds() });
for (let i = 0; i < stored; i++) { core.invoke('media-pipelines.StartVoiceToneAnalysisTask', { Identifier: `p${i}`, LanguageCode: 'en-US' }); core.invoke('media-pipelines.StopVoiceToneAnalysisTask', { Identifier: `p${i}`, VoiceToneAnalysisTaskId: benchId(i) }); }
const kind = process.argv[2];
console.error('START');
let x = 0;
for (let i = 0; i < 200000; i++) {
  const s = i % stored;
  if (kind === 'core') { const r = core.invoke('media-pipelines.StopVoiceToneAnalysisTask', { Identifier: `p${s}`, VoiceToneAnalysisTaskId: benchId(s) }); x += r.ok ? 1 : 2; }
  if (kind === 'body') { x += JSON.stringify(errorBody('media-pipelines', 'NotFoundException', `Active voice tone analysis task ${benchId(s)} was not found.`, benchId(i))).length; }
  if (kind === 'route') { const q = new URLSearchParams('operation=stop'); const m = route('POST', `/media-insights-pipelines/p${s}/voice-tone-analysis-tasks/${benchId(s)}`, q, undefined); const input = decodeRequest(m!.op, { labels: m!.labels, query: q, body: undefined }); x += validateRequest(m!.op.id, input).valid ? 1 : 0; }
}
console.log(x);
