/**
 * What to throw when loading an entry failed: if the optional peer it needs is not installed, one line naming
 * the package and the command that installs it (Node's own error names a file deep inside dist/ instead);
 * any other failure, `e` itself. The quotes matter: a missing '@pact-foundation/pact-core' is not the peer.
 */
export function missingPeer(e: unknown, entry: string, peer: string): unknown {
  const code = (e as { code?: unknown } | null)?.code;
  const notFound = code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND';
  if (!notFound || !String((e as Error).message).includes(`'${peer}'`)) return e;
  return new Error(`${entry} needs ${peer}: npm install -D ${peer}`, { cause: e });
}
