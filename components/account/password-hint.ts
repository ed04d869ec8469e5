import { PASSWORD_MIN } from '@/lib/schemas/password';

export const NEW_PASSWORD_HINT = `At least ${PASSWORD_MIN} characters. A few unrelated words make a strong, memorable password.`;
