import type { Envelope } from './envelope.js';
import { firehoseRecords } from './firehose.js';
import { kinesisRecords } from './kinesis.js';
import { snsNotification } from './sns.js';
import { snsRecords } from './snsRecords.js';
import { sqsRecords } from './sqs.js';
import { sqsMessages } from './sqsMessages.js';

export type { Envelope, Unwrapped } from './envelope.js';

/**
 * The envelopes a captured event may arrive in, tried in order. Their marks are disjoint, and none is found on
 * an EventBridge event (which has no Records, records, Messages or Type), so a bare event is never unwrapped.
 */
export const envelopes: readonly Envelope[] = [sqsRecords, sqsMessages, snsNotification, snsRecords, kinesisRecords, firehoseRecords];
