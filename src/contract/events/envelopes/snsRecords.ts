import type { Envelope } from './envelope.js';
import { eachOf, firstOf, jsonAt, memberOf } from './payloads.js';

/** SNS notifications as Lambda receives them: SNS spells its record's source `EventSource`, capitalised. */
export const snsRecords: Envelope = {
  name: 'SNS (Lambda)',
  matches: (value) => memberOf(firstOf(value, 'Records'), 'EventSource') === 'aws:sns',
  unwrap: (value) => eachOf(value, 'Records', (record, place) => jsonAt(`${place}.Sns.Message`, memberOf(memberOf(record, 'Sns'), 'Message'))),
};
