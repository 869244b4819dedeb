import { findings } from '../../parity/check/findings.js';
import { violationLine } from '../../parity/check/violation.js';
import { proxyTally } from '../../parity/proxy/proxyTally.js';
import { startProxy } from '../../parity/proxy/startProxy.js';
import { serviceOf } from '../../parity/proxy/upstreamOf.js';
import type { AnswerLimits } from '../../verify/reach/answerLimits.js';
import { awsEndpoints, type ResolveEndpoints } from '../../verify/reach/serviceEndpoints.js';
import { safeText } from '../../verify/report/safeText.js';
import { UsageError, type CliIo } from '../command.js';
import { port } from './portOption.js';
import { proxyCredentials } from './proxyCredentials.js';
import { openRecording, type Recording } from './proxyRecording.js';
import { proxyUpstream } from './proxyUpstream.js';
import { regionOption } from './regionOption.js';
import { untilStopped } from './untilStopped.js';
import { isLoopbackHost } from '../../shared/loopback.js';

/** The proxy command line, as parsed: texts as given, checked here. */
export interface ProxyRun {
  readonly upstream: string;
  readonly region: string | undefined;
  readonly profile: string | undefined;
  readonly port: string;
  readonly host: string;
  readonly record: string | undefined;
  readonly json: boolean;
  readonly limits: AnswerLimits;
}

/** What a test replaces: the real service's hosts, and the signal that stops the proxy (Ctrl-C or SIGTERM). */
export interface ProxyDeps {
  readonly resolveEndpoints?: ResolveEndpoints;
  readonly stopped?: Promise<void>;
}

/** `chime-conformance proxy`: listens, relays until stopped, then sums up; exit 1 when a finding was seen. */
export async function runProxy(o: ProxyRun, io: CliIo, deps: ProxyDeps = {}): Promise<number> {
  const region = regionOption(o.region);
  const upstream = proxyUpstream(o.upstream, region, deps.resolveEndpoints ?? awsEndpoints);
  const credentials = await proxyCredentials(upstream.aws, o.profile);
  const hostOf = (e: Parameters<Recording['record']>[0]) => upstream.endpoints[serviceOf(e.request.method, e.request.target)];
  const recording = o.record === undefined ? undefined : await openRecording(o.record, hostOf);
  const tally = proxyTally();
  const proxy = await startProxy({
    upstream: upstream.endpoints,
    region,
    credentials: credentials.provider,
    limits: o.limits,
    port: port(o.port),
    host: o.host,
    onExchange: async (exchange, violations) => {
      tally.exchange(violations, findings(violations, exchange.response.status));
      for (const v of violations) io.out(o.json ? JSON.stringify(v) : safeText(`violation  ${violationLine(v)}`));
      await recording?.record(exchange);
    },
    onTrouble: (line) => (tally.trouble(), io.err(safeText(`proxy: ${line}`))),
  }).catch((e: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot listen on ${o.host}:${o.port} (${e.code ?? e.message})`, 'pick another --port or stop what uses it');
  });
  if (upstream.aws && !isLoopbackHost(o.host)) io.err(`proxy: warning: listening on ${o.host}, not loopback: whoever reaches it gets requests signed with your AWS credentials`);
  io.err(`chime-conformance proxy listening on ${proxy.url} → ${upstream.shown} (signing for ${region} as ${credentials.shown}${recording ? `; recording to ${o.record}` : ''})`);
  // serve's own wait: both signal listeners are taken off again, and the drain is announced.
  await (deps.stopped ?? untilStopped((line) => io.err(line), undefined));
  await proxy.close();
  await recording?.close();
  for (const line of tally.lines()) io.err(line);
  if (recording) io.err(`recorded ${recording.count} exchange(s) to ${o.record}`);
  return tally.clean() ? 0 : 1;
}
