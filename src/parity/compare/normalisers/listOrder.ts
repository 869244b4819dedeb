import type { Normaliser } from '../normaliser.js';
import { deepest } from '../normaliser.js';

type Json = Record<string, unknown>;
const object = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The first `…Id` member every item holds as a string: what names an item, whatever order a page lists it in. */
function keyOf(items: readonly Json[]): ((item: Json) => string) | undefined {
  const names = Object.keys(items[0] ?? {}).filter((k) => k.endsWith('Id'));
  const key = names.find((k) => items.every((i) => typeof i[k] === 'string'));
  return key === undefined ? undefined : (item) => item[key] as string;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function sorted(value: unknown, depth: number): unknown {
  if (depth > deepest || value === null || typeof value !== 'object') return value;
  if (!Array.isArray(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sorted(v, depth + 1)]));
  const items = value.map((v) => sorted(v, depth + 1));
  if (items.length < 2 || !items.every(object)) return items;
  const key = keyOf(items) ?? ((item: Json) => JSON.stringify(item));
  return [...items].sort((a, b) => byText(key(a), key(b)));
}

/**
 * The contract promises no order for its lists (ListVoiceProfileDomains, speaker search results): lists of
 * objects are sorted by their ID member, or whole, before comparing. Runs last, when IDs and timestamps are
 * already normalised, so both sides sort by the same keys. Lists of plain values keep their order.
 */
export const listOrder: Normaliser = {
  name: 'listOrder',
  normalise: (value) => sorted(value, 0),
};
