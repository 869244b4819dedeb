import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { ServiceName } from '../../contract/operation.js';
import { openApiDocument } from '../../openapi/openApiDocument.js';
import { UsageError, type Command } from '../command.js';
import { didYouMean } from '../didYouMean.js';

const services: readonly ServiceName[] = ['media-pipelines', 'voice'];

export const openapiCommand: Command = {
  name: 'openapi',
  help: [
    'Usage: chime-conformance openapi --service media-pipelines|voice [--out FILE]',
    '',
    'Writes the OpenAPI 3.1 document of the service (JSON) to FILE, or to standard output. It is generated',
    'from schemas/<service>/: every operation with its parameters, body, success and error answers, the',
    'schemas with x-sensitive and x-override kept, SigV4 as the security scheme, and examples that validate.',
    'Servers: the regional endpoint (region variable) and http://127.0.0.1:4566 (chime-conformance serve).',
    '',
    'Examples:',
    '  chime-conformance openapi --service voice --out voice.openapi.json',
    '  npx @stoplight/prism-cli mock voice.openapi.json',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { service: { type: 'string' }, out: { type: 'string' } } });
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`, 'see chime-conformance openapi --help');
    const service = values.service as ServiceName | undefined;
    if (!service) throw new UsageError('openapi needs --service', `e.g. --service ${services.join(' or --service ')}`);
    if (!services.includes(service)) {
      const near = didYouMean(service, services);
      throw new UsageError(`--service ${service} is not one of ${services.join(', ')}${near ? `; ${near}` : ''}`, 'e.g. --service voice');
    }
    const text = JSON.stringify(openApiDocument(service), null, 2);
    if (values.out === undefined) {
      io.out(text);
      return 0;
    }
    try {
      writeFileSync(values.out, text + '\n');
    } catch (e) {
      throw new UsageError(`cannot write ${values.out} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 'check the path');
    }
    io.err(`wrote ${values.out}: OpenAPI 3.1, ${service}`);
    return 0;
  },
};
