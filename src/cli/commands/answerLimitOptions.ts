import { defaultAnswerLimits, type AnswerLimits } from '../../verify/reach/answerLimits.js';
import { positive } from './positiveOption.js';

/** The flags every command that sends to an endpoint shares with verify, and their help lines. */
export const answerLimitFlags = { 'request-timeout': { type: 'string' }, 'max-answer-bytes': { type: 'string' } } as const;

/** `--request-timeout SECONDS` and `--max-answer-bytes N`: one request's deadline and answer cap (verify's defaults). */
export const answerLimitOptions = (v: Readonly<Record<string, unknown>>): AnswerLimits => ({
  requestTimeoutMs: positive('request-timeout', v['request-timeout'] as string | undefined, defaultAnswerLimits.requestTimeoutMs / 1000) * 1000,
  maxAnswerBytes: positive('max-answer-bytes', v['max-answer-bytes'] as string | undefined, defaultAnswerLimits.maxAnswerBytes),
});
