import { exchangeViolations } from '../../parity/check/exchangeViolations.js';
import { findings } from '../../parity/check/findings.js';
import { violationLine } from '../../parity/check/violation.js';
import { safeText } from '../../verify/report/safeText.js';
import type { CliIo } from '../command.js';
import { readRecording } from './readRecording.js';

/**
 * `validate --har`: every recorded request and answer the contract rejects. A recording of the real service is
 * the service's own behaviour, so each line is a finding about the contract (docs/contract.md says how one
 * becomes an override); a recording of another implementation is checked the same way.
 */
export async function validateHar(file: string, json: boolean, io: CliIo): Promise<number> {
  const exchanges = await readRecording(file, io);
  let faulty = 0;
  let refusedAlike = 0;
  exchanges.forEach((exchange, i) => {
    const all = exchangeViolations(exchange);
    const violations = findings(all, exchange.response.status);
    if (violations.length < all.length) refusedAlike++;
    if (violations.length > 0) faulty++;
    for (const v of violations) io.out(json ? JSON.stringify({ exchange: i + 1, ...v }) : safeText(`#${i + 1} ${violationLine(v)}`));
  });
  if (json) return faulty === 0 ? 0 : 1;
  const note = faulty > 0 ? ' (about the contract when the recording is of the real service: docs/contract.md, "Findings from recordings")' : '';
  io.out(`${exchanges.length} exchange(s): ${exchanges.length - faulty} conform, ${faulty} with findings${note}`);
  if (refusedAlike > 0) io.out(`${refusedAlike} request(s) the contract rejects were refused by the upstream too: the client's mistakes, where both agree, not findings`);
  return faulty === 0 ? 0 : 1;
}
