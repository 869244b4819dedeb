import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { brokerSecrets, redactBrokerText } from '../../src/pact/brokerSecrets.js';
import { repoRoot } from '../support/paths.js';

describe('redactBrokerText', () => {
  it('hides the userinfo of any URL in a line, and the secrets given', () => {
    const secrets = brokerSecrets({ PACT_BROKER_TOKEN: 'tok-123' }, 'https://ci:hunter22@broker.example/');
    const line = 'GET https://ci:hunter22@broker.example/pacts x_http://a@b with Bearer tok-123';
    expect(redactBrokerText(line, secrets)).toBe('GET https://***@broker.example/pacts x_http://***@b with Bearer ***');
  });

  // Linear in the line: a broker may echo a refused request in a body of any size, on one line. With the scheme
  // unanchored, a 1 MB word took the pattern hours (every start position scanned to the end of the word). A
  // regular expression cannot be interrupted, so it runs in a process of its own (the build global setup made),
  // given a minute for what takes milliseconds: a hang detector, not a timing.
  it('redacts a 1 MB line with no URL, and one with a URL at its end, in one pass', () => {
    const built = pathToFileURL(resolve(repoRoot, 'dist/src/pact/brokerSecrets.js')).href;
    const script = `const { redactBrokerText } = await import(${JSON.stringify(built)});
const word = 'x'.repeat(1_000_000);
process.stdout.write(String(redactBrokerText(word, []) === word) + ' ' + redactBrokerText(word + ' http://u:p@h/', []).slice(-16));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(run.signal, 'the redaction did not finish: quadratic again?').toBeNull();
    expect(run.stdout).toBe('true xx http://***@h/');
  });
});
