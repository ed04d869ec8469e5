/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and wasm packages stay outside the server bundle.
  serverExternalPackages: ['@node-rs/argon2', '@electric-sql/pglite', 'pg', 'prom-client'],
  typescript: { ignoreBuildErrors: false },
};

export default nextConfig;
