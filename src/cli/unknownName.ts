import { didYouMean } from './didYouMean.js';

/**
 * Names no one knows, each with the known ones nearest to it: `StartSpeakerSearchTask; did you mean
 * voice.StartSpeakerSearchTask or media-pipelines.StartSpeakerSearchTask?` for one, `A (did you mean …?), B`
 * for several, a name with nothing near it as it is.
 */
export function unknownNames(unknown: readonly string[], known: readonly string[]): string {
  const one = unknown.length === 1;
  return unknown
    .map((u) => {
      const near = didYouMean(u, known);
      return near ? (one ? `${u}; ${near}` : `${u} (${near})`) : u;
    })
    .join(', ');
}
