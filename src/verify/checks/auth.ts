import { arbitraries } from '../../arbitraries/index.js';
import { encodeRequest } from '../../wire/encodeRequest.js';
import type { Check } from '../run/check.js';
import { describeAnswer } from '../report/describeAnswer.js';
import { sdkErrorType } from './errorType.js';
import { prepare } from '../world/prepare.js';
import { expectThat, propertyOutcome } from '../run/property.js';
import { rawClient } from '../reach/rawClient.js';
import { endpointFor } from '../reach/byService.js';

const refusals = ['UnauthorizedClientException', 'ForbiddenException', 'AccessDeniedException'];
const forged = (date: string, region: string) => `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/${date.slice(0, 8)}/${region}/chime/aws4_request, SignedHeaders=host;x-amz-date, Signature=${'0'.repeat(64)}`;

export const auth: Check = {
  name: 'auth',
  restsOn: ['authentication'],
  summary: 'with --auth strict: unsigned or forged requests get 401/403, real SDK-signed ones are accepted',
  applies: (_, ctx) => ctx.auth === 'strict' || 'runs with --auth strict',
  run: (ctx, op) => {
    const bare = rawClient(endpointFor(ctx.target, op.service));
    const unsigned = ctx.target.retried?.(bare) ?? bare;
    return propertyOutcome(
      ctx,
      'auth',
      op,
      arbitraries.validRequest(op.id),
      async (generated) => {
        const request = await prepare(ctx.target, op, generated);
        const plain = await unsigned(encodeRequest(op, request));
        expectThat([401, 403].includes(plain.status) && refusals.includes(sdkErrorType(plain) ?? ''), () => `an unsigned request answered ${describeAnswer(plain)}`, request);
        const date = new Date().toISOString().replace(/[-:]|\.\d{3}/g, '');
        const encoded = encodeRequest(op, request);
        const fake = await unsigned({ ...encoded, headers: { ...encoded.headers, 'x-amz-date': date, authorization: forged(date, ctx.region) } });
        expectThat(fake.status === 403 && refusals.includes(sdkErrorType(fake) ?? ''), () => `a forged signature answered ${describeAnswer(fake)}`, request);
        const signed = await ctx.target.sdk(op, await prepare(ctx.target, op, generated));
        expectThat(signed.answer.status === op.http.status, () => `a request signed by the AWS SDK answered ${describeAnswer(signed.answer)}`, request);
      },
      Math.max(1, Math.ceil(ctx.runs / 8)),
    );
  },
};
