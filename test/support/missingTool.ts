import { it } from 'vitest';

/** Whether this run is CI's: there every test must run, so a missing tool is a failure, not a skip. */
const inCi = (env: NodeJS.ProcessEnv = process.env): boolean => env['CI'] !== undefined && !['', '0', 'false'].includes(env['CI'].toLowerCase());

/**
 * For tests that need a tool the machine may lack. On a developer's machine they are skipped with the reason
 * printed; in CI (CI=true) a test of that name fails instead, naming the tool and how `.ci/run` gets it, so a
 * CI machine without the tool cannot pass by skipping. Returns whether the tests that need it are to be skipped.
 */
export function missingTool(tool: string, reason: string | undefined, howCiGetsIt: string, env: NodeJS.ProcessEnv = process.env, test: typeof it = it): boolean {
  if (reason === undefined) return false;
  if (!inCi(env)) {
    console.warn(`${tool}: tests skipped: ${reason}`);
    return true;
  }
  test(`${tool} is installed (CI runs every test)`, () => {
    throw new Error(`${tool} is missing in CI: ${reason}. Hint: ${howCiGetsIt}`);
  });
  return true;
}
