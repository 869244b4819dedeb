import { readFileSync } from 'node:fs';

export interface PactSummary {
  readonly file: string;
  readonly consumer: string;
  readonly provider: string;
  readonly interactions: number;
}

function problem(file: string, why: string): { readonly file: string; readonly problem: string } {
  return { file, problem: `${file} ${why}` };
}

/** Reads a pact file far enough to refuse, before any broker is contacted, one that is not a V4 pact. */
export function readPactFile(file: string): PactSummary | { readonly file: string; readonly problem: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return problem(file, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'is not JSON');
  }
  const pact = (doc ?? {}) as {
    consumer?: { name?: unknown };
    provider?: { name?: unknown };
    interactions?: unknown;
    metadata?: { pactSpecification?: { version?: unknown } };
  };
  const consumer = pact.consumer?.name;
  const provider = pact.provider?.name;
  if (typeof consumer !== 'string' || typeof provider !== 'string') return problem(file, 'names no consumer or provider');
  if (!Array.isArray(pact.interactions)) return problem(file, 'has no interactions list');
  const version = pact.metadata?.pactSpecification?.version;
  if (typeof version !== 'string' || !version.startsWith('4.')) return problem(file, `is not a Pact V4 file (pactSpecification ${String(version)})`);
  return { file, consumer, provider, interactions: pact.interactions.length };
}
