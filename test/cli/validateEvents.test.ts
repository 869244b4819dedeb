import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { corpusDir } from '../support/corpus.js';
import { fakeIo } from '../support/fakeIo.js';

type Valid = { name: string; event: Record<string, unknown> & { detail: Record<string, unknown> } };
const corpus = JSON.parse(readFileSync(join(corpusDir, 'events', 'VoiceToneAnalysisStatus.json'), 'utf8')) as { valid: Valid[] };
const [success, failure] = corpus.valid;
if (!success || !failure) throw new Error('the voice tone corpus lost its first two events');
const angry = structuredClone(success.event);
(angry.detail['voiceToneAnalysisDetails'] as { currentAverageVoiceTone: Record<string, unknown> }).currentAverageVoiceTone['voiceToneLabel'] = 'angry';

describe('chime-conformance validate --event', () => {
  it('reads one pretty-printed event from a file: exit 0 and the detail type', async () => {
    const { io, out } = fakeIo('', { 'event.json': JSON.stringify(success.event, null, 2) });
    expect(await runCli(['validate', '--event', 'event.json'], io)).toBe(0);
    expect(out).toEqual(['ok: event conforms to VoiceToneAnalysisStatus']);
  });

  it('reads NDJSON from stdin, reports each bad line by number, exits 1', async () => {
    const ndjson = [success.event, angry, failure.event].map((e) => JSON.stringify(e)).join('\n') + '\n{"detail-type":\n';
    const { io, out } = fakeIo(ndjson);
    expect(await runCli(['validate', '--event', '-'], io)).toBe(1);
    expect(out).toEqual([
      `line 2: enum      /detail/voiceToneAnalysisDetails/currentAverageVoiceTone/voiceToneLabel  Value "angry" at 'detail.voiceToneAnalysisDetails.currentAverageVoiceTone.voiceToneLabel' failed to satisfy constraint: Member must satisfy enum value set: [positive, negative, neutral]`,
      'line 4: not JSON: Unexpected end of JSON input',
      '4 events: 2 conform, 2 do not',
    ]);
  });

  it('with --json prints one result per line of a stream, and the result alone for one event', async () => {
    const stream = fakeIo(`${JSON.stringify(angry)}\n${JSON.stringify(failure.event)}\n`);
    expect(await runCli(['validate', '--event', '-', '--json'], stream.io)).toBe(1);
    expect(stream.out.map((l) => JSON.parse(l) as { line: number; valid: boolean })).toMatchObject([
      { line: 1, valid: false },
      { line: 2, valid: true },
    ]);
    const one = fakeIo(JSON.stringify(failure.event));
    expect(await runCli(['validate', '--event', '-', '--json'], one.io)).toBe(0);
    expect(JSON.parse(one.out.join('\n'))).toEqual({ valid: true, issues: [] });
  });

  it.each([
    [['validate', '--event'], /Option '--event <value>' argument missing\. Hint: see chime-conformance validate --help/],
    [['validate', '--event', '-', 'voice.GetVoiceProfile'], /--event takes a file \(or -\) and no operation id or --response\. Hint:/],
    [['validate', '--event', 'missing.ndjson'], /cannot read missing\.ndjson\. Hint: give a path to a JSON or NDJSON file/],
    [['validate', '--event', '-'], /standard input is not JSON: .*Hint: check the JSON syntax, or give one event per line/],
  ])('%j is a usage error: exit 2, one line', async (argv, message) => {
    const { io, err } = fakeIo('{"detail-type":');
    expect(await runCli(argv, io)).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
  });

  it('shows an event example in validate --help', async () => {
    const { io, out } = fakeIo();
    expect(await runCli(['validate', '--help'], io)).toBe(0);
    expect(out.join('\n')).toMatch(/validate --event captured-events\.ndjson/);
  });
});
