import fc from 'fast-check';
import { detailsByType } from './_internals/events/eventDetails.js';
import { account, eventId, eventTime, region } from './_internals/events/eventParts.js';

export type EventDetailType = keyof typeof detailsByType;
export type EventStatus<T extends EventDetailType> = keyof (typeof detailsByType)[T] & string;

/** The detail types that `event` makes. */
export const eventDetailTypes = Object.keys(detailsByType) as EventDetailType[];

/** The statuses that `event` makes of a detail type. */
export const eventStatuses = <T extends EventDetailType>(detailType: T): EventStatus<T>[] => Object.keys(detailsByType[detailType]) as EventStatus<T>[];

/**
 * Valid voice analytics events (schemas/events/) of one detail type, of one status or any: every form the
 * schemas accept (both spellings of the voiceprint status, scores as numbers or strings, both paths), so a
 * handler fuzzed with them meets what the documents allow, not only what the emulator sends.
 */
export function event<T extends EventDetailType>(detailType: T, status?: EventStatus<T>): fc.Arbitrary<Record<string, unknown>> {
  const byStatus = detailsByType[detailType] as Record<string, fc.Arbitrary<Record<string, unknown>>>;
  if (status !== undefined && !byStatus[status]) throw new Error(`chime-conformance: ${detailType} has no status "${status}"; it has ${Object.keys(byStatus).join(', ')}`);
  const detail = status === undefined ? fc.oneof(...Object.values(byStatus)) : (byStatus[status] as fc.Arbitrary<Record<string, unknown>>);
  return fc.record({ id: eventId, account, time: eventTime, region, detail, withServiceType: fc.boolean() }).map(({ withServiceType, ...e }) => ({
    version: '0',
    id: e.id,
    'detail-type': detailType,
    ...(withServiceType ? { 'service-type': 'VoiceAnalytics' } : {}),
    source: 'aws.chime',
    account: e.account,
    time: e.time,
    region: e.region,
    resources: [],
    detail: e.detail,
  }));
}
