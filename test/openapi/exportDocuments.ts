import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceName } from '../../src/contract/operation.js';
import { openApiDocument } from '../../src/openapi/openApiDocument.js';
import { fileTempDir } from '../support/tempDir.js';

export const services: readonly ServiceName[] = ['media-pipelines', 'voice'];

/** Both documents written where the tools read them (Redocly, Prism take a file), as `chime-conformance openapi --out` writes them. */
export function exportDocuments(): Record<ServiceName, string> {
  const dir = fileTempDir('chime-openapi-');
  const files = {} as Record<ServiceName, string>;
  for (const service of services) {
    files[service] = join(dir, `${service}.openapi.json`);
    writeFileSync(files[service], JSON.stringify(openApiDocument(service), null, 2) + '\n');
  }
  return files;
}
