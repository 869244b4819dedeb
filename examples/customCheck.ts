import { defaultChecks, defineCheck, exampleCredentials, openTarget, runVerify } from 'chime-conformance';

// Our own rule, gated beside the contract's: whatever we create says it was created now. A clock minutes
// off breaks our audit trail and our SLA reports long before anything else notices.
const allowedSkewMs = 5 * 60_000;

const createdNow = defineCheck({
  name: 'created_now',
  summary: 'what a Create or Start makes says it was created within 5 minutes of now',
  applies: (op) => /^(Create|Start)/.test(op.name) || 'creates nothing',
  property: async ({ send, expect }) => {
    const { answer, output } = await send(); // the prepared request, through the AWS SDK v3
    const made = Object.values(output ?? {}).find((v) => typeof v === 'object' && v !== null && 'CreatedTimestamp' in v);
    const at: unknown = made?.CreatedTimestamp;
    if (!(at instanceof Date)) return expect(false, `answered ${answer.status} without a CreatedTimestamp`);
    const skewMs = Math.abs(Date.now() - at.getTime());
    expect(skewMs <= allowedSkewMs, `CreatedTimestamp ${at.toISOString()} is ${skewMs} ms from now`);
  },
});

// The embedded emulator here; give openTarget your endpoint ({ endpoint: 'http://127.0.0.1:4566', … }).
const region = 'us-east-1';
const { target, embedded, close } = await openTarget({ region, credentials: exampleCredentials, auth: 'off' });
try {
  const result = await runVerify({
    target,
    embedded,
    runs: 5,
    seed: 42,
    auth: 'off',
    region,
    credentials: exampleCredentials,
    checks: [...defaultChecks, createdNow],
  });
  for (const { check, operation, outcome } of result.cells) {
    if (outcome.status !== 'fail') continue;
    const { message, curl, replay } = outcome.failure;
    // runVerify({ …, checks: [...defaultChecks, createdNow], replay }) reruns exactly this case.
    console.log(`✗ ${check} on ${operation}: ${message}\n  ${curl}\n  replay: ${replay}`);
  }
  const ours = result.cells.filter((c) => c.check === 'created_now' && c.outcome.status === 'pass').length;
  console.log(result.conformant ? `conformant, created_now included (${ours} operations)` : 'NOT conformant');
  process.exitCode = result.conformant ? 0 : 1;
} finally {
  await close();
}
