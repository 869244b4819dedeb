/**
 * npm run bench:validate: checks per second of validateRequest('media-pipelines.StartSpeakerSearchTask') against a
 * hand-written check of the same rules, measured in the same process. Last line: `RESULT validate ratio=<ours/hand>`.
 */
import { validateRequest } from '../src/index.js';
const ID = 'media-pipelines.StartSpeakerSearchTask';

// The hand-written baseline: what a careful engineer would write without a schema. `u` like the contract's regexes.
const nonBlank = /.*\S.*/u;
const arnPattern = /^arn[\/:\-_.a-zA-Z0-9]+$/u;
const streamArnPattern = /arn:[a-z\d-]+:kinesisvideo:[a-z0-9-]+:[0-9]+:[a-z]+\/[a-zA-Z0-9_.-]+\/[0-9]+/u;
const digits = /^[0-9]+$/u;
const tokenPattern = /[-_a-zA-Z0-9]*/u;

/**
 * Lengths in the AWS models count code points, not UTF-16 units; for…of walks code points. This count is the
 * baseline's largest cost, as ucs2length is ours: a charCodeAt loop runs about twice as fast and halves the ratio.
 */
function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
function str(v: unknown, min: number, max: number, re: RegExp): boolean {
  if (typeof v !== 'string') return false;
  const length = codePoints(v);
  return length >= min && length <= max && re.test(v);
}
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function handWritten(input: unknown): boolean {
  if (!isObject(input)) return false;
  if (!str(input['Identifier'], 0, 1024, nonBlank) || !str(input['VoiceProfileDomainArn'], 1, 1024, arnPattern)) return false;
  // Optional members: restJson1 reads a JSON null as absent, and so does validateRequest.
  const kvs = input['KinesisVideoStreamSourceTaskConfiguration'];
  if (kvs != null) {
    if (!isObject(kvs) || !str(kvs['StreamArn'], 1, 1024, streamArnPattern)) return false;
    const channel = kvs['ChannelId'];
    if (!Number.isInteger(channel) || (channel as number) < 0 || (channel as number) > 1) return false;
    if (kvs['FragmentNumber'] != null && !str(kvs['FragmentNumber'], 1, 128, digits)) return false;
  }
  const token = input['ClientRequestToken'];
  return token == null || str(token, 2, 64, tokenPattern);
}

// The mix: 90 % valid (half with the KVS source; the SDK always fills the token in), 10 % invalid, one rule each.
const guid = (i: number) => `${(0x10000000 + i * 7919).toString(16)}-4b1e-8c2d-9f3a-${(0xa00000000000 + i * 104729).toString(16)}`;
const arn = (i: number, resource: string) => `arn:aws:chime:us-east-1:111122223333:${resource}/${guid(i)}`;
const streamArn = (i: number) => `arn:aws:kinesisvideo:us-east-1:111122223333:stream/call-${i}/1700000000${i % 1000}`;
const valid = (i: number) => ({
  Identifier: i % 3 === 0 ? arn(i, 'media-insights-pipeline') : guid(i),
  VoiceProfileDomainArn: arn(i + 1, 'voice-profile-domain'),
  ClientRequestToken: guid(i + 2),
  ...(i % 2 === 0 && {
    KinesisVideoStreamSourceTaskConfiguration: { StreamArn: streamArn(i), ChannelId: (i / 2) % 2, ...(i % 4 === 0 && { FragmentNumber: `91343852333181${i}` }) },
  }),
});
const breakers: ((i: number) => object)[] = [
  (i) => ({ ...valid(i), Identifier: '   ' }),
  (i) => ({ VoiceProfileDomainArn: valid(i).VoiceProfileDomainArn }),
  (i) => ({ ...valid(i), VoiceProfileDomainArn: 'voice-profile-domain/x' }),
  (i) => ({ ...valid(i), KinesisVideoStreamSourceTaskConfiguration: { StreamArn: streamArn(i), ChannelId: 2 } }),
  (i) => ({ ...valid(i), KinesisVideoStreamSourceTaskConfiguration: { StreamArn: streamArn(i), ChannelId: 0, FragmentNumber: 'x1' } }),
  (i) => ({ ...valid(i), ClientRequestToken: 'x' }),
  (i) => ({ ...valid(i), Identifier: 'p'.repeat(1025) }),
  (i) => ({ ...valid(i), Identifier: 42 }),
];
const inputs: unknown[] = Array.from({ length: 1000 }, (_, i) => (i % 10 === 9 ? breakers[Math.floor(i / 10) % breakers.length]!(i) : valid(i)));

// Both sides must agree on every input, or the comparison measures two different contracts.
for (const [i, input] of inputs.entries()) {
  if (validateRequest(ID, input).valid !== handWritten(input)) {
    console.error(`bench:validate: ours and the hand-written check disagree on input ${i}: ${JSON.stringify(input).slice(0, 200)}`);
    process.exit(1);
  }
}

let sink = 0; // consumed at the end so the JIT cannot drop the checks
const perSecond = (passes: number, start: bigint) => (passes * inputs.length) / (Number(process.hrtime.bigint() - start) / 1e9);

// One loop per side, not one loop taking a callback: a shared call site is optimised around whichever side it saw
// first, which made whole runs fast or slow for one side.
function oursRate(passes: number): number {
  const start = process.hrtime.bigint();
  for (let p = 0; p < passes; p++) for (const input of inputs) if (validateRequest(ID, input).valid) sink++;
  return perSecond(passes, start);
}
function handRate(passes: number): number {
  const start = process.hrtime.bigint();
  for (let p = 0; p < passes; p++) for (const input of inputs) if (handWritten(input)) sink++;
  return perSecond(passes, start);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

for (let i = 0; i < 10; i++) (oursRate(100), handRate(100)); // warm-up: both sides reach optimised code first
const oursRates: number[] = [],
  handRates: number[] = [];
for (let round = 1; round <= 15; round++) {
  // Short rounds, alternating: load from other processes on this machine hits both sides alike; the median drops it.
  oursRates.push(oursRate(150));
  handRates.push(handRate(150));
  console.log(`round ${round}: ours ${oursRates.at(-1)!.toFixed(0)}/s  hand-written ${handRates.at(-1)!.toFixed(0)}/s`);
}
const [o, h, validShare] = [median(oursRates), median(handRates), inputs.filter(handWritten).length / inputs.length];
console.log(`median: ours ${o.toFixed(0)}/s  hand-written ${h.toFixed(0)}/s  (${inputs.length} inputs, ${validShare * 100}% valid, sink ${sink})`);
console.log(`RESULT validate ratio=${(o / h).toFixed(2)}`);
