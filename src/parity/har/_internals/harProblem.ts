/** The parts of an ajv error that a message needs. */
export interface HarSchemaError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** `/log/entries/3/response/status` as `log.entries[3].response.status`: how a reader of the file finds it. */
export function memberPath(pointer: string, member?: string): string {
  const parts = pointer === '' ? [] : pointer.slice(1).split('/');
  const names = [...parts.map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~')), ...(member === undefined ? [] : [member])];
  const path = names.map((n, i) => (/^\d+$/.test(n) ? `[${n}]` : /^[A-Za-z_$][\w$]*$/.test(n) ? `${i === 0 ? '' : '.'}${n}` : `[${JSON.stringify(n)}]`)).join('');
  return path === '' ? 'the document' : path;
}

const formatNames: Readonly<Record<string, string>> = { 'date-time': 'an RFC 3339 date and time', uri: 'an absolute URI', ipv4: 'an IPv4 address', ipv6: 'an IPv6 address' };

const typeNames = (type: unknown): string => (Array.isArray(type) ? type.join(' or ') : String(type));

/**
 * The first break of HAR 1.2 that the generated validator found, as `<member> <what it must be>`. It names
 * members only, never a value: a recording may hold what a redaction missed, and errors reach logs.
 */
export function harProblem(error: HarSchemaError): string {
  const { instancePath, keyword, params } = error;
  if (keyword === 'required') return `${memberPath(instancePath, String(params['missingProperty']))} is missing`;
  const at = memberPath(instancePath);
  if (keyword === 'type') return `${at} must be ${typeNames(params['type'])}`;
  if (keyword === 'format') return `${at} must be ${formatNames[String(params['format'])] ?? String(params['format'])}`;
  if (keyword === 'pattern') return `${at} must match ${String(params['pattern'])}`;
  // Only cache.beforeRequest and cache.afterRequest choose between shapes in HAR 1.2.
  if (keyword === 'oneOf') return `${at} must be null or an object with lastAccess, eTag and hitCount`;
  return `${at} breaks the '${keyword}' rule of its HAR 1.2 schema`;
}
