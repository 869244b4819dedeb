/** Arbitraries are immutable and costly to build (regexes are parsed): build each one once per operation id. */
export function memoize<T>(build: (id: string) => T): (id: string) => T {
  const built = new Map<string, T>();
  return (id) => {
    let value = built.get(id);
    if (value === undefined) built.set(id, (value = build(id)));
    return value;
  };
}
