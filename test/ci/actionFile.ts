import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface ActionStep {
  readonly id?: string;
  readonly name?: string;
  readonly if?: string;
  readonly shell?: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly run?: string;
}

/** The parts of action.yml a composite action's run reads. */
export interface ActionFile {
  readonly inputs: Readonly<Record<string, { readonly default?: string }>>;
  readonly outputs: Readonly<Record<string, { readonly value: string }>>;
  readonly runs: { readonly using: string; readonly steps: readonly ActionStep[] };
}

export const readAction = (file: string): ActionFile => parse(readFileSync(file, 'utf8')) as ActionFile;

/**
 * A value with its `${{ … }}` expressions replaced, as the runner does, for the one kind this action uses: a
 * property path into the contexts (inputs.runs, steps.verify.outputs.verdict, github.run_id). Anything else, or
 * a path to nothing (an input never declared, which the validator lets through), throws: the action stays within
 * what this stand-in for the runner can say it does.
 */
export function evaluate(text: string, contexts: Readonly<Record<string, unknown>>): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => {
    if (!/^[a-z_]+(\.[A-Za-z0-9_-]+)+$/.test(expression)) throw new Error(`action.yml: unsupported expression ${expression}`);
    const value = expression.split('.').reduce<unknown>((at, key) => (at && typeof at === 'object' && Object.hasOwn(at, key) ? (at as Record<string, unknown>)[key] : undefined), contexts);
    // A step's output it did not write is empty, as on GitHub; a step or input that does not exist is a mistake.
    const step = /^steps\.([^.]+)\.outputs\./.exec(expression)?.[1];
    if (value === undefined && (step === undefined || !Object.hasOwn(contexts['steps'] ?? {}, step))) throw new Error(`action.yml: ${expression} names nothing`);
    return String(value ?? '');
  });
}
