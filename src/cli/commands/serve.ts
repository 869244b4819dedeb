import { parseArgs } from 'node:util';
import { operations } from '../../contract/catalog.js';
import { startServer } from '../../emulator/http/startServer.js';
import { authModes, type AuthMode } from '../../shared/credentials.js';
import { logLine } from '../../emulator/logLine.js';
import { UsageError, type Command } from '../command.js';
import { parseFaults } from './parseFaults.js';
import { port } from './portOption.js';
import { deliverEvents } from '../../emulator/http/eventDelivery.js';
import { eventsUrls, serveEmulation, serveEmulationOptions } from './serveEmulation.js';
import { serveLimitDefaults, serveLimits } from './serveLimits.js';

/** Strict mode accepts the AWS documentation example key pair, and the caller's own when the environment has one. */
function credentialsFromEnv() {
  const accessKeyId = process.env['AWS_ACCESS_KEY_ID'];
  const secretAccessKey = process.env['AWS_SECRET_ACCESS_KEY'];
  return accessKeyId && secretAccessKey ? { credentials: [{ accessKeyId, secretAccessKey }] } : {};
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'run the reference emulator of both services over HTTP',
  help: [
    'Usage: chime-conformance serve [--port 4566] [--host 127.0.0.1] [--auth off|lenient|strict]',
    '                               [--strict-resources] [--faults SPEC] [--max-body-bytes N] [--quiet]',
    '                               [--max-connections 512] [--request-timeout 30] [--drain-timeout 10]',
    '                               [--clock system|manual] [--timings real|fast] [--no-control-plane]',
    '                               [--events-url URL]…',
    '',
    `Serves Chime SDK Media Pipelines and Chime SDK Voice (all ${operations.length} voice analytics operations) on one port.`,
    'Logs one line per request (no bodies, so no secrets). SIGTERM or Ctrl-C drains requests in flight',
    '(cutting what is left after --drain-timeout), then exits 0. Uploads hold at most --max-connections ×',
    '--max-body-bytes of memory (512 MiB by default).',
    '',
    '  --auth             SigV4: off (default), lenient (accept all), strict (verify every signature against',
    '                     AKIDEXAMPLE and, if set, AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY)',
    '  --strict-resources pipelines, Voice Connectors and calls must be created first (see README, "State API")',
    '  --faults           e.g. throttle=0.1,unavailable=0.05,latency=20,ops=voice.StartSpeakerSearchTask,seed=7',
    '  --max-connections  open connections at most; more are closed as they arrive',
    '  --request-timeout  seconds to receive a whole request, headers and body; then 408 and the connection closed',
    '  --drain-timeout    seconds SIGTERM waits for requests in flight; then their connections are cut',
    '  --clock            system (default): the machine clock, plus what POST /_chime/clock/advance added;',
    '                     manual: time stands still until advanced, so statuses move only when a test says',
    '  --timings          real (default): a speaker search takes 3.5 s; fast: every status lasts 15 ms, a search 0.4 s',
    '  --no-control-plane answer no /_chime/ path (they are unknown operations then)',
    '  --events-url       POST each voice analytics event (EventBridge JSON) there, in order, retried with backoff;',
    '                     repeatable. Tests that poll instead: GET /_chime/events?after=N (README, "Events")',
    '',
    'Control plane (JSON, on the same port, whatever --auth says; README, "Control plane"):',
    '  curl -X POST localhost:4566/_chime/calls -d \'{"voiceConnectorId":"abcdef1234567890abcde","transactionId":"tx-1"}\'',
    '  curl -X POST localhost:4566/_chime/clock/advance -d \'{"ms":86400000}\'',
    '  curl localhost:4566/_chime/state      (an unknown /_chime/ path answers 404 with every path listed)',
    '',
    'Point clients at it:',
    '  aws chime-sdk-voice list-voice-profile-domains --endpoint-url http://127.0.0.1:4566',
    "  new ChimeSDKVoiceClient({ endpoint: 'http://127.0.0.1:4566', region: 'us-east-1' })",
  ].join('\n'),
  async run(args, io) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        port: { type: 'string', default: '4566' },
        host: { type: 'string', default: '127.0.0.1' },
        auth: { type: 'string', default: 'off' },
        'strict-resources': { type: 'boolean', default: false },
        faults: { type: 'string' },
        'max-body-bytes': { type: 'string', default: String(1024 * 1024) },
        quiet: { type: 'boolean', default: false },
        'max-connections': { type: 'string', default: serveLimitDefaults['max-connections'] },
        'request-timeout': { type: 'string', default: serveLimitDefaults['request-timeout'] },
        'drain-timeout': { type: 'string', default: serveLimitDefaults['drain-timeout'] },
        ...serveEmulationOptions,
      },
    });
    if (!authModes.includes(values.auth as AuthMode)) throw new UsageError(`--auth ${values.auth} is not a mode`, 'use off, lenient or strict');
    const faults = parseFaults(values.faults);
    const maxBodyBytes = Number(values['max-body-bytes']);
    if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 1) throw new UsageError(`--max-body-bytes ${values['max-body-bytes']} is not a positive whole number`, 'e.g. 1048576');
    const limits = serveLimits(values);
    const emulation = serveEmulation(values);
    const targets = eventsUrls(values['events-url']);
    let cut = 0;
    const server = await startServer({
      ...limits,
      ...emulation,
      onDrainCut: (n) => (cut = n),
      port: port(values.port),
      host: values.host,
      auth: values.auth as AuthMode,
      ...credentialsFromEnv(),
      strictResources: values['strict-resources'],
      faults,
      maxBodyBytes,
      ...(values.quiet ? {} : { onExchange: (e) => io.out(logLine(e)) }),
    }).catch((e: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot listen on ${values.host}:${values.port} (${e.code ?? e.message})`, 'pick another --port or stop what uses it');
    });
    const delivery = targets.length > 0 ? deliverEvents(server.core, targets, (line) => io.out(line)) : undefined;
    const control = emulation.controlPlane ? 'control plane on /_chime/' : 'no control plane';
    io.out(
      `chime-conformance emulator listening on ${server.url} (auth ${values.auth}, ${values['strict-resources'] ? 'strict' : 'open'} resources, ${emulation.clock} clock, ${emulation.timings} timings, ${control})`,
    );
    await new Promise<void>((resolve) => {
      const drain = () => {
        io.out('draining requests in flight, then stopping');
        // After the drain: requests still in flight may cause events that are worth sending.
        void server.close().then(() => {
          delivery?.stop();
          resolve();
        });
      };
      process.once('SIGTERM', drain);
      process.once('SIGINT', drain);
    });
    io.out(cut > 0 ? `stopped, after cutting ${cut} connection(s) still open at the --drain-timeout of ${values['drain-timeout']} s` : 'stopped');
    return 0;
  },
};
