import type { ControlRoute } from '../controlRoute.js';
import { checkedId, idRules } from '../idRules.js';

const route = 'POST /_chime/calls';
const example = '{"voiceConnectorId":"abcdef1234567890abcde","transactionId":"tx-1"}';

/** A live call on a Voice Connector; the answer carries its callId (generated when none is given). */
export const startCall: ControlRoute = {
  method: 'POST',
  path: '/_chime/calls',
  summary: 'start a live call {"voiceConnectorId","transactionId","callId"?}',
  run(core, _, body) {
    const voiceConnectorId = checkedId(body['voiceConnectorId'], route, 'voiceConnectorId', idRules.voiceConnectorId, example);
    const transactionId = checkedId(body['transactionId'], route, 'transactionId', idRules.transactionId, example);
    const callId = body['callId'] === undefined ? undefined : checkedId(body['callId'], route, 'callId', idRules.callId, '{…,"callId":"call-1"}');
    return { status: 201, body: core.startCall(voiceConnectorId, transactionId, callId) };
  },
};
