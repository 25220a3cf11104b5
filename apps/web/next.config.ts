import type { NextConfig } from "next";

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  allowedDevOrigins: ["127.0.0.1"],
  transpilePackages: ["@tally/api", "@tally/db", "@tally/domain"],
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "pg", "@react-pdf/renderer"],
  // The request proxy holds a copy of each body up to this size and cuts longer ones off: room for the largest
  // import file (MAX_IMPORT_BYTES, 20 MB) and a little more, so the import route sees a larger one whole enough
  // to refuse it, and checks every body against its declared length.
  experimental: { proxyClientMaxBodySize: 21 * 1024 * 1024 },
};

export default config;
