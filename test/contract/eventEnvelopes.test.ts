/**
 * unwrapEvents: the places it names in each envelope, what it says of a payload it cannot read, and how deep it
 * opens. The payloads are small stand-ins (unwrapping never validates); test/cli/validateEventsEnvelopes.test.ts
 * wraps the real corpus events.
 */
import { describe, expect, it } from 'vitest';
import { envelopes } from '../../src/contract/events/envelopes/index.js';
import { unwrapEvents } from '../../src/contract/events/unwrapEvents.js';

const a = { 'detail-type': 'A' };
const b = { 'detail-type': 'B' };
const json = (v: unknown) => JSON.stringify(v);
const base64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64');
const notification = (v: unknown) => ({ Type: 'Notification', MessageId: 'n-1', TopicArn: 'arn:aws:sns:us-east-1:111122223333:events', Message: json(v) });

describe('unwrapEvents', () => {
  it('leaves a bare event (and anything in no envelope) as it is, with no place', () => {
    expect(unwrapEvents(a)).toEqual([{ event: a }]);
    for (const other of [null, 'text', [a], { Records: [] }, { Records: [{ eventSource: 'aws:s3' }] }, { Type: 'SubscriptionConfirmation', Message: 'x' }]) {
      expect(unwrapEvents(other)).toEqual([{ event: other }]);
    }
  });

  const ab = (...places: string[]) => places.map((place, i) => ({ place, event: [a, b][i] }));
  it.each([
    ['SQS (Lambda)', { Records: [a, b].map((e) => ({ eventSource: 'aws:sqs', body: json(e) })) }, ab('Records[0].body', 'Records[1].body')],
    ['SQS (receive-message)', { Messages: [a, b].map((e) => ({ MessageId: 'm', Body: json(e) })) }, ab('Messages[0].Body', 'Messages[1].Body')],
    ['SNS notification', notification(a), ab('Message')],
    ['SNS (Lambda)', { Records: [a, b].map((e) => ({ EventSource: 'aws:sns', Sns: notification(e) })) }, ab('Records[0].Sns.Message', 'Records[1].Sns.Message')],
    ['Kinesis (Lambda)', { Records: [a, b].map((e) => ({ eventSource: 'aws:kinesis', kinesis: { data: base64(e) } })) }, ab('Records[0].kinesis.data', 'Records[1].kinesis.data')],
    ['Firehose (Lambda)', { records: [a, b].map((e, i) => ({ recordId: `r-${i}`, data: base64(e) })) }, ab('records[0].data', 'records[1].data')],
    ['SNS through SQS', { Records: [a, b].map((e) => ({ eventSource: 'aws:sqs', body: json(notification(e)) })) }, ab('Records[0].body.Message', 'Records[1].body.Message')],
    ['SNS through receive-message', { Messages: [{ Body: json(notification(a)) }] }, ab('Messages[0].Body.Message')],
    ['SNS through Firehose', { records: [{ recordId: 'r', data: base64(notification(a)) }] }, ab('records[0].data.Message')],
  ])('%s: each event at its place, in order', (_, envelope, found) => {
    expect(unwrapEvents(envelope)).toEqual(found);
  });

  it('names the place and the reason of a payload it cannot read, and goes on with the others', () => {
    const sqs = { Records: [{ eventSource: 'aws:sqs', body: '{"detail-type":' }, { eventSource: 'aws:sqs', body: 7 }, { eventSource: 'aws:sqs' }, 'junk', { eventSource: 'aws:sqs', body: json(a) }] };
    expect(unwrapEvents(sqs)).toEqual([
      { place: 'Records[0].body', error: 'Records[0].body is not JSON: Unexpected end of JSON input' },
      { place: 'Records[1].body', error: 'Records[1].body is not JSON: a number, not text' },
      { place: 'Records[2].body', error: 'Records[2].body is not JSON: missing' },
      { place: 'Records[3].body', error: 'Records[3].body is not JSON: missing' },
      { place: 'Records[4].body', event: a },
    ]);
  });

  it('says why base64 data is not base64 JSON: alphabet, padding, UTF-8, JSON', () => {
    const kinesis = (...data: unknown[]) => ({ Records: data.map((d) => ({ eventSource: 'aws:kinesis', kinesis: { data: d } })) });
    const notBase64 = 'is not base64 JSON: characters outside the base64 alphabet, or a length that is no multiple of 4';
    expect(
      unwrapEvents(kinesis('not base64!', 'eyJ', Buffer.from([0xff, 0xfe, 0x7b, 0x7d]).toString('base64'), Buffer.from('{"a":').toString('base64'), null)).map((f) => ('error' in f ? f.error : f)),
    ).toEqual([
      `Records[0].kinesis.data ${notBase64}`,
      `Records[1].kinesis.data ${notBase64}`,
      'Records[2].kinesis.data is not base64 JSON: the decoded bytes are not UTF-8',
      'Records[3].kinesis.data is not base64 JSON: Unexpected end of JSON input',
      'Records[4].kinesis.data is not base64 JSON: null',
    ]);
  });

  it('an SNS notification in an SQS body whose Message is broken is one error at the inner place', () => {
    const sqs = { Records: [{ eventSource: 'aws:sqs', body: json({ Type: 'Notification', Message: 'nope' }) }] };
    expect(unwrapEvents(sqs)).toEqual([{ place: 'Records[0].body.Message', error: expect.stringMatching(/^Records\[0\]\.body\.Message is not JSON: Unexpected token/) as unknown }]);
  });

  it('opens at most SNS inside SQS: an envelope found deeper is taken as the event', () => {
    const sqsInSqs = { Records: [{ eventSource: 'aws:sqs', body: json({ Records: [{ eventSource: 'aws:sqs', body: json(a) }] }) }] };
    expect(unwrapEvents(sqsInSqs)).toEqual([{ place: 'Records[0].body', event: { Records: [{ eventSource: 'aws:sqs', body: json(a) }] } }]);
    const snsInSnsInSqs = { Records: [{ eventSource: 'aws:sqs', body: json(notification(notification(a))) }] };
    expect(unwrapEvents(snsInSnsInSqs)).toEqual([{ place: 'Records[0].body.Message', event: notification(a) }]);
    expect(unwrapEvents(notification(notification(a)))).toEqual([{ place: 'Message', event: notification(a) }]);
    expect(envelopes.flatMap((e) => e.carries ?? []).every((inner) => inner.carries === undefined)).toBe(true);
  });

  // Its time is not asserted (timed assertions flake on loaded machines): the run's own timeout bounds it.
  it('reads 100,000 Kinesis records, each at its place', () => {
    const record = { eventSource: 'aws:kinesis', kinesis: { data: base64({ ...a, detail: { taskId: 'x'.repeat(200) } }) } };
    const batch = { Records: Array.from({ length: 100_000 }, () => record) };
    const found = unwrapEvents(batch);
    expect(found).toHaveLength(100_000);
    expect(found[99_999]).toMatchObject({ place: 'Records[99999].kinesis.data' });
  });
});
