import type { Envelope } from './envelope.js';
import { eachOf, firstOf, jsonAt, memberOf } from './payloads.js';
import { snsNotification } from './sns.js';

/**
 * SQS messages as Lambda receives them from an event source mapping. A queue subscribed to an SNS topic without
 * raw message delivery gets the SNS notification as the body, hence `carries`.
 */
export const sqsRecords: Envelope = {
  name: 'SQS (Lambda)',
  matches: (value) => memberOf(firstOf(value, 'Records'), 'eventSource') === 'aws:sqs',
  unwrap: (value) => eachOf(value, 'Records', (record, place) => jsonAt(`${place}.body`, memberOf(record, 'body'))),
  carries: [snsNotification],
};
