/** Pact's colours and cursor codes: a summary is read in CI logs, where they are noise. */
const ansi = /\u001b\[[0-9;]*[A-Za-z]/g;
const plain = (text: string) => text.replace(ansi, '');

/** Pact's reason: a message for setup and state errors, a list of mismatches for a wrong status, header or body. */
interface Mismatch {
  readonly message?: string;
  readonly mismatches?: readonly { readonly mismatch?: string; readonly type?: string }[];
}

const reasonOf = (m: Mismatch | undefined): string => m?.message ?? (m?.mismatches?.length ? m.mismatches.map((x) => x.mismatch ?? x.type ?? 'a mismatch').join('; ') : 'no reason given');

interface PactReport {
  readonly errors?: readonly { readonly interaction?: string; readonly mismatch?: Mismatch }[];
  readonly interactionResults?: readonly unknown[];
  readonly output?: readonly string[];
}

function reportOf(message: string): PactReport | undefined {
  try {
    const parsed: unknown = JSON.parse(message);
    return parsed && typeof parsed === 'object' ? (parsed as PactReport) : undefined;
  } catch {
    return undefined;
  }
}

/** Lines at most before "and N more": a summary a person reads, the rest behind --verbose. */
const shown = 10;

/**
 * A failed verification in a few lines: how many interactions failed of how many, each with Pact's reason, and
 * where the full report is. With `verbose`, Pact's own report follows, without its terminal codes.
 */
export function pactFailureSummary(message: string, verbose: boolean): string[] {
  const report = reportOf(message);
  if (!report?.errors) return [`pact verify: FAILED: ${plain(message).split('\n')[0] ?? ''}`];
  const total = report.interactionResults?.length;
  const lines = [`pact verify: FAILED: ${report.errors.length}${total === undefined ? '' : ` of ${total}`} interaction(s) did not match`];
  for (const e of report.errors.slice(0, shown)) lines.push(`  - ${plain(e.interaction ?? 'an interaction')}: ${plain(reasonOf(e.mismatch))}`);
  if (report.errors.length > shown) lines.push(`  … and ${report.errors.length - shown} more`);
  if (verbose) lines.push('', ...(report.output ?? []).flatMap((o) => plain(o).split('\n')));
  else lines.push("Hint: --verbose prints Pact's full report.");
  return lines;
}
