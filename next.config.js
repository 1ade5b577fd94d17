/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native addons and the generated Prisma client are loaded by Node, not bundled.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', '@prisma/adapter-pg', 'pg', '@node-rs/argon2'],
  // server.ts owns the process (Next + socket.io on one port), so no standalone output (see ../shared/STACK.md).
  poweredByHeader: false,
  typescript: { ignoreBuildErrors: false },
};

export default nextConfig;
