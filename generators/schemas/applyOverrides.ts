import { isDeepStrictEqual } from 'node:util';
import type { Override } from '../overrides.js';
import type { ServiceModel } from './model.js';
import type { JsonSchema } from './shapeToSchema.js';
import type { ServiceName } from './selection.js';

function stale(o: Override, actual: unknown): Error {
  return new Error(
    `generate: override "${o.id}" expects the model to say ${JSON.stringify(o.modelSays)} at ` +
      `${o.target.shape}${o.target.member ? '.' + o.target.member : ''}, but it says ${JSON.stringify(actual)}. ` +
      'Review the entry in generators/overrides.ts: drop it if the model is now right, or update it.',
  );
}

function checkModelSays(o: Override, model: ServiceModel): void {
  const shape = model.shapes[o.target.shape];
  if (!shape) throw stale(o, 'no such shape');
  const actual: unknown = o.target.member ? shape.members?.[o.target.member] : shape;
  const picked = Object.fromEntries(Object.keys(o.modelSays).map((k) => [k, (actual as Record<string, unknown> | undefined)?.[k]]));
  if (!isDeepStrictEqual(picked, o.modelSays)) throw stale(o, picked);
}

export interface OverrideIndex {
  forShape(shape: string): Override | undefined;
  forMember(shape: string, member: string): Override | undefined;
}

/** Checks every override of a service against its model, then indexes them by target. */
export function indexOverrides(all: readonly Override[], service: ServiceName, model: ServiceModel): OverrideIndex {
  const mine = all.filter((o) => o.service === service);
  for (const o of mine) checkModelSays(o, model);
  return {
    forShape: (shape) => mine.find((o) => o.target.shape === shape && o.target.member === undefined),
    forMember: (shape, member) => mine.find((o) => o.target.shape === shape && o.target.member === member),
  };
}

/** The schema of a shape with an override's keywords in place of the model's. */
export function overriddenShape(schema: JsonSchema, o: Override): JsonSchema {
  return { ...schema, ...o.contract, 'x-override': o.id };
}

/** The schema of a member whose own constraints differ from its shape's. */
export function overriddenMember(o: Override): JsonSchema {
  return { ...o.contract, 'x-override': o.id };
}
