import type { ControlRoute } from '../controlRoute.js';
import { optionalString, requiredString } from '../members.js';

const route = 'POST /_chime/calls';
const example = '{"voiceConnectorId":"abcdef1234567890abcde","transactionId":"tx-1"}';

/** A live call on a Voice Connector; the answer carries its callId (generated when none is given). */
export const startCall: ControlRoute = {
  method: 'POST',
  path: '/_chime/calls',
  summary: 'start a live call {"voiceConnectorId","transactionId","callId"?}',
  run(core, _, body) {
    const voiceConnectorId = requiredString(body, route, 'voiceConnectorId', example);
    const transactionId = requiredString(body, route, 'transactionId', example);
    const callId = optionalString(body, route, 'callId', '{…,"callId":"call-1"}');
    return { status: 201, body: core.startCall(voiceConnectorId, transactionId, callId) };
  },
};
