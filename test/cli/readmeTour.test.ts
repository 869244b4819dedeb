import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { missingTool } from '../support/missingTool.js';
import { repoRoot } from '../support/paths.js';
import { serveProcess, type ServedEmulator } from '../support/serveProcess.js';
import { probe } from '../support/subprocess.js';

// The README's tour of serve, read at test time and run line by line as a reader would; each line's comment is
// a claim about what that reader then has, checked below under the comment's exact words.
const tour = /```sh\n(npx chime-conformance serve [^\n]*)\n([\s\S]*?)```/.exec(readFileSync(resolve(repoRoot, 'README.md'), 'utf8'));
const steps = (tour?.[2] ?? '')
  .replace(/\\\n\s*/g, '')
  .trim()
  .split('\n')
  .map((line) => /^(.*?)(?:\s+#\s+(.*))?$/.exec(line)?.slice(1) ?? [line]);
const aws = await probe('aws', ['--version']);
const skip = missingTool('AWS CLI', aws.ok ? undefined : aws.reason, '.ci/run installs it with python3 -m pip install awscli when it is missing');

interface Task {
  VoiceToneAnalysisTaskId: string;
  VoiceToneAnalysisTaskStatus: string;
  CreatedTimestamp: string;
  StartedTimestamp?: string;
}
interface Logged {
  event: { time: string; detail: { detailStatus: string; isCaller: boolean; voiceToneAnalysisDetails?: { currentAverageVoiceTone: { startTime: string; endTime: string } } } };
}
let served: ServedEmulator | undefined;
let task: Task;
const ms = (later: string, earlier: string) => Date.parse(later) - Date.parse(earlier);
const claims: Record<string, (out: string) => Promise<void>> = {
  IN_QUEUE: async (out) => {
    task = (JSON.parse(out) as { VoiceToneAnalysisTask: Task }).VoiceToneAnalysisTask;
    expect(task.VoiceToneAnalysisTaskStatus).toBe('IN_QUEUE');
  },
  'IN_PROGRESS at 500 ms, a tone result at 5500 ms': async (out) => {
    expect(ms((JSON.parse(out) as { now: string }).now, task.CreatedTimestamp)).toBe(5500);
    const got = await fetch(`${served?.url}/voice-connectors/abcdef1234567890abcde/voice-tone-analysis-tasks/${task.VoiceToneAnalysisTaskId}?isCaller=true`);
    const now = ((await got.json()) as { VoiceToneAnalysisTask: Task }).VoiceToneAnalysisTask;
    expect([now.VoiceToneAnalysisTaskStatus, ms(now.StartedTimestamp ?? '', now.CreatedTimestamp)]).toEqual(['IN_PROGRESS', 500]);
  },
  'AnalyticsReady, then VoiceToneAnalysisSuccessful, per leg': async (out) => {
    const events = (JSON.parse(out) as { events: Logged[] }).events.map(({ event: { detail, time } }) => [detail.detailStatus, detail.isCaller, ms(time, task.CreatedTimestamp)]);
    expect(events).toEqual([
      ['AnalyticsReady', true, 0],
      ['AnalyticsReady', false, 0],
      ['VoiceToneAnalysisSuccessful', true, 5500],
      ['VoiceToneAnalysisSuccessful', false, 5500],
    ]);
  },
};

describe.skipIf(skip)("the README's tour of serve --clock manual", () => {
  afterAll(async () => void (await served?.stop()));

  it('does, line by line, what its comments say', async () => {
    expect(steps.map(([, comment]) => comment).filter((c) => c !== undefined)).toEqual(Object.keys(claims));
    served = await serveProcess((tour?.[1] ?? '').replace(/^npx chime-conformance serve | &$/g, '').split(' '));
    const host = served.url.replace('http://', '');
    const env = { ...process.env, AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b', AWS_DEFAULT_REGION: 'us-east-1', AWS_CONFIG_FILE: '/dev/null' };
    for (const [command = '', comment] of steps) {
      const { stdout } = await promisify(execFile)('sh', ['-c', command.replace(/(localhost|127\.0\.0\.1):4566/g, host)], { env, encoding: 'utf8' });
      if (comment !== undefined) await claims[comment]?.(stdout);
    }
  });
});
