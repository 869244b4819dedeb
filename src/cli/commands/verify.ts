import { parseArgs } from 'node:util';
import { operations } from '../../contract/catalog.js';
import { checks } from '../../verify/checks/index.js';
import type { VerifyEvent } from '../../verify/run/events.js';
import type { HtmlRun } from '../../verify/report/html.js';
import { openTarget, unreachable, UnreachableEndpoint } from '../../verify/reach/openTarget.js';
import { progress, summary } from '../../verify/report/consoleReport.js';
import { shownEndpoint } from '../../verify/report/shownEndpoint.js';
import { parseReplay } from '../../verify/run/parseReplay.js';
import { plan } from '../../verify/run/plan.js';
import { runVerify } from '../../verify/run/runVerify.js';
import { safeText } from '../../verify/report/safeText.js';
import { verdictLine } from '../../verify/report/verdictLine.js';
import { UsageError, type Command } from '../command.js';
import { packageVersion } from '../packageVersion.js';
import { parseVerifyOptions } from './verifyOptions.js';
import { probeWritable } from './probeWritable.js';
import { writeReports } from './verifyReports.js';
import { setupScope, verifyWorld } from './verifyWorld.js';
import { awsEndpoint } from '../../verify/reach/serviceEndpoints.js';
import { planLines } from './verifyPlan.js';
import { runCredentials } from './runCredentials.js';
import { guardRun } from './verifyCleanup.js';

/** The check and operation a replay value names, as a selection. */
function replaySelection(replay: string) {
  const { check, op } = parseReplay(replay);
  return { checks: [check], ops: [op], service: 'all' as const, shard: { index: 1, count: 1 } };
}

export const verifyCommand: Command = {
  name: 'verify',
  help: [
    'Usage: chime-conformance verify [--endpoint URL|aws] [--service media-pipelines|voice|all] [--ops ID,…] [--checks NAME,…]',
    '         [--runs N] [--seed S] [--replay VALUE] [--shard i/n] [--auth off|strict] [--region R]',
    '         [--report junit=FILE,json=FILE,html=FILE,summary=FILE,github-output=FILE]',
    '         [--parallel N] [--time-limit SECONDS]',
    '         [--profile NAME] [--max-created N] [--plan]',
    '         [--request-timeout SECONDS] [--max-answer-bytes N] [--max-attempts N] [--rate N]',
    '         [--setup auto|control-plane|none | --setup-url URL | --fixtures FILE]',
    '',
    'Without --endpoint it checks the embedded emulator: the reference run. Each check × operation cell runs',
    'generated cases (--runs, default 10); a failure prints the shrunk request as curl and as an SDK call, and',
    'a --replay value that reruns exactly that case. `chime-conformance checks` lists the checks.',
    'A cell that cannot finish its cases within its time limit fails: a slow endpoint is not a pass. --time-limit',
    '(default 30 s) is the limit for 10 cases and grows with them: --runs 1000 gives a cell 100 times as long.',
    'Each request must be answered in full within --request-timeout (default 10 s: connect, first byte and last',
    'byte together); an endpoint that stops answering ends the run with exit 2. Answers are read up to',
    '--max-answer-bytes (default 8388608); a larger one fails its case. Text from the endpoint is printed with',
    'control characters escaped (\\u001b), so an answer cannot move the cursor or forge a line.',
    'Reports: junit=, json= (NDJSON; shards merge with `chime-conformance merge`), html=, and for CI summary=',
    '(Markdown appended: the verdict line and failing cells, e.g. summary=$GITHUB_STEP_SUMMARY) and',
    'github-output= (verdict and counts as name=value lines, e.g. github-output=$GITHUB_OUTPUT).',
    '--parallel: cells at once (default 4 against an endpoint, 8 on the embedded emulator, whose run is CPU-bound);',
    'lifecycle cells, which mostly wait on the target, run beside them (up to as many again).',
    'A retry: a request answered 429 (throttled) or 503 (unavailable) says nothing about conformance, so it is',
    'sent again after a random wait, as the AWS SDK does (up to 1 s, then 2 s… for throttling; capped at 20 s),',
    "up to --max-attempts in all (default 3, the SDK's; 1 retries nothing). A case whose request is still refused",
    'after the last attempt is run again whole, a few times; if it never gets a real answer, its cell is',
    'inconclusive (?), neither passed nor failed. --rate N: at most N requests per second, retries included (for',
    'targets with published limits; N may be below 1). The summary, reports and verdict line count the retries.',
    '',
    'Setup: a task starts only on a pipeline or live call that exists, as on the real service. verify takes them',
    "(and moves a manual clock) from the target's control plane (found at /_chime/setup, or --setup control-plane),",
    'from your --setup-url hook (the protocol: schemas/setup/, docs/verify.md), or from --fixtures FILE (calls and',
    'pipelines that exist, one per case). A case that needs what none gives is not applicable, with the reason; the',
    'verdict line says the setup it held on. --setup none takes every pipeline and call to exist.',
    '',
    'Exit codes: 0 conformant, 1 conformance failures (whatever else happened), 2 inconclusive (nothing failed, but',
    'some cells got no real answer), or a usage or connection error.',
    'Credentials for --auth strict: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN (default: the AWS',
    'documentation example pair).',
    '',
    'The real service: --endpoint aws --region R sends to the regional hosts the AWS SDK resolves (Media Pipelines and',
    'Voice apart), signed with credentials from the SDK chain (environment, AWS_PROFILE, SSO) or --profile NAME. Checks',
    'not safe on a real account do not run there (see `chime-conformance checks`). --max-created N (default 10 there;',
    'any endpoint) creates at most N resources and deletes or stops all of them at the end, on failure, Ctrl-C and',
    'SIGTERM, listing what it could not by ID. --plan prints hosts, region, credential source, ceiling and cells,',
    'and sends nothing. docs/verify.md, "Against the real service".',
    '',
    'Examples:',
    '  chime-conformance verify',
    '  chime-conformance verify --endpoint http://127.0.0.1:4566 --service voice --report junit=conformance.xml',
    '  chime-conformance verify --shard 2/4 --seed 42',
    '  chime-conformance verify --endpoint http://127.0.0.1:4567 --setup-url http://127.0.0.1:9000/setup',
    '  chime-conformance verify --endpoint aws --region eu-central-1 --profile my-profile --plan',
  ].join('\n'),
  async run(args, io) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        plan: { type: 'boolean' as const },
        ...Object.fromEntries(
          [
            'endpoint',
            'service',
            'ops',
            'checks',
            'runs',
            'seed',
            'replay',
            'shard',
            'auth',
            'region',
            'report',
            'parallel',
            'time-limit',
            'request-timeout',
            'max-answer-bytes',
            'max-attempts',
            'rate',
            'setup',
            'setup-url',
            'fixtures',
            'profile',
            'max-created',
          ].map((k) => [k, { type: 'string' as const }]),
        ),
      },
    });
    const o = parseVerifyOptions(values as Record<string, string | undefined>, { operations, checks: checks.map((c) => c.name) });
    const cells = plan({ ...o, ...(o.replay ? replaySelection(o.replay) : {}) });
    if (cells.length === 0) {
      throw new UsageError(o.replay ? `--replay ${o.replay} names no check and operation` : 'the selection has no check × operation cell', 'check --service, --ops, --checks, --shard or --replay');
    }
    if (values['plan'] === true) return (planLines(o, cells).forEach((l) => io.out(safeText(l))), 0);
    for (const file of Object.values(o.reports)) probeWritable(file);
    const credentials = await runCredentials(o);
    const opened = await openTarget({ ...o, credentials }).catch((e: unknown) => {
      if (e instanceof UnreachableEndpoint) throw new UsageError(e.message, 'start the implementation, or check --endpoint');
      throw e;
    });
    const world = await verifyWorld(opened, o.setup, o.limits).catch(async (e: unknown) => {
      await opened.close();
      throw e;
    });
    // Against an endpoint, an interrupted run deletes what it made; only --max-created also cleans up at a normal end
    // (an emulator's leftovers of failing cases are kept for whoever looks into them).
    const guard = opened.embedded ? undefined : guardRun(opened.target, o.maxCreated, io, world);
    const cleanAtEnd = o.maxCreated !== undefined;
    const events: VerifyEvent[] = [];
    const startedAt = new Date().toISOString();
    const live = progress((t) => io.progress?.(t), io.isTty ?? false);
    try {
      const result = await runVerify({
        ...o,
        credentials,
        onAccount: o.endpoint === awsEndpoint,
        target: guard?.target ?? opened.target,
        embedded: opened.embedded,
        world,
        onEvent: (e) => (events.push(e), live(e)),
      });
      const endpoint = o.endpoint ? ` --endpoint ${shownEndpoint(o.endpoint)}` : '';
      io.out(summary(result.cells, (r) => `chime-conformance verify${endpoint} --replay '${r}'`));
      const end = events.find((e) => e.type === 'run-end');
      if (end?.type === 'run-end') {
        const target = opened.embedded ? 'the embedded emulator' : shownEndpoint(o.endpoint ?? '');
        io.out(verdictLine({ end, cells: result.cells, scope: setupScope(world, result.cells), target, seed: o.seed }));
      }
      const run: HtmlRun = {
        title: 'chime-conformance verify',
        ...(o.endpoint ? { endpoint: o.endpoint } : {}),
        seed: o.seed,
        startedAt,
        ms: end?.type === 'run-end' ? end.ms : 0,
        version: packageVersion(),
      };
      const cleaned = cleanAtEnd ? await guard?.finish() : undefined;
      if (cleaned) events.push({ type: 'cleanup', created: cleaned.created, ended: cleaned.ended, left: cleaned.left });
      writeReports(o.reports, result.cells, events, { ...run, ...(cleaned ? { cleanup: cleaned.line } : {}) });
      if (result.conformant) return 0;
      // Nothing failed, but some cells got no real answer: no verdict, which CI must not read as a pass.
      if (end?.type === 'run-end' && end.failed === 0) return 2;
      // Failures from an endpoint that went away are about the connection, not conformance: exit 2, as at the start.
      const lost = await unreachable(opened.target);
      if (lost === undefined) return 1;
      const hint = 'keep the implementation up and answering for the whole run (or raise --request-timeout if it is only slow), then run again';
      io.err(safeText(`chime-conformance verify: lost the connection to ${shownEndpoint(opened.target.endpoint)} during the run (${lost}); the failures above may be that alone. Hint: ${hint}.`));
      return 2;
    } finally {
      // Also when the run threw: what it made is deleted before the target goes.
      if (cleanAtEnd) await guard?.finish().catch(() => undefined);
      guard?.dispose();
      await opened.close();
    }
  },
};
