import { parseArgs } from 'node:util';
import { violationLine } from '../../parity/check/violation.js';
import { startProxy } from '../../parity/proxy/startProxy.js';
import { proxyTally } from '../../parity/proxy/proxyTally.js';
import { UsageError, type Command } from '../command.js';
import { answerLimitFlags, answerLimitOptions } from './answerLimitOptions.js';
import { proxyCredentials } from './proxyCredentials.js';
import { proxyUpstream } from './proxyUpstream.js';
import { openRecording, type Recording } from './proxyRecording.js';
import { regionOption } from './regionOption.js';
import { port } from './portOption.js';

const help = [
  'Usage: chime-conformance proxy --upstream URL|aws [--region R] [--profile NAME] [--port 4567] [--host 127.0.0.1]',
  '                               [--record FILE.har] [--json] [--request-timeout SECONDS] [--max-answer-bytes N]',
  '',
  'A proxy for both services on one port, in front of any implementation (--upstream URL) or of the real service',
  '(--upstream aws: the regional hosts the AWS SDK resolves for --region). Point a client at it with any',
  "credentials. Each request is forwarded as it came, invalid ones too, signed anew with the proxy's own",
  "credentials; the upstream's answer goes back to the client byte for byte. Nothing relayed is changed.",
  '',
  'Both directions are checked against the contract as they pass: one line per violation (operation,',
  'direction, rule, member, message; NDJSON with --json), and a summary when the proxy stops (Ctrl-C or',
  'SIGTERM): exit 0 when every exchange conformed, 1 when any did not (a CI job can wrap its tests in it).',
  'Violations of the real service are findings about the contract: see docs/parity.md.',
  '',
  '  --record FILE   every exchange as HAR 1.2, redacted (Authorization, security tokens, ClientRequestToken,',
  "                  KMS key ARNs, VoiceProfileDomainArn and the model's sensitive members masked with stable",
  '                  placeholders). The file is a complete HAR after each exchange. Replay it with',
  '                  `chime-conformance replay FILE`.',
  '  --request-timeout, --max-answer-bytes   as verify has them (10 s, 8 MiB): an upstream that stalls gets the',
  '                  client a 504 with a message, never a hang.',
  '',
  "Credentials: for aws, the AWS SDK's default chain (environment with AWS_SESSION_TOKEN, shared files, SSO,",
  "roles) or --profile; for a URL, the environment's or --profile's if any, else the example pair our",
  'emulator accepts.',
  '',
  'Examples:',
  '  chime-conformance proxy --upstream aws --region us-east-1 --profile my-sso --record real.har',
  '  aws chime-sdk-voice list-voice-profile-domains --endpoint-url http://127.0.0.1:4567',
  '  chime-conformance proxy --upstream http://127.0.0.1:4566 --port 4567',
].join('\n');

export const proxyCommand: Command = {
  name: 'proxy',
  summary: 'relay traffic to an implementation or the real service, check it against the contract, record it as HAR',
  help,
  async run(args, io) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        upstream: { type: 'string' },
        region: { type: 'string' },
        profile: { type: 'string' },
        port: { type: 'string', default: '4567' },
        host: { type: 'string', default: '127.0.0.1' },
        record: { type: 'string' },
        json: { type: 'boolean', default: false },
        ...answerLimitFlags,
      },
    });
    if (values.upstream === undefined) throw new UsageError('proxy needs --upstream', 'e.g. --upstream http://127.0.0.1:4566, or --upstream aws --region us-east-1');
    const region = regionOption(values.region);
    const upstream = proxyUpstream(values.upstream, region);
    const limits = answerLimitOptions(values);
    const credentials = await proxyCredentials(upstream.aws, values.profile);
    const recording: Recording | undefined = values.record === undefined ? undefined : await openRecording(values.record, upstream.shown);
    const tally = proxyTally();
    const proxy = await startProxy({
      upstream: upstream.endpoints,
      region,
      credentials: credentials.provider,
      limits,
      port: port(values.port),
      host: values.host,
      onExchange: async (exchange, violations) => {
        tally.exchange(violations);
        for (const v of violations) io.out(values.json ? JSON.stringify(v) : `violation  ${violationLine(v)}`);
        await recording?.record(exchange);
      },
      onTrouble: (line) => (tally.trouble(), io.err(`proxy: ${line}`)),
    }).catch((e: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot listen on ${values.host}:${values.port} (${e.code ?? e.message})`, 'pick another --port or stop what uses it');
    });
    io.err(`chime-conformance proxy listening on ${proxy.url} → ${upstream.shown} (signing for ${region} as ${credentials.shown}${recording ? `; recording to ${values.record}` : ''})`);
    await new Promise<void>((resolve) => {
      const stop = () => void proxy.close().then(resolve);
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    });
    await recording?.close();
    for (const line of tally.lines()) io.err(line);
    if (recording) io.err(`recorded ${recording.count} exchange(s) to ${values.record}`);
    return tally.clean() ? 0 : 1;
  },
};
