import { parseJson } from '../../shared/parseJson.js';
import { EndpointGone } from '../../verify/reach/answerLimits.js';
import type { WireAnswer } from '../../verify/reach/rawClient.js';
import type { Target } from '../../verify/reach/target.js';
import type { EncodedRequest } from '../../wire/encodeRequest.js';
import { compareAnswers, type ComparedAnswer } from '../compare/compareAnswers.js';
import type { Difference } from '../compare/difference.js';
import { bodyBytes, headerValue, type Exchange } from '../exchange.js';
import { learnIdentities } from './learnIdentities.js';
import { replayRequest } from './replayRequest.js';

const errorType = (value: string | undefined): string | undefined => value?.split(':')[0];
/** Node's client names answer headers in lower case; a wire of another's may not. */
const answerHeader = (headers: Readonly<Record<string, string>>, name: string): string | undefined => Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1];
const json = (bytes: Buffer): unknown => (bytes.length === 0 ? undefined : ((r) => (r.ok ? r.value : undefined))(parseJson(bytes.toString('utf8'))));
const success = (status: number): boolean => status >= 200 && status < 300;

/**
 * Sends one recorded request again and compares the answers. Identities are learnt from the two answers before
 * they are compared, so the IDs a Create made are equal already in its own answer. A request that got no answer
 * (its deadline, the answer cap, a target still throttling after the retries) is a difference of its status; a
 * target that is gone ends the replay.
 */
export async function replayExchange(ex: Exchange, target: Target, identities: Map<string, string>, freshToken: () => string) {
  const sent: EncodedRequest = replayRequest(ex.request, identities, freshToken);
  const recorded: ComparedAnswer = { status: ex.response.status, errorType: errorType(headerValue(ex.response.headers, 'x-amzn-errortype')), body: bodyBytes(ex.response.body) };
  let answer: WireAnswer;
  try {
    answer = await target.raw(sent);
  } catch (e) {
    if (e instanceof EndpointGone) throw e;
    const why = `no answer (${(e as Error).message})`;
    const differences: Difference[] = [{ kind: 'status', path: '', recorded: recorded.status, replayed: why }];
    return { sent, answer: undefined, differences, notes: [] as string[] };
  }
  const replayed: ComparedAnswer = { status: answer.status, errorType: errorType(answerHeader(answer.headers, 'x-amzn-errortype')), body: Buffer.from(answer.body, 'utf8') };
  if (success(recorded.status) && success(replayed.status)) learnIdentities(identities, json(recorded.body), json(replayed.body));
  return { sent, answer, differences: compareAnswers(recorded, replayed, identities), notes: [] as string[] };
}
