/**
 * chime-conformance/verify: runVerify, the checks and openTarget, as the CLI's verify uses them. Loads
 * fast-check and the AWS SDK v3 clients (dependencies: verify compares every answer with what the SDK makes
 * of it). exampleCredentials is here too, since openTarget's embedded emulator accepts them.
 */
export { runVerify } from '../verify/runVerify.js';
export type { VerifyOptions, VerifyResult } from '../verify/runVerify.js';
export { checks, checks as defaultChecks } from '../verify/checks/index.js';
export type { Check, CheckChoice, CheckContext, Failure, Outcome } from '../verify/check.js';
export { defineCheck } from '../verify/defineCheck.js';
export type { CheckCase, CheckDefinition } from '../verify/defineCheck.js';
export type { SdkExchange } from '../verify/sdkSender.js';
export type { WireAnswer } from '../verify/rawClient.js';
export type { Called, Target } from '../verify/target.js';
export type { CellEvent, VerifyEvent } from '../verify/events.js';
export { openTarget } from '../verify/openTarget.js';
export type { OpenedTarget, TargetOptions } from '../verify/openTarget.js';
export { exampleCredentials } from '../emulator/wire/sigv4.js';
