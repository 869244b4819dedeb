import type { DueEvent } from './chimeEvent.js';
import { voiceCallDetail } from './pathDetail.js';

/** A Voice Connector call's leg can be analysed (VoiceAnalyticsStatus, AnalyticsReady): sent when the call starts. */
export const analyticsReady = (voiceConnectorId: string, transactionId: string, callId: string, isCaller: boolean, at: number): DueEvent => ({
  at,
  detailType: 'VoiceAnalyticsStatus',
  detail: { ...voiceCallDetail(voiceConnectorId, transactionId, callId, isCaller), detailStatus: 'AnalyticsReady' },
});
