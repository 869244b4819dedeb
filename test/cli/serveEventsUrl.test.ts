import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { fakeIo } from '../support/fakeIo.js';
import { freePort } from '../support/freePort.js';

describe('serve --events-url refuses, at start and in one line, a target it must not send to', () => {
  it('a URL with a user name or password: never sent, and the password never printed', async () => {
    const { io, out, err } = fakeIo();
    expect(await runCli(['serve', '--port', '0', '--events-url', 'http://alice:hunter2@127.0.0.1:9999/events'], io)).toBe(2);
    expect(err).toEqual([
      expect.stringMatching(/^chime-conformance serve: --events-url http:\/\/…@127\.0\.0\.1:9999\/events carries a user name or password, which events are never sent with\. Hint: /),
    ]);
    expect([...out, ...err].join('\n')).not.toMatch(/hunter2|alice/);
  });

  it.each([['127.0.0.1'], ['localhost']])('the emulator itself, named by %s and its port', async (name) => {
    const port = await freePort();
    const { io, out, err } = fakeIo();
    expect(await runCli(['serve', '--port', String(port), '--no-parent-watch', '--events-url', `http://${name}:${port}/events`], io)).toBe(2);
    expect(err).toEqual([expect.stringMatching(new RegExp(`^chime-conformance serve: --events-url http://${name}:${port}/events is this emulator's own address`))]);
    expect(out.join('\n')).not.toContain('listening');
    // It let the port go again.
    const again = createServer();
    await new Promise<void>((ok, fail) => again.once('error', fail).listen(port, '127.0.0.1', ok));
    await new Promise((r) => again.close(r));
  });
});
