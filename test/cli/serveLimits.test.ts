import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { fakeIo } from '../support/fakeIo.js';

describe('chime-conformance serve: limit flags', () => {
  it.each([
    [['--drain-timeout', '0'], 'chime-conformance serve: --drain-timeout 0 is not a positive number of seconds. Hint: write e.g. --drain-timeout 10 (at most 86400).'],
    [['--drain-timeout', 'soon'], 'chime-conformance serve: --drain-timeout soon is not a positive number of seconds. Hint: write e.g. --drain-timeout 10 (at most 86400).'],
    [['--drain-timeout', ''], 'chime-conformance serve: --drain-timeout  is not a positive number of seconds. Hint: write e.g. --drain-timeout 10 (at most 86400).'],
    [['--request-timeout=-5'], 'chime-conformance serve: --request-timeout -5 is not a positive number of seconds. Hint: write e.g. --request-timeout 30 (at most 86400).'],
    [['--request-timeout', '99999999'], 'chime-conformance serve: --request-timeout 99999999 is not a positive number of seconds. Hint: write e.g. --request-timeout 30 (at most 86400).'],
    [['--max-connections', '0'], 'chime-conformance serve: --max-connections 0 is not a positive whole number. Hint: write e.g. --max-connections 512.'],
    [['--max-connections', '2.5'], 'chime-conformance serve: --max-connections 2.5 is not a positive whole number. Hint: write e.g. --max-connections 512.'],
    [['--faults', 'latency=99999999999'], 'chime-conformance serve: --faults latency=99999999999 is more than 60000 ms. Hint: write milliseconds up to 60000, e.g. latency=20.'],
    [['--faults', 'throttle'], 'chime-conformance serve: --faults throttle has no value. Hint: write e.g. throttle=0.1.'],
  ])('%j exits 2 with one line', async (args, line) => {
    const { io, err } = fakeIo();
    expect(await runCli(['serve', ...args], io)).toBe(2);
    expect(err).toEqual([line]);
  });

  it('--help says what bounds the memory uploads hold', async () => {
    const { io, out } = fakeIo();
    await runCli(['serve', '--help'], io);
    expect(out.join('\n').replace(/\s+/g, ' ')).toMatch(/Uploads hold at most --max-connections × --max-body-bytes of memory/);
  });
});
