import { parseArgs } from 'node:util';
import { BadAcceptList, readAcceptList, type AcceptEntry } from '../../parity/compare/acceptList.js';
import { acceptance } from '../../parity/compare/acceptance.js';
import { judgeRow, type JudgedRow } from '../../parity/compare/judgeRow.js';
import type { Exchange } from '../../parity/exchange.js';
import { readRecording } from './readRecording.js';
import { advancingWorld } from '../../parity/replay/advancingWorld.js';
import { parityHead, parityJson, parityLines, paritySummary } from '../../parity/replay/parityTable.js';
import { replay } from '../../parity/replay/replay.js';
import { replayProgress } from '../../parity/replay/replayProgress.js';
import { EndpointGone } from '../../verify/reach/answerLimits.js';
import { openTarget, UnreachableEndpoint, type OpenedTarget } from '../../verify/reach/openTarget.js';
import { safeText } from '../../verify/report/safeText.js';
import { shownEndpoint } from '../../verify/report/shownEndpoint.js';
import type { World } from '../../verify/world/world.js';
import { UsageError, type CliIo, type Command } from '../command.js';
import { runCredentials } from './runCredentials.js';
import { parseVerifyOptions, type ParsedVerifyOptions } from './verifyOptions.js';
import { verifyWorld } from './verifyWorld.js';

/** verify's flags for reaching a target and its world, with verify's names, meanings and checks. */
const verifyFlags = ['endpoint', 'auth', 'region', 'profile', 'request-timeout', 'max-answer-bytes', 'max-attempts', 'rate', 'setup', 'setup-url', 'fixtures'];

/** A gap longer than this is cut where the target's time can only be waited for: a paused session must not stall a replay. */
const waitedGapCapMs = 60_000;

const help = [
  'Usage: chime-conformance replay FILE.har [--endpoint URL|aws] [--accept FILE] [--json]',
  '         [--auth off|strict] [--region R] [--profile NAME] [--request-timeout SECONDS] [--max-answer-bytes N]',
  '         [--max-attempts N] [--rate N] [--setup auto|control-plane|none | --setup-url URL | --fixtures FILE]',
  '',
  'Sends the exchanges of a recording (HAR 1.2, as proxy --record writes it) again, in order, to an',
  'implementation (default: the embedded emulator), and compares each answer with the recorded one.',
  '',
  'Identity is carried forward: an ID or ARN the recording got in an answer (a domain, a profile, a task) stands',
  'for the one the target answered in its place, in the paths, queries and bodies of later requests. Pipelines',
  "and calls the recording found on its account come from the target's world (its /_chime/setup control plane,",
  '--setup-url or --fixtures, as verify takes them), keeping the recorded IDs where it can. Each valid',
  'ClientRequestToken is replaced by a fresh one, the same for the same token.',
  'Time: the gaps between recorded requests pass on the target first. The embedded emulator and a manual clock',
  '(serve --clock manual) are advanced, at once, each gap by at most 1096 days (past the longest retention',
  'window no answer changes); any other target is waited for, each gap cut at 60 s. The row says where a gap',
  'was cut. A task InProgress 4 s after its start in the recording is asked 4 s after its start.',
  '',
  'Compared: the status, the x-amzn-errortype header and the JSON body (other bodies as bytes), after taking out',
  'what differs by nature: request IDs, timestamps (their form still counts), generated IDs (equal once mapped),',
  "an ARN's account and region, the order of lists of objects, and the wording of an error's Message.",
  'Each row: index, operation (or METHOD path), same / different / accepted, and how:',
  '  4  voice.GetSpeakerSearchTask                  different  value /SpeakerSearchTask/SpeakerSearchTaskStatus "IN_PROGRESS" → "SUCCEEDED"',
  'then `N exchanges: S same, D different, A accepted`. --json: one NDJSON line per exchange, then the summary.',
  '',
  '--accept FILE: known differences, each with the reason it is fine (kind: status|missing|added|value|error-type;',
  'operation: an id or a glob, default any; path: a JSON pointer, * for a segment, matching below it too):',
  '  {"accept":[{"operation":"voice.GetSpeakerSearchTask","path":"/SpeakerSearchTask/CallDetails","kind":"missing",',
  '              "reason":"the service leaves CallDetails out of searches on a Voice Connector we do not own"}]}',
  'An entry without a reason accepts nothing and fails the run; one that matched nothing is a warning (stale).',
  '',
  "Requests are signed as verify signs them (--auth, the same credentials), with verify's deadlines and caps.",
  'Exit codes: 0 no difference (or all accepted), 1 a difference not accepted or an acceptance without a reason,',
  '2 a usage error, a recording that cannot be read, or a target that cannot be reached.',
  '',
  'Examples:',
  '  chime-conformance proxy --upstream aws --region us-east-1 --profile my-sso --record real.har',
  '  chime-conformance replay real.har',
  '  chime-conformance replay real.har --endpoint http://127.0.0.1:4566 --accept known-differences.json',
  '  chime-conformance replay real.har --json | jq -c \'select(.parity == "different")\'',
].join('\n');

async function acceptOf(file: string | undefined, io: CliIo): Promise<AcceptEntry[]> {
  if (file === undefined) return [];
  const hint = 'see chime-conformance replay --help for the accept file: {"accept":[{"operation","path","kind","reason"}]}';
  const text = await io.readFile(file).catch((e: unknown) => {
    throw new UsageError(`--accept ${file} cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, hint);
  });
  try {
    return readAcceptList(text);
  } catch (e) {
    throw e instanceof BadAcceptList ? new UsageError(`--accept ${file} ${e.message}`, hint) : e;
  }
}

/** The target's world, and whether its time is advanced (no cap on gaps) or waited for. */
async function worldOf(opened: OpenedTarget, o: ParsedVerifyOptions): Promise<{ world: World; advanced: boolean }> {
  if (opened.embedded && o.setup.from === 'auto') return { world: advancingWorld(opened.target.endpoint, o.limits), advanced: true };
  const world = await verifyWorld(opened, o.setup, o.limits);
  // A setup source with a manual clock says so in its description: the only sign a World gives of it.
  return { world, advanced: world.source.endsWith('manual clock') };
}

const entryName = (e: AcceptEntry): string => `${e.number} (${e.operation} ${e.kind}${e.path === undefined ? '' : ` ${e.path}`})`;

/** Replays, printing rows as they come; answers the exit code. */
async function run(exchanges: readonly Exchange[], entries: readonly AcceptEntry[], opened: OpenedTarget, o: ParsedVerifyOptions, json: boolean, io: CliIo): Promise<number> {
  const { world, advanced } = await worldOf(opened, o);
  const accept = acceptance(entries);
  const rows: JudgedRow[] = [];
  const progress = replayProgress(exchanges.length, (line) => io.err(line));
  const target = opened.embedded ? 'the embedded emulator' : shownEndpoint(o.endpoint ?? '');
  if (!json) io.out(safeText(`Replaying ${exchanges.length} exchanges on ${target} (${advanced ? 'its clock advanced over the recorded gaps' : 'recorded gaps waited for, each at most 60 s'}):`));
  if (!json) io.out(parityHead(exchanges.length));
  try {
    await replay(exchanges, {
      target: opened.target,
      world,
      ...(advanced ? {} : { gapCapMs: waitedGapCapMs }),
      onRow(r) {
        const row = judgeRow(r, accept);
        rows.push(row);
        for (const line of json ? [safeText(parityJson(row))] : parityLines(row, exchanges.length)) io.out(line);
        progress(rows);
      },
    });
  } catch (e) {
    if (!(e instanceof EndpointGone)) throw e;
    const hint = 'keep the implementation up and answering for the whole replay (or raise --request-timeout if it is only slow), then run again';
    io.err(safeText(`chime-conformance replay: lost the connection to ${target} after ${rows.length} of ${exchanges.length} exchanges (${e.why}). Hint: ${hint}.`));
    return 2;
  } finally {
    await world.teardown();
  }
  const summary = paritySummary(rows);
  io.out(json ? summary.json : summary.line);
  for (const e of accept.stale()) io.err(safeText(`chime-conformance replay: warning: accept entry ${entryName(e)} matched no difference: a stale acceptance, remove it.`));
  for (const e of accept.reasonless) io.err(safeText(`chime-conformance replay: accept entry ${entryName(e)} has no reason, so it accepts nothing. Hint: say in "reason" why the difference is fine.`));
  return rows.some((r) => r.parity === 'different') || accept.reasonless.length > 0 ? 1 : 0;
}

export const replayCommand: Command = {
  name: 'replay',
  help,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { json: { type: 'boolean' }, accept: { type: 'string' }, ...Object.fromEntries(verifyFlags.map((k) => [k, { type: 'string' as const }])) },
    });
    const [file, ...more] = positionals;
    if (file === undefined || more.length > 0)
      throw new UsageError(file === undefined ? 'replay needs a recording' : `replay takes one recording, not ${positionals.length}`, 'e.g. chime-conformance replay real.har');
    const o = parseVerifyOptions(values as Record<string, string | undefined>, { operations: [], checks: [] });
    const exchanges = await readRecording(file, io);
    const entries = await acceptOf(values.accept as string | undefined, io);
    const credentials = await runCredentials(o);
    const opened = await openTarget({ ...o, credentials }).catch((e: unknown) => {
      throw e instanceof UnreachableEndpoint ? new UsageError(e.message, 'start the implementation, or check --endpoint') : e;
    });
    try {
      return await run(exchanges, entries, opened, o, values.json === true, io);
    } finally {
      await opened.close();
    }
  },
};
