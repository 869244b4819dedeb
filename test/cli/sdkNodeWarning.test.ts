import { describe, expect, it } from 'vitest';
import { isSdkNodeWarning } from '../../src/cli/sdkNodeWarning.js';
import { cliProcess } from './cliProcess.js';

/** The SDK's warning as each release line spelled it (from @aws-sdk/core's emitWarningIfUnsupportedVersion). */
const spellings: [string, unknown][] = [
  ['NodeVersionSupportWarning: The AWS SDK for JavaScript (v3)\nversions published after the first week of January 2027\nwill require node >=22. You are running node v20.20.2.', undefined],
  ['NodeDeprecationWarning: The AWS SDK for JavaScript (v3) will\nno longer support Node.js 16.x on January 6, 2025.', undefined],
  ['The AWS SDK for JavaScript (v3) will\nno longer support Node.js v10.24.1 as of January 1, 2022.', 'NodeDeprecationWarning'],
];

const sdkWarning = /AWS SDK for JavaScript|NodeVersionSupportWarning|NodeDeprecationWarning/;

/** Without the variable the SDK reads to keep quiet, as a user's shell would have it. */
const userEnv = (): NodeJS.ProcessEnv => {
  const env = { ...process.env };
  delete env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'];
  return env;
};

describe("the AWS SDK's Node version warning", () => {
  it.each(spellings)('is recognised in every spelling: %j', (text, type) => {
    expect(isSdkNodeWarning(text, type)).toBe(true);
    expect(isSdkNodeWarning(Object.assign(new Error(text), { name: 'Warning' }), type)).toBe(true);
  });

  it('no other warning is taken for it', () => {
    expect(isSdkNodeWarning('NodeDeprecationWarning: some other library needs Node 22')).toBe(false);
    expect(isSdkNodeWarning('The AWS SDK for JavaScript (v3) will retry', 'Warning')).toBe(false);
    expect(isSdkNodeWarning('Buffer() is deprecated', 'DeprecationWarning')).toBe(false);
  });

  it('does not reach the output of a verify run', { timeout: 120_000 }, async () => {
    const ended = await cliProcess(['verify', '--runs', '1'], { env: userEnv() });
    expect(ended.code).toBe(0);
    expect(ended.stdout).toMatch(/^CONFORMANT: /m);
    expect(`${ended.stdout}${ended.stderr}`).not.toMatch(sdkWarning);
  });

  it('is left alone for a library user: loading the package and its CLI module patches nothing', async () => {
    const emitWarning = process.emitWarning;
    await import('../../src/index.js');
    const { commands } = await import('../../src/cli/commands.js');
    // Each command's module, which the CLI loads only when that command runs.
    await Promise.all(commands.map((c) => c.load()));
    expect(process.emitWarning).toBe(emitWarning);
  });
});
