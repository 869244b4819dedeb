import type { ControlRoute } from '../controlRoute.js';

/** Hangs a call up now: its speaker searches end PARTIAL_SUCCESS, its voice tone analyses SUCCEEDED. */
export const endCall: ControlRoute = {
  method: 'POST',
  path: '/_chime/calls/{voiceConnectorId}/{transactionId}/end',
  summary: 'end a call now',
  run: (core, labels) => ({ status: 200, body: core.endCall(labels['voiceConnectorId'] ?? '', labels['transactionId'] ?? '') }),
};
