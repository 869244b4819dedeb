import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/emulator/http/startServer.js';

/** Writes `text` on one connection and collects what comes back until `answers` responses have ended. */
function exchange(port: number, text: string, answers: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let got = '';
    socket.on('data', (d: Buffer) => {
      got += d.toString('latin1');
      // Each answer here is chunked or has no body: it ends at the chunked terminator or at its blank line.
      const ends = got
        .split(/HTTP\/1\.1 /)
        .slice(1)
        .filter((a) => (/Transfer-Encoding: chunked/i.test(a) ? a.includes('\r\n0\r\n\r\n') : a.includes('\r\n\r\n')));
      if (ends.length < answers) return;
      resolve(got);
      socket.end();
    });
    socket.on('error', reject);
    socket.write(text);
  });
}

const statuses = (answers: string) => [...answers.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => Number(m[1]));

describe('the server answers bodiless requests at once and still reads every body', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({});
  });
  afterAll(() => server.close());

  it('a start with a chunked body is read whole, then a Get and a Stop without bodies on the same connection', async () => {
    const body = '{"LanguageCode":"en-US"}';
    const start = `POST /media-insights-pipelines/p1/voice-tone-analysis-tasks?operation=start HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n${body.slice(0, 5)}\r\n${(body.length - 5).toString(16)}\r\n${body.slice(5)}\r\n0\r\n\r\n`;
    const first = await exchange(server.port, start, 1);
    expect(statuses(first)).toEqual([201]);
    const id = /"VoiceToneAnalysisTaskId":"([^"]+)"/.exec(first)?.[1] ?? '';
    const get = `GET /media-insights-pipelines/p1/voice-tone-analysis-tasks/${id} HTTP/1.1\r\nHost: x\r\n\r\n`;
    const stop = `POST /media-insights-pipelines/p1/voice-tone-analysis-tasks/${id}?operation=stop HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n`;
    expect(statuses(await exchange(server.port, get + stop + get, 3))).toEqual([200, 204, 200]);
  });

  it('a body sent where none is read (a Get with Content-Length) is drained, and the next request on the connection is answered', async () => {
    const get = (extra: string) => `GET /voice-profile-domains HTTP/1.1\r\nHost: x\r\n${extra}\r\n`;
    expect(statuses(await exchange(server.port, `${get('Content-Length: 5\r\n')}hello${get('')}`, 2))).toEqual([200, 200]);
  });

  it('a start whose body is missing is a 400 naming the member, never a 5xx', async () => {
    const start = 'POST /media-insights-pipelines/p2/voice-tone-analysis-tasks?operation=start HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 0\r\n\r\n';
    const answer = await exchange(server.port, start, 1);
    expect(statuses(answer)).toEqual([400]);
    expect(answer).toMatch(/LanguageCode/);
  });
});
