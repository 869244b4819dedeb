import type { Envelope } from './envelope.js';
import { jsonAt, memberOf } from './payloads.js';

/**
 * An SNS notification as SNS writes it: posted to an HTTP subscriber, or the body of an SQS message when the
 * subscription has no raw message delivery. The event is the JSON text of its Message.
 */
export const snsNotification: Envelope = {
  name: 'SNS notification',
  matches: (value) => memberOf(value, 'Type') === 'Notification' && memberOf(value, 'Message') !== undefined,
  unwrap: (value) => [jsonAt('Message', memberOf(value, 'Message'))],
};
