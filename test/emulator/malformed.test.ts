import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/emulator/http/startServer.js';
import { rawHttp } from '../support/rawHttp.js';

let server: RunningServer;
beforeAll(async () => void (server = await startServer({ maxBodyBytes: 4096 })));
afterAll(async () => server.close());

const domainPath = '/voice-profile-domains';
const json = { 'content-type': 'application/json' };
const domain = JSON.stringify({ Name: 'd', ServerSideEncryptionConfiguration: { KmsKeyArn: 'arn:aws:kms:us-east-1:1:key/k' } });

type Case = [name: string, method: string, target: string, headers: Record<string, string>, body: string | Uint8Array | undefined, status: number, type: string, message: RegExp];

const cases: Case[] = [
  ['malformed JSON', 'POST', domainPath, json, '{"Name": "d",', 400, 'BadRequestException', /not valid JSON/],
  ['truncated JSON', 'POST', domainPath, json, domain.slice(0, 20), 400, 'BadRequestException', /not valid JSON/],
  ['wrong content type', 'POST', domainPath, { 'content-type': 'text/plain' }, domain, 400, 'BadRequestException', /Content-Type: application\/json, not text\/plain/],
  ['empty body where members are required', 'POST', domainPath, json, undefined, 400, 'BadRequestException', /'Name' failed to satisfy constraint: Member must not be null/],
  ['a JSON array for a body', 'POST', domainPath, json, '[]', 400, 'BadRequestException', /Member must be of type object/],
  ['body over the limit', 'POST', domainPath, json, `{"Name":"${'x'.repeat(5000)}"}`, 400, 'BadRequestException', /exceeds 4096 bytes/],
  ['invalid UTF-8', 'POST', domainPath, json, new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), 400, 'BadRequestException', /not valid UTF-8/],
  ['a path no operation has', 'GET', '/voice-connectors', {}, undefined, 404, 'UnknownOperationException', /No operation answers GET \/voice-connectors/],
  ['start without its operation= query', 'POST', '/media-insights-pipelines/p/speaker-search-tasks', json, '{}', 404, 'UnknownOperationException', /operation= query/],
  ['a method the path does not take', 'PATCH', '/voice-profiles/x', {}, undefined, 404, 'UnknownOperationException', /PATCH/],
  ['broken percent-encoding in a label', 'GET', '/voice-profiles/%E0%A4%A', {}, undefined, 404, 'UnknownOperationException', /No operation answers/],
  ['isCaller that is not a boolean', 'GET', '/voice-connectors/abcdef1234567890abcde/voice-tone-analysis-tasks/t?isCaller=yes', {}, undefined, 400, 'BadRequestException', /'IsCaller'.*type boolean/],
  ['isCaller missing', 'GET', '/voice-connectors/abcdef1234567890abcde/voice-tone-analysis-tasks/t', {}, undefined, 400, 'BadRequestException', /'IsCaller'.*must not be null/],
];

describe('malformed requests get a clear 4xx, never a 5xx', () => {
  it.each(cases)('%s', async (_, method, target, headers, body, status, type, message) => {
    const res = await rawHttp(server.url, method, target, headers, body);
    expect([res.status, res.headers['x-amzn-errortype']]).toEqual([status, type]);
    expect((JSON.parse(res.body) as { Message: string }).Message).toMatch(message);
    expect(res.headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('unknown members are ignored, and nothing is stored by a refused request', async () => {
    const before = await rawHttp(server.url, 'GET', domainPath, {}, undefined);
    await rawHttp(server.url, 'POST', domainPath, json, '{"Name": 5}');
    expect((await rawHttp(server.url, 'GET', domainPath, {}, undefined)).body).toBe(before.body);
    const extra = await rawHttp(server.url, 'POST', domainPath, json, `${domain.slice(0, -1)},"Surprise":{"nested":[1]},"__proto__":{"polluted":true}}`);
    expect(extra.status).toBe(201);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('nesting past any schema is a 400, not a crash', async () => {
    const deep = `{"Name":${'['.repeat(5000)}${']'.repeat(5000)},"ServerSideEncryptionConfiguration":{"KmsKeyArn":"arn:x"}}`;
    const res = await rawHttp(server.url, 'POST', domainPath, json, deep);
    expect([res.status, res.headers['x-amzn-errortype']]).toEqual([400, 'BadRequestException']);
  });

  it('null members count as absent and unknown nested members are ignored, in what is stored too', async () => {
    const created = await rawHttp(server.url, 'POST', domainPath, json, `${domain.slice(0, -1)},"Description":null,"ClientRequestToken":"tok-null"}`);
    expect(created.status).toBe(201);
    expect(JSON.parse(created.body)).not.toHaveProperty('VoiceProfileDomain.Description');
    const withExtra = domain.replace('"KmsKeyArn"', '"future":1,"KmsKeyArn"');
    const again = await rawHttp(server.url, 'POST', domainPath, json, `${withExtra.slice(0, -1)},"ClientRequestToken":"tok-null"}`);
    expect(again.status).toBe(201); // the same token and, as a service reads it, the same input
    expect(JSON.parse(again.body).VoiceProfileDomain.VoiceProfileDomainId).toBe(JSON.parse(created.body).VoiceProfileDomain.VoiceProfileDomainId);
  });

  it('an ARN label arrives percent-encoded and is decoded', async () => {
    const arn = encodeURIComponent('arn:aws:chime:us-east-1:111122223333:media-insights-pipeline/p-7');
    const res = await rawHttp(server.url, 'POST', `/media-insights-pipelines/${arn}/voice-tone-analysis-tasks?operation=start`, json, '{"LanguageCode":"en-US"}');
    expect(res.status).toBe(201);
    const id = (JSON.parse(res.body) as { VoiceToneAnalysisTask: { VoiceToneAnalysisTaskId: string } }).VoiceToneAnalysisTask.VoiceToneAnalysisTaskId;
    expect((await rawHttp(server.url, 'GET', `/media-insights-pipelines/p-7/voice-tone-analysis-tasks/${id}`, {}, undefined)).status).toBe(200);
  });
});
