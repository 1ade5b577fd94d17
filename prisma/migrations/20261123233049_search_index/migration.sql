-- CreateTable
CREATE TABLE "SearchDoc" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    "createdAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "SearchDoc_key_key" ON "SearchDoc"("key");

-- CreateIndex
CREATE INDEX "SearchDoc_groupId_createdAt_idx" ON "SearchDoc"("groupId", "createdAt");


-- Full-text search over SearchDoc (not modelled by Prisma). The unicode61 tokenizer makes each word of Latin
-- script one token; lib/domain/search-text.ts puts a space between CJK characters before indexing, so every Han
-- character is a token and a query of any length, even one or two characters, is a phrase of adjacent tokens.
-- (FTS5's trigram tokenizer matches nothing under three characters: most Chinese searches are one or two.)
CREATE VIRTUAL TABLE "search_fts" USING fts5("scope", "words", tokenize = 'unicode61 remove_diacritics 2');
