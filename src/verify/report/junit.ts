import type { CellEvent } from '../run/events.js';
import { markupText as xml } from './markupText.js';

/** A cell's retries as a testcase property (read by Jenkins, GitLab and most JUnit viewers), where it had any. */
const retriesProperty = (c: CellEvent): string => (c.retries > 0 ? `\n    <properties><property name="retries" value="${c.retries}"/></properties>` : '');

/** JUnit XML: one testcase per operation × check, failures with their counterexample and replay line. */
export function junit(cells: readonly CellEvent[]): string {
  const cases = cells.map((c) => {
    const head = `  <testcase classname="${xml(c.operation)}" name="${xml(c.check)}" time="${(c.ms / 1000).toFixed(3)}"`;
    if (c.outcome.status === 'pass') return c.retries === 0 ? `${head}/>` : `${head}>${retriesProperty(c)}\n  </testcase>`;
    if (c.outcome.status === 'skip') return `${head}>${retriesProperty(c)}\n    <skipped message="${xml(c.outcome.reason)}"/>\n  </testcase>`;
    // Neither a pass nor a failure: JUnit has no third verdict, so it is a skip that says it is inconclusive.
    if (c.outcome.status === 'inconclusive') return `${head}>${retriesProperty(c)}\n    <skipped message="${xml(`inconclusive: ${c.outcome.reason}`)}"/>\n  </testcase>`;
    const f = c.outcome.failure;
    const detail = [f.curl && `curl: ${f.curl}`, f.sdk && `sdk: ${f.sdk}`, f.replay && `replay: ${f.replay}`].filter(Boolean).map((l) => xml(String(l)));
    return `${head}>${retriesProperty(c)}\n    <failure message="${xml(f.message)}">${detail.join('\n')}</failure>\n  </testcase>`;
  });
  const failed = cells.filter((c) => c.outcome.status === 'fail').length;
  const skipped = cells.filter((c) => c.outcome.status === 'skip' || c.outcome.status === 'inconclusive').length;
  const time = (cells.reduce((t, c) => t + c.ms, 0) / 1000).toFixed(3);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuite name="chime-conformance" tests="${cells.length}" failures="${failed}" skipped="${skipped}" time="${time}">`,
    ...cases,
    '</testsuite>',
    '',
  ].join('\n');
}
