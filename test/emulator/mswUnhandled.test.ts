import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChimeHandlers } from '../../src/msw.js';

const warnings: string[] = [];
const handlers = createChimeHandlers({ baseUrl: 'http://chime.test', onUnhandled: (m) => warnings.push(m) });
const msw = setupServer(...handlers);
beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
afterAll(() => msw.close());

describe('createChimeHandlers', () => {
  it('answers a custom baseUrl as well as the AWS hosts', async () => {
    const res = await fetch('http://chime.test/voice-profile-domains');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ VoiceProfileDomains: [] });
  });

  it('reports a request to a Chime host that no operation answers, with a hint, and answers 404', async () => {
    const res = await fetch('https://voice-chime.eu-central-1.amazonaws.com/voice-profile-domain', { method: 'GET' });
    expect(res.status).toBe(404);
    expect(res.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
    expect(warnings).toEqual([expect.stringMatching(/^\[chime-conformance\] no Chime operation answers GET \/voice-profile-domain\. Check .*chime-conformance operations/)]);
  });

  it('exposes the state API of its core', () => {
    handlers.core.createPipeline('p-1');
    expect(handlers.core.taskCount()).toBe(0);
  });
});
