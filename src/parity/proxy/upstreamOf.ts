import type { ServiceName } from '../../contract/operation.js';
import { route } from '../../wire/route.js';

/**
 * Which service a request is for, so it goes to that service's host on the real service: its operation's, or,
 * for a request no route matches (it is forwarded all the same), the one whose paths it starts like.
 */
export function serviceOf(method: string, target: string): ServiceName {
  const at = target.indexOf('?');
  const path = at < 0 ? target : target.slice(0, at);
  const found = route(method, path, new URLSearchParams(at < 0 ? '' : target.slice(at + 1)));
  if (found) return found.op.service;
  return path.startsWith('/media-insights-pipelines') ? 'media-pipelines' : 'voice';
}
