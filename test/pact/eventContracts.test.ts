/**
 * The canonical event message pact against what the emulator really sends: each message answered by the
 * first event of its status and path from an in-process emulator running that status's scenario. Events
 * changed the way a consumer would notice (scores as numbers, a member gone, one moved) fail verification.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MessageDescriptor, MessageProviders } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { eventMessageProviders } from '../../src/pact/events/eventMessageProviders.js';
import { eventStatuses, pathOf } from '../../src/pact/events/eventStatuses.js';
import { verifyContracts } from '../../src/pact/verifyContracts.js';
import { repoRoot } from '../support/paths.js';

process.env['PACT_DO_NOT_TRACK'] = 'true';
const eventPact = resolve(repoRoot, 'contracts/voice-analytics-app-chime-voice-analytics-events.json');
type Event = { detail: Record<string, unknown> };

/** The emulator's answers, with `change` applied to every event: a provider that drifted from the contract. */
function mutated(change: (e: Event) => void): MessageProviders {
  return Object.fromEntries(
    Object.entries(eventMessageProviders([eventPact])).map(([description, provide]) => [
      description,
      async (m: MessageDescriptor) => {
        const event = structuredClone(await provide(m)) as Event;
        change(event);
        return event;
      },
    ]),
  );
}

// No HTTP interaction is in this pact, so nothing listens at the base URL; Pact only calls the message providers.
const verify = (messageProviders: MessageProviders) => verifyContracts({ providerBaseUrl: 'http://127.0.0.1:9', pactFiles: [eventPact], messageProviders });

const toneDetails = (e: Event) => e.detail['voiceToneAnalysisDetails'] as Record<string, { voiceToneScore: Record<string, unknown> }> | undefined;

describe('the event message pact', () => {
  it('holds every status the builders know, AnalyticsReady on the Voice Connector path and the task statuses on both', () => {
    const pact = JSON.parse(readFileSync(eventPact, 'utf8')) as { interactions: { type: string; contents: { content: Event } }[] };
    const seen = pact.interactions.map((i) => `${String(i.contents.content.detail['detailStatus'])} ${pathOf(i.contents.content.detail)}`);
    const statuses = Object.values(eventStatuses).map((s) => s.detailStatus);
    const expected = statuses.flatMap((s) => (s === 'AnalyticsReady' ? [`${s} Voice Connector`] : [`${s} Voice Connector`, `${s} media insights pipeline`]));
    expect(seen.sort()).toEqual(expected.sort());
    expect(new Set(pact.interactions.map((i) => i.type))).toEqual(new Set(['Asynchronous/Messages']));
  });

  it('verifies against the emulator: every status, on each path, as its scenario really sends it', { timeout: 60_000 }, async () => {
    expect(await verify(eventMessageProviders([eventPact]))).toEqual({ ok: true });
  });

  it.each<[string, (e: Event) => void, RegExp]>([
    [
      'scores as numbers',
      (e) => {
        const tone = toneDetails(e)?.['currentAverageVoiceTone'];
        if (tone) tone.voiceToneScore = Object.fromEntries(Object.entries(tone.voiceToneScore).map(([k, v]) => [k, Number(v)]));
      },
      /voiceToneScore\.(positive|negative|neutral).*Expected .*\(Decimal\) to be the same type/s,
    ],
    ['no taskId', (e) => void delete e.detail['taskId'], /missing the following keys: taskId/],
    [
      'the fragment number inside voiceToneAnalysisDetails, not beside it',
      (e) => {
        const details = toneDetails(e) as Record<string, unknown> | undefined;
        if (!details || !('startFragmentNumber' in e.detail)) return;
        details['startFragmentNumber'] = e.detail['startFragmentNumber'];
        delete e.detail['startFragmentNumber'];
      },
      /missing the following keys: startFragmentNumber/,
    ],
    [
      'a confidence score above 1',
      (e) => {
        const results = (e.detail['speakerSearchDetails'] as { results: { confidenceScore: string }[] } | undefined)?.results;
        for (const r of results ?? []) r.confidenceScore = '1.5';
      },
      /confidenceScore.*Expected '1\.5' to match/s,
    ],
  ])('fails against a provider that sends %s', { timeout: 60_000 }, async (_, change, why) => {
    const result = await verify(mutated(change));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(why);
  });
});
