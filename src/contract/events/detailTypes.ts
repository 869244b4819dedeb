import { eventValidators } from '../../generated/eventValidators.js';
import type { AjvError } from '../toIssues.js';

export type EventValidator = ((data: unknown) => boolean) & { errors?: readonly AjvError[] | null };

const byDetailType = eventValidators as Readonly<Record<string, EventValidator>>;

/** The detail types the contract describes: `SpeakerSearchStatus`, `VoiceAnalyticsStatus`, `VoiceToneAnalysisStatus`. */
export const eventDetailTypes: readonly string[] = Object.keys(byDetailType).sort();

/** The validator of one detail type, or undefined for any other value (inherited names such as toString included). */
export const eventValidatorFor = (detailType: unknown): EventValidator | undefined =>
  typeof detailType === 'string' && Object.hasOwn(byDetailType, detailType) ? byDetailType[detailType] : undefined;
