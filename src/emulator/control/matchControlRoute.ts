import { ControlError, type ControlRoute } from './controlRoute.js';
import { controlRoutes } from './routes/index.js';

interface Compiled {
  readonly route: ControlRoute;
  readonly pattern: RegExp;
  readonly labels: readonly string[];
}

const compiled: readonly Compiled[] = controlRoutes.map((route) => ({
  route,
  labels: [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''),
  pattern: new RegExp(`^${route.path.replace(/\{\w+\}/g, '([^/]+)')}/?$`),
}));

const listing = () => controlRoutes.map((r) => `${r.method} ${r.path}`).join(', ');

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new ControlError(400, `the path segment "${segment}" is not valid percent-encoding`, 'encode labels with encodeURIComponent');
  }
}

/** The route a control request names, with its labels decoded; 404 or 405 with the paths that exist. */
export function matchControlRoute(method: string, path: string): { route: ControlRoute; labels: Record<string, string> } {
  const samePath = compiled.filter((c) => c.pattern.test(path));
  if (samePath.length === 0) throw new ControlError(404, `no control path ${path}`, `the control paths are ${listing()}`);
  const found = samePath.find((c) => c.route.method === method);
  if (!found) throw new ControlError(405, `${path} does not answer ${method}`, `use ${samePath.map((c) => c.route.method).join(' or ')}`);
  const values = found.pattern.exec(path)?.slice(1) ?? [];
  return { route: found.route, labels: Object.fromEntries(found.labels.map((name, i) => [name, decode(values[i] ?? '')])) };
}
