import { catalog } from '../../contract/catalog.js';
import type { Command } from '../command.js';

function line(op: (typeof catalog)[number]): string {
  const query = new URLSearchParams(op.http.query).toString();
  const path = query ? `${op.http.path}?${query}` : op.http.path;
  return `${op.id.padEnd(44)} ${op.http.method.padEnd(6)} ${path}  → ${op.http.status}`;
}

export const operationsCommand: Command = {
  name: 'operations',
  help: [
    'Usage: chime-conformance operations [--json]',
    '',
    'Lists every operation id with its method, path template, literal query and success status.',
    '  --json   print the catalog as JSON (id, service, http, bindings, errors)',
  ].join('\n'),
  async run(args, io) {
    if (args.includes('--json')) {
      const rows = catalog.map(({ id, service, name, http, bindings, errors }) => ({ id, service, name, http, bindings, errors }));
      io.out(JSON.stringify(rows, null, 2));
    } else catalog.forEach((op) => io.out(line(op)));
    return 0;
  },
};
