import type { Readable } from 'node:stream';

export interface PutOptions {
  contentType: string;
  /** Bytes in the stream; backends that announce the size up front (UploadThing) need it. */
  size: number;
}

/**
 * Where uploaded files live. Keys are ours (`imports/<org>/<id>.csv`): a backend
 * maps them to its own names. `get` of a key that does not exist rejects with
 * StorageNotFoundError; `delete` of one is not an error.
 */
export interface Storage {
  readonly name: string;
  put(key: string, body: Readable, options: PutOptions): Promise<void>;
  get(key: string): Promise<Readable>;
  delete(key: string): Promise<void>;
}

export class StorageNotFoundError extends Error {
  constructor(key: string) {
    super(`No stored file for key ${key}`);
    this.name = 'StorageNotFoundError';
  }
}

/** Keys are relative paths of safe segments, so no backend can be steered outside its own space. */
export function assertValidKey(key: string): void {
  const ok =
    key.length > 0 &&
    key.length <= 512 &&
    key.split('/').every((segment) => /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(segment) && !segment.includes('..'));
  if (!ok) throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
}
