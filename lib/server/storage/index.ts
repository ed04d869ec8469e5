import 'server-only';
import path from 'node:path';
import { LocalStorage } from './local';
import type { Storage } from './types';
import { UploadThingStorage } from './uploadthing';

export { type PutOptions, type Storage, StorageNotFoundError } from './types';

const globalForStorage = globalThis as unknown as { portalStorage?: Storage };

/** The storage backend: UploadThing when UPLOADTHING_TOKEN is set, else the local disk (STORAGE_DIR). */
export function createStorage(env: NodeJS.ProcessEnv = process.env): Storage {
  if (env.UPLOADTHING_TOKEN) {
    return new UploadThingStorage({
      token: env.UPLOADTHING_TOKEN,
      apiUrl: env.UPLOADTHING_API_URL || undefined,
      ingestUrl: env.UPLOADTHING_INGEST_URL || undefined,
    });
  }
  const dir = env.STORAGE_DIR || path.join(process.cwd(), '.data', 'uploads');
  return new LocalStorage(path.resolve(/*turbopackIgnore: true*/ dir));
}

export function storage(): Storage {
  globalForStorage.portalStorage ??= createStorage();
  return globalForStorage.portalStorage;
}
