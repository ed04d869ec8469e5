import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { dnsPort } from './e2e/dns-port';

// scripts/test.mjs builds the app, prepares a fresh seeded database and sets these.
// With E2E_EMBEDDED_URL it instead runs e2e/embedded against an `npm start` it launched itself.
const embeddedUrl = process.env.E2E_EMBEDDED_URL;
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = embeddedUrl ?? `http://localhost:${port}`;
// The production server's stdout and stderr, which scripts/check-server-log.ts reads after the run.
const serverLog = process.env.E2E_SERVER_LOG ?? path.join(tmpdir(), `portal-e2e-server-${port}.log`);

export default defineConfig({
  testDir: 'e2e',
  testIgnore: embeddedUrl ? ['ui/**', 'api/**'] : ['embedded/**'],
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: embeddedUrl
    ? undefined
    : {
        command: `node scripts/logged.mjs ${serverLog} node scripts/server.mjs`,
        url: `${baseURL}/api/health`,
        reuseExistingServer: false,
        timeout: 120_000,
        stdout: 'ignore',
        stderr: 'pipe',
        env: {
          DATABASE_URL: process.env.E2E_DATABASE_URL ?? '',
          AUTH_SECRET: process.env.AUTH_SECRET ?? 'e2e-secret-e2e-secret-e2e-secret-0123456789',
          APP_URL: baseURL,
          NEXTAUTH_URL: baseURL,
          PORT: String(port),
          // The webhook receiver of e2e/ui/webhooks.spec.ts listens on 127.0.0.1; retries come quickly.
          WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
          WEBHOOK_RETRY_SCHEDULE: '1s,1s',
          // e2e/ui/domains.spec.ts serves TXT records here (lib/test/dns.ts); webhook tests use IP literals, no DNS.
          DNS_SERVERS: `127.0.0.1:${dnsPort}`,
          // e2e/ui/sso.spec.ts runs a real OpenID provider on loopback, over http (lib/test/oidc-provider.ts).
          SSO_ALLOW_HTTP_ISSUERS: 'on',
          // The browser tests read mail in the dev mailbox (off by default in production).
          DEV_MAILBOX: 'on',
          // The sign-up form links its terms checkbox here (e2e/ui/feedback.spec.ts).
          TERMS_URL: 'https://example.com/terms',
        },
      },
});
