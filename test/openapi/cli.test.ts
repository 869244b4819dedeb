import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { openApiDocument } from '../../src/openapi/openApiDocument.js';
import { fakeIo } from '../support/fakeIo.js';
import { testTempDir } from '../support/tempDir.js';

describe('chime-conformance openapi', () => {
  it('writes the document to --out, and says so on standard error only', async () => {
    const file = join(testTempDir('chime-openapi-cli-'), 'voice.json');
    const { io, out, err } = fakeIo('');
    expect(await runCli(['openapi', '--service', 'voice', '--out', file], io)).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(openApiDocument('voice'));
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain(file);
  });

  it('prints it without --out', async () => {
    const { io, out } = fakeIo('');
    expect(await runCli(['openapi', '--service', 'media-pipelines'], io)).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ openapi: '3.1.0' });
  });

  it.each([
    [['openapi'], /openapi needs --service\. Hint: e\.g\. --service media-pipelines or --service voice\./],
    [['openapi', '--service', 'voise'], /--service voise is not one of media-pipelines, voice; did you mean voice\? Hint/],
    [['openapi', '--service', 'voice', '--out', '/nonexistent-dir/x.json'], /cannot write \/nonexistent-dir\/x\.json \(ENOENT\)\. Hint: check the path\./],
  ])('%j is a one-line usage error, exit 2', async (argv, message) => {
    const { io, err } = fakeIo('');
    expect(await runCli(argv, io)).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
  });
});
