import type { SpeakerSearchStatusDetail, VoiceAnalyticsStatusDetail, VoiceToneAnalysisStatusDetail } from '../../generated/eventTypes.js';
import type { DetailStatusOf, DetailTypeOf, EventStatusKey } from './eventStatuses.js';

interface DetailByType {
  VoiceAnalyticsStatus: VoiceAnalyticsStatusDetail;
  SpeakerSearchStatus: SpeakerSearchStatusDetail;
  VoiceToneAnalysisStatus: VoiceToneAnalysisStatusDetail;
}

/** The detail shapes of one status, on either path; `detailStatus` may be left out, the builder's name says it. */
type DetailOf<K extends EventStatusKey, D = DetailByType[DetailTypeOf<K>]> = D extends { detailStatus: infer S }
  ? DetailStatusOf<K> extends S
    ? Omit<D, 'detailStatus'> & { readonly detailStatus?: DetailStatusOf<K> }
    : never
  : never;

/** The EventBridge envelope around the detail. Only what the schema requires is sent unless you add more. */
export interface EventEnvelope {
  readonly version: '0';
  readonly id: string;
  readonly source: 'aws.chime';
  readonly account: string;
  readonly time: string;
  readonly region: string;
  readonly resources?: readonly string[];
  readonly 'service-type'?: 'VoiceAnalytics';
}

/**
 * One event interaction: an example of what your handler receives. Give the detail (the envelope gets fixed
 * defaults, `envelope` overrides them) or a whole captured event. Every member you give becomes part of the
 * contract, matched by its schema's rule rather than its value, so leave out what your code does not read.
 */
export type EventSpec<K extends EventStatusKey> = { readonly description?: string } & (
  { readonly detail: DetailOf<K>; readonly envelope?: Partial<EventEnvelope> } | { readonly event: EventEnvelope & { readonly 'detail-type': DetailTypeOf<K>; readonly detail: DetailOf<K> } }
);
