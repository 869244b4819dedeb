/**
 * The AWS SDK for JavaScript v3 warns once per process that its coming releases need a newer Node
 * (@aws-sdk/core's emitWarningIfUnsupportedVersion, called from every client's constructor). Its spelling
 * changed across releases: `NodeDeprecationWarning` as the warning's type, then as the start of its message,
 * then `NodeVersionSupportWarning`; what every spelling shares is the SDK's name and a Node version.
 */
export function isSdkNodeWarning(warning: string | Error, typeOrOptions?: unknown): boolean {
  const text = typeof warning === 'string' ? warning : `${warning.name}: ${warning.message}`;
  const type = typeof typeOrOptions === 'string' ? typeOrOptions : (typeOrOptions as { type?: unknown } | undefined)?.type;
  const named = /^(NodeDeprecationWarning|NodeVersionSupportWarning)$/.test(String(type)) || /^(Warning: )?(NodeDeprecationWarning|NodeVersionSupportWarning)\b/.test(text);
  return named && /AWS SDK for JavaScript/.test(text) && /\bnode(\.js)?\b/i.test(text);
}
