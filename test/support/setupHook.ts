import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EmulatorCore } from '../../src/emulator/core/createCore.js';

/**
 * A user's own setup hook, as another emulator would write one: it speaks verify's setup protocol
 * (schemas/setup/) over HTTP and acts on the emulator's state API, not through its control plane.
 */
function answer(core: EmulatorCore, r: Record<string, unknown>, seen: string[]): [number, unknown] {
  seen.push(String(r['action']));
  if (r['action'] === 'describe') return [200, { protocol: 'chime-conformance-setup/1', clock: core.clock.mode, makes: ['pipeline', 'call'] }];
  if (r['action'] === 'advance') return [200, { now: new Date(core.clock.advance(Number(r['ms']))).toISOString() }];
  if (r['action'] === 'teardown') {
    const calls = (r['made'] as Record<string, string>[]).filter((m) => m['resource'] === 'call');
    for (const c of calls) core.endCall(c['voiceConnectorId'] ?? '', c['transactionId'] ?? '');
    return [200, { ended: calls.length }];
  }
  if (r['resource'] === 'pipeline') {
    // The hook picks its own IDs: verify must use what it answers, not what it suggested.
    const id = `hook-pipeline-${seen.length}`;
    core.createPipeline(id);
    return [201, { resource: 'pipeline', id }];
  }
  const call = core.startCall(String(r['voiceConnectorId']), `hook-call-${seen.length}`);
  return [201, { resource: 'call', voiceConnectorId: call.voiceConnectorId, transactionId: call.transactionId }];
}

export interface SetupHook {
  readonly url: string;
  /** The actions asked for, in order. */
  readonly seen: readonly string[];
  close(): Promise<void>;
}

export async function startSetupHook(core: EmulatorCore): Promise<SetupHook> {
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const [status, json] = answer(core, JSON.parse(body) as Record<string, unknown>, seen);
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/setup`;
  return { url, seen, close: () => new Promise((ok) => server.close(() => ok())) };
}
