import { Readable } from 'node:stream';
import { assertValidKey, type PutOptions, type Storage, StorageNotFoundError } from './types';
import { generateFileKey, signUrl } from './uploadthing-sign';

export interface UploadThingToken {
  apiKey: string;
  appId: string;
  regions: string[];
  ingestHost?: string;
}

/** UPLOADTHING_TOKEN is base64 of `{ apiKey, appId, regions, ingestHost? }`, as the dashboard gives it. */
export function parseUploadThingToken(token: string): UploadThingToken {
  let parsed: Partial<UploadThingToken>;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64').toString('utf8'));
  } catch {
    throw new Error('UPLOADTHING_TOKEN is not base64-encoded JSON');
  }
  if (typeof parsed.apiKey !== 'string' || typeof parsed.appId !== 'string' || !parsed.regions?.length) {
    throw new Error('UPLOADTHING_TOKEN must hold apiKey, appId and regions');
  }
  return parsed as UploadThingToken;
}

export interface UploadThingOptions {
  token: string;
  /** UPLOADTHING_API_URL; https://api.uploadthing.com by default. */
  apiUrl?: string;
  /** UPLOADTHING_INGEST_URL; https://<first region>.<ingestHost> by default. */
  ingestUrl?: string;
  fetch?: typeof fetch;
}

const SDK_VERSION = '7.7.4';

/**
 * UploadThing over its REST API: uploads PUT the file to a signed ingest URL
 * (private, with our key as the file's customId), downloads ask
 * /v6/requestFileAccess for a short-lived URL, deletes call /v6/deleteFiles.
 */
export class UploadThingStorage implements Storage {
  readonly name = 'uploadthing';
  private readonly token: UploadThingToken;
  private readonly apiUrl: string;
  private readonly ingestUrl: string;
  private readonly fetch: typeof fetch;

  constructor(options: UploadThingOptions) {
    this.token = parseUploadThingToken(options.token);
    this.apiUrl = (options.apiUrl ?? 'https://api.uploadthing.com').replace(/\/$/, '');
    const host = this.token.ingestHost ?? 'ingest.uploadthing.com';
    this.ingestUrl = (options.ingestUrl ?? `https://${this.token.regions[0]}.${host}`).replace(/\/$/, '');
    this.fetch = options.fetch ?? fetch;
  }

  /** The signed ingest URL for one file (multipart PUT, part `file`), valid for `ttlSeconds`. */
  presignedPut(key: string, options: PutOptions, ttlSeconds = 3600): string {
    assertValidKey(key);
    const fileName = key.split('/').pop()!;
    const fileKey = generateFileKey(this.token.appId, [fileName, options.size, options.contentType, Date.now()]);
    return signUrl(
      `${this.ingestUrl}/${fileKey}`,
      this.token.apiKey,
      {
        'x-ut-identifier': this.token.appId,
        'x-ut-file-name': fileName,
        'x-ut-file-size': options.size,
        'x-ut-file-type': options.contentType,
        'x-ut-custom-id': key,
        'x-ut-content-disposition': 'attachment',
        'x-ut-acl': 'private',
      },
      ttlSeconds,
    );
  }

  async put(key: string, body: Readable, options: PutOptions): Promise<void> {
    const fileName = key.split('/').pop()!;
    const url = this.presignedPut(key, options);
    const boundary = `----portal${Math.random().toString(16).slice(2)}`;
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
        `Content-Type: ${options.contentType}\r\n\r\n`,
    );
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    async function* multipart() {
      yield head;
      for await (const chunk of body) yield chunk as Buffer;
      yield tail;
    }
    const res = await this.fetch(url, {
      method: 'PUT',
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(head.length + options.size + tail.length),
        range: 'bytes=0-',
        'x-uploadthing-version': SDK_VERSION,
      },
      body: Readable.toWeb(Readable.from(multipart())) as ReadableStream,
      duplex: 'half',
    } as RequestInit);
    if (!res.ok) throw new Error(`UploadThing upload failed: ${res.status} ${await safeText(res)}`);
    await res.body?.cancel();
  }

  async get(key: string): Promise<Readable> {
    assertValidKey(key);
    const access = await this.api('/v6/requestFileAccess', { customId: key, expiresIn: 300 });
    if (access.status === 404) throw new StorageNotFoundError(key);
    if (!access.ok) throw new Error(`UploadThing file access failed: ${access.status} ${await safeText(access)}`);
    const { url } = (await access.json()) as { url: string };
    const file = await this.fetch(url);
    if (file.status === 404) throw new StorageNotFoundError(key);
    if (!file.ok || !file.body) throw new Error(`UploadThing download failed: ${file.status}`);
    return Readable.fromWeb(file.body as import('node:stream/web').ReadableStream);
  }

  async delete(key: string): Promise<void> {
    assertValidKey(key);
    const res = await this.api('/v6/deleteFiles', { customIds: [key] });
    if (!res.ok && res.status !== 404)
      throw new Error(`UploadThing delete failed: ${res.status} ${await safeText(res)}`);
  }

  private api(path: string, body: unknown): Promise<Response> {
    return this.fetch(`${this.apiUrl}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-uploadthing-api-key': this.token.apiKey,
        'x-uploadthing-version': SDK_VERSION,
        'x-uploadthing-be-adapter': 'server-sdk',
      },
      body: JSON.stringify(body),
    });
  }
}

async function safeText(res: Response): Promise<string> {
  return (await res.text().catch(() => '')).slice(0, 300);
}
