/**
 * chime-conformance/verify: runVerify, the checks and openTarget, as the CLI's verify uses them. Loads
 * fast-check and the AWS SDK v3 clients (dependencies: verify compares every answer with what the SDK makes
 * of it). exampleCredentials is here too, since openTarget's embedded emulator accepts them; chooseWorld and
 * setupSchemas for the pipelines, calls and clock cases need (a control plane, a setup hook, fixtures).
 */
export { runVerify } from '../verify/run/runVerify.js';
export type { VerifyOptions, VerifyResult } from '../verify/run/runVerify.js';
export { checks, checks as defaultChecks } from '../verify/checks/index.js';
export type { Check, CheckChoice, CheckContext, Failure, Outcome } from '../verify/run/check.js';
export { defineCheck } from '../verify/run/defineCheck.js';
export type { CheckCase, CheckDefinition } from '../verify/run/defineCheck.js';
export type { SdkExchange } from '../verify/reach/sdkSender.js';
export type { WireAnswer } from '../verify/reach/rawClient.js';
export type { Called, Target } from '../verify/reach/target.js';
export type { CellEvent, VerifyEvent } from '../verify/run/events.js';
export { openTarget } from '../verify/reach/openTarget.js';
export type { OpenedTarget, TargetOptions } from '../verify/reach/openTarget.js';
export { exampleCredentials } from '../emulator/wire/sigv4.js';
export { chooseWorld } from '../verify/world/chooseWorld.js';
export type { SetupChoice } from '../verify/world/chooseWorld.js';
export type { LiveCall, World } from '../verify/world/world.js';
export { readFixtures } from '../verify/world/readFixtures.js';
export type { Fixtures } from '../verify/world/readFixtures.js';
export { setupSchemas } from '../verify/world/setupSchemas.js';
