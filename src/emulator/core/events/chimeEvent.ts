/** The three detail types voice analytics sends (developer guide, va-notification-targets). */
export type DetailType = 'VoiceAnalyticsStatus' | 'SpeakerSearchStatus' | 'VoiceToneAnalysisStatus';

/** A voice analytics event as EventBridge delivers it. */
export interface ChimeEvent {
  readonly version: '0';
  readonly id: string;
  readonly 'detail-type': DetailType;
  /** Beside detail-type, as every example of the guide has it (docs/events.md, event-service-type-place). */
  readonly 'service-type': 'VoiceAnalytics';
  readonly source: 'aws.chime';
  readonly account: string;
  readonly time: string;
  readonly region: string;
  readonly resources: readonly string[];
  readonly detail: Readonly<Record<string, unknown>>;
}

/** An event with its place in the emulator's log: GET /_chime/events?after=<seq> reads from there. */
export interface LoggedEvent {
  readonly seq: number;
  readonly event: ChimeEvent;
}

/** An event before it has an envelope: when it happened (emulated time), its type and detail. */
export interface DueEvent {
  readonly at: number;
  readonly detailType: DetailType;
  readonly detail: Readonly<Record<string, unknown>>;
}
