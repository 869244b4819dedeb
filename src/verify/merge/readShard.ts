import type { CellEvent, RunEndEvent, RunStartEvent, VerifyEvent } from '../run/events.js';
import { MergeRefused } from './mergeRefused.js';
import { readEvent } from './readEvent.js';
import { reportLines } from './reportLines.js';

/** One shard's report: how its run began, its cells in the order they ended, how it ended, and its cleanup. */
export interface Shard {
  readonly file: string;
  readonly start: RunStartEvent;
  readonly cells: readonly CellEvent[];
  readonly end: RunEndEvent;
  readonly cleanups: readonly Extract<VerifyEvent, { type: 'cleanup' }>[];
}

const hint = 'give the json= report of a verify --shard i/n run, as it wrote it';

/** Reads a report, holding it to what verify writes: one run-start first, its cells, then one run-end. */
export async function readShard(file: string): Promise<Shard> {
  let start: RunStartEvent | undefined;
  let end: RunEndEvent | undefined;
  const cells: CellEvent[] = [];
  const cleanups: Extract<VerifyEvent, { type: 'cleanup' }>[] = [];
  for await (const line of reportLines(file)) {
    const where = `${file}:${line.number}`;
    if (line.number === 1 && line.text.trim() === '') throw new MergeRefused(`${where}: the line is empty, where a report begins with its run-start`, hint);
    if (line.text.trim() === '') continue;
    const event = readEvent(line.text, where);
    if (line.number === 1 && event?.type !== 'run-start') throw new MergeRefused(`${where}: the report does not begin with a run-start event`, hint);
    if (event === undefined) continue;
    if (event.type === 'run-start') {
      if (start !== undefined) throw new MergeRefused(`${where}: a second run-start: the file holds more than one run`, 'give each shard its own report file');
      if (event.shard.index < 1 || event.shard.index > event.shard.count) throw new MergeRefused(`${where}: shard ${event.shard.index}/${event.shard.count} is no shard i/n with 1 ≤ i ≤ n`, hint);
      start = event;
    } else if (event.type === 'cell' && end !== undefined) throw new MergeRefused(`${where}: a cell after the run-end`, hint);
    else if (event.type === 'cell') cells.push(event);
    else if (event.type === 'run-end' && end !== undefined) throw new MergeRefused(`${where}: a second run-end: the file holds more than one run`, 'give each shard its own report file');
    else if (event.type === 'run-end') end = event;
    else cleanups.push(event);
  }
  if (start === undefined) throw new MergeRefused(`${file} is empty`, hint);
  if (end === undefined) throw new MergeRefused(`${file} ends before its run-end: the run did not finish, or the file was cut short`, 'run that shard again');
  if (cells.length !== start.cells)
    throw new MergeRefused(`${file} holds ${cells.length} cell${cells.length === 1 ? '' : 's'} where its run-start planned ${start.cells}: the file was cut or edited`, 'run that shard again');
  return { file, start, cells, end, cleanups };
}
