import { ControlError, type ControlBody } from './controlRoute.js';

const usage = (route: string, member: string, what: string, example: string) => new ControlError(400, `${route}: "${member}" ${what}`, `send e.g. ${example}`);

/** A required non-empty string member of a control body. */
export function requiredString(body: ControlBody, route: string, member: string, example: string): string {
  const value = body[member];
  if (typeof value !== 'string' || value === '') throw usage(route, member, value === undefined ? 'is missing' : 'must be a non-empty string', example);
  return value;
}

/** An optional string member: absent is undefined, anything but a non-empty string is refused. */
export function optionalString(body: ControlBody, route: string, member: string, example: string): string | undefined {
  return body[member] === undefined ? undefined : requiredString(body, route, member, example);
}

/** A required whole number of milliseconds, at least 0 and at most 100 years (a typo, not a wish). */
export function requiredMs(body: ControlBody, route: string, member: string, example: string): number {
  const value = body[member];
  const hundredYears = 100 * 366 * 24 * 3600 * 1000;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > hundredYears) {
    throw usage(route, member, value === undefined ? 'is missing' : `must be a whole number of milliseconds from 0 to ${hundredYears}`, example);
  }
  return value;
}
