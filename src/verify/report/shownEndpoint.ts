import { hidden } from '../../shared/scrub.js';

/**
 * An endpoint as reports and the console show it: credentials in its user info and every query value
 * (where tokens travel) replaced by `***`, as secrets are everywhere else in a report. Anything that is
 * not a URL is shown as given (it is escaped where it is printed).
 */
export function shownEndpoint(endpoint: string): string {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return endpoint;
  }
  if (!url.username && !url.password && !url.search) return endpoint;
  if (url.username) url.username = hidden;
  if (url.password) url.password = hidden;
  for (const key of new Set(url.searchParams.keys())) url.searchParams.set(key, hidden);
  return url.href;
}
