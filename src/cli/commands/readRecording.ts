import { stat } from 'node:fs/promises';
import { BadHar, harLimits, readHar } from '../../parity/har/readHar.js';
import type { Exchange } from '../../parity/exchange.js';
import { UsageError, type CliIo } from '../command.js';

/** A recording's exchanges for a command (replay, validate --har): a file that cannot be read or is no HAR is a usage error. */
export async function readRecording(file: string, io: CliIo): Promise<Exchange[]> {
  // Refused before it is read: a file past readHar's bound would otherwise be held whole in memory first.
  const size = await stat(file).then(
    (s) => s.size,
    () => 0,
  );
  if (size > harLimits.bytes) throw new UsageError(`${file} is ${size} bytes, more than the ${harLimits.bytes} a recording may be`, 'record shorter sessions (one recording per run or per suite)');
  const text = await io.readFile(file).catch((e: unknown) => {
    throw new UsageError(`cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 'give the path of a HAR file, e.g. one written by chime-conformance proxy --record');
  });
  try {
    return readHar(text, file);
  } catch (e) {
    if (!(e instanceof BadHar)) throw e;
    // readHar's message is a whole line already (`chime-conformance: FILE: what. Hint: how`): its two halves.
    const [what = e.message, hint = 'record it again with chime-conformance proxy --record'] = e.message.replace(/^chime-conformance: /, '').split('. Hint: ');
    throw new UsageError(what, hint);
  }
}
