import type { VerifyEvent } from '../run/events.js';
import { parseJson } from '../../shared/parseJson.js';
import { eventShapes } from './eventShapes.js';
import { MergeRefused } from './mergeRefused.js';
import { shapeProblem } from './shapeProblem.js';

const hint = 'give the json= report of a verify --shard i/n run, as it wrote it';

/**
 * One line of a report as an event, or undefined for an event type this version does not know (a later
 * version's, passed over). Anything else is refused, naming the file, the line and what is wrong.
 */
export function readEvent(text: string, where: string): VerifyEvent | undefined {
  const parsed = parseJson(text);
  // The parser's own words differ between Node versions and may quote the line: where it is says enough.
  if (!parsed.ok) throw new MergeRefused(`${where}: the line is not JSON`, hint);
  const value = parsed.value;
  const type = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)['type'] : undefined;
  if (typeof type !== 'string') throw new MergeRefused(`${where}: the line is no event of a verify report (it has no "type")`, hint);
  const shape = eventShapes[type];
  if (shape === undefined) return undefined;
  const problem = shapeProblem(value, shape, '');
  if (problem === undefined) return value as VerifyEvent;
  // A run-start without a version is a report of a verify from before merge: nothing in it says its campaign.
  if (type === 'run-start' && problem === 'version missing') {
    throw new MergeRefused(`${where}: the report was written by a chime-conformance verify without merge, whose run-start does not say its campaign`, 'run the shards again with this version');
  }
  throw new MergeRefused(`${where}: the ${type} event has ${problem}`, hint);
}
