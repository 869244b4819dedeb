import fc from 'fast-check';

/** The pieces every event is made of, in the forms the event schemas accept (not only the ones the emulator sends). */

const t0 = Date.parse('2020-01-01T00:00:00Z');
const t1 = Date.parse('2030-01-01T00:00:00Z');

/** A UTC time with no, three or six fraction digits: the forms the guide's examples use. */
export const eventTime = fc.tuple(fc.integer({ min: t0, max: t1 }), fc.constantFrom(0, 3, 6)).map(([ms, digits]) => {
  const iso = new Date(ms).toISOString();
  return digits === 0 ? iso.replace(/\.\d{3}Z$/, 'Z') : digits === 3 ? iso : iso.replace(/Z$/, '000Z');
});

const id = fc.uuid({ version: 4 });
export const eventId = fc.oneof(
  id.map((u) => `Id-${u}`),
  id,
);
export const account = fc.stringMatching(/^[0-9]{12}$/);
export const region = fc.constantFrom('us-east-1', 'us-west-2', 'eu-central-1', 'ap-northeast-1', 'ca-central-1');
export const nonEmpty = fc.string({ minLength: 1, maxLength: 40 });

/** A score in [0, 1]: a number, as the API model has it, or a decimal string, as the event examples write it. */
export const score = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.integer({ min: 0, max: 1000 }).map((n) => (n === 1000 ? '1.0' : `0.${String(n).padStart(3, '0')}`)),
);

/** The call of a Voice Connector path detail; callId is optional except where a status needs it. */
export const voiceConnectorPath = (withCallId: boolean) =>
  fc.record({ voiceConnectorId: fc.stringMatching(/^[a-z0-9]{21}$/), transactionId: fc.uuid(), isCaller: fc.boolean(), ...(withCallId ? { callId: fc.uuid() } : {}) });

export const pipelinePath = fc.tuple(fc.uuid(), region, account, fc.stringMatching(/^[A-Za-z0-9_.-]{1,30}$/), fc.integer({ min: 0, max: 1 })).map(([pipeline, r, a, stream, channelId]) => ({
  mediaInsightsPipelineId: pipeline,
  sourceArn: `arn:aws:chime:${r}:${a}:media-pipeline/${pipeline}`,
  streamArn: `arn:aws:kinesisvideo:${r}:${a}:stream/${stream}/1690000000000`,
  channelId,
}));
