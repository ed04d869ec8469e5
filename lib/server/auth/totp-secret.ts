import 'server-only';
import { config } from '../config';
import { sealer } from '../sealed';

// A TOTP secret has to be read back to check codes, so it cannot be hashed: it is encrypted with
// AES-256-GCM under a key derived from MFA_ENCRYPTION_KEY (or AUTH_SECRET). A database dump alone
// then yields no working authenticator.
const totp = sealer(() => config.mfaEncryptionKey, 'portal totp secret v1');

export const encryptSecret = (secret: string): string => totp.seal(secret);
export const decryptSecret = (stored: string): string => totp.unseal(stored);
