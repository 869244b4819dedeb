import type { JsonSchema } from './shapeToSchema.js';

/** Fails generation when a pattern is not an ECMAScript regex under the `u` flag that ajv uses. */
export function checkPatterns(where: string, defs: Record<string, JsonSchema>): void {
  for (const [name, def] of Object.entries(defs)) {
    for (const schema of [def, ...Object.values((def['properties'] as Record<string, JsonSchema> | undefined) ?? {})]) {
      const pattern = schema['pattern'];
      if (typeof pattern !== 'string') continue;
      try {
        new RegExp(pattern, 'u');
      } catch (e) {
        throw new Error(
          `generate: the pattern ${JSON.stringify(pattern)} of ${where} ${name} is not an ECMAScript regex with the u flag ` +
            `(${(e as Error).message}). Add an override with its reason to generators/overrides.ts.`,
        );
      }
    }
  }
}
