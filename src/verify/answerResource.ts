type Json = Record<string, unknown>;

/** The one object an answer describes (`{ SpeakerSearchTask: {…} }` → the task), or `{}`. */
export const resourceOf = (json: Json | undefined): Json => (Object.values(json ?? {})[0] ?? {}) as Json;

/** The value of its first member whose name ends with `suffix` (`TaskStatus`, `Id`). */
export const memberEndingWith = (resource: Json, suffix: string): unknown => Object.entries(resource).find(([k]) => k.endsWith(suffix))?.[1];
