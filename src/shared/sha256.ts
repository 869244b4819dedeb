import { createHash, createHmac, type BinaryLike } from 'node:crypto';

type SourceData = string | ArrayBuffer | ArrayBufferView;

function bytesOf(data: SourceData): BinaryLike {
  if (typeof data === 'string') return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}

/**
 * SHA-256 (or HMAC-SHA256 when given a secret) on Node's crypto, in the shape `@smithy/signature-v4` expects,
 * so neither the emulator's verifier nor verify's signer needs an extra crypto package. Node only: the
 * browser-safe emulator core must not import this file.
 */
export class NodeSha256 {
  readonly #secret: SourceData | undefined;
  #chunks: SourceData[] = [];

  constructor(secret?: SourceData) {
    this.#secret = secret;
  }

  update(data: SourceData): void {
    this.#chunks.push(data);
  }

  digest(): Promise<Uint8Array> {
    const hash = this.#secret === undefined ? createHash('sha256') : createHmac('sha256', bytesOf(this.#secret));
    for (const chunk of this.#chunks) hash.update(bytesOf(chunk));
    return Promise.resolve(new Uint8Array(hash.digest()));
  }

  reset(): void {
    this.#chunks = [];
  }
}

/** Lower-case hex SHA-256 of the bytes, as SigV4 writes payload and canonical-request hashes. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** HMAC-SHA256 of `data` under `key`: one link of the SigV4 signing-key chain. */
export function hmac(key: string | Uint8Array, data: string): Buffer {
  return createHmac('sha256', key).update(data).digest();
}
