import { createRequire } from 'node:module';

/** This package's version, for reports: read through its own name, so from src/ and from dist/ alike. */
export function packageVersion(): string {
  try {
    return (createRequire(import.meta.url)('chime-conformance/package.json') as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
