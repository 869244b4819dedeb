import { toJsonText } from '../schemas/generateSchemas.js';
import { eventSchemaFiles } from './generateEventSchemas.js';
import { generateEventTypes } from './generateEventTypes.js';
import { generateEventValidators } from './generateEventValidators.js';

/**
 * Everything generated for the voice analytics events, as relative path → text: the three schemas, their
 * types and their validators. Needs no AWS model: the events are read from the developer guide (generators/events/).
 */
export async function generateEvents(): Promise<Map<string, string>> {
  const files = eventSchemaFiles();
  return new Map([
    ...files.map(({ path, schema }) => [path, toJsonText(schema)] as const),
    ['src/generated/eventTypes.ts', await generateEventTypes(files)],
    ['src/generated/eventValidators.ts', generateEventValidators(files)],
  ]);
}
