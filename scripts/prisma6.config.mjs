// Config for prisma 6 (installed as the `prisma6` alias), used only to print migration SQL offline: its
// WebAssembly schema engine needs no download. See scripts/new-migration.mjs and ../shared/STACK.md.
export default {
  experimental: { adapter: true },
  engine: 'js',
  async adapter() {
    const { PrismaBetterSqlite3 } = await import('@prisma/adapter-better-sqlite3');
    return new PrismaBetterSqlite3({ url: ':memory:' });
  },
};
