import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface BrokerRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/**
 * A stand-in for a Pact Broker's publish API, enough for the official broker client: the HAL index that
 * links `pb:publish-contracts`, and the publish endpoint. It records every request; with `authorization`
 * set, any other Authorization header gets 401, as a real broker answers (with `echoRefused`, a long body
 * that repeats the refused header).
 */
export async function startFakeBroker(authorization?: string, options: { readonly echoRefused?: boolean } = {}) {
  const requests: BrokerRequest[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      res.setHeader('content-type', 'application/hal+json');
      if (authorization !== undefined && req.headers.authorization !== authorization) {
        res.statusCode = 401;
        // A careless broker may echo what it refused, at length: the client prints it, across many pipe chunks.
        const echo = options.echoRefused ? { padding: 'x'.repeat(70_000), got: req.headers.authorization ?? '' } : {};
        res.end(JSON.stringify({ error: 'Authentication required', ...echo }));
      } else if (req.method === 'GET' && req.url === '/') {
        res.end(JSON.stringify({ _links: { 'pb:publish-contracts': { href: `${base}/contracts/publish` } } }));
      } else if (req.method === 'POST' && req.url === '/contracts/publish') {
        const published = JSON.parse(body) as { pacticipantName: string; pacticipantVersionNumber: string };
        res.end(
          JSON.stringify({
            notices: [{ type: 'success', text: `Created ${published.pacticipantName} version ${published.pacticipantVersionNumber}` }],
            _embedded: { pacticipant: { name: published.pacticipantName }, version: { number: published.pacticipantVersionNumber } },
            _links: { 'pb:pacticipant': { href: `${base}/pacticipants/${published.pacticipantName}` } },
          }),
        );
      } else {
        res.statusCode = 404;
        res.end(JSON.stringify({ error: `no ${req.method ?? ''} ${req.url ?? ''}` }));
      }
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, requests, close: () => new Promise<void>((done) => server.close(() => done())) };
}
