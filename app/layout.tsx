import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Org Admin', template: '%s · Org Admin' },
  description: 'Run your organization: members, departments, roles and access.',
};

export const viewport: Viewport = { themeColor: '#fafafa' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request, so that its scripts carry that response's CSP nonce
  // (scripts/server.mjs); a page prerendered at build time would have none and be blocked.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-dvh font-sans text-sm antialiased">{children}</body>
    </html>
  );
}
