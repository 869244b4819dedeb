/**
 * Type-level proof that the generated contract types say what the AWS SDK for JavaScript v3 says,
 * member for member, for every operation in `OperationTypes`. Nothing here runs: `npm run typecheck`
 * (part of `npm test`) compiles it, and a mismatch is a compile error naming the operation and the
 * member path, e.g. `"voice.ListVoiceProfiles request $.NextToken (optionality)"`.
 *
 * Deliberate mappings between the wire (ours) and the SDK, and nothing else:
 * 1. SDK inputs spell every member `X: T | undefined` or `X?: T | undefined`; `undefined` is dropped
 *    and the `?` kept, so optionality is compared exactly.
 * 2. Members named `…Timestamp` are ISO 8601 strings on the wire and `Date` in the SDK; only those
 *    map `Date` to `string`, so a `Date` anywhere else still fails.
 * 3. A schema `minItems: 1` array is rendered as `[T, ...T[]]`; the SDK has no length constraints
 *    (just as it has no patterns), so only the element types are compared.
 * 4. DocumentOnlyEnums below: enums we take from the documents where the SDK has `string`.
 * 5. Response members the contract requires (the `*-required` overrides: the resource, its ID and status)
 *    are optional in the SDK, as every output member of the model is; those members, by name, are made
 *    optional on our side before comparing, so names, types and every other optionality compare exactly.
 */
import type * as MediaPipelines from '@aws-sdk/client-chime-sdk-media-pipelines';
import type * as Voice from '@aws-sdk/client-chime-sdk-voice';
import type { OperationTypes, VoiceSpeakerSearchDetails, VoiceSpeakerSearchTask, VoiceVoiceToneAnalysisTask } from '../../src/generated/types.js';

// ---------------------------------------------------------------------------------------------
// Helpers

/** Identity, not mutual assignability: tells `X?: T` from `X: T`, and `string` from `any`. */
export type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
export type Expect<T extends true> = T;
/** A failed check prints the offending union as its message, so it names what broke. */
type ExpectNone<T extends never> = T;
type IsStrictlyNarrower<Narrow, Wide> = [Narrow] extends [Wide] ? (Equals<Narrow, Wide> extends true ? false : true) : false;

/** SDK shape as it looks on the wire (mappings 1 and 2). Optionality survives because the mapped type is homomorphic. */
type SdkToWire<T> = T extends Date ? Date : T extends readonly (infer Element)[] ? SdkToWire<Element>[] : T extends object ? { [K in keyof T]: SdkMemberToWire<K, Exclude<T[K], undefined>> } : T;
type SdkMemberToWire<Key, Value> = Key extends `${string}Timestamp` ? ([Value] extends [Date] ? string : SdkToWire<Value>) : SdkToWire<Value>;

/** Our shape with mappings 3 and 4 applied; `LooseEnums` are member names to widen to `string`. */
type CanonicalWire<T, LooseEnums extends PropertyKey> = T extends readonly [infer Head, ...infer Rest]
  ? number extends T['length']
    ? Rest extends Head[]
      ? CanonicalWire<Head, LooseEnums>[]
      : T
    : T // a fixed-length tuple is no SDK list: leave it so the comparison fails
  : T extends readonly (infer Element)[]
    ? CanonicalWire<Element, LooseEnums>[]
    : T extends object
      ? { [K in keyof T]: K extends LooseEnums ? WidenToString<T[K]> : CanonicalWire<T[K], LooseEnums> }
      : T;
// Distributive on purpose: keeps the implicit `undefined` of an optional member implicit, so `?` still compares.
type WidenToString<Value> = Value extends string ? string : Value;

type IsOptional<T, K extends keyof T> = {} extends Pick<T, K> ? true : false;
type MemberPath<Path extends string, Key extends string> = `${Path}.${Key}`;

/** Where two canonical shapes differ, as JSONPath-ish strings; only for error messages, `Equals` decides. */
type DiffPaths<Ours, Sdk, Path extends string> =
  Equals<Ours, Sdk> extends true
    ? never
    : [Ours, Sdk] extends [readonly (infer OursElement)[], readonly (infer SdkElement)[]]
      ? OrWhole<DiffPaths<OursElement, SdkElement, `${Path}[]`>, Path>
      : [Ours, Sdk] extends [readonly unknown[], unknown] | [unknown, readonly unknown[]]
        ? Path
        : [Ours, Sdk] extends [object, object]
          ? OrWhole<MemberDiffPaths<Ours, Sdk, Path>, Path>
          : Path;
type MemberDiffPaths<Ours, Sdk, Path extends string> = {
  [K in (keyof Ours | keyof Sdk) & string]-?: K extends keyof Ours
    ? K extends keyof Sdk
      ? IsOptional<Ours, K> extends IsOptional<Sdk, K>
        ? Equals<Pick<Ours, K>, Pick<Sdk, K>> extends true
          ? never
          : OrWhole<DiffPaths<Exclude<Ours[K], undefined>, Exclude<Sdk[K], undefined>, MemberPath<Path, K>>, MemberPath<Path, K>>
        : `${MemberPath<Path, K>} (optionality)`
      : `${MemberPath<Path, K>} (only ours)`
    : `${MemberPath<Path, K>} (only SDK)`;
}[(keyof Ours | keyof Sdk) & string];
/** A difference the member walk cannot place (e.g. `readonly`) is reported at the parent. */
type OrWhole<Found, Path extends string> = [Found] extends [never] ? Path : Found;

// The helpers themselves: a vacuous `Equals` or a too-generous normaliser would pass everything below.
export type HelpersAreStrict = [
  Expect<Equals<Equals<{ a?: string }, { a: string }>, false>>,
  Expect<Equals<Equals<{ a?: string }, { a?: string | undefined }>, false>>,
  Expect<
    Equals<
      SdkToWire<{ A: string | undefined; B?: number | undefined; CreatedTimestamp?: Date | undefined; Deadline?: Date | undefined; L?: { X: 'x' | undefined }[] | undefined }>,
      { A: string; B?: number; CreatedTimestamp?: string; Deadline?: Date; L?: { X: 'x' }[] }
    >
  >,
  Expect<Equals<CanonicalWire<{ L?: [{ X: 1 }, ...{ X: 1 }[]]; Pair: [1, 1] }, never>, { L?: { X: 1 }[]; Pair: [1, 1] }>>,
  Expect<Equals<CanonicalWire<{ S?: 'a' | 'b'; T: 'a' }, 'S'>, { S?: string; T: 'a' }>>,
];

// ---------------------------------------------------------------------------------------------
// Known, intended differences (mapping 4)

/**
 * The Voice model types these as plain strings; their values come only from the documents
 * (see CONTEXT.md trap 3), so our enum is narrower than the SDK's `string`. Widened by member
 * name for Voice only: Media Pipelines statuses are enums in the SDK too and compare exactly.
 */
type DocumentOnlyEnums = {
  'media-pipelines': never;
  voice: 'SpeakerSearchTaskStatus' | 'VoiceToneAnalysisTaskStatus' | 'VoiceprintGenerationStatus';
};
// Widening alone would also accept a plain `string`; these keep the enums real and the SDK at `string`.
export type DocumentOnlyEnumsAreNarrower = [
  Expect<IsStrictlyNarrower<NonNullable<VoiceSpeakerSearchTask['SpeakerSearchTaskStatus']>, NonNullable<Voice.SpeakerSearchTask['SpeakerSearchTaskStatus']>>>,
  Expect<IsStrictlyNarrower<NonNullable<VoiceVoiceToneAnalysisTask['VoiceToneAnalysisTaskStatus']>, NonNullable<Voice.VoiceToneAnalysisTask['VoiceToneAnalysisTaskStatus']>>>,
  Expect<IsStrictlyNarrower<NonNullable<VoiceSpeakerSearchDetails['VoiceprintGenerationStatus']>, NonNullable<Voice.SpeakerSearchDetails['VoiceprintGenerationStatus']>>>,
];

/** Mapping 5: the members the `*-required` overrides require, which the model leaves optional. */
type ContractRequired =
  | 'SpeakerSearchTask'
  | 'SpeakerSearchTaskId'
  | 'SpeakerSearchTaskStatus'
  | 'VoiceToneAnalysisTask'
  | 'VoiceToneAnalysisTaskId'
  | 'VoiceToneAnalysisTaskStatus'
  | 'CallDetails'
  | 'VoiceProfileDomain'
  | 'VoiceProfileDomainId'
  | 'VoiceProfileDomainArn'
  | 'Name'
  | 'VoiceProfileDomains'
  | 'VoiceProfile'
  | 'VoiceProfileId'
  | 'VoiceProfileArn'
  | 'VoiceProfiles';
/** Those members made optional at every depth; the others keep their optionality. */
type RelaxRequired<T> = T extends readonly (infer Element)[]
  ? RelaxRequired<Element>[]
  : T extends object
    ? { [K in keyof T as K extends ContractRequired ? K : never]?: RelaxRequired<T[K]> } & { [K in keyof T as K extends ContractRequired ? never : K]: RelaxRequired<T[K]> }
    : T;
type Flatten<T> = T extends readonly (infer Element)[] ? Flatten<Element>[] : T extends object ? { [K in keyof T]: Flatten<T[K]> } : T;
type AllOptional<T> = Flatten<RelaxRequired<T>>;
export type RelaxRequiredIsNarrow = Expect<Equals<AllOptional<{ VoiceProfile: { VoiceProfileId: string; Kms: 'k' }[]; C?: 'c' }>, { VoiceProfile?: { VoiceProfileId?: string; Kms: 'k' }[]; C?: 'c' }>>;

// ---------------------------------------------------------------------------------------------
// Operation id → SDK command

type Command<Input, Output> = { input: Input; output: Output };

interface SdkCommands {
  'media-pipelines.GetSpeakerSearchTask': Command<MediaPipelines.GetSpeakerSearchTaskCommandInput, MediaPipelines.GetSpeakerSearchTaskCommandOutput>;
  'media-pipelines.GetVoiceToneAnalysisTask': Command<MediaPipelines.GetVoiceToneAnalysisTaskCommandInput, MediaPipelines.GetVoiceToneAnalysisTaskCommandOutput>;
  'media-pipelines.StartSpeakerSearchTask': Command<MediaPipelines.StartSpeakerSearchTaskCommandInput, MediaPipelines.StartSpeakerSearchTaskCommandOutput>;
  'media-pipelines.StartVoiceToneAnalysisTask': Command<MediaPipelines.StartVoiceToneAnalysisTaskCommandInput, MediaPipelines.StartVoiceToneAnalysisTaskCommandOutput>;
  'media-pipelines.StopSpeakerSearchTask': Command<MediaPipelines.StopSpeakerSearchTaskCommandInput, MediaPipelines.StopSpeakerSearchTaskCommandOutput>;
  'media-pipelines.StopVoiceToneAnalysisTask': Command<MediaPipelines.StopVoiceToneAnalysisTaskCommandInput, MediaPipelines.StopVoiceToneAnalysisTaskCommandOutput>;
  'voice.CreateVoiceProfile': Command<Voice.CreateVoiceProfileCommandInput, Voice.CreateVoiceProfileCommandOutput>;
  'voice.CreateVoiceProfileDomain': Command<Voice.CreateVoiceProfileDomainCommandInput, Voice.CreateVoiceProfileDomainCommandOutput>;
  'voice.DeleteVoiceProfile': Command<Voice.DeleteVoiceProfileCommandInput, Voice.DeleteVoiceProfileCommandOutput>;
  'voice.DeleteVoiceProfileDomain': Command<Voice.DeleteVoiceProfileDomainCommandInput, Voice.DeleteVoiceProfileDomainCommandOutput>;
  'voice.GetSpeakerSearchTask': Command<Voice.GetSpeakerSearchTaskCommandInput, Voice.GetSpeakerSearchTaskCommandOutput>;
  'voice.GetVoiceProfile': Command<Voice.GetVoiceProfileCommandInput, Voice.GetVoiceProfileCommandOutput>;
  'voice.GetVoiceProfileDomain': Command<Voice.GetVoiceProfileDomainCommandInput, Voice.GetVoiceProfileDomainCommandOutput>;
  'voice.GetVoiceToneAnalysisTask': Command<Voice.GetVoiceToneAnalysisTaskCommandInput, Voice.GetVoiceToneAnalysisTaskCommandOutput>;
  'voice.ListVoiceProfileDomains': Command<Voice.ListVoiceProfileDomainsCommandInput, Voice.ListVoiceProfileDomainsCommandOutput>;
  'voice.ListVoiceProfiles': Command<Voice.ListVoiceProfilesCommandInput, Voice.ListVoiceProfilesCommandOutput>;
  'voice.StartSpeakerSearchTask': Command<Voice.StartSpeakerSearchTaskCommandInput, Voice.StartSpeakerSearchTaskCommandOutput>;
  'voice.StartVoiceToneAnalysisTask': Command<Voice.StartVoiceToneAnalysisTaskCommandInput, Voice.StartVoiceToneAnalysisTaskCommandOutput>;
  'voice.StopSpeakerSearchTask': Command<Voice.StopSpeakerSearchTaskCommandInput, Voice.StopSpeakerSearchTaskCommandOutput>;
  'voice.StopVoiceToneAnalysisTask': Command<Voice.StopVoiceToneAnalysisTaskCommandInput, Voice.StopVoiceToneAnalysisTaskCommandOutput>;
  'voice.UpdateVoiceProfile': Command<Voice.UpdateVoiceProfileCommandInput, Voice.UpdateVoiceProfileCommandOutput>;
  'voice.UpdateVoiceProfileDomain': Command<Voice.UpdateVoiceProfileDomainCommandInput, Voice.UpdateVoiceProfileDomainCommandOutput>;
}

// A new operation in the contract, or a stale entry here, fails before any member is compared.
export type EverySdkCommandMapped = Expect<Equals<keyof SdkCommands, keyof OperationTypes>>;

// ---------------------------------------------------------------------------------------------
// The comparison

type OperationId = keyof OperationTypes;
type ServiceOf<Id extends OperationId> = Id extends `${infer Service extends keyof DocumentOnlyEnums}.${string}` ? Service : never;
type Ours<Id extends OperationId, Side extends 'request' | 'response'> = CanonicalWire<OperationTypes[Id][Side], DocumentOnlyEnums[ServiceOf<Id>]>;
/** `$metadata` is the SDK's envelope, not a member of the wire body. */
type SdkOutputMembers<Id extends keyof SdkCommands> = Omit<SdkCommands[Id]['output'], '$metadata'>;

type RequestMismatches<Id extends OperationId> = Id extends keyof SdkCommands ? DiffPaths<Ours<Id, 'request'>, SdkToWire<SdkCommands[Id]['input']>, '$'> : 'no SDK command mapped';
// Our `null` is a 204 without a body; the SDK must then carry nothing but `$metadata`.
type ResponseMismatches<Id extends OperationId> = Id extends keyof SdkCommands
  ? OperationTypes[Id]['response'] extends null
    ? [keyof SdkOutputMembers<Id>] extends [never]
      ? never
      : `ours has no body, the SDK output has ${keyof SdkOutputMembers<Id> & string}`
    : DiffPaths<AllOptional<Ours<Id, 'response'>>, SdkToWire<SdkOutputMembers<Id>>, '$'>
  : 'no SDK command mapped';

// Labelled inline, not in a helper alias: the compiler then spells the paths out instead of a helper's name.
export type RequestsMatchSdk = ExpectNone<{ [Id in OperationId]: RequestMismatches<Id> extends infer Path ? (Path extends string ? `${Id} request ${Path}` : never) : never }[OperationId]>;
export type ResponsesMatchSdk = ExpectNone<{ [Id in OperationId]: ResponseMismatches<Id> extends infer Path ? (Path extends string ? `${Id} response ${Path}` : never) : never }[OperationId]>;
