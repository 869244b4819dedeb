import { isSdkNodeWarning } from './sdkNodeWarning.js';

/**
 * For the CLI process only (a library user's process keeps the SDK's warning): this tool supports Node 20,
 * so the SDK's notice that its 2027 releases will need Node 22 is nine lines of noise on every verify.
 * The environment switch the SDK reads (newer releases) also reaches the embedded emulator's worker
 * thread, whose `process` this filter does not cover; the filter covers releases without the switch.
 * Every other warning still prints.
 */
export function quietSdkNodeWarning(): void {
  process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
  const emitWarning = process.emitWarning.bind(process) as (...a: unknown[]) => void;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    if (!isSdkNodeWarning(warning, rest[0])) emitWarning(warning, ...rest);
  }) as typeof process.emitWarning;
}
