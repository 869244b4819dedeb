/**
 * validate --event on events as deployments receive them: corpus events wrapped in the envelopes Lambda, SQS,
 * SNS, Kinesis and Firehose deliver (shapes as AWS documents them; the values are this test's own).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { materialize, type EventCorpus } from '../contract/eventsCorpus.js';
import { corpusDir } from '../support/corpus.js';
import { fakeIo } from '../support/fakeIo.js';

const dir = join(corpusDir, 'events');
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => materialize(JSON.parse(readFileSync(join(dir, f), 'utf8')) as EventCorpus));
const event = (name: string) => cases.find((c) => c.name === name && c.detailType === 'VoiceToneAnalysisStatus')?.event;
const [success, angry, failure] = [event('analysis successful, pipeline'), event('voiceToneLabel angry'), event('analysis failure, pipeline')];
const angryLine = `enum      /detail/voiceToneAnalysisDetails/currentAverageVoiceTone/voiceToneLabel  Value "angry" at 'detail.voiceToneAnalysisDetails.currentAverageVoiceTone.voiceToneLabel' failed to satisfy constraint: Member must satisfy enum value set: [positive, negative, neutral]`;

const region = 'eu-west-2';
const account = '210987654321';
const base64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64');
const notification = (v: unknown) => ({
  Type: 'Notification',
  MessageId: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  TopicArn: `arn:aws:sns:${region}:${account}:voice-analytics`,
  Message: JSON.stringify(v),
  Timestamp: '2026-11-22T10:15:31.002Z',
  SignatureVersion: '1',
  Signature: 'c2lnbmF0dXJl',
  SigningCertURL: `https://sns.${region}.amazonaws.com/SimpleNotificationService-0000.pem`,
  UnsubscribeURL: `https://sns.${region}.amazonaws.com/?Action=Unsubscribe`,
});
const sqsRecord = (v: unknown, i: number) => ({
  messageId: `0e1f2a3b-0000-4000-8000-${String(i).padStart(12, '0')}`,
  receiptHandle: 'AQEB-receipt',
  body: JSON.stringify(v),
  attributes: { ApproximateReceiveCount: '1', SentTimestamp: '1795342531002', SenderId: 'AIDAEXAMPLE', ApproximateFirstReceiveTimestamp: '1795342531010' },
  messageAttributes: {},
  md5OfBody: '0cc175b9c0f1b6a831c399e269772661',
  eventSource: 'aws:sqs',
  eventSourceARN: `arn:aws:sqs:${region}:${account}:voice-analytics`,
  awsRegion: region,
});

/** Each envelope, as a function of the events it carries. */
const envelopes: Record<string, (events: readonly unknown[]) => unknown> = {
  sqs: (events) => ({ Records: events.map(sqsRecord) }),
  receiveMessage: (events) => ({ Messages: events.map((v, i) => ({ MessageId: `m-${i}`, ReceiptHandle: 'AQEB-receipt', MD5OfBody: '0cc175b9c0f1b6a831c399e269772661', Body: JSON.stringify(v) })) }),
  snsLambda: (events) => ({
    Records: events.map((v) => ({ EventSource: 'aws:sns', EventVersion: '1.0', EventSubscriptionArn: `arn:aws:sns:${region}:${account}:voice-analytics:sub-1`, Sns: notification(v) })),
  }),
  snsInSqs: (events) => ({ Records: events.map((v, i) => sqsRecord(notification(v), i)) }),
  kinesis: (events) => ({
    Records: events.map((v, i) => ({
      kinesis: { kinesisSchemaVersion: '1.0', partitionKey: 'task-1', sequenceNumber: `4959${i}`, data: base64(v), approximateArrivalTimestamp: 1795342531.002 },
      eventSource: 'aws:kinesis',
      eventVersion: '1.0',
      eventID: `shardId-000000000000:4959${i}`,
      eventName: 'aws:kinesis:record',
      invokeIdentityArn: `arn:aws:iam::${account}:role/consumer`,
      awsRegion: region,
      eventSourceARN: `arn:aws:kinesis:${region}:${account}:stream/voice-analytics`,
    })),
  }),
  firehose: (events) => ({
    invocationId: 'inv-1',
    deliveryStreamArn: `arn:aws:firehose:${region}:${account}:deliverystream/voice-analytics`,
    region,
    records: events.map((v, i) => ({ recordId: `r-${i}`, approximateArrivalTimestamp: 1795342531002, data: base64(v) })),
  }),
};
const sns = (events: readonly unknown[]) => notification(events[0]);

async function run(input: unknown, ...flags: string[]) {
  const { io, out, err } = fakeIo(typeof input === 'string' ? input : JSON.stringify(input, null, 2));
  return { code: await runCli(['validate', '--event', '-', ...flags], io), out, err };
}

describe('validate --event unwraps envelopes', () => {
  it.each([
    ['sqs', 'Records[1].body'],
    ['receiveMessage', 'Messages[1].Body'],
    ['snsLambda', 'Records[1].Sns.Message'],
    ['snsInSqs', 'Records[1].body.Message'],
    ['kinesis', 'Records[1].kinesis.data'],
    ['firehose', 'records[1].data'],
  ])('%s: the bad event by its place, the summary counts events, exit 1', async (kind, place) => {
    expect(await run(envelopes[kind]?.([success, angry, failure]))).toEqual({ code: 1, out: [`${place}: ${angryLine}`, '3 events: 2 conform, 1 do not'], err: [] });
  });

  it('an SNS notification on its own: Message is the place', async () => {
    expect(await run(sns([angry]))).toEqual({ code: 1, out: [`Message: ${angryLine}`, '1 event: 0 conform, 1 do not'], err: [] });
    expect(await run(sns([success]))).toEqual({ code: 0, out: ['1 event: 1 conform, 0 do not'], err: [] });
  });

  it('a stream of envelopes and bare events: line and place, bad base64 and bad JSON as one bad event each', async () => {
    const kinesis = envelopes['kinesis']?.([success, failure]) as { Records: { kinesis: { data: string } }[] };
    const second = kinesis.Records[1];
    if (second) second.kinesis.data = 'eyJkZXRhaWwtdHlwZSI6';
    const sqs = envelopes['sqs']?.([success, angry]) as { Records: { body: string }[] };
    const stream = [success, sqs, kinesis, envelopes['firehose']?.([failure, success]), { Type: 'Notification', Message: 'not json' }].map((v) => JSON.stringify(v)).join('\n');
    expect(await run(stream)).toEqual({
      code: 1,
      out: [
        `line 2: Records[1].body: ${angryLine}`,
        'line 3: Records[1].kinesis.data is not base64 JSON: Unexpected end of JSON input',
        `line 5: Message is not JSON: Unexpected token 'o', "not json" is not valid JSON`,
        '8 events: 5 conform, 3 do not',
      ],
      err: [],
    });
  });

  it('--json: one line per event with its place, and its line in a stream', async () => {
    const file = await run(envelopes['snsInSqs']?.([angry, success]), '--json');
    expect(file.code).toBe(1);
    expect(file.out.map((l) => JSON.parse(l) as unknown)).toEqual([
      { place: 'Records[0].body.Message', valid: false, issues: [expect.objectContaining({ rule: 'enum', path: '/detail/voiceToneAnalysisDetails/currentAverageVoiceTone/voiceToneLabel' })] },
      { place: 'Records[1].body.Message', valid: true, issues: [] },
    ]);
    const bad = { Records: [{ eventSource: 'aws:kinesis', kinesis: { data: '%%%' } }] };
    const stream = await run(`${JSON.stringify(success)}\n${JSON.stringify(bad)}\n`, '--json');
    expect(stream.out.map((l) => JSON.parse(l) as unknown)).toEqual([
      { line: 1, valid: true, issues: [] },
      {
        line: 2,
        place: 'Records[0].kinesis.data',
        valid: false,
        issues: [],
        error: 'Records[0].kinesis.data is not base64 JSON: characters outside the base64 alphabet, or a length that is no multiple of 4',
      },
    ]);
  });

  it('wrapping any corpus events in any envelope gives each the verdict it has bare', async () => {
    const bareVerdict = async (e: unknown) => JSON.parse((await run(e, '--json')).out.join('\n')) as { valid: boolean; issues: unknown[] };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.values(envelopes), sns), fc.array(fc.constantFrom(...cases), { minLength: 1, maxLength: 4 }), async (wrap, picked) => {
        const events = wrap === sns ? picked.slice(0, 1) : picked;
        const wrapped = (await run(wrap(events.map((c) => c.event)), '--json')).out.map((l) => JSON.parse(l) as { valid: boolean; issues: unknown[] });
        const bare = await Promise.all(events.map((c) => bareVerdict(c.event)));
        expect(wrapped.map(({ valid, issues }) => ({ valid, issues }))).toEqual(bare);
      }),
      { numRuns: 200 },
    );
  });

  it('checks 100,000 SQS records to the end, naming the one bad record', async () => {
    const capture = JSON.stringify(envelopes['sqs']?.(Array.from({ length: 100_000 }, (_, i) => (i === 70_000 ? angry : success))));
    const result = await run(capture);
    expect(result).toEqual({ code: 1, out: [`Records[70000].body: ${angryLine}`, '100000 events: 99999 conform, 1 do not'], err: [] });
  });
});
