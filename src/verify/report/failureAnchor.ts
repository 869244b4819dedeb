/**
 * The id of a failing cell's counterexample, for the link from the matrix. Check names and operation ids
 * hold no '=' (see assertCheckName), which the page's filter takes as its mark: a jump to a counterexample
 * never reads as a filter.
 */
export function failureAnchor(check: string, operation: string): string {
  return `failure:${check}:${operation}`;
}
