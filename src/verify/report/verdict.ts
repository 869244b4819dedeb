/** A run's verdict in one word, as the console, the HTML report and the exit code say it. */
export type Verdict = 'CONFORMANT' | 'NOT CONFORMANT' | 'INCONCLUSIVE';

/**
 * A failure outweighs everything: a wrong answer is wrong however many others were throttled. Inconclusive
 * cells alone leave no verdict either way: what they would have found is unknown.
 */
export function verdictOf(counts: { readonly failed: number; readonly inconclusive: number }): Verdict {
  if (counts.failed > 0) return 'NOT CONFORMANT';
  return counts.inconclusive > 0 ? 'INCONCLUSIVE' : 'CONFORMANT';
}
