import { bytes, onRequest, onResponse, onResponseJson, text, type Mutant } from './mutant.js';

const voiceTaskPath = /^\/voice-connectors\/([^/]+)\/(speaker-search-tasks|voice-tone-analysis-tasks)\/([^/?]+)/;
const connectorOfTask = new Map<string, string>();

/** Each mutant breaks one thing; `verify` must fail it with `caughtBy` among the failing checks. */
export const mutants: readonly Mutant[] = [
  {
    name: 'accepts-channel-id-2',
    deviation: 'accepts ChannelId 2 (treats it as 1)',
    caughtBy: 'negative_rejection',
    options: onRequest((r) => ({ ...r, body: r.body && bytes(text(r.body).replace('"ChannelId":2', '"ChannelId":1')) })),
  },
  {
    name: 'ok-200-not-201',
    deviation: 'answers 200 where the contract says 201',
    caughtBy: 'positive_acceptance',
    options: onResponse((a) => (a.status === 201 ? { ...a, status: 200 } : a)),
  },
  {
    name: 'no-error-type-header',
    deviation: 'omits x-amzn-errortype on errors',
    caughtBy: 'error_shape',
    options: onResponse((a) => {
      const { 'x-amzn-errortype': _, ...headers } = a.headers;
      return { ...a, headers };
    }),
  },
  {
    name: 'epoch-timestamps',
    deviation: 'sends timestamps as epoch seconds',
    caughtBy: 'response_schema',
    options: onResponseJson((json) => json.replace(/"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)"/g, (_, iso: string) => String(Date.parse(iso) / 1000))),
  },
  {
    name: 'rejects-unknown-members',
    deviation: 'answers 400 to a body with members the model does not have',
    caughtBy: 'unknown_members_ignored',
    options: {
      interpose: (handle) => async (r) =>
        text(r.body).includes('XChimeConformanceUnknown')
          ? { status: 400, headers: { 'x-amzn-errortype': 'BadRequestException', 'x-amzn-requestid': 'r', 'content-type': 'application/json' }, body: '{"Message":"unknown member"}' }
          : handle(r),
    },
  },
  {
    name: 'ignores-idempotency-tokens',
    deviation: 'drops ClientRequestToken, so a retried start makes a second task',
    caughtBy: 'idempotency',
    options: onRequest((r) => ({
      ...r,
      body:
        r.body &&
        bytes(
          text(r.body)
            .replace(/"ClientRequestToken":"[^"]*",?/, '')
            .replace(/,}$/, '}'),
        ),
    })),
  },
  {
    name: 'stop-does-not-stop',
    deviation: 'answers 204 to Stop without stopping the task',
    caughtBy: 'use_after_stop',
    options: { interpose: (handle) => async (r) => (r.target.includes('operation=stop') ? { status: 204, headers: { 'x-amzn-requestid': 'r' }, body: undefined } : handle(r)) },
  },
  {
    name: 'server-error-on-malformed-json',
    deviation: 'answers 500 to a body that is not JSON',
    caughtBy: 'no_server_error',
    options: {
      interpose: (handle) => async (r) => {
        if (r.body && r.body.length > 0) {
          try {
            JSON.parse(text(r.body));
          } catch {
            return { status: 500, headers: { 'x-amzn-errortype': 'ServiceFailureException', 'x-amzn-requestid': 'r' }, body: '{"Message":"boom"}' };
          }
        }
        return handle(r);
      },
    },
  },
  {
    name: 'voice-statuses-from-media-pipelines',
    deviation: 'Voice tasks report Media Pipelines statuses (InProgress for IN_PROGRESS)',
    caughtBy: 'response_schema',
    options: onResponseJson((json) => json.replace('"IN_QUEUE"', '"NotStarted"').replace('"IN_PROGRESS"', '"InProgress"').replace('"SUCCEEDED"', '"Stopped"')),
  },
  {
    name: 'task-visible-under-another-connector',
    deviation: 'finds a Voice task under any Voice Connector',
    caughtBy: 'not_found',
    options: {
      interpose: (handle) => async (r) => {
        const m = voiceTaskPath.exec(r.target);
        const home = m?.[3] ? connectorOfTask.get(m[3]) : undefined;
        const answer = await handle(home && m?.[1] ? { ...r, target: r.target.replace(`/voice-connectors/${m[1]}/`, `/voice-connectors/${home}/`) } : r);
        const started = /"(?:SpeakerSearchTaskId|VoiceToneAnalysisTaskId)":"([^"]+)".*"VoiceConnectorId":"([^"]+)"/.exec(answer.body ?? '');
        if (started?.[1] && started[2]) connectorOfTask.set(started[1], started[2]);
        return answer;
      },
    },
  },
  {
    name: 'is-caller-false-read-as-true',
    deviation: 'reads isCaller=false as true',
    caughtBy: 'positive_acceptance',
    options: onRequest((r) => ({ ...r, target: r.target.replace('isCaller=false', 'isCaller=true') })),
  },
  {
    name: 'accepts-unsigned-in-strict-mode',
    deviation: 'accepts unsigned and forged requests although strict SigV4 is asked for',
    caughtBy: 'auth',
    options: { auth: 'lenient' },
    verify: { auth: 'strict' },
  },
  {
    name: 'updated-timestamp-goes-back',
    deviation: 'Get reports an UpdatedTimestamp before the one Start reported',
    caughtBy: 'lifecycle',
    options: onResponse((a, r) => (r.method === 'GET' && a.body ? { ...a, body: a.body.replace(/"UpdatedTimestamp":"[^"]+"/, '"UpdatedTimestamp":"2001-01-01T00:00:00.000Z"') } : a)),
  },
  {
    name: 'unknown-task-is-400',
    deviation: 'answers 400 BadRequestException, not 404 NotFoundException, for an unknown task',
    caughtBy: 'not_found',
    options: onResponse((a) => (a.headers['x-amzn-errortype'] === 'NotFoundException' ? { ...a, status: 400, headers: { ...a.headers, 'x-amzn-errortype': 'BadRequestException' } } : a)),
  },
  {
    name: 'call-details-of-another-call',
    deviation: 'Voice tasks report the TransactionId of another call in CallDetails',
    caughtBy: 'identity',
    options: onResponseJson((json) => json.replace(/"TransactionId":"[^"]*"/, '"TransactionId":"another-call"')),
  },
  {
    name: 'update-domain-not-stored',
    deviation: 'UpdateVoiceProfileDomain answers the values written but keeps the old ones',
    caughtBy: 'read_your_writes',
    options: {
      interpose: (handle) => async (r) => {
        if (r.method !== 'PUT' || !r.target.startsWith('/voice-profile-domains/')) return handle(r);
        const current = await handle({ ...r, method: 'GET', body: undefined });
        if (current.status !== 200 || !current.body) return current;
        const written = JSON.parse(text(r.body)) as Record<string, unknown>;
        const body = JSON.parse(current.body) as { VoiceProfileDomain: Record<string, unknown> };
        return { ...current, body: JSON.stringify({ VoiceProfileDomain: { ...body.VoiceProfileDomain, ...written } }) };
      },
    },
  },
  {
    name: 'delete-profile-keeps-it',
    deviation: 'DeleteVoiceProfile answers 204 and deletes nothing',
    caughtBy: 'read_your_writes',
    options: {
      interpose: (handle) => async (r) => (r.method === 'DELETE' && r.target.startsWith('/voice-profiles/') ? { status: 204, headers: { 'x-amzn-requestid': 'r' }, body: undefined } : handle(r)),
    },
  },
  {
    name: 'domain-pages-ignore-next-token',
    deviation: 'ListVoiceProfileDomains ignores NextToken: every page is the first one again',
    caughtBy: 'read_your_writes',
    needs: ['positive_acceptance'],
    options: onRequest((r) => (r.method === 'GET' && r.target.startsWith('/voice-profile-domains?') ? { ...r, target: r.target.replace(/([?&])next-token=[^&]*&?/, '$1').replace(/[?&]$/, '') } : r)),
  },
];
