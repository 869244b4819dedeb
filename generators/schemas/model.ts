/** The subset of the botocore service-2.json format that the generator reads. */
export interface ModelMember {
  readonly shape: string;
  readonly location?: 'uri' | 'querystring' | 'header' | 'headers' | 'statusCode';
  readonly locationName?: string;
  readonly idempotencyToken?: boolean;
}

export interface ModelShape {
  readonly type: 'structure' | 'list' | 'map' | 'string' | 'integer' | 'long' | 'float' | 'double' | 'boolean' | 'timestamp' | 'blob';
  readonly members?: Readonly<Record<string, ModelMember>>;
  readonly member?: ModelMember;
  readonly required?: readonly string[];
  readonly enum?: readonly string[];
  readonly pattern?: string;
  readonly min?: number;
  readonly max?: number;
  readonly sensitive?: boolean;
  readonly timestampFormat?: string;
  readonly exception?: boolean;
  readonly fault?: boolean;
  readonly error?: { readonly httpStatusCode: number };
}

export interface ModelOperation {
  readonly name: string;
  readonly http: { readonly method: string; readonly requestUri: string; readonly responseCode?: number };
  readonly input?: { readonly shape: string };
  readonly output?: { readonly shape: string };
  readonly errors?: readonly { readonly shape: string }[];
}

export interface ServiceModel {
  readonly metadata: { readonly uid: string; readonly apiVersion: string; readonly signingName: string; readonly endpointPrefix: string };
  readonly operations: Readonly<Record<string, ModelOperation>>;
  readonly shapes: Readonly<Record<string, ModelShape>>;
}

export function shapeOf(model: ServiceModel, name: string): ModelShape {
  const shape = model.shapes[name];
  if (!shape) throw new Error(`generate: the model has no shape "${name}"`);
  return shape;
}
