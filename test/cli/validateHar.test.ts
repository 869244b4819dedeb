import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { fakeIo } from '../support/fakeIo.js';
import { repoRoot } from '../support/paths.js';

const fixture = readFileSync(join(repoRoot, 'test/fixtures/parity/voice-analytics.har'), 'utf8');
type Har = { log: { entries: { request: { postData?: { text: string } }; response: { status: number; content: { text?: string } } }[] } };

/** The fixture with one entry changed, as a recording of a service that departs from the contract would be. */
function edited(change: (har: Har) => void): string {
  const har = JSON.parse(fixture) as Har;
  change(har);
  return JSON.stringify(har);
}

const validate = async (text: string, ...flags: string[]) => {
  const { io, out, err } = fakeIo('', { 'rec.har': text });
  return { code: await runCli(['validate', '--har', 'rec.har', ...flags], io), out, err };
};

describe('chime-conformance validate --har', () => {
  it('finds nothing in the checked-in recording, and says the one invalid request was refused as the contract would', async () => {
    expect(await validate(fixture)).toEqual({
      code: 0,
      out: ['23 exchange(s): 23 conform, 0 with findings', "1 request(s) the contract rejects were refused by the upstream too: the client's mistakes, where both agree, not findings"],
      err: [],
    });
  });

  it('names an answer the contract rejects by exchange, operation, direction, rule and member, and exits 1', async () => {
    const text = edited((h) => {
      const answer = h.log.entries[1]?.response.content;
      if (answer?.text) answer.text = answer.text.replace(/"Name":"[^"]*",?/, '');
    });
    const { code, out } = await validate(text);
    expect(code).toBe(1);
    expect(out[0]).toBe("#2 voice.GetVoiceProfileDomain response required /VoiceProfileDomain/Name  Value null at 'VoiceProfileDomain.Name' failed to satisfy constraint: Member must not be null");
    expect(out.at(-2)).toBe('23 exchange(s): 22 conform, 1 with findings (about the contract when the recording is of the real service: docs/contract.md, "Findings from recordings")');
  });

  it('calls a request the upstream accepted, though the contract rejects it, a finding (the contract is the stricter)', async () => {
    const text = edited((h) => {
      const request = h.log.entries[9]?.request.postData;
      if (request) request.text = request.text.replace('"en-US"', '"en-GB"');
    });
    const { code, out } = await validate(text, '--json');
    expect(code).toBe(1);
    expect(out.map((l) => JSON.parse(l) as Record<string, unknown>)).toEqual([
      {
        exchange: 10,
        operation: 'voice.StartVoiceToneAnalysisTask',
        direction: 'request',
        rule: 'enum',
        member: '/LanguageCode',
        message: expect.stringContaining('Member must satisfy enum value set: [en-US]') as unknown,
      },
      { exchange: 10, operation: 'voice.StartVoiceToneAnalysisTask', direction: 'response', rule: 'accepted-invalid', member: '', message: 'answered 201 to a request the contract rejects' },
    ]);
  });

  it('refuses what is not a HAR with one line naming the problem and a hint, exit 2', async () => {
    const { code, err } = await validate(edited((h) => Object.assign(h.log.entries[0]?.response ?? {}, { status: 'ok' })));
    expect(code).toBe(2);
    expect(err).toEqual([
      'chime-conformance validate: rec.har: log.entries[0].response.status must be integer. Hint: correct that member, or record again (chime-conformance proxy, Polly.js and browsers write HAR 1.2).',
    ]);
  });
});
