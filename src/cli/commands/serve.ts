import { parseArgs } from 'node:util';
import { startServer } from '../../emulator/http/startServer.js';
import { authModes, type AuthMode } from '../../shared/credentials.js';
import { UsageError, type Command } from '../command.js';
import { parseFaults } from './parseFaults.js';
import { port } from './portOption.js';
import { deliverEvents, shownUrl } from '../../emulator/http/eventDelivery.js';
import { eventsUrls, namesServer, serveEmulation, serveEmulationOptions } from './serveEmulation.js';
import { serveHelp } from './serveHelp.js';
import { serveLimitDefaults, serveLimits } from './serveLimits.js';
import { serveLog } from './serveLog.js';
import { untilStopped } from './untilStopped.js';
import { serveHostWarning } from './serveHostWarning.js';
import { semanticsModes, type Semantics } from '../../emulator/core/semantics/semantics.js';

/** Strict mode accepts the AWS documentation example key pair, and the caller's own when the environment has one. */
function credentialsFromEnv() {
  const accessKeyId = process.env['AWS_ACCESS_KEY_ID'];
  const secretAccessKey = process.env['AWS_SECRET_ACCESS_KEY'];
  return accessKeyId && secretAccessKey ? { credentials: [{ accessKeyId, secretAccessKey }] } : {};
}

export const serveCommand: Command = {
  name: 'serve',
  help: serveHelp,
  async run(args, io) {
    // Read before the server listens: a parent that ends as soon as it reads "listening" is still seen to end.
    const parent = process.ppid;
    const { values } = parseArgs({
      args: [...args],
      options: {
        port: { type: 'string', default: '4566' },
        host: { type: 'string', default: '127.0.0.1' },
        auth: { type: 'string', default: 'off' },
        'strict-resources': { type: 'boolean', default: false },
        semantics: { type: 'string', default: 'documented' },
        'allow-host': { type: 'string', multiple: true },
        faults: { type: 'string' },
        'max-body-bytes': { type: 'string', default: String(1024 * 1024) },
        quiet: { type: 'boolean', default: false },
        log: { type: 'string' },
        'no-parent-watch': { type: 'boolean', default: false },
        'max-connections': { type: 'string', default: serveLimitDefaults['max-connections'] },
        'request-timeout': { type: 'string', default: serveLimitDefaults['request-timeout'] },
        'drain-timeout': { type: 'string', default: serveLimitDefaults['drain-timeout'] },
        ...serveEmulationOptions,
      },
    });
    if (!authModes.includes(values.auth as AuthMode)) throw new UsageError(`--auth ${values.auth} is not a mode`, 'use off, lenient or strict');
    if (!semanticsModes.includes(values.semantics as Semantics)) throw new UsageError(`--semantics ${values.semantics} is not a setting`, 'use documented (the default) or strict');
    const faults = parseFaults(values.faults);
    const maxBodyBytes = Number(values['max-body-bytes']);
    if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 1) throw new UsageError(`--max-body-bytes ${values['max-body-bytes']} is not a positive whole number`, 'e.g. 1048576');
    const limits = serveLimits(values);
    const emulation = serveEmulation(values);
    const targets = eventsUrls(values['events-url']);
    const log = serveLog(values, (line) => io.out(line));
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
      semantics: values.semantics as Semantics,
      allowHosts: values['allow-host'] ?? [],
      faults,
      maxBodyBytes,
      ...(log.onExchange ? { onExchange: log.onExchange } : {}),
    }).catch((e: NodeJS.ErrnoException) => {
      log.stop();
      throw new UsageError(`cannot listen on ${values.host}:${values.port} (${e.code ?? e.message})`, 'pick another --port or stop what uses it');
    });
    const self = targets.find((t) => namesServer(t, values.host, server.port));
    if (self !== undefined) {
      await server.close();
      log.stop();
      throw new UsageError(
        `--events-url ${shownUrl(self)} is this emulator's own address: its events would be POSTed to itself, as unknown operations`,
        'point --events-url at the service that consumes the events',
      );
    }
    const delivery = targets.length > 0 ? deliverEvents(server.core, targets, (line) => io.out(line), { quiet: values.quiet }) : undefined;
    const control = emulation.controlPlane ? 'control plane on /_chime/' : 'no control plane';
    io.out(
      `chime-conformance emulator listening on ${server.url} (auth ${values.auth}, ${values['strict-resources'] ? 'strict' : 'open'} resources, ${values.semantics} semantics, ${emulation.clock} clock, ${emulation.timings} timings, ${control})`,
    );
    const exposed = serveHostWarning(values.host, values.auth, emulation.controlPlane);
    if (exposed) io.out(exposed);
    await untilStopped((line) => io.out(line), values['no-parent-watch'] ? undefined : parent);
    await server.close();
    // After the drain: requests still in flight may cause events that are worth sending, and counts worth a line.
    delivery?.stop();
    log.stop();
    io.out(cut > 0 ? `stopped, after cutting ${cut} connection(s) still open at the --drain-timeout of ${values['drain-timeout']} s` : 'stopped');
    return 0;
  },
};
