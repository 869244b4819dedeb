import { parseArgs } from 'node:util';
import { UsageError, type Command } from '../command.js';
import { answerLimitFlags, answerLimitOptions } from './answerLimitOptions.js';
import { runProxy } from './runProxy.js';

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
  'SIGTERM): exit 1 when an answer broke the contract, or the upstream accepted a request the contract',
  'rejects; 0 otherwise. A request the upstream refused as the contract would is printed but not counted:',
  'a CI job can wrap its tests, negative ones included, in the proxy. Requests with an Origin header (from',
  'a web page) are refused: the proxy signs with your credentials.',
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
    const { upstream, region, profile, port: portText, host, record, json } = values;
    return runProxy({ upstream, region, profile, port: portText, host, record, json, limits: answerLimitOptions(values) }, io);
  },
};
