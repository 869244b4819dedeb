import type { Envelope } from './envelope.js';
import { base64JsonAt, eachOf, firstOf, memberOf } from './payloads.js';

/** Kinesis Data Streams records as Lambda receives them: the event is base64 in `kinesis.data`. */
export const kinesisRecords: Envelope = {
  name: 'Kinesis (Lambda)',
  matches: (value) => memberOf(firstOf(value, 'Records'), 'eventSource') === 'aws:kinesis',
  unwrap: (value) => eachOf(value, 'Records', (record, place) => base64JsonAt(`${place}.kinesis.data`, memberOf(memberOf(record, 'kinesis'), 'data'))),
};
