import { parseJson } from '../../shared/parseJson.js';
import { differenceKinds, type DifferenceKind } from './difference.js';

/** A known difference the run accepts, and why: its operation (a glob, `*` by default), where, and what kind. */
export interface AcceptEntry {
  /** Its place in the file, from 1, for messages. */
  readonly number: number;
  readonly operation: string;
  /** A JSON pointer; `*` stands for one segment, and a difference anywhere below it matches too. */
  readonly path?: string;
  readonly kind: DifferenceKind;
  readonly reason?: string;
}

/** An accept file that is not what `--accept` reads: said in one line, with where. */
export class BadAcceptList extends Error {}

const members = ['operation', 'path', 'kind', 'reason'];

function entry(value: unknown, number: number): AcceptEntry {
  const where = `accept[${number - 1}]`;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new BadAcceptList(`${where} is not an object`);
  const e = value as Record<string, unknown>;
  const unknown = Object.keys(e).find((k) => !members.includes(k));
  if (unknown !== undefined) throw new BadAcceptList(`${where} has an unknown member "${unknown}" (known: ${members.join(', ')})`);
  for (const k of members) if (e[k] !== undefined && typeof e[k] !== 'string') throw new BadAcceptList(`${where}.${k} is not a string`);
  const kind = e['kind'];
  if (!differenceKinds.includes(kind as DifferenceKind)) throw new BadAcceptList(`${where}.kind ${JSON.stringify(kind)} is not one of ${differenceKinds.join(', ')}`);
  const path = e['path'] as string | undefined;
  if (path !== undefined && path !== '' && !path.startsWith('/')) throw new BadAcceptList(`${where}.path "${path}" is not a JSON pointer (it starts with /)`);
  const reason = typeof e['reason'] === 'string' && e['reason'].trim() !== '' ? e['reason'] : undefined;
  return { number, operation: (e['operation'] as string | undefined) ?? '*', kind: kind as DifferenceKind, ...(path === undefined ? {} : { path }), ...(reason === undefined ? {} : { reason }) };
}

/** Reads `{"accept":[{operation?, path?, kind, reason}, …]}`; anything else throws BadAcceptList. */
export function readAcceptList(text: string): AcceptEntry[] {
  const parsed = parseJson(text);
  if (!parsed.ok) throw new BadAcceptList(`not JSON (${parsed.message})`);
  const list = parsed.value !== null && typeof parsed.value === 'object' ? (parsed.value as Record<string, unknown>)['accept'] : undefined;
  if (!Array.isArray(list)) throw new BadAcceptList('has no "accept" list');
  return list.map((v, i) => entry(v, i + 1));
}
