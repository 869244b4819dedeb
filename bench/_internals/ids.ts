/** Predictable task IDs, so the load generator knows them without asking the server. */
export const benchId = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export function counterIds(): () => string {
  let n = 0;
  return () => benchId(n++);
}
