// Compiles server.ts ahead of time to dist/server.mjs (run by `npm run build`; `npm start` runs the result), so a
// production process does not compile TypeScript at start-up. Packages stay external (loaded from node_modules);
// our own modules are bundled. Next's build is separate (`next build`).
// Usage: node scripts/build-server.mjs [outfile]
import { build } from 'esbuild';

const outfile = process.argv[2] ?? 'dist/server.mjs';
await build({
  entryPoints: ['server.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
  // Bundled ESM has no require(); a few CommonJS paths in dependencies expect it.
  banner: { js: "import { createRequire as __gongduCreateRequire } from 'node:module'; const require = __gongduCreateRequire(import.meta.url);" },
});
console.log(`built ${outfile}`);
