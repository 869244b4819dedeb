/** Shorter values are left alone: scrubbing a `1` or `on` out of every message would garble them, and keys are longer. */
const shortest = 4;

/**
 * The credentials an endpoint URL carries (user, password, query values: what `shownEndpoint` hides), as they
 * may appear in free text such as a message quoting a connection error: given and percent-decoded.
 */
export function endpointSecrets(endpoint: string | undefined): string[] {
  let url: URL;
  try {
    url = new URL(endpoint ?? '');
  } catch {
    return [];
  }
  const raw = [
    url.username,
    url.password,
    ...url.search
      .slice(1)
      .split('&')
      .map((pair) => pair.slice(pair.indexOf('=') + 1)),
  ];
  const values = raw.flatMap((v) => {
    try {
      return [v, decodeURIComponent(v.replace(/\+/g, ' '))];
    } catch {
      return [v];
    }
  });
  // Longest first: a secret that contains another is hidden whole, not around the shorter one.
  return [...new Set(values)].filter((v) => v.length >= shortest).sort((a, b) => b.length - a.length);
}
