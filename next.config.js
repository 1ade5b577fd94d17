/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native addons and the generated Prisma client are loaded by Node, not bundled.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', '@prisma/adapter-pg', 'pg', '@node-rs/argon2'],
  // server.ts owns the process (Next + socket.io on one port), so no standalone output (see ../shared/STACK.md).
  poweredByHeader: false,
  typescript: { ignoreBuildErrors: false },
  // instrumentation-client.ts imports Next's app router early. Next builds that file into its pages bundle too, where
  // the router's Flight client has no alias; in the browser it is this file, as in the app bundle (one copy: checked in
  // the build's chunks).
  turbopack: { resolveAlias: { 'react-server-dom-webpack/client': { browser: 'next/dist/compiled/react-server-dom-turbopack/client.browser.js' } } },
};

export default nextConfig;
