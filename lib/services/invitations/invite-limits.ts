import type { Limit } from '@/lib/server/rate-limit';
import { publicLimit } from '@/lib/server/rate-limit/limits';

/** Per client IP, like every public endpoint (RATE_LIMIT_PUBLIC_IP); the accept page counts as a validation. */
export const inviteValidateLimit = (): Limit => publicLimit('invite-validate:ip');
export const inviteAcceptLimit = (): Limit => publicLimit('invite-accept:ip');
