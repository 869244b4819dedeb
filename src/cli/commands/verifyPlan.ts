import type { Cell } from '../../verify/run/plan.js';
import type { CheckContext } from '../../verify/run/check.js';
import { appliesHere } from '../../verify/run/onAccount.js';
import { credentialSource, maskedKeyId } from '../../verify/reach/awsCredentials.js';
import { awsEndpoint, awsEndpoints, oneEndpoint } from '../../verify/reach/serviceEndpoints.js';
import { shownEndpoint } from '../../verify/report/shownEndpoint.js';
import { uniqueNames, type Target } from '../../verify/reach/target.js';
import type { ParsedVerifyOptions } from './verifyOptions.js';

/** A target that refuses to send: a check's `applies` may look at the context, never at the network. */
const nowhere: Target = {
  endpoint: 'http://plan.invalid',
  raw: () => Promise.reject(new Error('--plan sends nothing')),
  sdk: () => Promise.reject(new Error('--plan sends nothing')),
  unique: uniqueNames(),
};

function where(o: ParsedVerifyOptions): string[] {
  if (o.endpoint === undefined) return ['target: the embedded emulator, in a thread of this process (no network)'];
  const live = o.endpoint === awsEndpoint;
  // Resolving the real hosts is the SDK's endpoint rules at work: a pure function of the region, no request.
  const hosts = live ? awsEndpoints(o.region) : oneEndpoint(shownEndpoint(o.endpoint));
  return [
    live ? `target: the real service (--endpoint aws), region ${o.region}` : `target: ${shownEndpoint(o.endpoint)}, region ${o.region}`,
    `  media-pipelines operations → ${hosts['media-pipelines']}`,
    `  voice operations → ${hosts.voice}`,
  ];
}

function credentials(o: ParsedVerifyOptions): string {
  if (o.endpoint === awsEndpoint) return `credentials: ${credentialSource(o.profile)}; resolved when the run starts, never printed`;
  if (o.auth === 'off') return 'credentials: none needed (--auth off): raw requests go unsigned';
  const token = o.credentials.sessionToken ? ' with a session token' : '';
  return `credentials: access key ${maskedKeyId(o.credentials.accessKeyId)}${token}, SigV4 for service chime in ${o.region}`;
}

function creations(o: ParsedVerifyOptions): string {
  if (o.maxCreated === undefined) return 'creates: what the cases need (voice profile domains, voice profiles, tasks), with no ceiling; what passing cases made is deleted as the run goes';
  return `creates: at most ${o.maxCreated} resources (voice profile domains, voice profiles, tasks started; --max-created), each deleted or stopped at the end, also on failure, Ctrl-C and SIGTERM`;
}

/** What `verify --plan` prints: where requests would go, signed how, what may be created, and which cells would run. */
export function planLines(o: ParsedVerifyOptions, cells: readonly Cell[]): string[] {
  const ctx: CheckContext = { target: nowhere, runs: o.runs, seed: o.seed, auth: o.auth, credentials: o.credentials, region: o.region };
  const onAccount = o.endpoint === awsEndpoint;
  const byCheck = new Map<string, { ops: string[]; skipped: Map<string, string[]> }>();
  for (const { check, op } of cells) {
    const entry = byCheck.get(check.name) ?? { ops: [], skipped: new Map<string, string[]>() };
    byCheck.set(check.name, entry);
    const applies = appliesHere(check, op, ctx, onAccount);
    if (applies === true) entry.ops.push(op.id);
    else entry.skipped.set(applies, [...(entry.skipped.get(applies) ?? []), op.id]);
  }
  const running = [...byCheck.values()].reduce((n, e) => n + e.ops.length, 0);
  const every = new Set(cells.map((c) => c.op.id)).size;
  const lines = [`verify --plan: nothing is sent and no connection is opened`, ...where(o), credentials(o), creations(o)];
  lines.push(`cells: ${running} of ${cells.length} would run, ${o.runs} generated cases each (--runs), seed ${o.seed}`);
  for (const [name, e] of byCheck) {
    if (e.ops.length > 0) lines.push(`  ${name}: ${e.ops.length === every ? `every operation selected (${every})` : e.ops.join(', ')}`);
    for (const [why, ops] of e.skipped) lines.push(`  ${name}: skips ${ops.length === every ? 'every operation' : `${ops.length} operation${ops.length === 1 ? '' : 's'}`}: ${why}`);
  }
  return lines;
}
