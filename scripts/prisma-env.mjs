// Prisma's CLIs try to download native engines from binaries.prisma.sh, which these machines cannot reach.
// Pointing the engine variables at any existing file skips the download; nothing here runs those engines:
// `generate` needs none, and migration SQL comes from prisma 6's WebAssembly engine (see ../shared/STACK.md).
export const offlinePrismaEnv = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: '/bin/false',
  PRISMA_QUERY_ENGINE_LIBRARY: '/bin/false',
  PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING: '1',
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
};
