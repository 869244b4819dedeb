/**
 * The event builders as a consumer uses them: each records a message its handler receives, with matchers
 * from the event schemas; an example AWS would never send is refused when the message is built.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PactV4 } from '@pact-foundation/pact';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalEvents } from '../../generators/contracts/eventInteractions.js';
import { validateEvent } from '../../src/contract/validateEvent.js';
import { chimePact, ContractExampleError } from '../../src/pact/chimePact.js';
import type { EventInteraction } from '../../src/pact/events/eventBuilders.js';
import type { EventSpec } from '../../src/pact/events/eventSpec.js';
import { eventStatuses, type EventStatusKey } from '../../src/pact/events/eventStatuses.js';

process.env['PACT_DO_NOT_TRACK'] = 'true';
const dir = mkdtempSync(join(tmpdir(), 'event-pact-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pactFor = (consumer: string) => new PactV4({ consumer, provider: 'chime-voice-analytics-events', dir, logLevel: 'error' });

type Rules = Record<string, { matchers: { match: string; regex?: string }[] }>;
const readPact = (consumer: string) =>
  JSON.parse(readFileSync(join(dir, `${consumer}-chime-voice-analytics-events.json`), 'utf8')) as { interactions: { type: string; description: string; matchingRules: { body: Rules } }[] };

const vc = { voiceConnectorId: 'abcdef1234567890abcde', transactionId: 'tx-1', callId: 'call-1', isCaller: true };
const score = { positive: '0.2', negative: '0.1', neutral: '0.7' };
const tone = { startTime: '2026-11-22T10:00:00Z', endTime: '2026-11-22T10:00:05Z', voiceToneLabel: 'neutral', voiceToneScore: score } as const;

/** A consumer test: the builder records the message, and the handler gets the example Pact reifies. */
function consume<K extends EventStatusKey>(pact: PactV4, key: K, spec: EventSpec<K>) {
  const build: (s: EventSpec<K>) => EventInteraction = chimePact(pact).events[key];
  return build(spec).executeTest(async (m) => m.contents.content as { detail: { detailStatus: string } });
}

describe('chimePact(pact).events builders', () => {
  const keys = Object.keys(eventStatuses) as EventStatusKey[];
  it.each(keys)('%s records a message whose handler gets a valid event of that status', async (key) => {
    const consumer = `app-${key}`;
    const { spec } = canonicalEvents.find((e) => e.key === key) ?? {};
    const received = await consume(pactFor(consumer), key, spec as EventSpec<typeof key>);
    expect(validateEvent(received)).toMatchObject({ valid: true });
    expect(received?.detail.detailStatus).toBe(eventStatuses[key].detailStatus);
    const [message] = readPact(consumer).interactions;
    expect(message?.type).toBe('Asynchronous/Messages');
    const rules = message?.matchingRules.body ?? {};
    // Status, type and source are what the consumer dispatches on: equality, no matcher.
    for (const exact of ['$.detail.detailStatus', '$.detail-type', '$.source', '$.version']) expect(rules[exact]).toBeUndefined();
    expect(rules['$.time']?.matchers.map((m) => m.match)).toEqual(['type', 'regex']);
    expect(rules['$.detail.taskId'] ?? rules['$.detail.callId']).toBeDefined();
  });

  it('say "a decimal string of this shape" for scores, so a number does not pass', async () => {
    const consumer = 'app-scores';
    await chimePact(pactFor(consumer))
      .events.voiceToneAnalysisSuccessful({
        description: 'a tone result',
        detail: { ...vc, taskId: 't-1', voiceToneAnalysisDetails: { currentAverageVoiceTone: tone, overallAverageVoiceTone: tone } },
      })
      .executeTest(async () => undefined);
    const rules = readPact(consumer).interactions[0]?.matchingRules.body ?? {};
    expect(rules['$.detail.voiceToneAnalysisDetails.currentAverageVoiceTone.voiceToneScore.positive']?.matchers).toEqual([{ match: 'type' }, { match: 'regex', regex: '^(0(\\.[0-9]+)?|1(\\.0+)?)$' }]);
    expect(rules['$.detail.voiceToneAnalysisDetails.currentAverageVoiceTone.voiceToneLabel']?.matchers[1]?.regex).toBe('^(?:positive|negative|neutral)$');
    expect(rules['$.detail.isCaller']?.matchers).toEqual([{ match: 'type' }]);
  });

  it('refuse an example that breaks the event schema, naming the rule, or that has another status', () => {
    const events = chimePact(pactFor('app-bad')).events;
    const numbers = () =>
      events.voiceToneAnalysisSuccessful({
        detail: { ...vc, taskId: 't-1', voiceToneAnalysisDetails: { currentAverageVoiceTone: { ...tone, voiceToneScore: { ...score, neutral: 1.7 } }, overallAverageVoiceTone: tone } },
      });
    expect(numbers).toThrow(ContractExampleError);
    expect(numbers).toThrow(
      /event example of events\.voiceToneAnalysisSuccessful breaks the contract: Value 1\.7 at 'detail\.voiceToneAnalysisDetails\.currentAverageVoiceTone\.voiceToneScore\.neutral'.*\(rule: maximum\).*schemas\/events\/VoiceToneAnalysisStatus\.json/,
    );
    // @ts-expect-error: a speaker search result needs its taskId, and the types say so before the schema does
    expect(() => events.identificationFailure({ detail: { ...vc } })).toThrow(/detail\.taskId.*\(rule: required\)/);
    const completed = {
      version: '0',
      id: 'e-1',
      'detail-type': 'VoiceToneAnalysisStatus',
      source: 'aws.chime',
      account: '111122223333',
      time: '2026-11-22T10:00:00Z',
      region: 'us-east-1',
      detail: { ...vc, taskId: 't-1', detailStatus: 'VoiceToneAnalysisCompleted' },
    } as const;
    // @ts-expect-error: a Completed event is no Failure; the types refuse it, and so does the builder at run time
    expect(() => events.voiceToneAnalysisFailure({ event: completed })).toThrow(/is a VoiceToneAnalysisStatus VoiceToneAnalysisCompleted event; events\.voiceToneAnalysisFailure builds/);
    // @ts-expect-error: a misspelt status is no builder
    expect(events.identificationSucessful).toBeUndefined();
  });
});
