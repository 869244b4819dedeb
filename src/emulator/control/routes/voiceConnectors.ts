import type { ControlRoute } from '../controlRoute.js';
import { requiredString } from '../members.js';

/** A Voice Connector that Voice tasks and calls can run on (needed with --strict-resources). */
export const createVoiceConnector: ControlRoute = {
  method: 'POST',
  path: '/_chime/voice-connectors',
  summary: 'create a Voice Connector {"voiceConnectorId"}',
  run(core, _, body) {
    const voiceConnectorId = requiredString(body, 'POST /_chime/voice-connectors', 'voiceConnectorId', '{"voiceConnectorId":"abcdef1234567890abcde"}');
    core.createVoiceConnector(voiceConnectorId);
    return { status: 201, body: { voiceConnectorId } };
  },
};
