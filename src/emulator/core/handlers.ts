import { operations } from '../../contract/catalog.js';
import type { Handler } from './context.js';
import { mediaPipelinesTaskHandlers } from './operations/mediaPipelinesTasks.js';
import { voiceProfileDomainHandlers } from './operations/voiceProfileDomains.js';
import { voiceProfileHandlers } from './operations/voiceProfiles.js';
import { voiceTaskHandlers } from './operations/voiceTasks.js';

/** The emulator semantics of every operation, by operation id. */
export const handlers: Readonly<Record<string, Handler>> = {
  ...mediaPipelinesTaskHandlers,
  ...voiceTaskHandlers,
  ...voiceProfileDomainHandlers,
  ...voiceProfileHandlers,
};

// An operation in the schemas without semantics here is a build mistake: say so at load, not at the first request.
const missing = operations.filter((id) => !handlers[id]);
if (missing.length > 0) throw new Error(`chime-conformance: no emulator semantics for ${missing.join(', ')}; add them in src/emulator/core/operations/`);
