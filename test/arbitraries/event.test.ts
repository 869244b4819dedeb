import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { event, eventDetailTypes, eventStatuses } from '../../src/arbitraries/event.js';
import { validateEvent } from '../../src/contract/validateEvent.js';

const types = eventDetailTypes;

describe('arbitraries.event', () => {
  it.each(types)('every %s it makes validates against schemas/events/', (type) => {
    fc.assert(
      fc.property(event(type), (e) => {
        expect(validateEvent(e), JSON.stringify(e)).toEqual({ valid: true, issues: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('reaches every status of every detail type, both paths and both forms of a score', () => {
    const seen = new Set<string>();
    for (const type of types) {
      for (const e of fc.sample(event(type), { numRuns: 400, seed: 7 })) {
        const d = e['detail'] as Record<string, unknown>;
        seen.add(`${type}/${String(d['detailStatus'])}`);
        seen.add('mediaInsightsPipelineId' in d ? 'pipeline' : 'voice');
        const score = JSON.stringify(d).match(/"(?:positive|confidenceScore)":("?)/)?.[1];
        if (score !== undefined) seen.add(score === '"' ? 'score as text' : 'score as number');
      }
    }
    const statuses = types.flatMap((t) => eventStatuses(t).map((s) => `${t}/${s}`));
    expect([...seen].sort()).toEqual([...statuses, 'pipeline', 'voice', 'score as text', 'score as number'].sort());
  });

  it('makes only the status asked for, and names the statuses when asked for one that does not exist', () => {
    for (const e of fc.sample(event('SpeakerSearchStatus', 'IdentificationSuccessful'), 50)) expect((e['detail'] as { detailStatus: string }).detailStatus).toBe('IdentificationSuccessful');
    expect(() => event('SpeakerSearchStatus', 'Bogus' as never)).toThrow(/has no status "Bogus"; it has IdentificationSuccessful, /);
  });

  it('a handler assuming numeric scores is caught on the first text score', () => {
    const naive = (e: Record<string, unknown>) => {
      const d = e['detail'] as { voiceToneAnalysisDetails?: { currentAverageVoiceTone: { voiceToneScore: { positive: number } } } };
      return d.voiceToneAnalysisDetails?.currentAverageVoiceTone.voiceToneScore.positive.toFixed(2);
    };
    let failure: Error | undefined;
    try {
      fc.assert(
        fc.property(event('VoiceToneAnalysisStatus', 'VoiceToneAnalysisSuccessful'), (e) => void naive(e)),
        { seed: 1 },
      );
    } catch (e) {
      failure = e as Error;
    }
    expect((failure?.cause as Error | undefined)?.message).toMatch(/toFixed is not a function/);
  });
});
