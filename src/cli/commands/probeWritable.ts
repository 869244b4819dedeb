import { writeFileSync } from 'node:fs';
import { UsageError } from '../command.js';

/** Fails before the run, not after it, when a report cannot be written. */
export function probeWritable(file: string): void {
  try {
    writeFileSync(file, '', { flag: 'a' });
  } catch (e) {
    throw new UsageError(`cannot write a report to ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 'check the path');
  }
}
