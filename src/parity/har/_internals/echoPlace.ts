import { catalog } from '../../../contract/catalog.js';
import type { JsonSchema } from '../../../contract/operation.js';
import { properties, resolve } from '../../../contract/schemaWalk.js';
import type { Place } from './needles.js';

/**
 * Members whose text is prose, where a free-text secret (a tag) is masked where it is echoed: the service's own
 * messages (an error's Message, a task's StatusMessage), which quote what a request sent, and a domain's
 * Description, the one member a user writes sentences in, with no enum or pattern and a tag's words likely in
 * it. A Name is not one: a label with a pattern that tools look a domain up by, as IDs, labels and enum members
 * are not (a tag 'Caller' must leave CallLeg 'Caller' as it is, a tag equal to an ID the ID a replay maps).
 */
const prose = new Set(['Message', 'message', 'StatusMessage', 'Description']);

interface Rules {
  readonly enums: Set<string>;
  maxLength: number;
}

/** What every schema of the contract says of a member by its name: its enum members, its shortest maxLength. */
const byName = new Map<string, Rules>();
for (const { document } of catalog) {
  for (const def of Object.values(document.$defs)) {
    for (const [name, member] of Object.entries(properties(def))) {
      const s = resolve(document, member);
      const item = s['items'] ? resolve(document, s['items'] as JsonSchema) : {};
      let rules = byName.get(name);
      if (!rules) byName.set(name, (rules = { enums: new Set(), maxLength: Infinity }));
      for (const e of [s['enum'], item['enum']].flat()) if (typeof e === 'string') rules.enums.add(e);
      if (typeof s['maxLength'] === 'number') rules.maxLength = Math.min(rules.maxLength, s['maxLength']);
    }
  }
}

/**
 * How a string value at a JSON path (split) is masked by echo: in which place, and within which length (the
 * member's maxLength, since placeholders are longer than short secrets); undefined when it is an enum member of
 * its member, kept as it is whatever secret it equals. That word is the model's own, public, so keeping it tells
 * nothing, and a placeholder there would make the contract reject what it accepted.
 */
export function echoPlace(parts: readonly string[], value: string): { place: Place; maxLength: number } | undefined {
  const name = parts.findLast((p) => !/^\d+$/.test(p));
  const rules = name === undefined ? undefined : byName.get(name);
  if (rules?.enums.has(value)) return undefined;
  return { place: name !== undefined && prose.has(name) ? 'prose' : 'value', maxLength: rules?.maxLength ?? Infinity };
}
