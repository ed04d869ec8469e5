import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { UTApi, UTFile } from 'uploadthing/server';
import { assertValidKey, type PutOptions, type Storage, StorageNotFoundError } from './types';

export interface UploadThingOptions {
  /** UPLOADTHING_TOKEN: base64 of `{ apiKey, appId, regions }`, as UploadThing's dashboard gives it. */
  token: string;
  /** The SDK's `apiUrl` (UPLOADTHING_API_URL); https://api.uploadthing.com by default. */
  apiUrl?: string;
  /** The SDK's `ingestUrl` (UPLOADTHING_INGEST_URL); the token's first region by default. */
  ingestUrl?: string;
  fetch?: typeof fetch;
}

/** UPLOADTHING_TOKEN as the SDK reads it; a malformed one fails at start rather than on the first upload. */
function checkToken(token: string): void {
  let parsed: { apiKey?: unknown; appId?: unknown; regions?: unknown } | null = null;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64').toString('utf8'));
  } catch {}
  if (typeof parsed?.apiKey !== 'string' || typeof parsed.appId !== 'string' || !Array.isArray(parsed.regions)) {
    throw new Error('UPLOADTHING_TOKEN must be base64-encoded JSON holding apiKey, appId and regions');
  }
}

/** The HTTP status of a failed SDK call, when the API answered at all. */
function statusOf(error: unknown): number | undefined {
  const e = error as { response?: { status?: number }; cause?: { response?: { status?: number } } };
  return e?.response?.status ?? e?.cause?.response?.status;
}

/**
 * Files on UploadThing, through its server SDK (`UTApi`). Our key is the file's `customId`, so that
 * reads and deletes need nothing but the key; files are private and read back through short-lived
 * signed URLs. The checks of our own signed upload URLs (size, content, once) run before `put`.
 */
export class UploadThingStorage implements Storage {
  readonly name = 'uploadthing';
  private readonly api: UTApi;
  private readonly fetch: typeof fetch;

  constructor(options: UploadThingOptions) {
    checkToken(options.token);
    this.fetch = options.fetch ?? fetch;
    const urls = Object.fromEntries(
      Object.entries({ apiUrl: options.apiUrl, ingestUrl: options.ingestUrl }).filter(([, v]) => v),
    );
    this.api = new UTApi({
      token: options.token,
      ...urls,
      fetch: this.fetch,
      defaultKeyType: 'customId',
      logLevel: 'Error',
    });
  }

  async put(key: string, body: Readable, options: PutOptions): Promise<void> {
    assertValidKey(key);
    // The SDK uploads a Blob; our files are small (images up to 3 MB, imports up to MAX_IMPORT_BYTES).
    const bytes = await buffer(body);
    const file = new UTFile([new Uint8Array(bytes)], key.split('/').pop()!, {
      type: options.contentType,
      customId: key,
    });
    const result = await this.api.uploadFiles(file, { acl: 'private', contentDisposition: 'attachment' });
    if (result.error) throw new Error(`UploadThing upload failed: ${result.error.code} ${result.error.message}`);
  }

  async get(key: string): Promise<Readable> {
    assertValidKey(key);
    let url: string;
    try {
      ({ ufsUrl: url } = await this.api.getSignedURL(key));
    } catch (error) {
      if (statusOf(error) === 404) throw new StorageNotFoundError(key);
      throw new Error(`UploadThing file access failed: ${(error as Error).message}`, { cause: error });
    }
    const file = await this.fetch(url);
    if (file.status === 404) throw new StorageNotFoundError(key);
    if (!file.ok || !file.body) throw new Error(`UploadThing download failed: ${file.status}`);
    return Readable.fromWeb(file.body as import('node:stream/web').ReadableStream);
  }

  async delete(key: string): Promise<void> {
    assertValidKey(key);
    try {
      await this.api.deleteFiles(key);
    } catch (error) {
      if (statusOf(error) === 404) return;
      throw new Error(`UploadThing delete failed: ${(error as Error).message}`, { cause: error });
    }
  }
}
