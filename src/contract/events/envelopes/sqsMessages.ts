import type { Envelope } from './envelope.js';
import { eachOf, firstOf, jsonAt, memberOf } from './payloads.js';
import { snsNotification } from './sns.js';

/**
 * What `aws sqs receive-message` prints (the ReceiveMessage response): the easiest capture to take from a
 * queue by hand. Its body is spelled `Body`, unlike Lambda's records.
 */
export const sqsMessages: Envelope = {
  name: 'SQS (receive-message)',
  matches: (value) => memberOf(firstOf(value, 'Messages'), 'Body') !== undefined,
  unwrap: (value) => eachOf(value, 'Messages', (message, place) => jsonAt(`${place}.Body`, memberOf(message, 'Body'))),
  carries: [snsNotification],
};
