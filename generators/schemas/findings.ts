import fc from 'fast-check';
import type { JsonSchema } from './shapeToSchema.js';

/** A model pattern that constrains less than it seems to (CONTEXT.md trap 5): kept as is, reported to users. */
export interface PatternFinding {
  readonly service: string;
  readonly shape: string;
  readonly pattern: string;
  readonly kind: 'vacuous' | 'unanchored';
  /** A value the pattern accepts that a reader would expect it to reject. */
  readonly accepted: string;
}

/** Text no identifier pattern intends to allow, put around a valid value to show an unanchored match. */
const junk = '#!%';

function sampleOf(pattern: string): string | undefined {
  const [value] = fc.sample(fc.stringMatching(new RegExp(`^(?:${pattern})$`, 'u')), { seed: 7, numRuns: 1 });
  return value;
}

function fitsLength(value: string, def: JsonSchema): boolean {
  const length = [...value].length;
  return length >= ((def['minLength'] as number | undefined) ?? 0) && length <= ((def['maxLength'] as number | undefined) ?? Infinity);
}

/**
 * Classifies the pattern of one definition: vacuous (every string passes) or unanchored (junk beside a
 * valid value passes, within the definition's lengths). Undefined when the pattern is as tight as it reads.
 */
export function classifyPattern(pattern: string, def: JsonSchema = {}): Pick<PatternFinding, 'kind' | 'accepted'> | undefined {
  const search = new RegExp(pattern, 'u');
  const whole = new RegExp(`^(?:${pattern})$`, 'u');
  if (search.test('') && search.test(junk)) return { kind: 'vacuous', accepted: junk };
  const sample = sampleOf(pattern);
  if (sample === undefined) return undefined;
  const accepted = [`${junk}${sample}${junk}`, `${sample}${junk}`, `${junk}${sample}`, `${sample}#`, `#${sample}`].find((v) => search.test(v) && !whole.test(v) && fitsLength(v, def));
  return accepted === undefined ? undefined : { kind: 'unanchored', accepted };
}

/** Findings for every pattern-carrying definition of the given schemas, one per service and shape. */
export function patternFindings(service: string, defsList: readonly Record<string, JsonSchema>[]): PatternFinding[] {
  const byShape = new Map<string, PatternFinding>();
  for (const defs of defsList) {
    for (const [shape, def] of Object.entries(defs)) {
      const pattern = def['pattern'];
      if (typeof pattern !== 'string' || byShape.has(shape) || def['x-timestamp']) continue;
      const finding = classifyPattern(pattern, def);
      if (finding) byShape.set(shape, { service, shape, pattern, ...finding });
    }
  }
  return [...byShape.values()].sort((a, b) => a.shape.localeCompare(b.shape));
}
