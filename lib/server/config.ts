import 'server-only';

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return !['0', 'false', 'no', 'off'].includes(value.toLowerCase());
}

function int(value: string | undefined, fallback: number): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

/** Every environment variable the app reads, in one place (README lists them). */
export const config = {
  /** Bearer token for GET /api/metrics; unset: the route answers 404. */
  get metricsToken(): string | undefined {
    return process.env.METRICS_TOKEN || undefined;
  },
  get databaseUrl(): string {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set (npm start sets it for the embedded database)');
    return url;
  },
  get authSecret(): string {
    const secret = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
    if (!secret || secret.length < 32) throw new Error('AUTH_SECRET must be set to at least 32 characters');
    return secret;
  },
  get appUrl(): string | undefined {
    return process.env.APP_URL ?? process.env.NEXTAUTH_URL;
  },
  get accessTokenTtlSeconds(): number {
    return int(process.env.ACCESS_TOKEN_TTL_SECONDS, 15 * 60);
  },
  get refreshTokenTtlSeconds(): number {
    return int(process.env.REFRESH_TOKEN_TTL_SECONDS, 30 * 24 * 3600);
  },
  get sessionTtlSeconds(): number {
    return int(process.env.SESSION_TTL_SECONDS, 7 * 24 * 3600);
  },
  get dbPoolSize(): number {
    return int(process.env.DB_POOL_SIZE, 10);
  },
  /** SIGNUP_ENABLED=false closes self sign-up: the API answers 404 and /signup says it is closed. */
  get signupEnabled(): boolean {
    return bool(process.env.SIGNUP_ENABLED, true);
  },
  /** When set, POST /api/v1/admin/signup creates a superadmin for whoever sends this code; unset = 404. */
  get superadminSignupCode(): string | undefined {
    return process.env.SUPERADMIN_SIGNUP_CODE || undefined;
  },
  /** TERMS_URL: where the sign-up form's "terms and conditions" link points; unset = no link. */
  get termsUrl(): string | undefined {
    return process.env.TERMS_URL || undefined;
  },
  get appName(): string {
    return process.env.APP_NAME ?? 'Org Admin Portal';
  },
  /** smtp://user:pass@host:port or smtps://…; unset = the dev mailbox. */
  get smtpUrl(): string | undefined {
    return process.env.SMTP_URL || undefined;
  },
  /**
   * The dev mailbox (/dev/mailbox) shows superadmins every mail the app wrote,
   * reset links included: only in development or with DEV_MAILBOX=on (npm start
   * on the embedded database sets it), and never while SMTP_URL is set.
   */
  get devMailbox(): boolean {
    if (this.smtpUrl) return false;
    return bool(process.env.DEV_MAILBOX, process.env.NODE_ENV === 'development');
  },
  /** MAX_JSON_BYTES: the largest JSON request body (1 MB by default); larger ones get 413 while streaming. */
  get maxJsonBytes(): number {
    return int(process.env.MAX_JSON_BYTES, 1024 * 1024);
  },
  get mailFrom(): string {
    return process.env.MAIL_FROM ?? `${this.appName} <no-reply@localhost>`;
  },
  /** Webhook hosts exempt from the address checks (and from https): names, IP addresses or CIDR ranges. */
  get webhookAllowedHosts(): string[] {
    return list(process.env.WEBHOOK_ALLOWED_HOSTS);
  },
  /** Delays between webhook attempts; WEBHOOK_RETRY_SCHEDULE (e.g. `1s,2s,5m`) overrides the spec's. */
  get webhookRetrySchedule(): string | undefined {
    return process.env.WEBHOOK_RETRY_SCHEDULE || undefined;
  },
  /**
   * DNS_SERVERS (`host[:port]`, comma-separated) for the app's own look-ups: webhook hosts and
   * the TXT records of domain verification. Unset = the system resolver.
   */
  get dnsServers(): string[] {
    return list(process.env.DNS_SERVERS);
  },
  /** Key for secrets stored encrypted (webhook signing secrets); unset = derived from AUTH_SECRET. */
  get secretsKey(): string {
    const key = process.env.SECRETS_ENCRYPTION_KEY;
    if (key !== undefined && key !== '' && key.length < 32)
      throw new Error('SECRETS_ENCRYPTION_KEY must be 32+ characters');
    return key || this.authSecret;
  },
  /** Encrypts TOTP secrets at rest (32+ characters); unset = derived from AUTH_SECRET. */
  get mfaEncryptionKey(): string {
    const key = process.env.MFA_ENCRYPTION_KEY;
    if (key !== undefined && key !== '' && key.length < 32)
      throw new Error('MFA_ENCRYPTION_KEY must be 32+ characters');
    return key || this.authSecret;
  },
  get secureCookies(): boolean {
    return bool(process.env.SECURE_COOKIES, (this.appUrl ?? '').startsWith('https://'));
  },
};
