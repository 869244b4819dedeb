import { parseArgs } from 'node:util';
import { getOperation, operations } from '../../contract/catalog.js';
import { validateRequest, validateResponse } from '../../contract/validate.js';
import { parseJson } from '../../shared/parseJson.js';
import { UsageError, type CliIo, type Command } from '../command.js';
import { unknownNames } from '../unknownName.js';
import { validateEvents } from './validateEvents.js';
import { validateHar } from './validateHar.js';

async function readJson(source: string, io: CliIo): Promise<unknown> {
  const text =
    source === '-'
      ? await io.readStdin()
      : await io.readFile(source).catch(() => {
          throw new UsageError(`cannot read ${source}`, 'give a path to a JSON file, or - to read standard input');
        });
  const parsed = parseJson(text);
  if (!parsed.ok) throw new UsageError(`${source === '-' ? 'standard input' : source} is not JSON: ${parsed.message}`, 'check the JSON syntax');
  return parsed.value;
}

export const validateCommand: Command = {
  name: 'validate',
  help: [
    'Usage: chime-conformance validate <operation-id> [--response] [--json] <file.json | ->',
    '       chime-conformance validate --event <file | -> [--json]',
    '       chime-conformance validate --har <recording.har> [--json]',
    '',
    'Checks a request, written as the AWS SDK input (labels and query members included), or with',
    '--response a success response body as sent on the wire. Exit 0 when it conforms, 1 when not.',
    '',
    'With --event, checks voice analytics events (SpeakerSearchStatus, VoiceToneAnalysisStatus,',
    'VoiceAnalyticsStatus, as EventBridge delivers them): one JSON event, or NDJSON with one event per',
    'line, each invalid line reported with its number. Exit 1 when any event does not conform.',
    'Events in the envelopes deployments receive them in are unwrapped, in a file or one per line: SQS',
    '(Lambda Records, aws sqs receive-message), SNS (the notification, Lambda Records, SNS through SQS),',
    'Kinesis (Lambda Records) and Firehose records. A bad event is then named by its place in the',
    'envelope (line 3: Records[1].body: ...) and the summary counts events, not lines.',
    '',
    'With --har, checks every exchange of a recording (HAR 1.2, as proxy --record writes it): the request',
    'against its operation, the answer against its status, schema and error shape. One line per finding',
    '(#exchange operation direction rule member message). On a recording of the real service these are',
    'findings about the contract, not about a target: docs/contract.md says how one becomes an override.',
    '',
    'Example:',
    `  echo '{"VoiceConnectorId":"abcdef1234567890abcde","TransactionId":"t-1","VoiceProfileDomainId":"d-1","CallLeg":"Bogus"}' \\`,
    '    | chime-conformance validate voice.StartSpeakerSearchTask -',
    '  chime-conformance validate --event captured-events.ndjson',
    '  chime-conformance validate --har real-service.har',
    '  aws sqs receive-message --queue-url "$QUEUE_URL" --max-number-of-messages 10 \\',
    '    | chime-conformance validate --event -',
    '',
    'Run `chime-conformance operations` for the operation ids.',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { response: { type: 'boolean' }, json: { type: 'boolean' }, event: { type: 'string' }, har: { type: 'string' } },
    });
    if (values.har !== undefined) {
      if (positionals.length > 0 || values.response || values.event !== undefined)
        throw new UsageError('--har takes a file and no operation id, --response or --event', 'see chime-conformance validate --help');
      return validateHar(values.har, values.json === true, io);
    }
    if (values.event !== undefined) {
      if (positionals.length > 0 || values.response) throw new UsageError('--event takes a file (or -) and no operation id or --response', 'see chime-conformance validate --help');
      return validateEvents(values.event, values.json === true, io);
    }
    const [id, source] = positionals;
    if (!id || !source) throw new UsageError('validate needs an operation id and a file (or -)', 'see chime-conformance validate --help');
    if (!operations.includes(id)) throw new UsageError(`unknown operation ${unknownNames([id], operations)}`, 'run chime-conformance operations for the ids');
    const data = await readJson(source, io);
    const result = values.response ? validateResponse(id, data) : validateRequest(id, data);
    if (values.json) io.out(JSON.stringify(result, null, 2));
    else if (result.valid) io.out(`ok: ${values.response ? 'response' : 'request'} conforms to ${getOperation(id).id}`);
    else result.issues.forEach((i) => io.out(`${i.rule.padEnd(9)} ${i.path || '/'}  ${i.message}`));
    return result.valid ? 0 : 1;
  },
};
