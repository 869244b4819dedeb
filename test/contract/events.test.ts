/**
 * The event corpus (test/corpus/events/): valid events of every status on every path the schemas allow,
 * variants the decisions accept, and invalid events that name exactly the issues validateEvent must report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventDetailTypes, validateEvent } from '../../src/index.js';
import { corpusDir } from '../support/corpus.js';
import { repoRoot } from '../support/paths.js';
import { materialize, type EventCase, type EventCorpus } from './eventsCorpus.js';

const dir = join(corpusDir, 'events');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();
const corpora = files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as EventCorpus);
const keys = (issues: readonly { rule: string; path: string }[]) => issues.map((i) => `${i.rule} ${i.path}`).sort();
const named = (c: EventCase) => [`${c.detailType}: ${c.name}`, c] as const;
const cases = corpora.flatMap(materialize);

describe('the event corpus', () => {
  it('has one file per detail type, named after it', () => {
    expect(files).toEqual(eventDetailTypes.map((t) => `${t}.json`));
    expect(corpora.map((c) => c.detailType)).toEqual([...eventDetailTypes]);
  });

  it.each(cases.filter((c) => c.expect === undefined).map(named))('%s conforms', (_, c) => {
    expect(validateEvent(c.event)).toEqual({ valid: true, issues: [] });
  });

  it.each(cases.filter((c) => c.expect !== undefined).map(named))('%s: exactly the issues named', (_, c) => {
    const result = validateEvent(c.event);
    expect(result.valid).toBe(false);
    expect(keys(result.issues)).toEqual(keys(c.expect ?? []));
    for (const i of result.issues) expect(i.message).toMatch(/^Value .* at '[^']+' failed to satisfy constraint: Member must /);
  });
});

interface SchemaFile {
  $defs: Record<string, { properties?: { detailStatus?: { enum?: string[] } } }>;
}

describe('coverage duties read from the schemas', () => {
  it.each(eventDetailTypes)('%s: every detailStatus has a valid event on every path its schema allows', (detailType) => {
    const schema = JSON.parse(readFileSync(join(repoRoot, 'schemas/events', `${detailType}.json`), 'utf8')) as SchemaFile;
    const statuses = schema.$defs[`${detailType}Detail`]?.properties?.detailStatus?.enum ?? [];
    const paths = schema.$defs['PipelinePath'] ? ['pipeline', 'voice-connector'] : ['voice-connector'];
    const valid = cases.filter((c) => c.detailType === detailType && c.expect === undefined && c.path !== undefined);
    const have = new Set(valid.map((c) => `${String((c.event as { detail: { detailStatus: string } }).detail.detailStatus)} ${c.path}`));
    const wanted = statuses.flatMap((s) => paths.map((p) => `${s} ${p}`));
    // The other spelling of a generated voiceprint needs one path only: its rules are the same status's.
    expect(wanted.filter((w) => !have.has(w) && !w.startsWith('VoiceprintGenerationSuccessful '))).toEqual([]);
  });
});

describe('validateEvent outside the three detail types', () => {
  it('names the known detail types when detail-type is unknown or absent', () => {
    const unknown = validateEvent({ 'detail-type': 'Media Insights State Change', detail: {} });
    expect(unknown.issues).toEqual([
      {
        path: '/detail-type',
        rule: 'enum',
        message: `Value "Media Insights State Change" at 'detail-type' failed to satisfy constraint: Member must satisfy enum value set: [SpeakerSearchStatus, VoiceAnalyticsStatus, VoiceToneAnalysisStatus]`,
      },
    ]);
    const absent = validateEvent({ detail: {} });
    expect(absent.issues).toHaveLength(1);
    expect(absent.issues[0]).toMatchObject({ path: '/detail-type', rule: 'required' });
    expect(absent.issues[0]?.message).toMatch(/Known detail types: SpeakerSearchStatus, VoiceAnalyticsStatus, VoiceToneAnalysisStatus$/);
    expect(validateEvent({ 'detail-type': 'toString' }).issues.map((i) => i.rule)).toEqual(['enum']);
  });

  it.each([[null], [[]], ['SpeakerSearchStatus'], [42]])('%j is no event: one type issue at the root', (value) => {
    expect(keys(validateEvent(value).issues)).toEqual(['type ']);
  });
});
