import { rules, type RuleName } from './rules.js';

/**
 * `documented` (the default) refuses only what a document, the model or a real consumer gives a reason for;
 * `strict` adds the refusals that are our choice (the table's "our choice" rows that refuse).
 */
export type Semantics = 'documented' | 'strict';

export const semanticsModes: readonly Semantics[] = ['documented', 'strict'];

/** Whether the emulator makes a rule's refusal under these semantics. */
export function refuses(semantics: Semantics, rule: RuleName): boolean {
  const r: { readonly refuses?: true; readonly source: string } = rules[rule];
  return r.source === 'sourced' || (r.refuses === true && semantics === 'strict');
}

/** Throws `error` where the rule refuses under the context's semantics; `rule` names its row of the table. */
export function refuse(ctx: { readonly options: { readonly semantics: Semantics } }, rule: RuleName, error: () => Error): void {
  if (refuses(ctx.options.semantics, rule)) throw error();
}
