import { UsageError } from '../command.js';

/** `--region`: an AWS region's name (us-east-1 when not given); anything else is a usage error before a byte is sent. */
export function regionOption(text: string | undefined): string {
  if (text === undefined) return 'us-east-1';
  if (!/^[a-z]{2}(-[a-z0-9]+)+-\d+$/.test(text)) throw new UsageError(`--region ${JSON.stringify(text)} is not an AWS region name`, 'e.g. --region us-east-1');
  return text;
}
