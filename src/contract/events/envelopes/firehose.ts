import type { Envelope } from './envelope.js';
import { base64JsonAt, eachOf, firstOf, memberOf } from './payloads.js';
import { snsNotification } from './sns.js';

/**
 * Firehose records as a transformation Lambda receives them: lower-case `records`, each with a `recordId` and
 * the base64 of what was put. An SNS topic's Firehose subscription puts the whole notification, hence `carries`.
 */
export const firehoseRecords: Envelope = {
  name: 'Firehose (Lambda)',
  matches: (value) => memberOf(firstOf(value, 'records'), 'recordId') !== undefined,
  unwrap: (value) => eachOf(value, 'records', (record, place) => base64JsonAt(`${place}.data`, memberOf(record, 'data'))),
  carries: [snsNotification],
};
