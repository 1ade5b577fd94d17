-- CreateTable
CREATE TABLE "SearchDoc" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "annotationId" TEXT,
    "commentId" TEXT,
    "sessionId" TEXT,
    "authorId" TEXT NOT NULL,
    "kind" TEXT,
    "isPrivate" BOOLEAN NOT NULL,
    "isHidden" BOOLEAN NOT NULL DEFAULT false,
    "quote" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SearchDoc_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SearchDoc_key_key" ON "SearchDoc"("key");

-- CreateIndex
CREATE INDEX "SearchDoc_groupId_createdAt_idx" ON "SearchDoc"("groupId", "createdAt");


-- Full-text search over SearchDoc (not modelled by Prisma), the PostgreSQL twin of SQLite's FTS5 table
-- `search_fts`. Stock PostgreSQL has no Chinese word splitter (zhparser, pg_jieba, pg_bigm are not in Debian) and
-- pg_trgm cannot serve queries under three characters, so Gongdu builds the tsvector itself from the very tokens
-- FTS5 indexes (lib/domain/search-text.ts: every CJK character one token, Latin words folded), with positions:
-- a query of one or two characters is one lexeme or a `<->` phrase, found through the GIN index. The group is a
-- lexeme too ('#g:<id>'), so the index narrows to one group's items.
CREATE TABLE "search_fts" (
    "rowid" INTEGER NOT NULL PRIMARY KEY REFERENCES "SearchDoc"("id") ON DELETE CASCADE,
    "words" tsvector NOT NULL
);

CREATE INDEX "search_fts_words_idx" ON "search_fts" USING GIN ("words");
