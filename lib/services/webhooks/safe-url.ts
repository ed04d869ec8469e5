import { AppError } from '@/lib/server/errors';
import { checkDestination, UnsafeDestination } from '@/lib/server/webhooks/destination';

/** 422 on `url` unless the URL may receive webhooks (lib/server/webhooks/destination.ts). */
export async function assertSafeUrl(url: string): Promise<void> {
  try {
    await checkDestination(url);
  } catch (error) {
    if (!(error instanceof UnsafeDestination)) throw error;
    throw new AppError('validation_failed', 'This URL cannot receive webhooks', { url: [error.message] });
  }
}
