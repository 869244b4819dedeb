import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Where the official broker client's `pact-broker` entry lives, or why it cannot be used on this machine. */
export function brokerClientEntry(): { readonly path: string } | { readonly problem: string } {
  try {
    const root = dirname(require.resolve('@pact-foundation/pact-cli/package.json'));
    // The entry needs the platform package with the binary; resolving it here turns a late crash into a message.
    require.resolve(`@pact-foundation/pact-cli-${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}/package.json`);
    return { path: join(root, 'bin', 'pact-broker.js') };
  } catch {
    return { problem: `the Pact broker client (@pact-foundation/pact-cli) has no binary installed for ${process.platform}-${process.arch}` };
  }
}
