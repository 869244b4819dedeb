import type { Exchange } from '../../../src/parity/exchange.js';
import { harEntry } from '../../../src/parity/har/harEntry.js';
import { redactor } from '../../../src/parity/har/redactor.js';

/** Exchanges as the HAR file proxy --record writes: redacted, one entry each, in order. */
export function harText(exchanges: readonly Exchange[], baseUrl = 'https://voice-chime.us-east-1.amazonaws.com'): string {
  const redact = redactor();
  const entries = exchanges.map((e) => harEntry(redact(e), baseUrl));
  return JSON.stringify({ log: { version: '1.2', creator: { name: 'chime-conformance', version: '0.1.0' }, pages: [], entries } });
}
