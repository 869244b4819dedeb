import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Exchange } from '../../../src/parity/exchange.js';
import { openHarRecorder } from '../../../src/parity/har/openHarRecorder.js';
import { readHar } from '../../../src/parity/har/readHar.js';
import { repoRoot } from '../../support/paths.js';
import { harSchemaErrors } from './harSupport.js';
import { fileTempDir } from '../../support/tempDir.js';

const dir = fileTempDir('chime-har-rec-');
const baseUrl = 'http://127.0.0.1:4566';

const exchange = (i: number, bodyLength = 16): Exchange => ({
  startedAt: new Date(Date.UTC(2026, 10, 2, 10, 0, 0, i)).toISOString(),
  durationMs: i,
  request: {
    method: 'POST',
    target: `/voice-connectors/vc-${i}/speaker-search-tasks`,
    headers: [{ name: 'X-N', value: String(i) }],
    body: { text: JSON.stringify({ n: i, pad: String(i % 10).repeat(bodyLength) }) },
  },
  response: { status: 201, headers: [], body: { text: `{"SpeakerSearchTask":{"SpeakerSearchTaskId":"t-${i}"}}` } },
});

const onDisk = (file: string) => {
  const text = readFileSync(file, 'utf8');
  return { text, errors: harSchemaErrors(JSON.parse(text)), exchanges: readHar(text, file) };
};

describe('openHarRecorder', () => {
  it('leaves a complete, valid HAR after opening and after each append, before close', async () => {
    const file = join(dir, 'appends.har');
    const recorder = await openHarRecorder(file, { baseUrl });
    expect(onDisk(file)).toMatchObject({ errors: [], exchanges: [] });
    const creator = (JSON.parse(readFileSync(file, 'utf8')) as { log: { creator: unknown } }).log.creator;
    expect(creator).toEqual({ name: 'chime-conformance', version: (JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')) as { version: string }).version });
    const recorded: Exchange[] = [];
    for (let i = 0; i < 5; i++) {
      recorded.push(exchange(i));
      await recorder.record(exchange(i));
      expect(recorder.count).toBe(i + 1);
      expect(onDisk(file)).toMatchObject({ errors: [], exchanges: recorded });
    }
    await recorder.close();
    await recorder.close();
    await expect(recorder.record(exchange(9))).rejects.toThrow(`chime-conformance: the recording ${file} is closed. Hint: record every exchange before close()`);
  });

  it('appends after what is on disk without writing it again', async () => {
    const file = join(dir, 'append-only.har');
    const recorder = await openHarRecorder(file, { baseUrl });
    await recorder.record(exchange(0));
    // Same length, other bytes: a recorder that rewrote the file on each append would put the old ones back.
    writeFileSync(file, readFileSync(file, 'utf8').replace('"chime-conformance"', '"chime-conformancE"'));
    await recorder.record(exchange(1));
    await recorder.close();
    expect(readFileSync(file, 'utf8')).toContain('"chime-conformancE"');
    expect(onDisk(file).exchanges).toEqual([exchange(0), exchange(1)]);
  });

  it('writes concurrent records one after another, in call order, none interleaved', async () => {
    const file = join(dir, 'concurrent.har');
    const recorder = await openHarRecorder(file, { baseUrl });
    const recorded = Array.from({ length: 40 }, (_, i) => exchange(i, 100_000 + i * 997));
    await Promise.all(recorded.map((e) => recorder.record(e)));
    await recorder.close();
    expect(recorder.count).toBe(40);
    expect(onDisk(file)).toMatchObject({ errors: [], exchanges: recorded });
  });

  it('says which path it cannot write, and what to do', async () => {
    const file = join(dir, 'no-such-folder', 'x.har');
    await expect(openHarRecorder(file, { baseUrl })).rejects.toThrow(
      `chime-conformance: cannot write the recording ${file} (ENOENT). Hint: give a path in a folder that exists and that you may write to`,
    );
  });

  it('a process killed mid-run leaves every entry it finished, in a valid file', async () => {
    const file = join(dir, 'killed.har');
    const child = promisify(execFile)(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'killedRecorder.ts'), file], { cwd: repoRoot });
    await expect(child).rejects.toMatchObject({ signal: 'SIGKILL' });
    const { errors, exchanges } = onDisk(file);
    expect(errors).toEqual([]);
    expect(exchanges.slice(0, 3).map((e) => e.request.target)).toEqual(['/voice-profiles/0', '/voice-profiles/1', '/voice-profiles/2']);
  });
});
