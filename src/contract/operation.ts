/** What the runtime knows of one operation, read from its schema document. */
export type ServiceName = 'media-pipelines' | 'voice';

export interface MemberBinding {
  /** Member name in the SDK-style input. */
  readonly member: string;
  readonly in: 'label' | 'query' | 'header' | 'body';
  /** Name on the wire: the label in the path template, the query parameter, or the member name in the body. */
  readonly name: string;
}

export interface ErrorBinding {
  readonly type: string;
  readonly status: number;
  readonly fault: boolean;
}

export interface Operation {
  /** `media-pipelines.StartSpeakerSearchTask` … `voice.ListVoiceProfiles`. */
  readonly id: string;
  readonly service: ServiceName;
  readonly name: string;
  readonly endpointPrefix: string;
  readonly signingName: string;
  readonly http: {
    readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
    /** Path template with `{label}` placeholders, e.g. `/voice-connectors/{VoiceConnectorId}/speaker-search-tasks`. */
    readonly path: string;
    /** Literal query that selects the operation, e.g. `{ operation: 'start' }`. */
    readonly query: Readonly<Record<string, string>>;
    /** The one success status: 200, 201 or 204. */
    readonly status: number;
  };
  readonly bindings: readonly MemberBinding[];
  readonly errors: readonly ErrorBinding[];
  /** Members whose values never appear in reports or logs (`x-sensitive`), as JSON pointers (`*`: any index). */
  readonly sensitive: { readonly request: readonly string[]; readonly response: readonly string[] };
  /** Lists in the request with a maxItems, by JSON pointer: checked before the rest (see validateRequest). */
  readonly listLimits: readonly { readonly pointer: string; readonly maxItems: number }[];
  /** The whole schema document (JSON Schema 2020-12). */
  readonly document: SchemaDocument;
  /** JSON pointers into `document` of the request and response definitions (response undefined for 204). */
  readonly requestRef: string;
  readonly responseRef: string | undefined;
}

export type JsonSchema = { readonly [keyword: string]: unknown };

export interface SchemaDocument extends JsonSchema {
  readonly $id: string;
  readonly $defs: Readonly<Record<string, JsonSchema>>;
  readonly 'x-operation': {
    readonly id: string;
    readonly service: ServiceName;
    readonly name: string;
    readonly endpointPrefix: string;
    readonly signingName: string;
    readonly http: Operation['http'];
    readonly input: string;
    readonly output: string | null;
    readonly errors: readonly string[];
  };
}
