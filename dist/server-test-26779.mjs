import { createRequire as __gongduCreateRequire } from 'node:module'; const require = __gongduCreateRequire(import.meta.url);

// server.ts
import { randomUUID as randomUUID4 } from "node:crypto";
import { createServer } from "node:http";
import next from "next";

// lib/auth/secret.ts
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
function ensureAuthSecret(dataDir = path.resolve("data")) {
  if (process.env.NEXTAUTH_SECRET) return;
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 384 });
  }
  process.env.NEXTAUTH_SECRET = readFileSync(file, "utf8").trim();
}

// lib/db/config.ts
import path2 from "node:path";
var DEFAULT_DATABASE_URL = "file:./data/gongdu.db";
function databaseUrl() {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}
function isPostgresUrl(url2) {
  return /^postgres(ql)?:\/\//.test(url2);
}
function sqliteFilePath(url2) {
  const bare = url2.replace(/^file:/, "").replace(/\?.*$/, "");
  return bare === ":memory:" ? bare : path2.resolve(bare);
}

// lib/db/index.ts
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

// lib/db/generated/sqlite/client.ts
import * as path3 from "node:path";
import { fileURLToPath } from "node:url";

// lib/db/generated/sqlite/internal/class.ts
import * as runtime from "@prisma/client/runtime/client";
var config = {
  "previewFeatures": [],
  "clientVersion": "7.10.1",
  "engineVersion": "d1b3f377ca835d73fd50954a5e22128b9ebdd6b8",
  "activeProvider": "sqlite",
  "inlineSchema": '// Gongdu\'s data model. The models here are written once; the PostgreSQL schema is derived from this file by\n// scripts/prisma-generate.mjs (a generated Prisma client is tied to one provider, see ../shared/STACK.md).\n// Migrations are plain SQL in prisma/migrations, written with `npm run db:migration <name>` and applied at start-up\n// by lib/db/migrate.ts (Prisma 7\'s own migrate commands need an engine download this network does not allow).\n\ngenerator client {\n  provider     = "prisma-client"\n  output       = "../lib/db/generated/sqlite"\n  moduleFormat = "esm"\n}\n\ndatasource db {\n  provider = "sqlite"\n}\n\nmodel User {\n  id           String   @id @default(cuid())\n  email        String   @unique\n  name         String\n  passwordHash String\n  locale       String   @default("zh-CN")\n  createdAt    DateTime @default(now())\n\n  tokens        ApiToken[]\n  memberships   Membership[]\n  annotations   Annotation[]\n  comments      Comment[]\n  events        Event[]\n  ledSessions   StudySession[] @relation("SessionLeader")\n  attendance    Attendance[]\n  reactions     Reaction[]\n  notifications Notification[]\n}\n\n/// A personal API token. Only the SHA-256 of the secret is kept; `prefix` lets a user recognise it in a list.\nmodel ApiToken {\n  id         String    @id @default(cuid())\n  userId     String\n  name       String\n  prefix     String\n  tokenHash  String    @unique\n  createdAt  DateTime  @default(now())\n  lastUsedAt DateTime?\n  revokedAt  DateTime?\n\n  user User @relation(fields: [userId], references: [id], onDelete: Cascade)\n\n  @@index([userId])\n}\n\n/// A study group (\u5B66\u4E60\u5C0F\u7EC4). `lastSeq` is the last sequence number handed out for the group\'s event log.\nmodel Group {\n  id          String   @id @default(cuid())\n  name        String\n  description String   @default("")\n  joinCode    String   @unique\n  lastSeq     Int      @default(0)\n  createdAt   DateTime @default(now())\n\n  memberships Membership[]\n  annotations Annotation[]\n  comments    Comment[]\n  events      Event[]\n  texts       Text[]\n  sessions    StudySession[]\n}\n\nmodel Membership {\n  id       String   @id @default(cuid())\n  groupId  String\n  userId   String\n  /// owner | leader | member\n  role     String   @default("member")\n  joinedAt DateTime @default(now())\n\n  group Group @relation(fields: [groupId], references: [id], onDelete: Cascade)\n  user  User  @relation(fields: [userId], references: [id], onDelete: Cascade)\n\n  @@unique([groupId, userId])\n  @@index([userId])\n}\n\n/// A work in a library. `ownerGroupId` is null for the starting library, shared by every group.\nmodel Text {\n  id           String   @id @default(cuid())\n  slug         String   @unique\n  title        String\n  subtitle     String?\n  byline       String?\n  language     String   @default("zh-CN")\n  /// book metadata as JSON: isbn, publisher, cover lines, CIP, colophon, the printed table of contents\n  metadata     String   @default("{}")\n  ownerGroupId String?\n  createdAt    DateTime @default(now())\n\n  ownerGroup Group?        @relation(fields: [ownerGroupId], references: [id])\n  versions   TextVersion[]\n}\n\n/// One version of a text: the exact source and its hash. Old versions are never rewritten.\nmodel TextVersion {\n  id          String   @id @default(cuid())\n  textId      String\n  number      Int\n  sourceHash  String\n  source      String\n  note        String   @default("")\n  createdById String?\n  createdAt   DateTime @default(now())\n\n  /// the revision report (JSON: stayed, moved, orphaned counts and ids) when this version was made by revising\n  report String?\n\n  text        Text           @relation(fields: [textId], references: [id], onDelete: Cascade)\n  blocks      Block[]\n  annotations Annotation[]\n  sessions    StudySession[]\n\n  @@unique([textId, number])\n  @@unique([textId, sourceHash])\n}\n\n/// A heading or paragraph of one text version. `id` is derived from the text, version and path, so a re-import\n/// of the same source yields the same ids; `path` (e.g. "pt1/ch1/s2/ss3") is the block\'s place in the outline.\nmodel Block {\n  id        String  @id\n  versionId String\n  ordinal   Int\n  path      String\n  /// heading | paragraph\n  kind      String\n  /// part | chapter | section | subsection (headings only)\n  level     String?\n  label     String?\n  text      String\n  subtitle  String?\n  runIn     Boolean @default(false)\n  role      String?\n\n  version     TextVersion  @relation(fields: [versionId], references: [id], onDelete: Cascade)\n  annotations Annotation[]\n\n  @@unique([versionId, path])\n  @@index([versionId, ordinal])\n}\n\n/// A highlight (with an optional note) on one block. Offsets are Unicode code points within the block\'s text;\n/// exact/prefix/suffix are the W3C TextQuoteSelector, start/end the TextPositionSelector.\nmodel Annotation {\n  id             String    @id\n  groupId        String\n  textId         String\n  versionId      String\n  blockId        String\n  authorId       String\n  start          Int\n  end            Int\n  exact          String\n  prefix         String\n  suffix         String\n  /// key (\u91CD\u70B9) | question (\u7591\u95EE) | insight (\u4F53\u4F1A)\n  kind           String\n  note           String    @default("")\n  /// group | private\n  visibility     String\n  /// anchored | orphaned\n  status         String    @default("anchored")\n  sessionId      String?\n  createdAt      DateTime  @default(now())\n  updatedAt      DateTime  @updatedAt\n  editedAt       DateTime?\n  deletedAt      DateTime?\n  /// the thread was marked resolved (by its author or a leader)\n  resolvedAt     DateTime?\n  resolvedById   String?\n  /// pinned by a leader to the top of the session\'s threads\n  pinnedAt       DateTime?\n  /// hidden by a leader as improper: members no longer see it, leaders see it with a marker\n  hiddenAt       DateTime?\n  hiddenById     String?\n  /// the anchor before the last revision that moved or orphaned it (JSON: versionId, blockId, path, start, end)\n  previousAnchor String?\n\n  group    Group         @relation(fields: [groupId], references: [id], onDelete: Cascade)\n  version  TextVersion   @relation(fields: [versionId], references: [id])\n  block    Block         @relation(fields: [blockId], references: [id])\n  author   User          @relation(fields: [authorId], references: [id])\n  session  StudySession? @relation(fields: [sessionId], references: [id])\n  comments Comment[]\n\n  @@index([groupId, textId])\n  @@index([authorId])\n  @@index([sessionId])\n}\n\n/// A reply in an annotation\'s thread, or (annotationId null, sessionId set) a session-level reflection (\u4F53\u4F1A).\n/// A deleted reply keeps its row (deletedAt) so the thread keeps its shape.\nmodel Comment {\n  id           String    @id\n  groupId      String\n  annotationId String?\n  sessionId    String?\n  parentId     String?\n  authorId     String\n  body         String\n  createdAt    DateTime  @default(now())\n  editedAt     DateTime?\n  deletedAt    DateTime?\n  hiddenAt     DateTime?\n  hiddenById   String?\n\n  group      Group         @relation(fields: [groupId], references: [id], onDelete: Cascade)\n  annotation Annotation?   @relation(fields: [annotationId], references: [id])\n  session    StudySession? @relation(fields: [sessionId], references: [id])\n  author     User          @relation(fields: [authorId], references: [id])\n\n  @@index([annotationId])\n  @@index([sessionId])\n  @@index([groupId, authorId])\n}\n\n/// The durable, ordered log of every change in a group: `seq` is strictly increasing per group with no gaps.\n/// `private` events (changes to private annotations) are only ever delivered to their actor.\nmodel Event {\n  id         String   @id @default(cuid())\n  groupId    String\n  seq        Int\n  /// the per-session sequence number, for events that happened in a session\n  sessionSeq Int?\n  type       String\n  actorId    String\n  sessionId  String?\n  isPrivate  Boolean  @default(false)\n  payload    String\n  createdAt  DateTime @default(now())\n\n  group Group @relation(fields: [groupId], references: [id], onDelete: Cascade)\n  actor User  @relation(fields: [actorId], references: [id])\n\n  @@unique([groupId, seq])\n  @@unique([sessionId, sessionSeq])\n}\n\n/// A group\'s study meeting on one text version, optionally a range of its outline (paths of first/last heading).\nmodel StudySession {\n  id               String    @id @default(cuid())\n  groupId          String\n  textId           String\n  versionId        String\n  title            String\n  leaderId         String\n  rangeStart       String?\n  rangeEnd         String?\n  scheduledAt      DateTime\n  startedAt        DateTime?\n  endedAt          DateTime?\n  /// the block the leader is reading now (follow-the-leader, \u8DDF\u5B66)\n  currentBlockId   String?\n  /// the leader\'s summary for the minutes (\u5B66\u4E60\u8BB0\u5F55)\n  summary          String    @default("")\n  summaryUpdatedAt DateTime?\n  /// the last per-session sequence number handed out (the session\'s slice of the event log, gapless)\n  lastSeq          Int       @default(0)\n  createdAt        DateTime  @default(now())\n\n  group       Group        @relation(fields: [groupId], references: [id], onDelete: Cascade)\n  version     TextVersion  @relation(fields: [versionId], references: [id])\n  leader      User         @relation("SessionLeader", fields: [leaderId], references: [id])\n  attendance  Attendance[]\n  annotations Annotation[]\n  comments    Comment[]\n\n  @@index([groupId, scheduledAt])\n}\n\n/// One interval of presence of a member in a session (\u7B7E\u5230): a member who drops and comes back has several.\nmodel Attendance {\n  id        String    @id @default(cuid())\n  sessionId String\n  userId    String\n  joinedAt  DateTime  @default(now())\n  leftAt    DateTime?\n\n  session StudySession @relation(fields: [sessionId], references: [id], onDelete: Cascade)\n  user    User         @relation(fields: [userId], references: [id])\n\n  @@index([sessionId, userId])\n}\n\n/// One reaction per user, kind and target (an annotation or a comment).\nmodel Reaction {\n  id         String   @id @default(cuid())\n  groupId    String\n  targetType String\n  targetId   String\n  userId     String\n  /// agree (\u8D5E\u540C) | same-question (\u540C\u95EE)\n  kind       String\n  createdAt  DateTime @default(now())\n\n  user User @relation(fields: [userId], references: [id])\n\n  @@unique([targetType, targetId, userId, kind])\n  @@index([targetId])\n}\n\n/// Something for one user to see: mentioned, replied to, a session started. Read or not.\nmodel Notification {\n  id        String    @id @default(cuid())\n  userId    String\n  groupId   String\n  type      String\n  payload   String\n  createdAt DateTime  @default(now())\n  readAt    DateTime?\n\n  user User @relation(fields: [userId], references: [id], onDelete: Cascade)\n\n  @@index([userId, readAt])\n}\n\n/// When a member last looked at a text in a group: activity after it is "unread".\nmodel ReadingVisit {\n  userId    String\n  groupId   String\n  textId    String\n  visitedAt DateTime @default(now())\n  lastSeq   Int      @default(0)\n\n  @@id([userId, groupId, textId])\n}\n\n/// One searchable item of a group: an annotation (its quote and note) or a comment (reply or reflection).\n/// Its words are also in the FTS5 table `search_fts` (rowid = id), created by raw SQL in the migration\n/// (Prisma cannot model virtual tables). Kept in step by lib/services/search-index.ts inside each write.\nmodel SearchDoc {\n  id           Int      @id @default(autoincrement())\n  /// "a:<annotationId>" or "c:<commentId>"\n  key          String   @unique\n  groupId      String\n  annotationId String?\n  commentId    String?\n  sessionId    String?\n  authorId     String\n  /// the annotation\'s kind (for a comment: its thread\'s)\n  kind         String?\n  isPrivate    Boolean\n  isHidden     Boolean  @default(false)\n  quote        String   @default("")\n  body         String   @default("")\n  createdAt    DateTime\n\n  @@index([groupId, createdAt])\n}\n',
  "runtimeDataModel": {
    "models": {},
    "enums": {},
    "types": {}
  },
  "parameterizationSchema": {
    "strings": [],
    "graph": ""
  }
};
config.runtimeDataModel = JSON.parse('{"models":{"User":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"email","kind":"scalar","type":"String"},{"name":"name","kind":"scalar","type":"String"},{"name":"passwordHash","kind":"scalar","type":"String"},{"name":"locale","kind":"scalar","type":"String"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"tokens","kind":"object","type":"ApiToken","relationName":"ApiTokenToUser"},{"name":"memberships","kind":"object","type":"Membership","relationName":"MembershipToUser"},{"name":"annotations","kind":"object","type":"Annotation","relationName":"AnnotationToUser"},{"name":"comments","kind":"object","type":"Comment","relationName":"CommentToUser"},{"name":"events","kind":"object","type":"Event","relationName":"EventToUser"},{"name":"ledSessions","kind":"object","type":"StudySession","relationName":"SessionLeader"},{"name":"attendance","kind":"object","type":"Attendance","relationName":"AttendanceToUser"},{"name":"reactions","kind":"object","type":"Reaction","relationName":"ReactionToUser"},{"name":"notifications","kind":"object","type":"Notification","relationName":"NotificationToUser"}],"dbName":null,"schema":null},"ApiToken":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"userId","kind":"scalar","type":"String"},{"name":"name","kind":"scalar","type":"String"},{"name":"prefix","kind":"scalar","type":"String"},{"name":"tokenHash","kind":"scalar","type":"String"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"lastUsedAt","kind":"scalar","type":"DateTime"},{"name":"revokedAt","kind":"scalar","type":"DateTime"},{"name":"user","kind":"object","type":"User","relationName":"ApiTokenToUser"}],"dbName":null,"schema":null},"Group":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"name","kind":"scalar","type":"String"},{"name":"description","kind":"scalar","type":"String"},{"name":"joinCode","kind":"scalar","type":"String"},{"name":"lastSeq","kind":"scalar","type":"Int"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"memberships","kind":"object","type":"Membership","relationName":"GroupToMembership"},{"name":"annotations","kind":"object","type":"Annotation","relationName":"AnnotationToGroup"},{"name":"comments","kind":"object","type":"Comment","relationName":"CommentToGroup"},{"name":"events","kind":"object","type":"Event","relationName":"EventToGroup"},{"name":"texts","kind":"object","type":"Text","relationName":"GroupToText"},{"name":"sessions","kind":"object","type":"StudySession","relationName":"GroupToStudySession"}],"dbName":null,"schema":null},"Membership":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"groupId","kind":"scalar","type":"String"},{"name":"userId","kind":"scalar","type":"String"},{"name":"role","kind":"scalar","type":"String"},{"name":"joinedAt","kind":"scalar","type":"DateTime"},{"name":"group","kind":"object","type":"Group","relationName":"GroupToMembership"},{"name":"user","kind":"object","type":"User","relationName":"MembershipToUser"}],"dbName":null,"schema":null},"Text":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"slug","kind":"scalar","type":"String"},{"name":"title","kind":"scalar","type":"String"},{"name":"subtitle","kind":"scalar","type":"String"},{"name":"byline","kind":"scalar","type":"String"},{"name":"language","kind":"scalar","type":"String"},{"name":"metadata","kind":"scalar","type":"String"},{"name":"ownerGroupId","kind":"scalar","type":"String"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"ownerGroup","kind":"object","type":"Group","relationName":"GroupToText"},{"name":"versions","kind":"object","type":"TextVersion","relationName":"TextToTextVersion"}],"dbName":null,"schema":null},"TextVersion":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"textId","kind":"scalar","type":"String"},{"name":"number","kind":"scalar","type":"Int"},{"name":"sourceHash","kind":"scalar","type":"String"},{"name":"source","kind":"scalar","type":"String"},{"name":"note","kind":"scalar","type":"String"},{"name":"createdById","kind":"scalar","type":"String"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"report","kind":"scalar","type":"String"},{"name":"text","kind":"object","type":"Text","relationName":"TextToTextVersion"},{"name":"blocks","kind":"object","type":"Block","relationName":"BlockToTextVersion"},{"name":"annotations","kind":"object","type":"Annotation","relationName":"AnnotationToTextVersion"},{"name":"sessions","kind":"object","type":"StudySession","relationName":"StudySessionToTextVersion"}],"dbName":null,"schema":null},"Block":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"versionId","kind":"scalar","type":"String"},{"name":"ordinal","kind":"scalar","type":"Int"},{"name":"path","kind":"scalar","type":"String"},{"name":"kind","kind":"scalar","type":"String"},{"name":"level","kind":"scalar","type":"String"},{"name":"label","kind":"scalar","type":"String"},{"name":"text","kind":"scalar","type":"String"},{"name":"subtitle","kind":"scalar","type":"String"},{"name":"runIn","kind":"scalar","type":"Boolean"},{"name":"role","kind":"scalar","type":"String"},{"name":"version","kind":"object","type":"TextVersion","relationName":"BlockToTextVersion"},{"name":"annotations","kind":"object","type":"Annotation","relationName":"AnnotationToBlock"}],"dbName":null,"schema":null},"Annotation":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"groupId","kind":"scalar","type":"String"},{"name":"textId","kind":"scalar","type":"String"},{"name":"versionId","kind":"scalar","type":"String"},{"name":"blockId","kind":"scalar","type":"String"},{"name":"authorId","kind":"scalar","type":"String"},{"name":"start","kind":"scalar","type":"Int"},{"name":"end","kind":"scalar","type":"Int"},{"name":"exact","kind":"scalar","type":"String"},{"name":"prefix","kind":"scalar","type":"String"},{"name":"suffix","kind":"scalar","type":"String"},{"name":"kind","kind":"scalar","type":"String"},{"name":"note","kind":"scalar","type":"String"},{"name":"visibility","kind":"scalar","type":"String"},{"name":"status","kind":"scalar","type":"String"},{"name":"sessionId","kind":"scalar","type":"String"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"updatedAt","kind":"scalar","type":"DateTime"},{"name":"editedAt","kind":"scalar","type":"DateTime"},{"name":"deletedAt","kind":"scalar","type":"DateTime"},{"name":"resolvedAt","kind":"scalar","type":"DateTime"},{"name":"resolvedById","kind":"scalar","type":"String"},{"name":"pinnedAt","kind":"scalar","type":"DateTime"},{"name":"hiddenAt","kind":"scalar","type":"DateTime"},{"name":"hiddenById","kind":"scalar","type":"String"},{"name":"previousAnchor","kind":"scalar","type":"String"},{"name":"group","kind":"object","type":"Group","relationName":"AnnotationToGroup"},{"name":"version","kind":"object","type":"TextVersion","relationName":"AnnotationToTextVersion"},{"name":"block","kind":"object","type":"Block","relationName":"AnnotationToBlock"},{"name":"author","kind":"object","type":"User","relationName":"AnnotationToUser"},{"name":"session","kind":"object","type":"StudySession","relationName":"AnnotationToStudySession"},{"name":"comments","kind":"object","type":"Comment","relationName":"AnnotationToComment"}],"dbName":null,"schema":null},"Comment":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"groupId","kind":"scalar","type":"String"},{"name":"annotationId","kind":"scalar","type":"String"},{"name":"sessionId","kind":"scalar","type":"String"},{"name":"parentId","kind":"scalar","type":"String"},{"name":"authorId","kind":"scalar","type":"String"},{"name":"body","kind":"scalar","type":"String"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"editedAt","kind":"scalar","type":"DateTime"},{"name":"deletedAt","kind":"scalar","type":"DateTime"},{"name":"hiddenAt","kind":"scalar","type":"DateTime"},{"name":"hiddenById","kind":"scalar","type":"String"},{"name":"group","kind":"object","type":"Group","relationName":"CommentToGroup"},{"name":"annotation","kind":"object","type":"Annotation","relationName":"AnnotationToComment"},{"name":"session","kind":"object","type":"StudySession","relationName":"CommentToStudySession"},{"name":"author","kind":"object","type":"User","relationName":"CommentToUser"}],"dbName":null,"schema":null},"Event":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"groupId","kind":"scalar","type":"String"},{"name":"seq","kind":"scalar","type":"Int"},{"name":"sessionSeq","kind":"scalar","type":"Int"},{"name":"type","kind":"scalar","type":"String"},{"name":"actorId","kind":"scalar","type":"String"},{"name":"sessionId","kind":"scalar","type":"String"},{"name":"isPrivate","kind":"scalar","type":"Boolean"},{"name":"payload","kind":"scalar","type":"String"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"group","kind":"object","type":"Group","relationName":"EventToGroup"},{"name":"actor","kind":"object","type":"User","relationName":"EventToUser"}],"dbName":null,"schema":null},"StudySession":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"groupId","kind":"scalar","type":"String"},{"name":"textId","kind":"scalar","type":"String"},{"name":"versionId","kind":"scalar","type":"String"},{"name":"title","kind":"scalar","type":"String"},{"name":"leaderId","kind":"scalar","type":"String"},{"name":"rangeStart","kind":"scalar","type":"String"},{"name":"rangeEnd","kind":"scalar","type":"String"},{"name":"scheduledAt","kind":"scalar","type":"DateTime"},{"name":"startedAt","kind":"scalar","type":"DateTime"},{"name":"endedAt","kind":"scalar","type":"DateTime"},{"name":"currentBlockId","kind":"scalar","type":"String"},{"name":"summary","kind":"scalar","type":"String"},{"name":"summaryUpdatedAt","kind":"scalar","type":"DateTime"},{"name":"lastSeq","kind":"scalar","type":"Int"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"group","kind":"object","type":"Group","relationName":"GroupToStudySession"},{"name":"version","kind":"object","type":"TextVersion","relationName":"StudySessionToTextVersion"},{"name":"leader","kind":"object","type":"User","relationName":"SessionLeader"},{"name":"attendance","kind":"object","type":"Attendance","relationName":"AttendanceToStudySession"},{"name":"annotations","kind":"object","type":"Annotation","relationName":"AnnotationToStudySession"},{"name":"comments","kind":"object","type":"Comment","relationName":"CommentToStudySession"}],"dbName":null,"schema":null},"Attendance":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"sessionId","kind":"scalar","type":"String"},{"name":"userId","kind":"scalar","type":"String"},{"name":"joinedAt","kind":"scalar","type":"DateTime"},{"name":"leftAt","kind":"scalar","type":"DateTime"},{"name":"session","kind":"object","type":"StudySession","relationName":"AttendanceToStudySession"},{"name":"user","kind":"object","type":"User","relationName":"AttendanceToUser"}],"dbName":null,"schema":null},"Reaction":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"groupId","kind":"scalar","type":"String"},{"name":"targetType","kind":"scalar","type":"String"},{"name":"targetId","kind":"scalar","type":"String"},{"name":"userId","kind":"scalar","type":"String"},{"name":"kind","kind":"scalar","type":"String"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"user","kind":"object","type":"User","relationName":"ReactionToUser"}],"dbName":null,"schema":null},"Notification":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"userId","kind":"scalar","type":"String"},{"name":"groupId","kind":"scalar","type":"String"},{"name":"type","kind":"scalar","type":"String"},{"name":"payload","kind":"scalar","type":"String"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"readAt","kind":"scalar","type":"DateTime"},{"name":"user","kind":"object","type":"User","relationName":"NotificationToUser"}],"dbName":null,"schema":null},"ReadingVisit":{"fields":[{"name":"userId","kind":"scalar","type":"String"},{"name":"groupId","kind":"scalar","type":"String"},{"name":"textId","kind":"scalar","type":"String"},{"name":"visitedAt","kind":"scalar","type":"DateTime"},{"name":"lastSeq","kind":"scalar","type":"Int"}],"dbName":null,"schema":null},"SearchDoc":{"fields":[{"name":"id","kind":"scalar","type":"Int"},{"name":"key","kind":"scalar","type":"String"},{"name":"groupId","kind":"scalar","type":"String"},{"name":"annotationId","kind":"scalar","type":"String"},{"name":"commentId","kind":"scalar","type":"String"},{"name":"sessionId","kind":"scalar","type":"String"},{"name":"authorId","kind":"scalar","type":"String"},{"name":"kind","kind":"scalar","type":"String"},{"name":"isPrivate","kind":"scalar","type":"Boolean"},{"name":"isHidden","kind":"scalar","type":"Boolean"},{"name":"quote","kind":"scalar","type":"String"},{"name":"body","kind":"scalar","type":"String"},{"name":"createdAt","kind":"scalar","type":"DateTime"}],"dbName":null,"schema":null}},"enums":{},"types":{}}');
config.parameterizationSchema = {
  strings: JSON.parse('["where","orderBy","cursor","user","tokens","memberships","group","ownerGroup","versions","_count","text","version","annotations","blocks","leader","session","attendance","annotation","author","comments","sessions","block","actor","events","texts","ledSessions","reactions","notifications","User.findUnique","User.findUniqueOrThrow","User.findFirst","User.findFirstOrThrow","User.findMany","data","User.createOne","User.createMany","User.createManyAndReturn","User.updateOne","User.updateMany","User.updateManyAndReturn","create","update","User.upsertOne","User.deleteOne","User.deleteMany","having","_min","_max","User.groupBy","User.aggregate","ApiToken.findUnique","ApiToken.findUniqueOrThrow","ApiToken.findFirst","ApiToken.findFirstOrThrow","ApiToken.findMany","ApiToken.createOne","ApiToken.createMany","ApiToken.createManyAndReturn","ApiToken.updateOne","ApiToken.updateMany","ApiToken.updateManyAndReturn","ApiToken.upsertOne","ApiToken.deleteOne","ApiToken.deleteMany","ApiToken.groupBy","ApiToken.aggregate","Group.findUnique","Group.findUniqueOrThrow","Group.findFirst","Group.findFirstOrThrow","Group.findMany","Group.createOne","Group.createMany","Group.createManyAndReturn","Group.updateOne","Group.updateMany","Group.updateManyAndReturn","Group.upsertOne","Group.deleteOne","Group.deleteMany","_avg","_sum","Group.groupBy","Group.aggregate","Membership.findUnique","Membership.findUniqueOrThrow","Membership.findFirst","Membership.findFirstOrThrow","Membership.findMany","Membership.createOne","Membership.createMany","Membership.createManyAndReturn","Membership.updateOne","Membership.updateMany","Membership.updateManyAndReturn","Membership.upsertOne","Membership.deleteOne","Membership.deleteMany","Membership.groupBy","Membership.aggregate","Text.findUnique","Text.findUniqueOrThrow","Text.findFirst","Text.findFirstOrThrow","Text.findMany","Text.createOne","Text.createMany","Text.createManyAndReturn","Text.updateOne","Text.updateMany","Text.updateManyAndReturn","Text.upsertOne","Text.deleteOne","Text.deleteMany","Text.groupBy","Text.aggregate","TextVersion.findUnique","TextVersion.findUniqueOrThrow","TextVersion.findFirst","TextVersion.findFirstOrThrow","TextVersion.findMany","TextVersion.createOne","TextVersion.createMany","TextVersion.createManyAndReturn","TextVersion.updateOne","TextVersion.updateMany","TextVersion.updateManyAndReturn","TextVersion.upsertOne","TextVersion.deleteOne","TextVersion.deleteMany","TextVersion.groupBy","TextVersion.aggregate","Block.findUnique","Block.findUniqueOrThrow","Block.findFirst","Block.findFirstOrThrow","Block.findMany","Block.createOne","Block.createMany","Block.createManyAndReturn","Block.updateOne","Block.updateMany","Block.updateManyAndReturn","Block.upsertOne","Block.deleteOne","Block.deleteMany","Block.groupBy","Block.aggregate","Annotation.findUnique","Annotation.findUniqueOrThrow","Annotation.findFirst","Annotation.findFirstOrThrow","Annotation.findMany","Annotation.createOne","Annotation.createMany","Annotation.createManyAndReturn","Annotation.updateOne","Annotation.updateMany","Annotation.updateManyAndReturn","Annotation.upsertOne","Annotation.deleteOne","Annotation.deleteMany","Annotation.groupBy","Annotation.aggregate","Comment.findUnique","Comment.findUniqueOrThrow","Comment.findFirst","Comment.findFirstOrThrow","Comment.findMany","Comment.createOne","Comment.createMany","Comment.createManyAndReturn","Comment.updateOne","Comment.updateMany","Comment.updateManyAndReturn","Comment.upsertOne","Comment.deleteOne","Comment.deleteMany","Comment.groupBy","Comment.aggregate","Event.findUnique","Event.findUniqueOrThrow","Event.findFirst","Event.findFirstOrThrow","Event.findMany","Event.createOne","Event.createMany","Event.createManyAndReturn","Event.updateOne","Event.updateMany","Event.updateManyAndReturn","Event.upsertOne","Event.deleteOne","Event.deleteMany","Event.groupBy","Event.aggregate","StudySession.findUnique","StudySession.findUniqueOrThrow","StudySession.findFirst","StudySession.findFirstOrThrow","StudySession.findMany","StudySession.createOne","StudySession.createMany","StudySession.createManyAndReturn","StudySession.updateOne","StudySession.updateMany","StudySession.updateManyAndReturn","StudySession.upsertOne","StudySession.deleteOne","StudySession.deleteMany","StudySession.groupBy","StudySession.aggregate","Attendance.findUnique","Attendance.findUniqueOrThrow","Attendance.findFirst","Attendance.findFirstOrThrow","Attendance.findMany","Attendance.createOne","Attendance.createMany","Attendance.createManyAndReturn","Attendance.updateOne","Attendance.updateMany","Attendance.updateManyAndReturn","Attendance.upsertOne","Attendance.deleteOne","Attendance.deleteMany","Attendance.groupBy","Attendance.aggregate","Reaction.findUnique","Reaction.findUniqueOrThrow","Reaction.findFirst","Reaction.findFirstOrThrow","Reaction.findMany","Reaction.createOne","Reaction.createMany","Reaction.createManyAndReturn","Reaction.updateOne","Reaction.updateMany","Reaction.updateManyAndReturn","Reaction.upsertOne","Reaction.deleteOne","Reaction.deleteMany","Reaction.groupBy","Reaction.aggregate","Notification.findUnique","Notification.findUniqueOrThrow","Notification.findFirst","Notification.findFirstOrThrow","Notification.findMany","Notification.createOne","Notification.createMany","Notification.createManyAndReturn","Notification.updateOne","Notification.updateMany","Notification.updateManyAndReturn","Notification.upsertOne","Notification.deleteOne","Notification.deleteMany","Notification.groupBy","Notification.aggregate","ReadingVisit.findUnique","ReadingVisit.findUniqueOrThrow","ReadingVisit.findFirst","ReadingVisit.findFirstOrThrow","ReadingVisit.findMany","ReadingVisit.createOne","ReadingVisit.createMany","ReadingVisit.createManyAndReturn","ReadingVisit.updateOne","ReadingVisit.updateMany","ReadingVisit.updateManyAndReturn","ReadingVisit.upsertOne","ReadingVisit.deleteOne","ReadingVisit.deleteMany","ReadingVisit.groupBy","ReadingVisit.aggregate","SearchDoc.findUnique","SearchDoc.findUniqueOrThrow","SearchDoc.findFirst","SearchDoc.findFirstOrThrow","SearchDoc.findMany","SearchDoc.createOne","SearchDoc.createMany","SearchDoc.createManyAndReturn","SearchDoc.updateOne","SearchDoc.updateMany","SearchDoc.updateManyAndReturn","SearchDoc.upsertOne","SearchDoc.deleteOne","SearchDoc.deleteMany","SearchDoc.groupBy","SearchDoc.aggregate","AND","OR","NOT","id","key","groupId","annotationId","commentId","sessionId","authorId","kind","isPrivate","isHidden","quote","body","createdAt","equals","in","notIn","lt","lte","gt","gte","not","contains","startsWith","endsWith","userId","textId","visitedAt","lastSeq","userId_groupId_textId","type","payload","readAt","targetType","targetId","joinedAt","leftAt","versionId","title","leaderId","rangeStart","rangeEnd","scheduledAt","startedAt","endedAt","currentBlockId","summary","summaryUpdatedAt","seq","sessionSeq","actorId","parentId","editedAt","deletedAt","hiddenAt","hiddenById","blockId","start","end","exact","prefix","suffix","note","visibility","status","updatedAt","resolvedAt","resolvedById","pinnedAt","previousAnchor","ordinal","path","level","label","subtitle","runIn","role","number","sourceHash","source","createdById","report","slug","byline","language","metadata","ownerGroupId","name","description","joinCode","every","some","none","tokenHash","lastUsedAt","revokedAt","email","passwordHash","locale","targetType_targetId_userId_kind","groupId_seq","sessionId_sessionSeq","versionId_path","textId_number","textId_sourceHash","groupId_userId","is","isNot","connectOrCreate","upsert","createMany","set","disconnect","delete","connect","updateMany","deleteMany","increment","decrement","multiply","divide"]'),
  graph: "7giYAYACEgQAAIQEACAFAAD7AwAgDAAA_AMAIBAAAIUEACATAAD9AwAgFwAA_gMAIBkAAIAEACAaAACGBAAgGwAAhwQAIKQCAACDBAAwpQIAAF0AEKYCAACDBAAwpwIBAAAAAbMCQADkAwAh_QIBAOEDACGGAwEAAAABhwMBAOEDACGIAwEA4QMAIQEAAAABACAMAwAAigQAIKQCAACnBAAwpQIAAAMAEKYCAACnBAAwpwIBAOEDACGzAkAA5AMAIb8CAQDhAwAh4gIBAOEDACH9AgEA4QMAIYMDAQDhAwAhhANAAIkEACGFA0AAiQQAIQMDAADWBwAghAMAAKgEACCFAwAAqAQAIAwDAACKBAAgpAIAAKcEADClAgAAAwAQpgIAAKcEADCnAgEAAAABswJAAOQDACG_AgEA4QMAIeICAQDhAwAh_QIBAOEDACGDAwEAAAABhANAAIkEACGFA0AAiQQAIQMAAAADACABAAAEADACAAAFACAKAwAAigQAIAYAAJQEACCkAgAApgQAMKUCAAAHABCmAgAApgQAMKcCAQDhAwAhqQIBAOEDACG_AgEA4QMAIckCQADkAwAh8gIBAOEDACECAwAA1gcAIAYAANcHACALAwAAigQAIAYAAJQEACCkAgAApgQAMKUCAAAHABCmAgAApgQAMKcCAQAAAAGpAgEA4QMAIb8CAQDhAwAhyQJAAOQDACHyAgEA4QMAIY8DAAClBAAgAwAAAAcAIAEAAAgAMAIAAAkAIAMAAAAHACABAAAIADACAAAJACAjBgAAlAQAIAsAAJsEACAPAACXBAAgEgAAigQAIBMAAP0DACAVAACkBAAgpAIAAKMEADClAgAADAAQpgIAAKMEADCnAgEA4QMAIakCAQDhAwAhrAIBAOIDACGtAgEA4QMAIa4CAQDhAwAhswJAAOQDACHAAgEA4QMAIcsCAQDhAwAh2gJAAIkEACHbAkAAiQQAIdwCQACJBAAh3QIBAOIDACHeAgEA4QMAId8CAgDgAwAh4AICAOADACHhAgEA4QMAIeICAQDhAwAh4wIBAOEDACHkAgEA4QMAIeUCAQDhAwAh5gIBAOEDACHnAkAA5AMAIegCQACJBAAh6QIBAOIDACHqAkAAiQQAIesCAQDiAwAhDwYAANcHACALAADbBwAgDwAA2gcAIBIAANYHACATAADaBgAgFQAA3gcAIKwCAACoBAAg2gIAAKgEACDbAgAAqAQAINwCAACoBAAg3QIAAKgEACDoAgAAqAQAIOkCAACoBAAg6gIAAKgEACDrAgAAqAQAICMGAACUBAAgCwAAmwQAIA8AAJcEACASAACKBAAgEwAA_QMAIBUAAKQEACCkAgAAowQAMKUCAAAMABCmAgAAowQAMKcCAQAAAAGpAgEA4QMAIawCAQDiAwAhrQIBAOEDACGuAgEA4QMAIbMCQADkAwAhwAIBAOEDACHLAgEA4QMAIdoCQACJBAAh2wJAAIkEACHcAkAAiQQAId0CAQDiAwAh3gIBAOEDACHfAgIA4AMAIeACAgDgAwAh4QIBAOEDACHiAgEA4QMAIeMCAQDhAwAh5AIBAOEDACHlAgEA4QMAIeYCAQDhAwAh5wJAAOQDACHoAkAAiQQAIekCAQDiAwAh6gJAAIkEACHrAgEA4gMAIQMAAAAMACABAAANADACAAAOACAPBQAA-wMAIAwAAPwDACATAAD9AwAgFAAAgAQAIBcAAP4DACAYAAD_AwAgpAIAAPoDADClAgAAEAAQpgIAAPoDADCnAgEA4QMAIbMCQADkAwAhwgICAOADACH9AgEA4QMAIf4CAQDhAwAh_wIBAOEDACEBAAAAEAAgEAoAAKEEACAMAAD8AwAgDQAAogQAIBQAAIAEACCkAgAAoAQAMKUCAAASABCmAgAAoAQAMKcCAQDhAwAhswJAAOQDACHAAgEA4QMAIeQCAQDhAwAh8wICAOADACH0AgEA4QMAIfUCAQDhAwAh9gIBAOIDACH3AgEA4gMAIQYKAADcBwAgDAAA2QYAIA0AAN0HACAUAADdBgAg9gIAAKgEACD3AgAAqAQAIBIKAAChBAAgDAAA_AMAIA0AAKIEACAUAACABAAgpAIAAKAEADClAgAAEgAQpgIAAKAEADCnAgEAAAABswJAAOQDACHAAgEA4QMAIeQCAQDhAwAh8wICAOADACH0AgEA4QMAIfUCAQDhAwAh9gIBAOIDACH3AgEA4gMAIY0DAACeBAAgjgMAAJ8EACADAAAAEgAgAQAAEwAwAgAAFAAgAQAAABIAIBAKAQDhAwAhCwAAmwQAIAwAAPwDACCkAgAAnQQAMKUCAAAXABCmAgAAnQQAMKcCAQDhAwAhrgIBAOEDACHLAgEA4QMAIewCAgDgAwAh7QIBAOEDACHuAgEA4gMAIe8CAQDiAwAh8AIBAOIDACHxAiAA4wMAIfICAQDiAwAhBgsAANsHACAMAADZBgAg7gIAAKgEACDvAgAAqAQAIPACAACoBAAg8gIAAKgEACARCgEA4QMAIQsAAJsEACAMAAD8AwAgpAIAAJ0EADClAgAAFwAQpgIAAJ0EADCnAgEAAAABrgIBAOEDACHLAgEA4QMAIewCAgDgAwAh7QIBAOEDACHuAgEA4gMAIe8CAQDiAwAh8AIBAOIDACHxAiAA4wMAIfICAQDiAwAhjAMAAJwEACADAAAAFwAgAQAAGAAwAgAAGQAgAwAAAAwAIAEAAA0AMAIAAA4AIAEAAAAMACADAAAADAAgAQAADQAwAgAADgAgGQYAAJQEACALAACbBAAgDAAA_AMAIA4AAIoEACAQAACFBAAgEwAA_QMAIKQCAACaBAAwpQIAAB4AEKYCAACaBAAwpwIBAOEDACGpAgEA4QMAIbMCQADkAwAhwAIBAOEDACHCAgIA4AMAIcsCAQDhAwAhzAIBAOEDACHNAgEA4QMAIc4CAQDiAwAhzwIBAOIDACHQAkAA5AMAIdECQACJBAAh0gJAAIkEACHTAgEA4gMAIdQCAQDhAwAh1QJAAIkEACEMBgAA1wcAIAsAANsHACAMAADZBgAgDgAA1gcAIBAAANMHACATAADaBgAgzgIAAKgEACDPAgAAqAQAINECAACoBAAg0gIAAKgEACDTAgAAqAQAINUCAACoBAAgGQYAAJQEACALAACbBAAgDAAA_AMAIA4AAIoEACAQAACFBAAgEwAA_QMAIKQCAACaBAAwpQIAAB4AEKYCAACaBAAwpwIBAAAAAakCAQDhAwAhswJAAOQDACHAAgEA4QMAIcICAgDgAwAhywIBAOEDACHMAgEA4QMAIc0CAQDhAwAhzgIBAOIDACHPAgEA4gMAIdACQADkAwAh0QJAAIkEACHSAkAAiQQAIdMCAQDiAwAh1AIBAOEDACHVAkAAiQQAIQMAAAAeACABAAAfADACAAAgACAKAwAAigQAIA8AAJkEACCkAgAAmAQAMKUCAAAiABCmAgAAmAQAMKcCAQDhAwAhrAIBAOEDACG_AgEA4QMAIckCQADkAwAhygJAAIkEACEDAwAA1gcAIA8AANoHACDKAgAAqAQAIAoDAACKBAAgDwAAmQQAIKQCAACYBAAwpQIAACIAEKYCAACYBAAwpwIBAAAAAawCAQDhAwAhvwIBAOEDACHJAkAA5AMAIcoCQACJBAAhAwAAACIAIAEAACMAMAIAACQAIAMAAAAMACABAAANADACAAAOACATBgAAlAQAIA8AAJcEACARAACWBAAgEgAAigQAIKQCAACVBAAwpQIAACcAEKYCAACVBAAwpwIBAOEDACGpAgEA4QMAIaoCAQDiAwAhrAIBAOIDACGtAgEA4QMAIbICAQDhAwAhswJAAOQDACHZAgEA4gMAIdoCQACJBAAh2wJAAIkEACHcAkAAiQQAId0CAQDiAwAhCwYAANcHACAPAADaBwAgEQAA2QcAIBIAANYHACCqAgAAqAQAIKwCAACoBAAg2QIAAKgEACDaAgAAqAQAINsCAACoBAAg3AIAAKgEACDdAgAAqAQAIBMGAACUBAAgDwAAlwQAIBEAAJYEACASAACKBAAgpAIAAJUEADClAgAAJwAQpgIAAJUEADCnAgEAAAABqQIBAOEDACGqAgEA4gMAIawCAQDiAwAhrQIBAOEDACGyAgEA4QMAIbMCQADkAwAh2QIBAOIDACHaAkAAiQQAIdsCQACJBAAh3AJAAIkEACHdAgEA4gMAIQMAAAAnACABAAAoADACAAApACABAAAADAAgAQAAAB4AIAEAAAAiACABAAAADAAgAQAAACcAIAEAAAAXACABAAAADAAgAQAAAB4AIAEAAAAeACADAAAAJwAgAQAAKAAwAgAAKQAgAQAAACcAIAMAAAAnACABAAAoADACAAApACAPBgAAlAQAIBYAAIoEACCkAgAAkgQAMKUCAAA3ABCmAgAAkgQAMKcCAQDhAwAhqQIBAOEDACGsAgEA4gMAIa8CIADjAwAhswJAAOQDACHEAgEA4QMAIcUCAQDhAwAh1gICAOADACHXAgIAkwQAIdgCAQDhAwAhBAYAANcHACAWAADWBwAgrAIAAKgEACDXAgAAqAQAIBEGAACUBAAgFgAAigQAIKQCAACSBAAwpQIAADcAEKYCAACSBAAwpwIBAAAAAakCAQDhAwAhrAIBAOIDACGvAiAA4wMAIbMCQADkAwAhxAIBAOEDACHFAgEA4QMAIdYCAgDgAwAh1wICAJMEACHYAgEA4QMAIYoDAACQBAAgiwMAAJEEACADAAAANwAgAQAAOAAwAgAAOQAgDgcAAI4EACAIAACPBAAgpAIAAI0EADClAgAAOwAQpgIAAI0EADCnAgEA4QMAIbMCQADkAwAhzAIBAOEDACHwAgEA4gMAIfgCAQDhAwAh-QIBAOIDACH6AgEA4QMAIfsCAQDhAwAh_AIBAOIDACEFBwAA1wcAIAgAANgHACDwAgAAqAQAIPkCAACoBAAg_AIAAKgEACAOBwAAjgQAIAgAAI8EACCkAgAAjQQAMKUCAAA7ABCmAgAAjQQAMKcCAQAAAAGzAkAA5AMAIcwCAQDhAwAh8AIBAOIDACH4AgEAAAAB-QIBAOIDACH6AgEA4QMAIfsCAQDhAwAh_AIBAOIDACEDAAAAOwAgAQAAPAAwAgAAPQAgAwAAAB4AIAEAAB8AMAIAACAAIAEAAAAHACABAAAADAAgAQAAACcAIAEAAAA3ACABAAAAOwAgAQAAAB4AIAMAAAAMACABAAANADACAAAOACADAAAAJwAgAQAAKAAwAgAAKQAgAwAAADcAIAEAADgAMAIAADkAIAMAAAAeACABAAAfADACAAAgACADAAAAIgAgAQAAIwAwAgAAJAAgCwMAAIoEACCkAgAAjAQAMKUCAABLABCmAgAAjAQAMKcCAQDhAwAhqQIBAOEDACGuAgEA4QMAIbMCQADkAwAhvwIBAOEDACHHAgEA4QMAIcgCAQDhAwAhAQMAANYHACAMAwAAigQAIKQCAACMBAAwpQIAAEsAEKYCAACMBAAwpwIBAAAAAakCAQDhAwAhrgIBAOEDACGzAkAA5AMAIb8CAQDhAwAhxwIBAOEDACHIAgEA4QMAIYkDAACLBAAgAwAAAEsAIAEAAEwAMAIAAE0AIAsDAACKBAAgpAIAAIgEADClAgAATwAQpgIAAIgEADCnAgEA4QMAIakCAQDhAwAhswJAAOQDACG_AgEA4QMAIcQCAQDhAwAhxQIBAOEDACHGAkAAiQQAIQIDAADWBwAgxgIAAKgEACALAwAAigQAIKQCAACIBAAwpQIAAE8AEKYCAACIBAAwpwIBAAAAAakCAQDhAwAhswJAAOQDACG_AgEA4QMAIcQCAQDhAwAhxQIBAOEDACHGAkAAiQQAIQMAAABPACABAABQADACAABRACABAAAAAwAgAQAAAAcAIAEAAAAMACABAAAAJwAgAQAAADcAIAEAAAAeACABAAAAIgAgAQAAAEsAIAEAAABPACABAAAAAQAgEgQAAIQEACAFAAD7AwAgDAAA_AMAIBAAAIUEACATAAD9AwAgFwAA_gMAIBkAAIAEACAaAACGBAAgGwAAhwQAIKQCAACDBAAwpQIAAF0AEKYCAACDBAAwpwIBAOEDACGzAkAA5AMAIf0CAQDhAwAhhgMBAOEDACGHAwEA4QMAIYgDAQDhAwAhCQQAANIHACAFAADYBgAgDAAA2QYAIBAAANMHACATAADaBgAgFwAA2wYAIBkAAN0GACAaAADUBwAgGwAA1QcAIAMAAABdACABAABeADACAAABACADAAAAXQAgAQAAXgAwAgAAAQAgAwAAAF0AIAEAAF4AMAIAAAEAIA8EAADJBwAgBQAAygcAIAwAAMsHACAQAADPBwAgEwAAzAcAIBcAAM0HACAZAADOBwAgGgAA0AcAIBsAANEHACCnAgEAAAABswJAAAAAAf0CAQAAAAGGAwEAAAABhwMBAAAAAYgDAQAAAAEBIQAAYgAgBqcCAQAAAAGzAkAAAAAB_QIBAAAAAYYDAQAAAAGHAwEAAAABiAMBAAAAAQEhAABkADABIQAAZAAwDwQAAOYGACAFAADnBgAgDAAA6AYAIBAAAOwGACATAADpBgAgFwAA6gYAIBkAAOsGACAaAADtBgAgGwAA7gYAIKcCAQCuBAAhswJAALEEACH9AgEArgQAIYYDAQCuBAAhhwMBAK4EACGIAwEArgQAIQIAAAABACAhAABnACAGpwIBAK4EACGzAkAAsQQAIf0CAQCuBAAhhgMBAK4EACGHAwEArgQAIYgDAQCuBAAhAgAAAF0AICEAAGkAIAIAAABdACAhAABpACADAAAAAQAgKAAAYgAgKQAAZwAgAQAAAAEAIAEAAABdACADCQAA4wYAIC4AAOUGACAvAADkBgAgCaQCAACCBAAwpQIAAHAAEKYCAACCBAAwpwIBAM8DACGzAkAA0gMAIf0CAQDPAwAhhgMBAM8DACGHAwEAzwMAIYgDAQDPAwAhAwAAAF0AIAEAAG8AMC0AAHAAIAMAAABdACABAABeADACAAABACABAAAABQAgAQAAAAUAIAMAAAADACABAAAEADACAAAFACADAAAAAwAgAQAABAAwAgAABQAgAwAAAAMAIAEAAAQAMAIAAAUAIAkDAADiBgAgpwIBAAAAAbMCQAAAAAG_AgEAAAAB4gIBAAAAAf0CAQAAAAGDAwEAAAABhANAAAAAAYUDQAAAAAEBIQAAeAAgCKcCAQAAAAGzAkAAAAABvwIBAAAAAeICAQAAAAH9AgEAAAABgwMBAAAAAYQDQAAAAAGFA0AAAAABASEAAHoAMAEhAAB6ADAJAwAA4QYAIKcCAQCuBAAhswJAALEEACG_AgEArgQAIeICAQCuBAAh_QIBAK4EACGDAwEArgQAIYQDQAC7BAAhhQNAALsEACECAAAABQAgIQAAfQAgCKcCAQCuBAAhswJAALEEACG_AgEArgQAIeICAQCuBAAh_QIBAK4EACGDAwEArgQAIYQDQAC7BAAhhQNAALsEACECAAAAAwAgIQAAfwAgAgAAAAMAICEAAH8AIAMAAAAFACAoAAB4ACApAAB9ACABAAAABQAgAQAAAAMAIAUJAADeBgAgLgAA4AYAIC8AAN8GACCEAwAAqAQAIIUDAACoBAAgC6QCAACBBAAwpQIAAIYBABCmAgAAgQQAMKcCAQDPAwAhswJAANIDACG_AgEAzwMAIeICAQDPAwAh_QIBAM8DACGDAwEAzwMAIYQDQADpAwAhhQNAAOkDACEDAAAAAwAgAQAAhQEAMC0AAIYBACADAAAAAwAgAQAABAAwAgAABQAgDwUAAPsDACAMAAD8AwAgEwAA_QMAIBQAAIAEACAXAAD-AwAgGAAA_wMAIKQCAAD6AwAwpQIAABAAEKYCAAD6AwAwpwIBAAAAAbMCQADkAwAhwgICAOADACH9AgEA4QMAIf4CAQDhAwAh_wIBAAAAAQEAAACJAQAgAQAAAIkBACAGBQAA2AYAIAwAANkGACATAADaBgAgFAAA3QYAIBcAANsGACAYAADcBgAgAwAAABAAIAEAAIwBADACAACJAQAgAwAAABAAIAEAAIwBADACAACJAQAgAwAAABAAIAEAAIwBADACAACJAQAgDAUAANIGACAMAADTBgAgEwAA1AYAIBQAANcGACAXAADVBgAgGAAA1gYAIKcCAQAAAAGzAkAAAAABwgICAAAAAf0CAQAAAAH-AgEAAAAB_wIBAAAAAQEhAACQAQAgBqcCAQAAAAGzAkAAAAABwgICAAAAAf0CAQAAAAH-AgEAAAAB_wIBAAAAAQEhAACSAQAwASEAAJIBADAMBQAAjQYAIAwAAI4GACATAACPBgAgFAAAkgYAIBcAAJAGACAYAACRBgAgpwIBAK4EACGzAkAAsQQAIcICAgCyBAAh_QIBAK4EACH-AgEArgQAIf8CAQCuBAAhAgAAAIkBACAhAACVAQAgBqcCAQCuBAAhswJAALEEACHCAgIAsgQAIf0CAQCuBAAh_gIBAK4EACH_AgEArgQAIQIAAAAQACAhAACXAQAgAgAAABAAICEAAJcBACADAAAAiQEAICgAAJABACApAACVAQAgAQAAAIkBACABAAAAEAAgBQkAAIgGACAuAACLBgAgLwAAigYAIFAAAIkGACBRAACMBgAgCaQCAAD5AwAwpQIAAJ4BABCmAgAA-QMAMKcCAQDPAwAhswJAANIDACHCAgIAzgMAIf0CAQDPAwAh_gIBAM8DACH_AgEAzwMAIQMAAAAQACABAACdAQAwLQAAngEAIAMAAAAQACABAACMAQAwAgAAiQEAIAEAAAAJACABAAAACQAgAwAAAAcAIAEAAAgAMAIAAAkAIAMAAAAHACABAAAIADACAAAJACADAAAABwAgAQAACAAwAgAACQAgBwMAAIcGACAGAACGBgAgpwIBAAAAAakCAQAAAAG_AgEAAAAByQJAAAAAAfICAQAAAAEBIQAApgEAIAWnAgEAAAABqQIBAAAAAb8CAQAAAAHJAkAAAAAB8gIBAAAAAQEhAACoAQAwASEAAKgBADAHAwAAhQYAIAYAAIQGACCnAgEArgQAIakCAQCuBAAhvwIBAK4EACHJAkAAsQQAIfICAQCuBAAhAgAAAAkAICEAAKsBACAFpwIBAK4EACGpAgEArgQAIb8CAQCuBAAhyQJAALEEACHyAgEArgQAIQIAAAAHACAhAACtAQAgAgAAAAcAICEAAK0BACADAAAACQAgKAAApgEAICkAAKsBACABAAAACQAgAQAAAAcAIAMJAACBBgAgLgAAgwYAIC8AAIIGACAIpAIAAPgDADClAgAAtAEAEKYCAAD4AwAwpwIBAM8DACGpAgEAzwMAIb8CAQDPAwAhyQJAANIDACHyAgEAzwMAIQMAAAAHACABAACzAQAwLQAAtAEAIAMAAAAHACABAAAIADACAAAJACABAAAAPQAgAQAAAD0AIAMAAAA7ACABAAA8ADACAAA9ACADAAAAOwAgAQAAPAAwAgAAPQAgAwAAADsAIAEAADwAMAIAAD0AIAsHAAD_BQAgCAAAgAYAIKcCAQAAAAGzAkAAAAABzAIBAAAAAfACAQAAAAH4AgEAAAAB-QIBAAAAAfoCAQAAAAH7AgEAAAAB_AIBAAAAAQEhAAC8AQAgCacCAQAAAAGzAkAAAAABzAIBAAAAAfACAQAAAAH4AgEAAAAB-QIBAAAAAfoCAQAAAAH7AgEAAAAB_AIBAAAAAQEhAAC-AQAwASEAAL4BADABAAAAEAAgCwcAAPEFACAIAADyBQAgpwIBAK4EACGzAkAAsQQAIcwCAQCuBAAh8AIBAK8EACH4AgEArgQAIfkCAQCvBAAh-gIBAK4EACH7AgEArgQAIfwCAQCvBAAhAgAAAD0AICEAAMIBACAJpwIBAK4EACGzAkAAsQQAIcwCAQCuBAAh8AIBAK8EACH4AgEArgQAIfkCAQCvBAAh-gIBAK4EACH7AgEArgQAIfwCAQCvBAAhAgAAADsAICEAAMQBACACAAAAOwAgIQAAxAEAIAEAAAAQACADAAAAPQAgKAAAvAEAICkAAMIBACABAAAAPQAgAQAAADsAIAYJAADuBQAgLgAA8AUAIC8AAO8FACDwAgAAqAQAIPkCAACoBAAg_AIAAKgEACAMpAIAAPcDADClAgAAzAEAEKYCAAD3AwAwpwIBAM8DACGzAkAA0gMAIcwCAQDPAwAh8AIBANADACH4AgEAzwMAIfkCAQDQAwAh-gIBAM8DACH7AgEAzwMAIfwCAQDQAwAhAwAAADsAIAEAAMsBADAtAADMAQAgAwAAADsAIAEAADwAMAIAAD0AIAEAAAAUACABAAAAFAAgAwAAABIAIAEAABMAMAIAABQAIAMAAAASACABAAATADACAAAUACADAAAAEgAgAQAAEwAwAgAAFAAgDQoAAOoFACAMAADsBQAgDQAA6wUAIBQAAO0FACCnAgEAAAABswJAAAAAAcACAQAAAAHkAgEAAAAB8wICAAAAAfQCAQAAAAH1AgEAAAAB9gIBAAAAAfcCAQAAAAEBIQAA1AEAIAmnAgEAAAABswJAAAAAAcACAQAAAAHkAgEAAAAB8wICAAAAAfQCAQAAAAH1AgEAAAAB9gIBAAAAAfcCAQAAAAEBIQAA1gEAMAEhAADWAQAwDQoAAMUFACAMAADHBQAgDQAAxgUAIBQAAMgFACCnAgEArgQAIbMCQACxBAAhwAIBAK4EACHkAgEArgQAIfMCAgCyBAAh9AIBAK4EACH1AgEArgQAIfYCAQCvBAAh9wIBAK8EACECAAAAFAAgIQAA2QEAIAmnAgEArgQAIbMCQACxBAAhwAIBAK4EACHkAgEArgQAIfMCAgCyBAAh9AIBAK4EACH1AgEArgQAIfYCAQCvBAAh9wIBAK8EACECAAAAEgAgIQAA2wEAIAIAAAASACAhAADbAQAgAwAAABQAICgAANQBACApAADZAQAgAQAAABQAIAEAAAASACAHCQAAwAUAIC4AAMMFACAvAADCBQAgUAAAwQUAIFEAAMQFACD2AgAAqAQAIPcCAACoBAAgDKQCAAD2AwAwpQIAAOIBABCmAgAA9gMAMKcCAQDPAwAhswJAANIDACHAAgEAzwMAIeQCAQDPAwAh8wICAM4DACH0AgEAzwMAIfUCAQDPAwAh9gIBANADACH3AgEA0AMAIQMAAAASACABAADhAQAwLQAA4gEAIAMAAAASACABAAATADACAAAUACABAAAAGQAgAQAAABkAIAMAAAAXACABAAAYADACAAAZACADAAAAFwAgAQAAGAAwAgAAGQAgAwAAABcAIAEAABgAMAIAABkAIA0KAQAAAAELAAC-BQAgDAAAvwUAIKcCAQAAAAGuAgEAAAABywIBAAAAAewCAgAAAAHtAgEAAAAB7gIBAAAAAe8CAQAAAAHwAgEAAAAB8QIgAAAAAfICAQAAAAEBIQAA6gEAIAsKAQAAAAGnAgEAAAABrgIBAAAAAcsCAQAAAAHsAgIAAAAB7QIBAAAAAe4CAQAAAAHvAgEAAAAB8AIBAAAAAfECIAAAAAHyAgEAAAABASEAAOwBADABIQAA7AEAMA0KAQCuBAAhCwAAswUAIAwAALQFACCnAgEArgQAIa4CAQCuBAAhywIBAK4EACHsAgIAsgQAIe0CAQCuBAAh7gIBAK8EACHvAgEArwQAIfACAQCvBAAh8QIgALAEACHyAgEArwQAIQIAAAAZACAhAADvAQAgCwoBAK4EACGnAgEArgQAIa4CAQCuBAAhywIBAK4EACHsAgIAsgQAIe0CAQCuBAAh7gIBAK8EACHvAgEArwQAIfACAQCvBAAh8QIgALAEACHyAgEArwQAIQIAAAAXACAhAADxAQAgAgAAABcAICEAAPEBACADAAAAGQAgKAAA6gEAICkAAO8BACABAAAAGQAgAQAAABcAIAkJAACuBQAgLgAAsQUAIC8AALAFACBQAACvBQAgUQAAsgUAIO4CAACoBAAg7wIAAKgEACDwAgAAqAQAIPICAACoBAAgDgoBAM8DACGkAgAA9QMAMKUCAAD4AQAQpgIAAPUDADCnAgEAzwMAIa4CAQDPAwAhywIBAM8DACHsAgIAzgMAIe0CAQDPAwAh7gIBANADACHvAgEA0AMAIfACAQDQAwAh8QIgANEDACHyAgEA0AMAIQMAAAAXACABAAD3AQAwLQAA-AEAIAMAAAAXACABAAAYADACAAAZACABAAAADgAgAQAAAA4AIAMAAAAMACABAAANADACAAAOACADAAAADAAgAQAADQAwAgAADgAgAwAAAAwAIAEAAA0AMAIAAA4AICAGAACDBQAgCwAAhAUAIA8AAK0FACASAACGBQAgEwAAhwUAIBUAAIUFACCnAgEAAAABqQIBAAAAAawCAQAAAAGtAgEAAAABrgIBAAAAAbMCQAAAAAHAAgEAAAABywIBAAAAAdoCQAAAAAHbAkAAAAAB3AJAAAAAAd0CAQAAAAHeAgEAAAAB3wICAAAAAeACAgAAAAHhAgEAAAAB4gIBAAAAAeMCAQAAAAHkAgEAAAAB5QIBAAAAAeYCAQAAAAHnAkAAAAAB6AJAAAAAAekCAQAAAAHqAkAAAAAB6wIBAAAAAQEhAACAAgAgGqcCAQAAAAGpAgEAAAABrAIBAAAAAa0CAQAAAAGuAgEAAAABswJAAAAAAcACAQAAAAHLAgEAAAAB2gJAAAAAAdsCQAAAAAHcAkAAAAAB3QIBAAAAAd4CAQAAAAHfAgIAAAAB4AICAAAAAeECAQAAAAHiAgEAAAAB4wIBAAAAAeQCAQAAAAHlAgEAAAAB5gIBAAAAAecCQAAAAAHoAkAAAAAB6QIBAAAAAeoCQAAAAAHrAgEAAAABASEAAIICADABIQAAggIAMAEAAAAeACAgBgAA8gQAIAsAAPMEACAPAACsBQAgEgAA9QQAIBMAAPYEACAVAAD0BAAgpwIBAK4EACGpAgEArgQAIawCAQCvBAAhrQIBAK4EACGuAgEArgQAIbMCQACxBAAhwAIBAK4EACHLAgEArgQAIdoCQAC7BAAh2wJAALsEACHcAkAAuwQAId0CAQCvBAAh3gIBAK4EACHfAgIAsgQAIeACAgCyBAAh4QIBAK4EACHiAgEArgQAIeMCAQCuBAAh5AIBAK4EACHlAgEArgQAIeYCAQCuBAAh5wJAALEEACHoAkAAuwQAIekCAQCvBAAh6gJAALsEACHrAgEArwQAIQIAAAAOACAhAACGAgAgGqcCAQCuBAAhqQIBAK4EACGsAgEArwQAIa0CAQCuBAAhrgIBAK4EACGzAkAAsQQAIcACAQCuBAAhywIBAK4EACHaAkAAuwQAIdsCQAC7BAAh3AJAALsEACHdAgEArwQAId4CAQCuBAAh3wICALIEACHgAgIAsgQAIeECAQCuBAAh4gIBAK4EACHjAgEArgQAIeQCAQCuBAAh5QIBAK4EACHmAgEArgQAIecCQACxBAAh6AJAALsEACHpAgEArwQAIeoCQAC7BAAh6wIBAK8EACECAAAADAAgIQAAiAIAIAIAAAAMACAhAACIAgAgAQAAAB4AIAMAAAAOACAoAACAAgAgKQAAhgIAIAEAAAAOACABAAAADAAgDgkAAKcFACAuAACqBQAgLwAAqQUAIFAAAKgFACBRAACrBQAgrAIAAKgEACDaAgAAqAQAINsCAACoBAAg3AIAAKgEACDdAgAAqAQAIOgCAACoBAAg6QIAAKgEACDqAgAAqAQAIOsCAACoBAAgHaQCAAD0AwAwpQIAAJACABCmAgAA9AMAMKcCAQDPAwAhqQIBAM8DACGsAgEA0AMAIa0CAQDPAwAhrgIBAM8DACGzAkAA0gMAIcACAQDPAwAhywIBAM8DACHaAkAA6QMAIdsCQADpAwAh3AJAAOkDACHdAgEA0AMAId4CAQDPAwAh3wICAM4DACHgAgIAzgMAIeECAQDPAwAh4gIBAM8DACHjAgEAzwMAIeQCAQDPAwAh5QIBAM8DACHmAgEAzwMAIecCQADSAwAh6AJAAOkDACHpAgEA0AMAIeoCQADpAwAh6wIBANADACEDAAAADAAgAQAAjwIAMC0AAJACACADAAAADAAgAQAADQAwAgAADgAgAQAAACkAIAEAAAApACADAAAAJwAgAQAAKAAwAgAAKQAgAwAAACcAIAEAACgAMAIAACkAIAMAAAAnACABAAAoADACAAApACAQBgAA5AQAIA8AAIEFACARAADlBAAgEgAA5gQAIKcCAQAAAAGpAgEAAAABqgIBAAAAAawCAQAAAAGtAgEAAAABsgIBAAAAAbMCQAAAAAHZAgEAAAAB2gJAAAAAAdsCQAAAAAHcAkAAAAAB3QIBAAAAAQEhAACYAgAgDKcCAQAAAAGpAgEAAAABqgIBAAAAAawCAQAAAAGtAgEAAAABsgIBAAAAAbMCQAAAAAHZAgEAAAAB2gJAAAAAAdsCQAAAAAHcAkAAAAAB3QIBAAAAAQEhAACaAgAwASEAAJoCADABAAAADAAgAQAAAB4AIBAGAADgBAAgDwAA_wQAIBEAAOEEACASAADiBAAgpwIBAK4EACGpAgEArgQAIaoCAQCvBAAhrAIBAK8EACGtAgEArgQAIbICAQCuBAAhswJAALEEACHZAgEArwQAIdoCQAC7BAAh2wJAALsEACHcAkAAuwQAId0CAQCvBAAhAgAAACkAICEAAJ8CACAMpwIBAK4EACGpAgEArgQAIaoCAQCvBAAhrAIBAK8EACGtAgEArgQAIbICAQCuBAAhswJAALEEACHZAgEArwQAIdoCQAC7BAAh2wJAALsEACHcAkAAuwQAId0CAQCvBAAhAgAAACcAICEAAKECACACAAAAJwAgIQAAoQIAIAEAAAAMACABAAAAHgAgAwAAACkAICgAAJgCACApAACfAgAgAQAAACkAIAEAAAAnACAKCQAApAUAIC4AAKYFACAvAAClBQAgqgIAAKgEACCsAgAAqAQAINkCAACoBAAg2gIAAKgEACDbAgAAqAQAINwCAACoBAAg3QIAAKgEACAPpAIAAPMDADClAgAAqgIAEKYCAADzAwAwpwIBAM8DACGpAgEAzwMAIaoCAQDQAwAhrAIBANADACGtAgEAzwMAIbICAQDPAwAhswJAANIDACHZAgEA0AMAIdoCQADpAwAh2wJAAOkDACHcAkAA6QMAId0CAQDQAwAhAwAAACcAIAEAAKkCADAtAACqAgAgAwAAACcAIAEAACgAMAIAACkAIAEAAAA5ACABAAAAOQAgAwAAADcAIAEAADgAMAIAADkAIAMAAAA3ACABAAA4ADACAAA5ACADAAAANwAgAQAAOAAwAgAAOQAgDAYAAKIFACAWAACjBQAgpwIBAAAAAakCAQAAAAGsAgEAAAABrwIgAAAAAbMCQAAAAAHEAgEAAAABxQIBAAAAAdYCAgAAAAHXAgIAAAAB2AIBAAAAAQEhAACyAgAgCqcCAQAAAAGpAgEAAAABrAIBAAAAAa8CIAAAAAGzAkAAAAABxAIBAAAAAcUCAQAAAAHWAgIAAAAB1wICAAAAAdgCAQAAAAEBIQAAtAIAMAEhAAC0AgAwDAYAAKAFACAWAAChBQAgpwIBAK4EACGpAgEArgQAIawCAQCvBAAhrwIgALAEACGzAkAAsQQAIcQCAQCuBAAhxQIBAK4EACHWAgIAsgQAIdcCAgCfBQAh2AIBAK4EACECAAAAOQAgIQAAtwIAIAqnAgEArgQAIakCAQCuBAAhrAIBAK8EACGvAiAAsAQAIbMCQACxBAAhxAIBAK4EACHFAgEArgQAIdYCAgCyBAAh1wICAJ8FACHYAgEArgQAIQIAAAA3ACAhAAC5AgAgAgAAADcAICEAALkCACADAAAAOQAgKAAAsgIAICkAALcCACABAAAAOQAgAQAAADcAIAcJAACaBQAgLgAAnQUAIC8AAJwFACBQAACbBQAgUQAAngUAIKwCAACoBAAg1wIAAKgEACANpAIAAO8DADClAgAAwAIAEKYCAADvAwAwpwIBAM8DACGpAgEAzwMAIawCAQDQAwAhrwIgANEDACGzAkAA0gMAIcQCAQDPAwAhxQIBAM8DACHWAgIAzgMAIdcCAgDwAwAh2AIBAM8DACEDAAAANwAgAQAAvwIAMC0AAMACACADAAAANwAgAQAAOAAwAgAAOQAgAQAAACAAIAEAAAAgACADAAAAHgAgAQAAHwAwAgAAIAAgAwAAAB4AIAEAAB8AMAIAACAAIAMAAAAeACABAAAfADACAAAgACAWBgAAlAUAIAsAAJUFACAMAACYBQAgDgAAlgUAIBAAAJcFACATAACZBQAgpwIBAAAAAakCAQAAAAGzAkAAAAABwAIBAAAAAcICAgAAAAHLAgEAAAABzAIBAAAAAc0CAQAAAAHOAgEAAAABzwIBAAAAAdACQAAAAAHRAkAAAAAB0gJAAAAAAdMCAQAAAAHUAgEAAAAB1QJAAAAAAQEhAADIAgAgEKcCAQAAAAGpAgEAAAABswJAAAAAAcACAQAAAAHCAgIAAAABywIBAAAAAcwCAQAAAAHNAgEAAAABzgIBAAAAAc8CAQAAAAHQAkAAAAAB0QJAAAAAAdICQAAAAAHTAgEAAAAB1AIBAAAAAdUCQAAAAAEBIQAAygIAMAEhAADKAgAwFgYAAM8EACALAADQBAAgDAAA0wQAIA4AANEEACAQAADSBAAgEwAA1AQAIKcCAQCuBAAhqQIBAK4EACGzAkAAsQQAIcACAQCuBAAhwgICALIEACHLAgEArgQAIcwCAQCuBAAhzQIBAK4EACHOAgEArwQAIc8CAQCvBAAh0AJAALEEACHRAkAAuwQAIdICQAC7BAAh0wIBAK8EACHUAgEArgQAIdUCQAC7BAAhAgAAACAAICEAAM0CACAQpwIBAK4EACGpAgEArgQAIbMCQACxBAAhwAIBAK4EACHCAgIAsgQAIcsCAQCuBAAhzAIBAK4EACHNAgEArgQAIc4CAQCvBAAhzwIBAK8EACHQAkAAsQQAIdECQAC7BAAh0gJAALsEACHTAgEArwQAIdQCAQCuBAAh1QJAALsEACECAAAAHgAgIQAAzwIAIAIAAAAeACAhAADPAgAgAwAAACAAICgAAMgCACApAADNAgAgAQAAACAAIAEAAAAeACALCQAAygQAIC4AAM0EACAvAADMBAAgUAAAywQAIFEAAM4EACDOAgAAqAQAIM8CAACoBAAg0QIAAKgEACDSAgAAqAQAINMCAACoBAAg1QIAAKgEACATpAIAAO4DADClAgAA1gIAEKYCAADuAwAwpwIBAM8DACGpAgEAzwMAIbMCQADSAwAhwAIBAM8DACHCAgIAzgMAIcsCAQDPAwAhzAIBAM8DACHNAgEAzwMAIc4CAQDQAwAhzwIBANADACHQAkAA0gMAIdECQADpAwAh0gJAAOkDACHTAgEA0AMAIdQCAQDPAwAh1QJAAOkDACEDAAAAHgAgAQAA1QIAMC0AANYCACADAAAAHgAgAQAAHwAwAgAAIAAgAQAAACQAIAEAAAAkACADAAAAIgAgAQAAIwAwAgAAJAAgAwAAACIAIAEAACMAMAIAACQAIAMAAAAiACABAAAjADACAAAkACAHAwAAyQQAIA8AAMgEACCnAgEAAAABrAIBAAAAAb8CAQAAAAHJAkAAAAABygJAAAAAAQEhAADeAgAgBacCAQAAAAGsAgEAAAABvwIBAAAAAckCQAAAAAHKAkAAAAABASEAAOACADABIQAA4AIAMAcDAADHBAAgDwAAxgQAIKcCAQCuBAAhrAIBAK4EACG_AgEArgQAIckCQACxBAAhygJAALsEACECAAAAJAAgIQAA4wIAIAWnAgEArgQAIawCAQCuBAAhvwIBAK4EACHJAkAAsQQAIcoCQAC7BAAhAgAAACIAICEAAOUCACACAAAAIgAgIQAA5QIAIAMAAAAkACAoAADeAgAgKQAA4wIAIAEAAAAkACABAAAAIgAgBAkAAMMEACAuAADFBAAgLwAAxAQAIMoCAACoBAAgCKQCAADtAwAwpQIAAOwCABCmAgAA7QMAMKcCAQDPAwAhrAIBAM8DACG_AgEAzwMAIckCQADSAwAhygJAAOkDACEDAAAAIgAgAQAA6wIAMC0AAOwCACADAAAAIgAgAQAAIwAwAgAAJAAgAQAAAE0AIAEAAABNACADAAAASwAgAQAATAAwAgAATQAgAwAAAEsAIAEAAEwAMAIAAE0AIAMAAABLACABAABMADACAABNACAIAwAAwgQAIKcCAQAAAAGpAgEAAAABrgIBAAAAAbMCQAAAAAG_AgEAAAABxwIBAAAAAcgCAQAAAAEBIQAA9AIAIAenAgEAAAABqQIBAAAAAa4CAQAAAAGzAkAAAAABvwIBAAAAAccCAQAAAAHIAgEAAAABASEAAPYCADABIQAA9gIAMAgDAADBBAAgpwIBAK4EACGpAgEArgQAIa4CAQCuBAAhswJAALEEACG_AgEArgQAIccCAQCuBAAhyAIBAK4EACECAAAATQAgIQAA-QIAIAenAgEArgQAIakCAQCuBAAhrgIBAK4EACGzAkAAsQQAIb8CAQCuBAAhxwIBAK4EACHIAgEArgQAIQIAAABLACAhAAD7AgAgAgAAAEsAICEAAPsCACADAAAATQAgKAAA9AIAICkAAPkCACABAAAATQAgAQAAAEsAIAMJAAC-BAAgLgAAwAQAIC8AAL8EACAKpAIAAOwDADClAgAAggMAEKYCAADsAwAwpwIBAM8DACGpAgEAzwMAIa4CAQDPAwAhswJAANIDACG_AgEAzwMAIccCAQDPAwAhyAIBAM8DACEDAAAASwAgAQAAgQMAMC0AAIIDACADAAAASwAgAQAATAAwAgAATQAgAQAAAFEAIAEAAABRACADAAAATwAgAQAAUAAwAgAAUQAgAwAAAE8AIAEAAFAAMAIAAFEAIAMAAABPACABAABQADACAABRACAIAwAAvQQAIKcCAQAAAAGpAgEAAAABswJAAAAAAb8CAQAAAAHEAgEAAAABxQIBAAAAAcYCQAAAAAEBIQAAigMAIAenAgEAAAABqQIBAAAAAbMCQAAAAAG_AgEAAAABxAIBAAAAAcUCAQAAAAHGAkAAAAABASEAAIwDADABIQAAjAMAMAgDAAC8BAAgpwIBAK4EACGpAgEArgQAIbMCQACxBAAhvwIBAK4EACHEAgEArgQAIcUCAQCuBAAhxgJAALsEACECAAAAUQAgIQAAjwMAIAenAgEArgQAIakCAQCuBAAhswJAALEEACG_AgEArgQAIcQCAQCuBAAhxQIBAK4EACHGAkAAuwQAIQIAAABPACAhAACRAwAgAgAAAE8AICEAAJEDACADAAAAUQAgKAAAigMAICkAAI8DACABAAAAUQAgAQAAAE8AIAQJAAC4BAAgLgAAugQAIC8AALkEACDGAgAAqAQAIAqkAgAA6AMAMKUCAACYAwAQpgIAAOgDADCnAgEAzwMAIakCAQDPAwAhswJAANIDACG_AgEAzwMAIcQCAQDPAwAhxQIBAM8DACHGAkAA6QMAIQMAAABPACABAACXAwAwLQAAmAMAIAMAAABPACABAABQADACAABRACAJpAIAAOYDADClAgAAngMAEKYCAADmAwAwqQIBAOEDACG_AgEA4QMAIcACAQDhAwAhwQJAAOQDACHCAgIA4AMAIcMCAADnAwAgAQAAAJsDACABAAAAmwMAIAikAgAA5gMAMKUCAACeAwAQpgIAAOYDADCpAgEA4QMAIb8CAQDhAwAhwAIBAOEDACHBAkAA5AMAIcICAgDgAwAhAAMAAACeAwAgAQAAnwMAMAIAAJsDACADAAAAngMAIAEAAJ8DADACAACbAwAgAwAAAJ4DACABAACfAwAwAgAAmwMAIAWpAgEAAAABvwIBAAAAAcACAQAAAAHBAkAAAAABwgICAAAAAQEhAACjAwAgBakCAQAAAAG_AgEAAAABwAIBAAAAAcECQAAAAAHCAgIAAAABASEAAKUDADABIQAApQMAMAWpAgEArgQAIb8CAQCuBAAhwAIBAK4EACHBAkAAsQQAIcICAgCyBAAhAgAAAJsDACAhAACoAwAgBakCAQCuBAAhvwIBAK4EACHAAgEArgQAIcECQACxBAAhwgICALIEACECAAAAngMAICEAAKoDACACAAAAngMAICEAAKoDACADAAAAmwMAICgAAKMDACApAACoAwAgAQAAAJsDACABAAAAngMAIAUJAACzBAAgLgAAtgQAIC8AALUEACBQAAC0BAAgUQAAtwQAIAikAgAA5QMAMKUCAACxAwAQpgIAAOUDADCpAgEAzwMAIb8CAQDPAwAhwAIBAM8DACHBAkAA0gMAIcICAgDOAwAhAwAAAJ4DACABAACwAwAwLQAAsQMAIAMAAACeAwAgAQAAnwMAMAIAAJsDACAQpAIAAN8DADClAgAAtwMAEKYCAADfAwAwpwICAAAAAagCAQAAAAGpAgEA4QMAIaoCAQDiAwAhqwIBAOIDACGsAgEA4gMAIa0CAQDhAwAhrgIBAOIDACGvAiAA4wMAIbACIADjAwAhsQIBAOEDACGyAgEA4QMAIbMCQADkAwAhAQAAALQDACABAAAAtAMAIBCkAgAA3wMAMKUCAAC3AwAQpgIAAN8DADCnAgIA4AMAIagCAQDhAwAhqQIBAOEDACGqAgEA4gMAIasCAQDiAwAhrAIBAOIDACGtAgEA4QMAIa4CAQDiAwAhrwIgAOMDACGwAiAA4wMAIbECAQDhAwAhsgIBAOEDACGzAkAA5AMAIQSqAgAAqAQAIKsCAACoBAAgrAIAAKgEACCuAgAAqAQAIAMAAAC3AwAgAQAAuAMAMAIAALQDACADAAAAtwMAIAEAALgDADACAAC0AwAgAwAAALcDACABAAC4AwAwAgAAtAMAIA2nAgIAAAABqAIBAAAAAakCAQAAAAGqAgEAAAABqwIBAAAAAawCAQAAAAGtAgEAAAABrgIBAAAAAa8CIAAAAAGwAiAAAAABsQIBAAAAAbICAQAAAAGzAkAAAAABASEAALwDACANpwICAAAAAagCAQAAAAGpAgEAAAABqgIBAAAAAasCAQAAAAGsAgEAAAABrQIBAAAAAa4CAQAAAAGvAiAAAAABsAIgAAAAAbECAQAAAAGyAgEAAAABswJAAAAAAQEhAAC-AwAwASEAAL4DADANpwICALIEACGoAgEArgQAIakCAQCuBAAhqgIBAK8EACGrAgEArwQAIawCAQCvBAAhrQIBAK4EACGuAgEArwQAIa8CIACwBAAhsAIgALAEACGxAgEArgQAIbICAQCuBAAhswJAALEEACECAAAAtAMAICEAAMEDACANpwICALIEACGoAgEArgQAIakCAQCuBAAhqgIBAK8EACGrAgEArwQAIawCAQCvBAAhrQIBAK4EACGuAgEArwQAIa8CIACwBAAhsAIgALAEACGxAgEArgQAIbICAQCuBAAhswJAALEEACECAAAAtwMAICEAAMMDACACAAAAtwMAICEAAMMDACADAAAAtAMAICgAALwDACApAADBAwAgAQAAALQDACABAAAAtwMAIAkJAACpBAAgLgAArAQAIC8AAKsEACBQAACqBAAgUQAArQQAIKoCAACoBAAgqwIAAKgEACCsAgAAqAQAIK4CAACoBAAgEKQCAADNAwAwpQIAAMoDABCmAgAAzQMAMKcCAgDOAwAhqAIBAM8DACGpAgEAzwMAIaoCAQDQAwAhqwIBANADACGsAgEA0AMAIa0CAQDPAwAhrgIBANADACGvAiAA0QMAIbACIADRAwAhsQIBAM8DACGyAgEAzwMAIbMCQADSAwAhAwAAALcDACABAADJAwAwLQAAygMAIAMAAAC3AwAgAQAAuAMAMAIAALQDACAQpAIAAM0DADClAgAAygMAEKYCAADNAwAwpwICAM4DACGoAgEAzwMAIakCAQDPAwAhqgIBANADACGrAgEA0AMAIawCAQDQAwAhrQIBAM8DACGuAgEA0AMAIa8CIADRAwAhsAIgANEDACGxAgEAzwMAIbICAQDPAwAhswJAANIDACENCQAA1AMAIC4AANQDACAvAADUAwAgUAAA3gMAIFEAANQDACC0AgIAAAABtQICAAAABLYCAgAAAAS3AgIAAAABuAICAAAAAbkCAgAAAAG6AgIAAAABuwICAN0DACEOCQAA1AMAIC4AANwDACAvAADcAwAgtAIBAAAAAbUCAQAAAAS2AgEAAAAEtwIBAAAAAbgCAQAAAAG5AgEAAAABugIBAAAAAbsCAQDbAwAhvAIBAAAAAb0CAQAAAAG-AgEAAAABDgkAANkDACAuAADaAwAgLwAA2gMAILQCAQAAAAG1AgEAAAAFtgIBAAAABbcCAQAAAAG4AgEAAAABuQIBAAAAAboCAQAAAAG7AgEA2AMAIbwCAQAAAAG9AgEAAAABvgIBAAAAAQUJAADUAwAgLgAA1wMAIC8AANcDACC0AiAAAAABuwIgANYDACELCQAA1AMAIC4AANUDACAvAADVAwAgtAJAAAAAAbUCQAAAAAS2AkAAAAAEtwJAAAAAAbgCQAAAAAG5AkAAAAABugJAAAAAAbsCQADTAwAhCwkAANQDACAuAADVAwAgLwAA1QMAILQCQAAAAAG1AkAAAAAEtgJAAAAABLcCQAAAAAG4AkAAAAABuQJAAAAAAboCQAAAAAG7AkAA0wMAIQi0AgIAAAABtQICAAAABLYCAgAAAAS3AgIAAAABuAICAAAAAbkCAgAAAAG6AgIAAAABuwICANQDACEItAJAAAAAAbUCQAAAAAS2AkAAAAAEtwJAAAAAAbgCQAAAAAG5AkAAAAABugJAAAAAAbsCQADVAwAhBQkAANQDACAuAADXAwAgLwAA1wMAILQCIAAAAAG7AiAA1gMAIQK0AiAAAAABuwIgANcDACEOCQAA2QMAIC4AANoDACAvAADaAwAgtAIBAAAAAbUCAQAAAAW2AgEAAAAFtwIBAAAAAbgCAQAAAAG5AgEAAAABugIBAAAAAbsCAQDYAwAhvAIBAAAAAb0CAQAAAAG-AgEAAAABCLQCAgAAAAG1AgIAAAAFtgICAAAABbcCAgAAAAG4AgIAAAABuQICAAAAAboCAgAAAAG7AgIA2QMAIQu0AgEAAAABtQIBAAAABbYCAQAAAAW3AgEAAAABuAIBAAAAAbkCAQAAAAG6AgEAAAABuwIBANoDACG8AgEAAAABvQIBAAAAAb4CAQAAAAEOCQAA1AMAIC4AANwDACAvAADcAwAgtAIBAAAAAbUCAQAAAAS2AgEAAAAEtwIBAAAAAbgCAQAAAAG5AgEAAAABugIBAAAAAbsCAQDbAwAhvAIBAAAAAb0CAQAAAAG-AgEAAAABC7QCAQAAAAG1AgEAAAAEtgIBAAAABLcCAQAAAAG4AgEAAAABuQIBAAAAAboCAQAAAAG7AgEA3AMAIbwCAQAAAAG9AgEAAAABvgIBAAAAAQ0JAADUAwAgLgAA1AMAIC8AANQDACBQAADeAwAgUQAA1AMAILQCAgAAAAG1AgIAAAAEtgICAAAABLcCAgAAAAG4AgIAAAABuQICAAAAAboCAgAAAAG7AgIA3QMAIQi0AggAAAABtQIIAAAABLYCCAAAAAS3AggAAAABuAIIAAAAAbkCCAAAAAG6AggAAAABuwIIAN4DACEQpAIAAN8DADClAgAAtwMAEKYCAADfAwAwpwICAOADACGoAgEA4QMAIakCAQDhAwAhqgIBAOIDACGrAgEA4gMAIawCAQDiAwAhrQIBAOEDACGuAgEA4gMAIa8CIADjAwAhsAIgAOMDACGxAgEA4QMAIbICAQDhAwAhswJAAOQDACEItAICAAAAAbUCAgAAAAS2AgIAAAAEtwICAAAAAbgCAgAAAAG5AgIAAAABugICAAAAAbsCAgDUAwAhC7QCAQAAAAG1AgEAAAAEtgIBAAAABLcCAQAAAAG4AgEAAAABuQIBAAAAAboCAQAAAAG7AgEA3AMAIbwCAQAAAAG9AgEAAAABvgIBAAAAAQu0AgEAAAABtQIBAAAABbYCAQAAAAW3AgEAAAABuAIBAAAAAbkCAQAAAAG6AgEAAAABuwIBANoDACG8AgEAAAABvQIBAAAAAb4CAQAAAAECtAIgAAAAAbsCIADXAwAhCLQCQAAAAAG1AkAAAAAEtgJAAAAABLcCQAAAAAG4AkAAAAABuQJAAAAAAboCQAAAAAG7AkAA1QMAIQikAgAA5QMAMKUCAACxAwAQpgIAAOUDADCpAgEAzwMAIb8CAQDPAwAhwAIBAM8DACHBAkAA0gMAIcICAgDOAwAhCKQCAADmAwAwpQIAAJ4DABCmAgAA5gMAMKkCAQDhAwAhvwIBAOEDACHAAgEA4QMAIcECQADkAwAhwgICAOADACEDqQIBAAAAAb8CAQAAAAHAAgEAAAABCqQCAADoAwAwpQIAAJgDABCmAgAA6AMAMKcCAQDPAwAhqQIBAM8DACGzAkAA0gMAIb8CAQDPAwAhxAIBAM8DACHFAgEAzwMAIcYCQADpAwAhCwkAANkDACAuAADrAwAgLwAA6wMAILQCQAAAAAG1AkAAAAAFtgJAAAAABbcCQAAAAAG4AkAAAAABuQJAAAAAAboCQAAAAAG7AkAA6gMAIQsJAADZAwAgLgAA6wMAIC8AAOsDACC0AkAAAAABtQJAAAAABbYCQAAAAAW3AkAAAAABuAJAAAAAAbkCQAAAAAG6AkAAAAABuwJAAOoDACEItAJAAAAAAbUCQAAAAAW2AkAAAAAFtwJAAAAAAbgCQAAAAAG5AkAAAAABugJAAAAAAbsCQADrAwAhCqQCAADsAwAwpQIAAIIDABCmAgAA7AMAMKcCAQDPAwAhqQIBAM8DACGuAgEAzwMAIbMCQADSAwAhvwIBAM8DACHHAgEAzwMAIcgCAQDPAwAhCKQCAADtAwAwpQIAAOwCABCmAgAA7QMAMKcCAQDPAwAhrAIBAM8DACG_AgEAzwMAIckCQADSAwAhygJAAOkDACETpAIAAO4DADClAgAA1gIAEKYCAADuAwAwpwIBAM8DACGpAgEAzwMAIbMCQADSAwAhwAIBAM8DACHCAgIAzgMAIcsCAQDPAwAhzAIBAM8DACHNAgEAzwMAIc4CAQDQAwAhzwIBANADACHQAkAA0gMAIdECQADpAwAh0gJAAOkDACHTAgEA0AMAIdQCAQDPAwAh1QJAAOkDACENpAIAAO8DADClAgAAwAIAEKYCAADvAwAwpwIBAM8DACGpAgEAzwMAIawCAQDQAwAhrwIgANEDACGzAkAA0gMAIcQCAQDPAwAhxQIBAM8DACHWAgIAzgMAIdcCAgDwAwAh2AIBAM8DACENCQAA2QMAIC4AANkDACAvAADZAwAgUAAA8gMAIFEAANkDACC0AgIAAAABtQICAAAABbYCAgAAAAW3AgIAAAABuAICAAAAAbkCAgAAAAG6AgIAAAABuwICAPEDACENCQAA2QMAIC4AANkDACAvAADZAwAgUAAA8gMAIFEAANkDACC0AgIAAAABtQICAAAABbYCAgAAAAW3AgIAAAABuAICAAAAAbkCAgAAAAG6AgIAAAABuwICAPEDACEItAIIAAAAAbUCCAAAAAW2AggAAAAFtwIIAAAAAbgCCAAAAAG5AggAAAABugIIAAAAAbsCCADyAwAhD6QCAADzAwAwpQIAAKoCABCmAgAA8wMAMKcCAQDPAwAhqQIBAM8DACGqAgEA0AMAIawCAQDQAwAhrQIBAM8DACGyAgEAzwMAIbMCQADSAwAh2QIBANADACHaAkAA6QMAIdsCQADpAwAh3AJAAOkDACHdAgEA0AMAIR2kAgAA9AMAMKUCAACQAgAQpgIAAPQDADCnAgEAzwMAIakCAQDPAwAhrAIBANADACGtAgEAzwMAIa4CAQDPAwAhswJAANIDACHAAgEAzwMAIcsCAQDPAwAh2gJAAOkDACHbAkAA6QMAIdwCQADpAwAh3QIBANADACHeAgEAzwMAId8CAgDOAwAh4AICAM4DACHhAgEAzwMAIeICAQDPAwAh4wIBAM8DACHkAgEAzwMAIeUCAQDPAwAh5gIBAM8DACHnAkAA0gMAIegCQADpAwAh6QIBANADACHqAkAA6QMAIesCAQDQAwAhDgoBAM8DACGkAgAA9QMAMKUCAAD4AQAQpgIAAPUDADCnAgEAzwMAIa4CAQDPAwAhywIBAM8DACHsAgIAzgMAIe0CAQDPAwAh7gIBANADACHvAgEA0AMAIfACAQDQAwAh8QIgANEDACHyAgEA0AMAIQykAgAA9gMAMKUCAADiAQAQpgIAAPYDADCnAgEAzwMAIbMCQADSAwAhwAIBAM8DACHkAgEAzwMAIfMCAgDOAwAh9AIBAM8DACH1AgEAzwMAIfYCAQDQAwAh9wIBANADACEMpAIAAPcDADClAgAAzAEAEKYCAAD3AwAwpwIBAM8DACGzAkAA0gMAIcwCAQDPAwAh8AIBANADACH4AgEAzwMAIfkCAQDQAwAh-gIBAM8DACH7AgEAzwMAIfwCAQDQAwAhCKQCAAD4AwAwpQIAALQBABCmAgAA-AMAMKcCAQDPAwAhqQIBAM8DACG_AgEAzwMAIckCQADSAwAh8gIBAM8DACEJpAIAAPkDADClAgAAngEAEKYCAAD5AwAwpwIBAM8DACGzAkAA0gMAIcICAgDOAwAh_QIBAM8DACH-AgEAzwMAIf8CAQDPAwAhDwUAAPsDACAMAAD8AwAgEwAA_QMAIBQAAIAEACAXAAD-AwAgGAAA_wMAIKQCAAD6AwAwpQIAABAAEKYCAAD6AwAwpwIBAOEDACGzAkAA5AMAIcICAgDgAwAh_QIBAOEDACH-AgEA4QMAIf8CAQDhAwAhA4ADAAAHACCBAwAABwAgggMAAAcAIAOAAwAADAAggQMAAAwAIIIDAAAMACADgAMAACcAIIEDAAAnACCCAwAAJwAgA4ADAAA3ACCBAwAANwAgggMAADcAIAOAAwAAOwAggQMAADsAIIIDAAA7ACADgAMAAB4AIIEDAAAeACCCAwAAHgAgC6QCAACBBAAwpQIAAIYBABCmAgAAgQQAMKcCAQDPAwAhswJAANIDACG_AgEAzwMAIeICAQDPAwAh_QIBAM8DACGDAwEAzwMAIYQDQADpAwAhhQNAAOkDACEJpAIAAIIEADClAgAAcAAQpgIAAIIEADCnAgEAzwMAIbMCQADSAwAh_QIBAM8DACGGAwEAzwMAIYcDAQDPAwAhiAMBAM8DACESBAAAhAQAIAUAAPsDACAMAAD8AwAgEAAAhQQAIBMAAP0DACAXAAD-AwAgGQAAgAQAIBoAAIYEACAbAACHBAAgpAIAAIMEADClAgAAXQAQpgIAAIMEADCnAgEA4QMAIbMCQADkAwAh_QIBAOEDACGGAwEA4QMAIYcDAQDhAwAhiAMBAOEDACEDgAMAAAMAIIEDAAADACCCAwAAAwAgA4ADAAAiACCBAwAAIgAgggMAACIAIAOAAwAASwAggQMAAEsAIIIDAABLACADgAMAAE8AIIEDAABPACCCAwAATwAgCwMAAIoEACCkAgAAiAQAMKUCAABPABCmAgAAiAQAMKcCAQDhAwAhqQIBAOEDACGzAkAA5AMAIb8CAQDhAwAhxAIBAOEDACHFAgEA4QMAIcYCQACJBAAhCLQCQAAAAAG1AkAAAAAFtgJAAAAABbcCQAAAAAG4AkAAAAABuQJAAAAAAboCQAAAAAG7AkAA6wMAIRQEAACEBAAgBQAA-wMAIAwAAPwDACAQAACFBAAgEwAA_QMAIBcAAP4DACAZAACABAAgGgAAhgQAIBsAAIcEACCkAgAAgwQAMKUCAABdABCmAgAAgwQAMKcCAQDhAwAhswJAAOQDACH9AgEA4QMAIYYDAQDhAwAhhwMBAOEDACGIAwEA4QMAIZADAABdACCRAwAAXQAgBK4CAQAAAAG_AgEAAAABxwIBAAAAAcgCAQAAAAELAwAAigQAIKQCAACMBAAwpQIAAEsAEKYCAACMBAAwpwIBAOEDACGpAgEA4QMAIa4CAQDhAwAhswJAAOQDACG_AgEA4QMAIccCAQDhAwAhyAIBAOEDACEOBwAAjgQAIAgAAI8EACCkAgAAjQQAMKUCAAA7ABCmAgAAjQQAMKcCAQDhAwAhswJAAOQDACHMAgEA4QMAIfACAQDiAwAh-AIBAOEDACH5AgEA4gMAIfoCAQDhAwAh-wIBAOEDACH8AgEA4gMAIREFAAD7AwAgDAAA_AMAIBMAAP0DACAUAACABAAgFwAA_gMAIBgAAP8DACCkAgAA-gMAMKUCAAAQABCmAgAA-gMAMKcCAQDhAwAhswJAAOQDACHCAgIA4AMAIf0CAQDhAwAh_gIBAOEDACH_AgEA4QMAIZADAAAQACCRAwAAEAAgA4ADAAASACCBAwAAEgAgggMAABIAIAKpAgEAAAAB1gICAAAAAQKsAgEAAAAB1wICAAAAAQ8GAACUBAAgFgAAigQAIKQCAACSBAAwpQIAADcAEKYCAACSBAAwpwIBAOEDACGpAgEA4QMAIawCAQDiAwAhrwIgAOMDACGzAkAA5AMAIcQCAQDhAwAhxQIBAOEDACHWAgIA4AMAIdcCAgCTBAAh2AIBAOEDACEItAICAAAAAbUCAgAAAAW2AgIAAAAFtwICAAAAAbgCAgAAAAG5AgIAAAABugICAAAAAbsCAgDZAwAhEQUAAPsDACAMAAD8AwAgEwAA_QMAIBQAAIAEACAXAAD-AwAgGAAA_wMAIKQCAAD6AwAwpQIAABAAEKYCAAD6AwAwpwIBAOEDACGzAkAA5AMAIcICAgDgAwAh_QIBAOEDACH-AgEA4QMAIf8CAQDhAwAhkAMAABAAIJEDAAAQACATBgAAlAQAIA8AAJcEACARAACWBAAgEgAAigQAIKQCAACVBAAwpQIAACcAEKYCAACVBAAwpwIBAOEDACGpAgEA4QMAIaoCAQDiAwAhrAIBAOIDACGtAgEA4QMAIbICAQDhAwAhswJAAOQDACHZAgEA4gMAIdoCQACJBAAh2wJAAIkEACHcAkAAiQQAId0CAQDiAwAhJQYAAJQEACALAACbBAAgDwAAlwQAIBIAAIoEACATAAD9AwAgFQAApAQAIKQCAACjBAAwpQIAAAwAEKYCAACjBAAwpwIBAOEDACGpAgEA4QMAIawCAQDiAwAhrQIBAOEDACGuAgEA4QMAIbMCQADkAwAhwAIBAOEDACHLAgEA4QMAIdoCQACJBAAh2wJAAIkEACHcAkAAiQQAId0CAQDiAwAh3gIBAOEDACHfAgIA4AMAIeACAgDgAwAh4QIBAOEDACHiAgEA4QMAIeMCAQDhAwAh5AIBAOEDACHlAgEA4QMAIeYCAQDhAwAh5wJAAOQDACHoAkAAiQQAIekCAQDiAwAh6gJAAIkEACHrAgEA4gMAIZADAAAMACCRAwAADAAgGwYAAJQEACALAACbBAAgDAAA_AMAIA4AAIoEACAQAACFBAAgEwAA_QMAIKQCAACaBAAwpQIAAB4AEKYCAACaBAAwpwIBAOEDACGpAgEA4QMAIbMCQADkAwAhwAIBAOEDACHCAgIA4AMAIcsCAQDhAwAhzAIBAOEDACHNAgEA4QMAIc4CAQDiAwAhzwIBAOIDACHQAkAA5AMAIdECQACJBAAh0gJAAIkEACHTAgEA4gMAIdQCAQDhAwAh1QJAAIkEACGQAwAAHgAgkQMAAB4AIAoDAACKBAAgDwAAmQQAIKQCAACYBAAwpQIAACIAEKYCAACYBAAwpwIBAOEDACGsAgEA4QMAIb8CAQDhAwAhyQJAAOQDACHKAkAAiQQAIRsGAACUBAAgCwAAmwQAIAwAAPwDACAOAACKBAAgEAAAhQQAIBMAAP0DACCkAgAAmgQAMKUCAAAeABCmAgAAmgQAMKcCAQDhAwAhqQIBAOEDACGzAkAA5AMAIcACAQDhAwAhwgICAOADACHLAgEA4QMAIcwCAQDhAwAhzQIBAOEDACHOAgEA4gMAIc8CAQDiAwAh0AJAAOQDACHRAkAAiQQAIdICQACJBAAh0wIBAOIDACHUAgEA4QMAIdUCQACJBAAhkAMAAB4AIJEDAAAeACAZBgAAlAQAIAsAAJsEACAMAAD8AwAgDgAAigQAIBAAAIUEACATAAD9AwAgpAIAAJoEADClAgAAHgAQpgIAAJoEADCnAgEA4QMAIakCAQDhAwAhswJAAOQDACHAAgEA4QMAIcICAgDgAwAhywIBAOEDACHMAgEA4QMAIc0CAQDhAwAhzgIBAOIDACHPAgEA4gMAIdACQADkAwAh0QJAAIkEACHSAkAAiQQAIdMCAQDiAwAh1AIBAOEDACHVAkAAiQQAIRIKAAChBAAgDAAA_AMAIA0AAKIEACAUAACABAAgpAIAAKAEADClAgAAEgAQpgIAAKAEADCnAgEA4QMAIbMCQADkAwAhwAIBAOEDACHkAgEA4QMAIfMCAgDgAwAh9AIBAOEDACH1AgEA4QMAIfYCAQDiAwAh9wIBAOIDACGQAwAAEgAgkQMAABIAIALLAgEAAAAB7QIBAAAAARAKAQDhAwAhCwAAmwQAIAwAAPwDACCkAgAAnQQAMKUCAAAXABCmAgAAnQQAMKcCAQDhAwAhrgIBAOEDACHLAgEA4QMAIewCAgDgAwAh7QIBAOEDACHuAgEA4gMAIe8CAQDiAwAh8AIBAOIDACHxAiAA4wMAIfICAQDiAwAhAsACAQAAAAHzAgIAAAABAsACAQAAAAH0AgEAAAABEAoAAKEEACAMAAD8AwAgDQAAogQAIBQAAIAEACCkAgAAoAQAMKUCAAASABCmAgAAoAQAMKcCAQDhAwAhswJAAOQDACHAAgEA4QMAIeQCAQDhAwAh8wICAOADACH0AgEA4QMAIfUCAQDhAwAh9gIBAOIDACH3AgEA4gMAIRAHAACOBAAgCAAAjwQAIKQCAACNBAAwpQIAADsAEKYCAACNBAAwpwIBAOEDACGzAkAA5AMAIcwCAQDhAwAh8AIBAOIDACH4AgEA4QMAIfkCAQDiAwAh-gIBAOEDACH7AgEA4QMAIfwCAQDiAwAhkAMAADsAIJEDAAA7ACADgAMAABcAIIEDAAAXACCCAwAAFwAgIwYAAJQEACALAACbBAAgDwAAlwQAIBIAAIoEACATAAD9AwAgFQAApAQAIKQCAACjBAAwpQIAAAwAEKYCAACjBAAwpwIBAOEDACGpAgEA4QMAIawCAQDiAwAhrQIBAOEDACGuAgEA4QMAIbMCQADkAwAhwAIBAOEDACHLAgEA4QMAIdoCQACJBAAh2wJAAIkEACHcAkAAiQQAId0CAQDiAwAh3gIBAOEDACHfAgIA4AMAIeACAgDgAwAh4QIBAOEDACHiAgEA4QMAIeMCAQDhAwAh5AIBAOEDACHlAgEA4QMAIeYCAQDhAwAh5wJAAOQDACHoAkAAiQQAIekCAQDiAwAh6gJAAIkEACHrAgEA4gMAIRIKAQDhAwAhCwAAmwQAIAwAAPwDACCkAgAAnQQAMKUCAAAXABCmAgAAnQQAMKcCAQDhAwAhrgIBAOEDACHLAgEA4QMAIewCAgDgAwAh7QIBAOEDACHuAgEA4gMAIe8CAQDiAwAh8AIBAOIDACHxAiAA4wMAIfICAQDiAwAhkAMAABcAIJEDAAAXACACqQIBAAAAAb8CAQAAAAEKAwAAigQAIAYAAJQEACCkAgAApgQAMKUCAAAHABCmAgAApgQAMKcCAQDhAwAhqQIBAOEDACG_AgEA4QMAIckCQADkAwAh8gIBAOEDACEMAwAAigQAIKQCAACnBAAwpQIAAAMAEKYCAACnBAAwpwIBAOEDACGzAkAA5AMAIb8CAQDhAwAh4gIBAOEDACH9AgEA4QMAIYMDAQDhAwAhhANAAIkEACGFA0AAiQQAIQAAAAAAAAGVAwEAAAABAZUDAQAAAAEBlQMgAAAAAQGVA0AAAAABBZUDAgAAAAGbAwIAAAABnAMCAAAAAZ0DAgAAAAGeAwIAAAABAAAAAAAAAAABlQNAAAAAAQUoAADqCAAgKQAA7QgAIJIDAADrCAAgkwMAAOwIACCYAwAAAQAgAygAAOoIACCSAwAA6wgAIJgDAAABACAAAAAFKAAA5QgAICkAAOgIACCSAwAA5ggAIJMDAADnCAAgmAMAAAEAIAMoAADlCAAgkgMAAOYIACCYAwAAAQAgAAAABSgAAN0IACApAADjCAAgkgMAAN4IACCTAwAA4ggAIJgDAAAgACAFKAAA2wgAICkAAOAIACCSAwAA3AgAIJMDAADfCAAgmAMAAAEAIAMoAADdCAAgkgMAAN4IACCYAwAAIAAgAygAANsIACCSAwAA3AgAIJgDAAABACAAAAAAAAUoAACkCAAgKQAA2QgAIJIDAAClCAAgkwMAANgIACCYAwAAiQEAIAUoAACiCAAgKQAA1ggAIJIDAACjCAAgkwMAANUIACCYAwAAFAAgBSgAAKAIACApAADTCAAgkgMAAKEIACCTAwAA0ggAIJgDAAABACALKAAAiAUAMCkAAI0FADCSAwAAiQUAMJMDAACKBQAwlAMAAIsFACCVAwAAjAUAMJYDAACMBQAwlwMAAIwFADCYAwAAjAUAMJkDAACOBQAwmgMAAI8FADALKAAA5wQAMCkAAOwEADCSAwAA6AQAMJMDAADpBAAwlAMAAOoEACCVAwAA6wQAMJYDAADrBAAwlwMAAOsEADCYAwAA6wQAMJkDAADtBAAwmgMAAO4EADALKAAA1QQAMCkAANoEADCSAwAA1gQAMJMDAADXBAAwlAMAANgEACCVAwAA2QQAMJYDAADZBAAwlwMAANkEADCYAwAA2QQAMJkDAADbBAAwmgMAANwEADAOBgAA5AQAIBEAAOUEACASAADmBAAgpwIBAAAAAakCAQAAAAGqAgEAAAABrQIBAAAAAbICAQAAAAGzAkAAAAAB2QIBAAAAAdoCQAAAAAHbAkAAAAAB3AJAAAAAAd0CAQAAAAECAAAAKQAgKAAA4wQAIAMAAAApACAoAADjBAAgKQAA3wQAIAEhAADRCAAwEwYAAJQEACAPAACXBAAgEQAAlgQAIBIAAIoEACCkAgAAlQQAMKUCAAAnABCmAgAAlQQAMKcCAQAAAAGpAgEA4QMAIaoCAQDiAwAhrAIBAOIDACGtAgEA4QMAIbICAQDhAwAhswJAAOQDACHZAgEA4gMAIdoCQACJBAAh2wJAAIkEACHcAkAAiQQAId0CAQDiAwAhAgAAACkAICEAAN8EACACAAAA3QQAICEAAN4EACAPpAIAANwEADClAgAA3QQAEKYCAADcBAAwpwIBAOEDACGpAgEA4QMAIaoCAQDiAwAhrAIBAOIDACGtAgEA4QMAIbICAQDhAwAhswJAAOQDACHZAgEA4gMAIdoCQACJBAAh2wJAAIkEACHcAkAAiQQAId0CAQDiAwAhD6QCAADcBAAwpQIAAN0EABCmAgAA3AQAMKcCAQDhAwAhqQIBAOEDACGqAgEA4gMAIawCAQDiAwAhrQIBAOEDACGyAgEA4QMAIbMCQADkAwAh2QIBAOIDACHaAkAAiQQAIdsCQACJBAAh3AJAAIkEACHdAgEA4gMAIQunAgEArgQAIakCAQCuBAAhqgIBAK8EACGtAgEArgQAIbICAQCuBAAhswJAALEEACHZAgEArwQAIdoCQAC7BAAh2wJAALsEACHcAkAAuwQAId0CAQCvBAAhDgYAAOAEACARAADhBAAgEgAA4gQAIKcCAQCuBAAhqQIBAK4EACGqAgEArwQAIa0CAQCuBAAhsgIBAK4EACGzAkAAsQQAIdkCAQCvBAAh2gJAALsEACHbAkAAuwQAIdwCQAC7BAAh3QIBAK8EACEFKAAAxggAICkAAM8IACCSAwAAxwgAIJMDAADOCAAgmAMAAIkBACAHKAAAxAgAICkAAMwIACCSAwAAxQgAIJMDAADLCAAglgMAAAwAIJcDAAAMACCYAwAADgAgBSgAAMIIACApAADJCAAgkgMAAMMIACCTAwAAyAgAIJgDAAABACAOBgAA5AQAIBEAAOUEACASAADmBAAgpwIBAAAAAakCAQAAAAGqAgEAAAABrQIBAAAAAbICAQAAAAGzAkAAAAAB2QIBAAAAAdoCQAAAAAHbAkAAAAAB3AJAAAAAAd0CAQAAAAEDKAAAxggAIJIDAADHCAAgmAMAAIkBACADKAAAxAgAIJIDAADFCAAgmAMAAA4AIAMoAADCCAAgkgMAAMMIACCYAwAAAQAgHgYAAIMFACALAACEBQAgEgAAhgUAIBMAAIcFACAVAACFBQAgpwIBAAAAAakCAQAAAAGtAgEAAAABrgIBAAAAAbMCQAAAAAHAAgEAAAABywIBAAAAAdoCQAAAAAHbAkAAAAAB3AJAAAAAAd0CAQAAAAHeAgEAAAAB3wICAAAAAeACAgAAAAHhAgEAAAAB4gIBAAAAAeMCAQAAAAHkAgEAAAAB5QIBAAAAAeYCAQAAAAHnAkAAAAAB6AJAAAAAAekCAQAAAAHqAkAAAAAB6wIBAAAAAQIAAAAOACAoAACCBQAgAwAAAA4AICgAAIIFACApAADxBAAgASEAAMEIADAjBgAAlAQAIAsAAJsEACAPAACXBAAgEgAAigQAIBMAAP0DACAVAACkBAAgpAIAAKMEADClAgAADAAQpgIAAKMEADCnAgEAAAABqQIBAOEDACGsAgEA4gMAIa0CAQDhAwAhrgIBAOEDACGzAkAA5AMAIcACAQDhAwAhywIBAOEDACHaAkAAiQQAIdsCQACJBAAh3AJAAIkEACHdAgEA4gMAId4CAQDhAwAh3wICAOADACHgAgIA4AMAIeECAQDhAwAh4gIBAOEDACHjAgEA4QMAIeQCAQDhAwAh5QIBAOEDACHmAgEA4QMAIecCQADkAwAh6AJAAIkEACHpAgEA4gMAIeoCQACJBAAh6wIBAOIDACECAAAADgAgIQAA8QQAIAIAAADvBAAgIQAA8AQAIB2kAgAA7gQAMKUCAADvBAAQpgIAAO4EADCnAgEA4QMAIakCAQDhAwAhrAIBAOIDACGtAgEA4QMAIa4CAQDhAwAhswJAAOQDACHAAgEA4QMAIcsCAQDhAwAh2gJAAIkEACHbAkAAiQQAIdwCQACJBAAh3QIBAOIDACHeAgEA4QMAId8CAgDgAwAh4AICAOADACHhAgEA4QMAIeICAQDhAwAh4wIBAOEDACHkAgEA4QMAIeUCAQDhAwAh5gIBAOEDACHnAkAA5AMAIegCQACJBAAh6QIBAOIDACHqAkAAiQQAIesCAQDiAwAhHaQCAADuBAAwpQIAAO8EABCmAgAA7gQAMKcCAQDhAwAhqQIBAOEDACGsAgEA4gMAIa0CAQDhAwAhrgIBAOEDACGzAkAA5AMAIcACAQDhAwAhywIBAOEDACHaAkAAiQQAIdsCQACJBAAh3AJAAIkEACHdAgEA4gMAId4CAQDhAwAh3wICAOADACHgAgIA4AMAIeECAQDhAwAh4gIBAOEDACHjAgEA4QMAIeQCAQDhAwAh5QIBAOEDACHmAgEA4QMAIecCQADkAwAh6AJAAIkEACHpAgEA4gMAIeoCQACJBAAh6wIBAOIDACEZpwIBAK4EACGpAgEArgQAIa0CAQCuBAAhrgIBAK4EACGzAkAAsQQAIcACAQCuBAAhywIBAK4EACHaAkAAuwQAIdsCQAC7BAAh3AJAALsEACHdAgEArwQAId4CAQCuBAAh3wICALIEACHgAgIAsgQAIeECAQCuBAAh4gIBAK4EACHjAgEArgQAIeQCAQCuBAAh5QIBAK4EACHmAgEArgQAIecCQACxBAAh6AJAALsEACHpAgEArwQAIeoCQAC7BAAh6wIBAK8EACEeBgAA8gQAIAsAAPMEACASAAD1BAAgEwAA9gQAIBUAAPQEACCnAgEArgQAIakCAQCuBAAhrQIBAK4EACGuAgEArgQAIbMCQACxBAAhwAIBAK4EACHLAgEArgQAIdoCQAC7BAAh2wJAALsEACHcAkAAuwQAId0CAQCvBAAh3gIBAK4EACHfAgIAsgQAIeACAgCyBAAh4QIBAK4EACHiAgEArgQAIeMCAQCuBAAh5AIBAK4EACHlAgEArgQAIeYCAQCuBAAh5wJAALEEACHoAkAAuwQAIekCAQCvBAAh6gJAALsEACHrAgEArwQAIQUoAACtCAAgKQAAvwgAIJIDAACuCAAgkwMAAL4IACCYAwAAiQEAIAUoAACrCAAgKQAAvAgAIJIDAACsCAAgkwMAALsIACCYAwAAFAAgBSgAAKkIACApAAC5CAAgkgMAAKoIACCTAwAAuAgAIJgDAAAZACAFKAAApwgAICkAALYIACCSAwAAqAgAIJMDAAC1CAAgmAMAAAEAIAsoAAD3BAAwKQAA-wQAMJIDAAD4BAAwkwMAAPkEADCUAwAA-gQAIJUDAADZBAAwlgMAANkEADCXAwAA2QQAMJgDAADZBAAwmQMAAPwEADCaAwAA3AQAMA4GAADkBAAgDwAAgQUAIBIAAOYEACCnAgEAAAABqQIBAAAAAawCAQAAAAGtAgEAAAABsgIBAAAAAbMCQAAAAAHZAgEAAAAB2gJAAAAAAdsCQAAAAAHcAkAAAAAB3QIBAAAAAQIAAAApACAoAACABQAgAwAAACkAICgAAIAFACApAAD-BAAgASEAALQIADACAAAAKQAgIQAA_gQAIAIAAADdBAAgIQAA_QQAIAunAgEArgQAIakCAQCuBAAhrAIBAK8EACGtAgEArgQAIbICAQCuBAAhswJAALEEACHZAgEArwQAIdoCQAC7BAAh2wJAALsEACHcAkAAuwQAId0CAQCvBAAhDgYAAOAEACAPAAD_BAAgEgAA4gQAIKcCAQCuBAAhqQIBAK4EACGsAgEArwQAIa0CAQCuBAAhsgIBAK4EACGzAkAAsQQAIdkCAQCvBAAh2gJAALsEACHbAkAAuwQAIdwCQAC7BAAh3QIBAK8EACEHKAAArwgAICkAALIIACCSAwAAsAgAIJMDAACxCAAglgMAAB4AIJcDAAAeACCYAwAAIAAgDgYAAOQEACAPAACBBQAgEgAA5gQAIKcCAQAAAAGpAgEAAAABrAIBAAAAAa0CAQAAAAGyAgEAAAABswJAAAAAAdkCAQAAAAHaAkAAAAAB2wJAAAAAAdwCQAAAAAHdAgEAAAABAygAAK8IACCSAwAAsAgAIJgDAAAgACAeBgAAgwUAIAsAAIQFACASAACGBQAgEwAAhwUAIBUAAIUFACCnAgEAAAABqQIBAAAAAa0CAQAAAAGuAgEAAAABswJAAAAAAcACAQAAAAHLAgEAAAAB2gJAAAAAAdsCQAAAAAHcAkAAAAAB3QIBAAAAAd4CAQAAAAHfAgIAAAAB4AICAAAAAeECAQAAAAHiAgEAAAAB4wIBAAAAAeQCAQAAAAHlAgEAAAAB5gIBAAAAAecCQAAAAAHoAkAAAAAB6QIBAAAAAeoCQAAAAAHrAgEAAAABAygAAK0IACCSAwAArggAIJgDAACJAQAgAygAAKsIACCSAwAArAgAIJgDAAAUACADKAAAqQgAIJIDAACqCAAgmAMAABkAIAMoAACnCAAgkgMAAKgIACCYAwAAAQAgBCgAAPcEADCSAwAA-AQAMJQDAAD6BAAgmAMAANkEADAFAwAAyQQAIKcCAQAAAAG_AgEAAAAByQJAAAAAAcoCQAAAAAECAAAAJAAgKAAAkwUAIAMAAAAkACAoAACTBQAgKQAAkgUAIAEhAACmCAAwCgMAAIoEACAPAACZBAAgpAIAAJgEADClAgAAIgAQpgIAAJgEADCnAgEAAAABrAIBAOEDACG_AgEA4QMAIckCQADkAwAhygJAAIkEACECAAAAJAAgIQAAkgUAIAIAAACQBQAgIQAAkQUAIAikAgAAjwUAMKUCAACQBQAQpgIAAI8FADCnAgEA4QMAIawCAQDhAwAhvwIBAOEDACHJAkAA5AMAIcoCQACJBAAhCKQCAACPBQAwpQIAAJAFABCmAgAAjwUAMKcCAQDhAwAhrAIBAOEDACG_AgEA4QMAIckCQADkAwAhygJAAIkEACEEpwIBAK4EACG_AgEArgQAIckCQACxBAAhygJAALsEACEFAwAAxwQAIKcCAQCuBAAhvwIBAK4EACHJAkAAsQQAIcoCQAC7BAAhBQMAAMkEACCnAgEAAAABvwIBAAAAAckCQAAAAAHKAkAAAAABAygAAKQIACCSAwAApQgAIJgDAACJAQAgAygAAKIIACCSAwAAowgAIJgDAAAUACADKAAAoAgAIJIDAAChCAAgmAMAAAEAIAQoAACIBQAwkgMAAIkFADCUAwAAiwUAIJgDAACMBQAwBCgAAOcEADCSAwAA6AQAMJQDAADqBAAgmAMAAOsEADAEKAAA1QQAMJIDAADWBAAwlAMAANgEACCYAwAA2QQAMAAAAAAABZUDAgAAAAGbAwIAAAABnAMCAAAAAZ0DAgAAAAGeAwIAAAABBSgAAJgIACApAACeCAAgkgMAAJkIACCTAwAAnQgAIJgDAACJAQAgBSgAAJYIACApAACbCAAgkgMAAJcIACCTAwAAmggAIJgDAAABACADKAAAmAgAIJIDAACZCAAgmAMAAIkBACADKAAAlggAIJIDAACXCAAgmAMAAAEAIAAAAAAAAAAABygAAJEIACApAACUCAAgkgMAAJIIACCTAwAAkwgAIJYDAAAeACCXAwAAHgAgmAMAACAAIAMoAACRCAAgkgMAAJIIACCYAwAAIAAgAAAAAAAFKAAAiwgAICkAAI8IACCSAwAAjAgAIJMDAACOCAAgmAMAABQAIAsoAAC1BQAwKQAAuQUAMJIDAAC2BQAwkwMAALcFADCUAwAAuAUAIJUDAADrBAAwlgMAAOsEADCXAwAA6wQAMJgDAADrBAAwmQMAALoFADCaAwAA7gQAMB4GAACDBQAgCwAAhAUAIA8AAK0FACASAACGBQAgEwAAhwUAIKcCAQAAAAGpAgEAAAABrAIBAAAAAa0CAQAAAAGuAgEAAAABswJAAAAAAcACAQAAAAHLAgEAAAAB2gJAAAAAAdsCQAAAAAHcAkAAAAAB3QIBAAAAAd8CAgAAAAHgAgIAAAAB4QIBAAAAAeICAQAAAAHjAgEAAAAB5AIBAAAAAeUCAQAAAAHmAgEAAAAB5wJAAAAAAegCQAAAAAHpAgEAAAAB6gJAAAAAAesCAQAAAAECAAAADgAgKAAAvQUAIAMAAAAOACAoAAC9BQAgKQAAvAUAIAEhAACNCAAwAgAAAA4AICEAALwFACACAAAA7wQAICEAALsFACAZpwIBAK4EACGpAgEArgQAIawCAQCvBAAhrQIBAK4EACGuAgEArgQAIbMCQACxBAAhwAIBAK4EACHLAgEArgQAIdoCQAC7BAAh2wJAALsEACHcAkAAuwQAId0CAQCvBAAh3wICALIEACHgAgIAsgQAIeECAQCuBAAh4gIBAK4EACHjAgEArgQAIeQCAQCuBAAh5QIBAK4EACHmAgEArgQAIecCQACxBAAh6AJAALsEACHpAgEArwQAIeoCQAC7BAAh6wIBAK8EACEeBgAA8gQAIAsAAPMEACAPAACsBQAgEgAA9QQAIBMAAPYEACCnAgEArgQAIakCAQCuBAAhrAIBAK8EACGtAgEArgQAIa4CAQCuBAAhswJAALEEACHAAgEArgQAIcsCAQCuBAAh2gJAALsEACHbAkAAuwQAIdwCQAC7BAAh3QIBAK8EACHfAgIAsgQAIeACAgCyBAAh4QIBAK4EACHiAgEArgQAIeMCAQCuBAAh5AIBAK4EACHlAgEArgQAIeYCAQCuBAAh5wJAALEEACHoAkAAuwQAIekCAQCvBAAh6gJAALsEACHrAgEArwQAIR4GAACDBQAgCwAAhAUAIA8AAK0FACASAACGBQAgEwAAhwUAIKcCAQAAAAGpAgEAAAABrAIBAAAAAa0CAQAAAAGuAgEAAAABswJAAAAAAcACAQAAAAHLAgEAAAAB2gJAAAAAAdsCQAAAAAHcAkAAAAAB3QIBAAAAAd8CAgAAAAHgAgIAAAAB4QIBAAAAAeICAQAAAAHjAgEAAAAB5AIBAAAAAeUCAQAAAAHmAgEAAAAB5wJAAAAAAegCQAAAAAHpAgEAAAAB6gJAAAAAAesCAQAAAAEDKAAAiwgAIJIDAACMCAAgmAMAABQAIAQoAAC1BQAwkgMAALYFADCUAwAAuAUAIJgDAADrBAAwAAAAAAAFKAAAgwgAICkAAIkIACCSAwAAhAgAIJMDAACICAAgmAMAAD0AIAsoAADeBQAwKQAA4wUAMJIDAADfBQAwkwMAAOAFADCUAwAA4QUAIJUDAADiBQAwlgMAAOIFADCXAwAA4gUAMJgDAADiBQAwmQMAAOQFADCaAwAA5QUAMAsoAADVBQAwKQAA2QUAMJIDAADWBQAwkwMAANcFADCUAwAA2AUAIJUDAADrBAAwlgMAAOsEADCXAwAA6wQAMJgDAADrBAAwmQMAANoFADCaAwAA7gQAMAsoAADJBQAwKQAAzgUAMJIDAADKBQAwkwMAAMsFADCUAwAAzAUAIJUDAADNBQAwlgMAAM0FADCXAwAAzQUAMJgDAADNBQAwmQMAAM8FADCaAwAA0AUAMBQGAACUBQAgDAAAmAUAIA4AAJYFACAQAACXBQAgEwAAmQUAIKcCAQAAAAGpAgEAAAABswJAAAAAAcACAQAAAAHCAgIAAAABzAIBAAAAAc0CAQAAAAHOAgEAAAABzwIBAAAAAdACQAAAAAHRAkAAAAAB0gJAAAAAAdMCAQAAAAHUAgEAAAAB1QJAAAAAAQIAAAAgACAoAADUBQAgAwAAACAAICgAANQFACApAADTBQAgASEAAIcIADAZBgAAlAQAIAsAAJsEACAMAAD8AwAgDgAAigQAIBAAAIUEACATAAD9AwAgpAIAAJoEADClAgAAHgAQpgIAAJoEADCnAgEAAAABqQIBAOEDACGzAkAA5AMAIcACAQDhAwAhwgICAOADACHLAgEA4QMAIcwCAQDhAwAhzQIBAOEDACHOAgEA4gMAIc8CAQDiAwAh0AJAAOQDACHRAkAAiQQAIdICQACJBAAh0wIBAOIDACHUAgEA4QMAIdUCQACJBAAhAgAAACAAICEAANMFACACAAAA0QUAICEAANIFACATpAIAANAFADClAgAA0QUAEKYCAADQBQAwpwIBAOEDACGpAgEA4QMAIbMCQADkAwAhwAIBAOEDACHCAgIA4AMAIcsCAQDhAwAhzAIBAOEDACHNAgEA4QMAIc4CAQDiAwAhzwIBAOIDACHQAkAA5AMAIdECQACJBAAh0gJAAIkEACHTAgEA4gMAIdQCAQDhAwAh1QJAAIkEACETpAIAANAFADClAgAA0QUAEKYCAADQBQAwpwIBAOEDACGpAgEA4QMAIbMCQADkAwAhwAIBAOEDACHCAgIA4AMAIcsCAQDhAwAhzAIBAOEDACHNAgEA4QMAIc4CAQDiAwAhzwIBAOIDACHQAkAA5AMAIdECQACJBAAh0gJAAIkEACHTAgEA4gMAIdQCAQDhAwAh1QJAAIkEACEPpwIBAK4EACGpAgEArgQAIbMCQACxBAAhwAIBAK4EACHCAgIAsgQAIcwCAQCuBAAhzQIBAK4EACHOAgEArwQAIc8CAQCvBAAh0AJAALEEACHRAkAAuwQAIdICQAC7BAAh0wIBAK8EACHUAgEArgQAIdUCQAC7BAAhFAYAAM8EACAMAADTBAAgDgAA0QQAIBAAANIEACATAADUBAAgpwIBAK4EACGpAgEArgQAIbMCQACxBAAhwAIBAK4EACHCAgIAsgQAIcwCAQCuBAAhzQIBAK4EACHOAgEArwQAIc8CAQCvBAAh0AJAALEEACHRAkAAuwQAIdICQAC7BAAh0wIBAK8EACHUAgEArgQAIdUCQAC7BAAhFAYAAJQFACAMAACYBQAgDgAAlgUAIBAAAJcFACATAACZBQAgpwIBAAAAAakCAQAAAAGzAkAAAAABwAIBAAAAAcICAgAAAAHMAgEAAAABzQIBAAAAAc4CAQAAAAHPAgEAAAAB0AJAAAAAAdECQAAAAAHSAkAAAAAB0wIBAAAAAdQCAQAAAAHVAkAAAAABHgYAAIMFACAPAACtBQAgEgAAhgUAIBMAAIcFACAVAACFBQAgpwIBAAAAAakCAQAAAAGsAgEAAAABrQIBAAAAAa4CAQAAAAGzAkAAAAABwAIBAAAAAdoCQAAAAAHbAkAAAAAB3AJAAAAAAd0CAQAAAAHeAgEAAAAB3wICAAAAAeACAgAAAAHhAgEAAAAB4gIBAAAAAeMCAQAAAAHkAgEAAAAB5QIBAAAAAeYCAQAAAAHnAkAAAAAB6AJAAAAAAekCAQAAAAHqAkAAAAAB6wIBAAAAAQIAAAAOACAoAADdBQAgAwAAAA4AICgAAN0FACApAADcBQAgASEAAIYIADACAAAADgAgIQAA3AUAIAIAAADvBAAgIQAA2wUAIBmnAgEArgQAIakCAQCuBAAhrAIBAK8EACGtAgEArgQAIa4CAQCuBAAhswJAALEEACHAAgEArgQAIdoCQAC7BAAh2wJAALsEACHcAkAAuwQAId0CAQCvBAAh3gIBAK4EACHfAgIAsgQAIeACAgCyBAAh4QIBAK4EACHiAgEArgQAIeMCAQCuBAAh5AIBAK4EACHlAgEArgQAIeYCAQCuBAAh5wJAALEEACHoAkAAuwQAIekCAQCvBAAh6gJAALsEACHrAgEArwQAIR4GAADyBAAgDwAArAUAIBIAAPUEACATAAD2BAAgFQAA9AQAIKcCAQCuBAAhqQIBAK4EACGsAgEArwQAIa0CAQCuBAAhrgIBAK4EACGzAkAAsQQAIcACAQCuBAAh2gJAALsEACHbAkAAuwQAIdwCQAC7BAAh3QIBAK8EACHeAgEArgQAId8CAgCyBAAh4AICALIEACHhAgEArgQAIeICAQCuBAAh4wIBAK4EACHkAgEArgQAIeUCAQCuBAAh5gIBAK4EACHnAkAAsQQAIegCQAC7BAAh6QIBAK8EACHqAkAAuwQAIesCAQCvBAAhHgYAAIMFACAPAACtBQAgEgAAhgUAIBMAAIcFACAVAACFBQAgpwIBAAAAAakCAQAAAAGsAgEAAAABrQIBAAAAAa4CAQAAAAGzAkAAAAABwAIBAAAAAdoCQAAAAAHbAkAAAAAB3AJAAAAAAd0CAQAAAAHeAgEAAAAB3wICAAAAAeACAgAAAAHhAgEAAAAB4gIBAAAAAeMCAQAAAAHkAgEAAAAB5QIBAAAAAeYCAQAAAAHnAkAAAAAB6AJAAAAAAekCAQAAAAHqAkAAAAAB6wIBAAAAAQsKAQAAAAEMAAC_BQAgpwIBAAAAAa4CAQAAAAHsAgIAAAAB7QIBAAAAAe4CAQAAAAHvAgEAAAAB8AIBAAAAAfECIAAAAAHyAgEAAAABAgAAABkAICgAAOkFACADAAAAGQAgKAAA6QUAICkAAOgFACABIQAAhQgAMBEKAQDhAwAhCwAAmwQAIAwAAPwDACCkAgAAnQQAMKUCAAAXABCmAgAAnQQAMKcCAQAAAAGuAgEA4QMAIcsCAQDhAwAh7AICAOADACHtAgEA4QMAIe4CAQDiAwAh7wIBAOIDACHwAgEA4gMAIfECIADjAwAh8gIBAOIDACGMAwAAnAQAIAIAAAAZACAhAADoBQAgAgAAAOYFACAhAADnBQAgDgoBAOEDACGkAgAA5QUAMKUCAADmBQAQpgIAAOUFADCnAgEA4QMAIa4CAQDhAwAhywIBAOEDACHsAgIA4AMAIe0CAQDhAwAh7gIBAOIDACHvAgEA4gMAIfACAQDiAwAh8QIgAOMDACHyAgEA4gMAIQ4KAQDhAwAhpAIAAOUFADClAgAA5gUAEKYCAADlBQAwpwIBAOEDACGuAgEA4QMAIcsCAQDhAwAh7AICAOADACHtAgEA4QMAIe4CAQDiAwAh7wIBAOIDACHwAgEA4gMAIfECIADjAwAh8gIBAOIDACEKCgEArgQAIacCAQCuBAAhrgIBAK4EACHsAgIAsgQAIe0CAQCuBAAh7gIBAK8EACHvAgEArwQAIfACAQCvBAAh8QIgALAEACHyAgEArwQAIQsKAQCuBAAhDAAAtAUAIKcCAQCuBAAhrgIBAK4EACHsAgIAsgQAIe0CAQCuBAAh7gIBAK8EACHvAgEArwQAIfACAQCvBAAh8QIgALAEACHyAgEArwQAIQsKAQAAAAEMAAC_BQAgpwIBAAAAAa4CAQAAAAHsAgIAAAAB7QIBAAAAAe4CAQAAAAHvAgEAAAAB8AIBAAAAAfECIAAAAAHyAgEAAAABAygAAIMIACCSAwAAhAgAIJgDAAA9ACAEKAAA3gUAMJIDAADfBQAwlAMAAOEFACCYAwAA4gUAMAQoAADVBQAwkgMAANYFADCUAwAA2AUAIJgDAADrBAAwBCgAAMkFADCSAwAAygUAMJQDAADMBQAgmAMAAM0FADAAAAAHKAAA_QcAICkAAIEIACCSAwAA_gcAIJMDAACACAAglgMAABAAIJcDAAAQACCYAwAAiQEAIAsoAADzBQAwKQAA-AUAMJIDAAD0BQAwkwMAAPUFADCUAwAA9gUAIJUDAAD3BQAwlgMAAPcFADCXAwAA9wUAMJgDAAD3BQAwmQMAAPkFADCaAwAA-gUAMAsMAADsBQAgDQAA6wUAIBQAAO0FACCnAgEAAAABswJAAAAAAeQCAQAAAAHzAgIAAAAB9AIBAAAAAfUCAQAAAAH2AgEAAAAB9wIBAAAAAQIAAAAUACAoAAD-BQAgAwAAABQAICgAAP4FACApAAD9BQAgASEAAP8HADASCgAAoQQAIAwAAPwDACANAACiBAAgFAAAgAQAIKQCAACgBAAwpQIAABIAEKYCAACgBAAwpwIBAAAAAbMCQADkAwAhwAIBAOEDACHkAgEA4QMAIfMCAgDgAwAh9AIBAOEDACH1AgEA4QMAIfYCAQDiAwAh9wIBAOIDACGNAwAAngQAII4DAACfBAAgAgAAABQAICEAAP0FACACAAAA-wUAICEAAPwFACAMpAIAAPoFADClAgAA-wUAEKYCAAD6BQAwpwIBAOEDACGzAkAA5AMAIcACAQDhAwAh5AIBAOEDACHzAgIA4AMAIfQCAQDhAwAh9QIBAOEDACH2AgEA4gMAIfcCAQDiAwAhDKQCAAD6BQAwpQIAAPsFABCmAgAA-gUAMKcCAQDhAwAhswJAAOQDACHAAgEA4QMAIeQCAQDhAwAh8wICAOADACH0AgEA4QMAIfUCAQDhAwAh9gIBAOIDACH3AgEA4gMAIQinAgEArgQAIbMCQACxBAAh5AIBAK4EACHzAgIAsgQAIfQCAQCuBAAh9QIBAK4EACH2AgEArwQAIfcCAQCvBAAhCwwAAMcFACANAADGBQAgFAAAyAUAIKcCAQCuBAAhswJAALEEACHkAgEArgQAIfMCAgCyBAAh9AIBAK4EACH1AgEArgQAIfYCAQCvBAAh9wIBAK8EACELDAAA7AUAIA0AAOsFACAUAADtBQAgpwIBAAAAAbMCQAAAAAHkAgEAAAAB8wICAAAAAfQCAQAAAAH1AgEAAAAB9gIBAAAAAfcCAQAAAAEDKAAA_QcAIJIDAAD-BwAgmAMAAIkBACAEKAAA8wUAMJIDAAD0BQAwlAMAAPYFACCYAwAA9wUAMAAAAAUoAAD1BwAgKQAA-wcAIJIDAAD2BwAgkwMAAPoHACCYAwAAiQEAIAUoAADzBwAgKQAA-AcAIJIDAAD0BwAgkwMAAPcHACCYAwAAAQAgAygAAPUHACCSAwAA9gcAIJgDAACJAQAgAygAAPMHACCSAwAA9AcAIJgDAAABACAAAAAAAAsoAADGBgAwKQAAywYAMJIDAADHBgAwkwMAAMgGADCUAwAAyQYAIJUDAADKBgAwlgMAAMoGADCXAwAAygYAMJgDAADKBgAwmQMAAMwGADCaAwAAzQYAMAsoAAC9BgAwKQAAwQYAMJIDAAC-BgAwkwMAAL8GADCUAwAAwAYAIJUDAADrBAAwlgMAAOsEADCXAwAA6wQAMJgDAADrBAAwmQMAAMIGADCaAwAA7gQAMAsoAAC0BgAwKQAAuAYAMJIDAAC1BgAwkwMAALYGADCUAwAAtwYAIJUDAADZBAAwlgMAANkEADCXAwAA2QQAMJgDAADZBAAwmQMAALkGADCaAwAA3AQAMAsoAACoBgAwKQAArQYAMJIDAACpBgAwkwMAAKoGADCUAwAAqwYAIJUDAACsBgAwlgMAAKwGADCXAwAArAYAMJgDAACsBgAwmQMAAK4GADCaAwAArwYAMAsoAACcBgAwKQAAoQYAMJIDAACdBgAwkwMAAJ4GADCUAwAAnwYAIJUDAACgBgAwlgMAAKAGADCXAwAAoAYAMJgDAACgBgAwmQMAAKIGADCaAwAAowYAMAsoAACTBgAwKQAAlwYAMJIDAACUBgAwkwMAAJUGADCUAwAAlgYAIJUDAADNBQAwlgMAAM0FADCXAwAAzQUAMJgDAADNBQAwmQMAAJgGADCaAwAA0AUAMBQLAACVBQAgDAAAmAUAIA4AAJYFACAQAACXBQAgEwAAmQUAIKcCAQAAAAGzAkAAAAABwAIBAAAAAcICAgAAAAHLAgEAAAABzAIBAAAAAc0CAQAAAAHOAgEAAAABzwIBAAAAAdACQAAAAAHRAkAAAAAB0gJAAAAAAdMCAQAAAAHUAgEAAAAB1QJAAAAAAQIAAAAgACAoAACbBgAgAwAAACAAICgAAJsGACApAACaBgAgASEAAPIHADACAAAAIAAgIQAAmgYAIAIAAADRBQAgIQAAmQYAIA-nAgEArgQAIbMCQACxBAAhwAIBAK4EACHCAgIAsgQAIcsCAQCuBAAhzAIBAK4EACHNAgEArgQAIc4CAQCvBAAhzwIBAK8EACHQAkAAsQQAIdECQAC7BAAh0gJAALsEACHTAgEArwQAIdQCAQCuBAAh1QJAALsEACEUCwAA0AQAIAwAANMEACAOAADRBAAgEAAA0gQAIBMAANQEACCnAgEArgQAIbMCQACxBAAhwAIBAK4EACHCAgIAsgQAIcsCAQCuBAAhzAIBAK4EACHNAgEArgQAIc4CAQCvBAAhzwIBAK8EACHQAkAAsQQAIdECQAC7BAAh0gJAALsEACHTAgEArwQAIdQCAQCuBAAh1QJAALsEACEUCwAAlQUAIAwAAJgFACAOAACWBQAgEAAAlwUAIBMAAJkFACCnAgEAAAABswJAAAAAAcACAQAAAAHCAgIAAAABywIBAAAAAcwCAQAAAAHNAgEAAAABzgIBAAAAAc8CAQAAAAHQAkAAAAAB0QJAAAAAAdICQAAAAAHTAgEAAAAB1AIBAAAAAdUCQAAAAAEJCAAAgAYAIKcCAQAAAAGzAkAAAAABzAIBAAAAAfACAQAAAAH4AgEAAAAB-QIBAAAAAfoCAQAAAAH7AgEAAAABAgAAAD0AICgAAKcGACADAAAAPQAgKAAApwYAICkAAKYGACABIQAA8QcAMA4HAACOBAAgCAAAjwQAIKQCAACNBAAwpQIAADsAEKYCAACNBAAwpwIBAAAAAbMCQADkAwAhzAIBAOEDACHwAgEA4gMAIfgCAQAAAAH5AgEA4gMAIfoCAQDhAwAh-wIBAOEDACH8AgEA4gMAIQIAAAA9ACAhAACmBgAgAgAAAKQGACAhAAClBgAgDKQCAACjBgAwpQIAAKQGABCmAgAAowYAMKcCAQDhAwAhswJAAOQDACHMAgEA4QMAIfACAQDiAwAh-AIBAOEDACH5AgEA4gMAIfoCAQDhAwAh-wIBAOEDACH8AgEA4gMAIQykAgAAowYAMKUCAACkBgAQpgIAAKMGADCnAgEA4QMAIbMCQADkAwAhzAIBAOEDACHwAgEA4gMAIfgCAQDhAwAh-QIBAOIDACH6AgEA4QMAIfsCAQDhAwAh_AIBAOIDACEIpwIBAK4EACGzAkAAsQQAIcwCAQCuBAAh8AIBAK8EACH4AgEArgQAIfkCAQCvBAAh-gIBAK4EACH7AgEArgQAIQkIAADyBQAgpwIBAK4EACGzAkAAsQQAIcwCAQCuBAAh8AIBAK8EACH4AgEArgQAIfkCAQCvBAAh-gIBAK4EACH7AgEArgQAIQkIAACABgAgpwIBAAAAAbMCQAAAAAHMAgEAAAAB8AIBAAAAAfgCAQAAAAH5AgEAAAAB-gIBAAAAAfsCAQAAAAEKFgAAowUAIKcCAQAAAAGsAgEAAAABrwIgAAAAAbMCQAAAAAHEAgEAAAABxQIBAAAAAdYCAgAAAAHXAgIAAAAB2AIBAAAAAQIAAAA5ACAoAACzBgAgAwAAADkAICgAALMGACApAACyBgAgASEAAPAHADARBgAAlAQAIBYAAIoEACCkAgAAkgQAMKUCAAA3ABCmAgAAkgQAMKcCAQAAAAGpAgEA4QMAIawCAQDiAwAhrwIgAOMDACGzAkAA5AMAIcQCAQDhAwAhxQIBAOEDACHWAgIA4AMAIdcCAgCTBAAh2AIBAOEDACGKAwAAkAQAIIsDAACRBAAgAgAAADkAICEAALIGACACAAAAsAYAICEAALEGACANpAIAAK8GADClAgAAsAYAEKYCAACvBgAwpwIBAOEDACGpAgEA4QMAIawCAQDiAwAhrwIgAOMDACGzAkAA5AMAIcQCAQDhAwAhxQIBAOEDACHWAgIA4AMAIdcCAgCTBAAh2AIBAOEDACENpAIAAK8GADClAgAAsAYAEKYCAACvBgAwpwIBAOEDACGpAgEA4QMAIawCAQDiAwAhrwIgAOMDACGzAkAA5AMAIcQCAQDhAwAhxQIBAOEDACHWAgIA4AMAIdcCAgCTBAAh2AIBAOEDACEJpwIBAK4EACGsAgEArwQAIa8CIACwBAAhswJAALEEACHEAgEArgQAIcUCAQCuBAAh1gICALIEACHXAgIAnwUAIdgCAQCuBAAhChYAAKEFACCnAgEArgQAIawCAQCvBAAhrwIgALAEACGzAkAAsQQAIcQCAQCuBAAhxQIBAK4EACHWAgIAsgQAIdcCAgCfBQAh2AIBAK4EACEKFgAAowUAIKcCAQAAAAGsAgEAAAABrwIgAAAAAbMCQAAAAAHEAgEAAAABxQIBAAAAAdYCAgAAAAHXAgIAAAAB2AIBAAAAAQ4PAACBBQAgEQAA5QQAIBIAAOYEACCnAgEAAAABqgIBAAAAAawCAQAAAAGtAgEAAAABsgIBAAAAAbMCQAAAAAHZAgEAAAAB2gJAAAAAAdsCQAAAAAHcAkAAAAAB3QIBAAAAAQIAAAApACAoAAC8BgAgAwAAACkAICgAALwGACApAAC7BgAgASEAAO8HADACAAAAKQAgIQAAuwYAIAIAAADdBAAgIQAAugYAIAunAgEArgQAIaoCAQCvBAAhrAIBAK8EACGtAgEArgQAIbICAQCuBAAhswJAALEEACHZAgEArwQAIdoCQAC7BAAh2wJAALsEACHcAkAAuwQAId0CAQCvBAAhDg8AAP8EACARAADhBAAgEgAA4gQAIKcCAQCuBAAhqgIBAK8EACGsAgEArwQAIa0CAQCuBAAhsgIBAK4EACGzAkAAsQQAIdkCAQCvBAAh2gJAALsEACHbAkAAuwQAIdwCQAC7BAAh3QIBAK8EACEODwAAgQUAIBEAAOUEACASAADmBAAgpwIBAAAAAaoCAQAAAAGsAgEAAAABrQIBAAAAAbICAQAAAAGzAkAAAAAB2QIBAAAAAdoCQAAAAAHbAkAAAAAB3AJAAAAAAd0CAQAAAAEeCwAAhAUAIA8AAK0FACASAACGBQAgEwAAhwUAIBUAAIUFACCnAgEAAAABrAIBAAAAAa0CAQAAAAGuAgEAAAABswJAAAAAAcACAQAAAAHLAgEAAAAB2gJAAAAAAdsCQAAAAAHcAkAAAAAB3QIBAAAAAd4CAQAAAAHfAgIAAAAB4AICAAAAAeECAQAAAAHiAgEAAAAB4wIBAAAAAeQCAQAAAAHlAgEAAAAB5gIBAAAAAecCQAAAAAHoAkAAAAAB6QIBAAAAAeoCQAAAAAHrAgEAAAABAgAAAA4AICgAAMUGACADAAAADgAgKAAAxQYAICkAAMQGACABIQAA7gcAMAIAAAAOACAhAADEBgAgAgAAAO8EACAhAADDBgAgGacCAQCuBAAhrAIBAK8EACGtAgEArgQAIa4CAQCuBAAhswJAALEEACHAAgEArgQAIcsCAQCuBAAh2gJAALsEACHbAkAAuwQAIdwCQAC7BAAh3QIBAK8EACHeAgEArgQAId8CAgCyBAAh4AICALIEACHhAgEArgQAIeICAQCuBAAh4wIBAK4EACHkAgEArgQAIeUCAQCuBAAh5gIBAK4EACHnAkAAsQQAIegCQAC7BAAh6QIBAK8EACHqAkAAuwQAIesCAQCvBAAhHgsAAPMEACAPAACsBQAgEgAA9QQAIBMAAPYEACAVAAD0BAAgpwIBAK4EACGsAgEArwQAIa0CAQCuBAAhrgIBAK4EACGzAkAAsQQAIcACAQCuBAAhywIBAK4EACHaAkAAuwQAIdsCQAC7BAAh3AJAALsEACHdAgEArwQAId4CAQCuBAAh3wICALIEACHgAgIAsgQAIeECAQCuBAAh4gIBAK4EACHjAgEArgQAIeQCAQCuBAAh5QIBAK4EACHmAgEArgQAIecCQACxBAAh6AJAALsEACHpAgEArwQAIeoCQAC7BAAh6wIBAK8EACEeCwAAhAUAIA8AAK0FACASAACGBQAgEwAAhwUAIBUAAIUFACCnAgEAAAABrAIBAAAAAa0CAQAAAAGuAgEAAAABswJAAAAAAcACAQAAAAHLAgEAAAAB2gJAAAAAAdsCQAAAAAHcAkAAAAAB3QIBAAAAAd4CAQAAAAHfAgIAAAAB4AICAAAAAeECAQAAAAHiAgEAAAAB4wIBAAAAAeQCAQAAAAHlAgEAAAAB5gIBAAAAAecCQAAAAAHoAkAAAAAB6QIBAAAAAeoCQAAAAAHrAgEAAAABBQMAAIcGACCnAgEAAAABvwIBAAAAAckCQAAAAAHyAgEAAAABAgAAAAkAICgAANEGACADAAAACQAgKAAA0QYAICkAANAGACABIQAA7QcAMAsDAACKBAAgBgAAlAQAIKQCAACmBAAwpQIAAAcAEKYCAACmBAAwpwIBAAAAAakCAQDhAwAhvwIBAOEDACHJAkAA5AMAIfICAQDhAwAhjwMAAKUEACACAAAACQAgIQAA0AYAIAIAAADOBgAgIQAAzwYAIAikAgAAzQYAMKUCAADOBgAQpgIAAM0GADCnAgEA4QMAIakCAQDhAwAhvwIBAOEDACHJAkAA5AMAIfICAQDhAwAhCKQCAADNBgAwpQIAAM4GABCmAgAAzQYAMKcCAQDhAwAhqQIBAOEDACG_AgEA4QMAIckCQADkAwAh8gIBAOEDACEEpwIBAK4EACG_AgEArgQAIckCQACxBAAh8gIBAK4EACEFAwAAhQYAIKcCAQCuBAAhvwIBAK4EACHJAkAAsQQAIfICAQCuBAAhBQMAAIcGACCnAgEAAAABvwIBAAAAAckCQAAAAAHyAgEAAAABBCgAAMYGADCSAwAAxwYAMJQDAADJBgAgmAMAAMoGADAEKAAAvQYAMJIDAAC-BgAwlAMAAMAGACCYAwAA6wQAMAQoAAC0BgAwkgMAALUGADCUAwAAtwYAIJgDAADZBAAwBCgAAKgGADCSAwAAqQYAMJQDAACrBgAgmAMAAKwGADAEKAAAnAYAMJIDAACdBgAwlAMAAJ8GACCYAwAAoAYAMAQoAACTBgAwkgMAAJQGADCUAwAAlgYAIJgDAADNBQAwAAAAAAAAAAAABSgAAOgHACApAADrBwAgkgMAAOkHACCTAwAA6gcAIJgDAAABACADKAAA6AcAIJIDAADpBwAgmAMAAAEAIAAAAAsoAAC9BwAwKQAAwgcAMJIDAAC-BwAwkwMAAL8HADCUAwAAwAcAIJUDAADBBwAwlgMAAMEHADCXAwAAwQcAMJgDAADBBwAwmQMAAMMHADCaAwAAxAcAMAsoAAC0BwAwKQAAuAcAMJIDAAC1BwAwkwMAALYHADCUAwAAtwcAIJUDAADKBgAwlgMAAMoGADCXAwAAygYAMJgDAADKBgAwmQMAALkHADCaAwAAzQYAMAsoAACrBwAwKQAArwcAMJIDAACsBwAwkwMAAK0HADCUAwAArgcAIJUDAADrBAAwlgMAAOsEADCXAwAA6wQAMJgDAADrBAAwmQMAALAHADCaAwAA7gQAMAsoAACiBwAwKQAApgcAMJIDAACjBwAwkwMAAKQHADCUAwAApQcAIJUDAADZBAAwlgMAANkEADCXAwAA2QQAMJgDAADZBAAwmQMAAKcHADCaAwAA3AQAMAsoAACZBwAwKQAAnQcAMJIDAACaBwAwkwMAAJsHADCUAwAAnAcAIJUDAACsBgAwlgMAAKwGADCXAwAArAYAMJgDAACsBgAwmQMAAJ4HADCaAwAArwYAMAsoAACQBwAwKQAAlAcAMJIDAACRBwAwkwMAAJIHADCUAwAAkwcAIJUDAADNBQAwlgMAAM0FADCXAwAAzQUAMJgDAADNBQAwmQMAAJUHADCaAwAA0AUAMAsoAACHBwAwKQAAiwcAMJIDAACIBwAwkwMAAIkHADCUAwAAigcAIJUDAACMBQAwlgMAAIwFADCXAwAAjAUAMJgDAACMBQAwmQMAAIwHADCaAwAAjwUAMAsoAAD7BgAwKQAAgAcAMJIDAAD8BgAwkwMAAP0GADCUAwAA_gYAIJUDAAD_BgAwlgMAAP8GADCXAwAA_wYAMJgDAAD_BgAwmQMAAIEHADCaAwAAggcAMAsoAADvBgAwKQAA9AYAMJIDAADwBgAwkwMAAPEGADCUAwAA8gYAIJUDAADzBgAwlgMAAPMGADCXAwAA8wYAMJgDAADzBgAwmQMAAPUGADCaAwAA9gYAMAanAgEAAAABqQIBAAAAAbMCQAAAAAHEAgEAAAABxQIBAAAAAcYCQAAAAAECAAAAUQAgKAAA-gYAIAMAAABRACAoAAD6BgAgKQAA-QYAIAEhAADnBwAwCwMAAIoEACCkAgAAiAQAMKUCAABPABCmAgAAiAQAMKcCAQAAAAGpAgEA4QMAIbMCQADkAwAhvwIBAOEDACHEAgEA4QMAIcUCAQDhAwAhxgJAAIkEACECAAAAUQAgIQAA-QYAIAIAAAD3BgAgIQAA-AYAIAqkAgAA9gYAMKUCAAD3BgAQpgIAAPYGADCnAgEA4QMAIakCAQDhAwAhswJAAOQDACG_AgEA4QMAIcQCAQDhAwAhxQIBAOEDACHGAkAAiQQAIQqkAgAA9gYAMKUCAAD3BgAQpgIAAPYGADCnAgEA4QMAIakCAQDhAwAhswJAAOQDACG_AgEA4QMAIcQCAQDhAwAhxQIBAOEDACHGAkAAiQQAIQanAgEArgQAIakCAQCuBAAhswJAALEEACHEAgEArgQAIcUCAQCuBAAhxgJAALsEACEGpwIBAK4EACGpAgEArgQAIbMCQACxBAAhxAIBAK4EACHFAgEArgQAIcYCQAC7BAAhBqcCAQAAAAGpAgEAAAABswJAAAAAAcQCAQAAAAHFAgEAAAABxgJAAAAAAQanAgEAAAABqQIBAAAAAa4CAQAAAAGzAkAAAAABxwIBAAAAAcgCAQAAAAECAAAATQAgKAAAhgcAIAMAAABNACAoAACGBwAgKQAAhQcAIAEhAADmBwAwDAMAAIoEACCkAgAAjAQAMKUCAABLABCmAgAAjAQAMKcCAQAAAAGpAgEA4QMAIa4CAQDhAwAhswJAAOQDACG_AgEA4QMAIccCAQDhAwAhyAIBAOEDACGJAwAAiwQAIAIAAABNACAhAACFBwAgAgAAAIMHACAhAACEBwAgCqQCAACCBwAwpQIAAIMHABCmAgAAggcAMKcCAQDhAwAhqQIBAOEDACGuAgEA4QMAIbMCQADkAwAhvwIBAOEDACHHAgEA4QMAIcgCAQDhAwAhCqQCAACCBwAwpQIAAIMHABCmAgAAggcAMKcCAQDhAwAhqQIBAOEDACGuAgEA4QMAIbMCQADkAwAhvwIBAOEDACHHAgEA4QMAIcgCAQDhAwAhBqcCAQCuBAAhqQIBAK4EACGuAgEArgQAIbMCQACxBAAhxwIBAK4EACHIAgEArgQAIQanAgEArgQAIakCAQCuBAAhrgIBAK4EACGzAkAAsQQAIccCAQCuBAAhyAIBAK4EACEGpwIBAAAAAakCAQAAAAGuAgEAAAABswJAAAAAAccCAQAAAAHIAgEAAAABBQ8AAMgEACCnAgEAAAABrAIBAAAAAckCQAAAAAHKAkAAAAABAgAAACQAICgAAI8HACADAAAAJAAgKAAAjwcAICkAAI4HACABIQAA5QcAMAIAAAAkACAhAACOBwAgAgAAAJAFACAhAACNBwAgBKcCAQCuBAAhrAIBAK4EACHJAkAAsQQAIcoCQAC7BAAhBQ8AAMYEACCnAgEArgQAIawCAQCuBAAhyQJAALEEACHKAkAAuwQAIQUPAADIBAAgpwIBAAAAAawCAQAAAAHJAkAAAAABygJAAAAAARQGAACUBQAgCwAAlQUAIAwAAJgFACAQAACXBQAgEwAAmQUAIKcCAQAAAAGpAgEAAAABswJAAAAAAcACAQAAAAHCAgIAAAABywIBAAAAAcwCAQAAAAHOAgEAAAABzwIBAAAAAdACQAAAAAHRAkAAAAAB0gJAAAAAAdMCAQAAAAHUAgEAAAAB1QJAAAAAAQIAAAAgACAoAACYBwAgAwAAACAAICgAAJgHACApAACXBwAgASEAAOQHADACAAAAIAAgIQAAlwcAIAIAAADRBQAgIQAAlgcAIA-nAgEArgQAIakCAQCuBAAhswJAALEEACHAAgEArgQAIcICAgCyBAAhywIBAK4EACHMAgEArgQAIc4CAQCvBAAhzwIBAK8EACHQAkAAsQQAIdECQAC7BAAh0gJAALsEACHTAgEArwQAIdQCAQCuBAAh1QJAALsEACEUBgAAzwQAIAsAANAEACAMAADTBAAgEAAA0gQAIBMAANQEACCnAgEArgQAIakCAQCuBAAhswJAALEEACHAAgEArgQAIcICAgCyBAAhywIBAK4EACHMAgEArgQAIc4CAQCvBAAhzwIBAK8EACHQAkAAsQQAIdECQAC7BAAh0gJAALsEACHTAgEArwQAIdQCAQCuBAAh1QJAALsEACEUBgAAlAUAIAsAAJUFACAMAACYBQAgEAAAlwUAIBMAAJkFACCnAgEAAAABqQIBAAAAAbMCQAAAAAHAAgEAAAABwgICAAAAAcsCAQAAAAHMAgEAAAABzgIBAAAAAc8CAQAAAAHQAkAAAAAB0QJAAAAAAdICQAAAAAHTAgEAAAAB1AIBAAAAAdUCQAAAAAEKBgAAogUAIKcCAQAAAAGpAgEAAAABrAIBAAAAAa8CIAAAAAGzAkAAAAABxAIBAAAAAcUCAQAAAAHWAgIAAAAB1wICAAAAAQIAAAA5ACAoAAChBwAgAwAAADkAICgAAKEHACApAACgBwAgASEAAOMHADACAAAAOQAgIQAAoAcAIAIAAACwBgAgIQAAnwcAIAmnAgEArgQAIakCAQCuBAAhrAIBAK8EACGvAiAAsAQAIbMCQACxBAAhxAIBAK4EACHFAgEArgQAIdYCAgCyBAAh1wICAJ8FACEKBgAAoAUAIKcCAQCuBAAhqQIBAK4EACGsAgEArwQAIa8CIACwBAAhswJAALEEACHEAgEArgQAIcUCAQCuBAAh1gICALIEACHXAgIAnwUAIQoGAACiBQAgpwIBAAAAAakCAQAAAAGsAgEAAAABrwIgAAAAAbMCQAAAAAHEAgEAAAABxQIBAAAAAdYCAgAAAAHXAgIAAAABDgYAAOQEACAPAACBBQAgEQAA5QQAIKcCAQAAAAGpAgEAAAABqgIBAAAAAawCAQAAAAGyAgEAAAABswJAAAAAAdkCAQAAAAHaAkAAAAAB2wJAAAAAAdwCQAAAAAHdAgEAAAABAgAAACkAICgAAKoHACADAAAAKQAgKAAAqgcAICkAAKkHACABIQAA4gcAMAIAAAApACAhAACpBwAgAgAAAN0EACAhAACoBwAgC6cCAQCuBAAhqQIBAK4EACGqAgEArwQAIawCAQCvBAAhsgIBAK4EACGzAkAAsQQAIdkCAQCvBAAh2gJAALsEACHbAkAAuwQAIdwCQAC7BAAh3QIBAK8EACEOBgAA4AQAIA8AAP8EACARAADhBAAgpwIBAK4EACGpAgEArgQAIaoCAQCvBAAhrAIBAK8EACGyAgEArgQAIbMCQACxBAAh2QIBAK8EACHaAkAAuwQAIdsCQAC7BAAh3AJAALsEACHdAgEArwQAIQ4GAADkBAAgDwAAgQUAIBEAAOUEACCnAgEAAAABqQIBAAAAAaoCAQAAAAGsAgEAAAABsgIBAAAAAbMCQAAAAAHZAgEAAAAB2gJAAAAAAdsCQAAAAAHcAkAAAAAB3QIBAAAAAR4GAACDBQAgCwAAhAUAIA8AAK0FACATAACHBQAgFQAAhQUAIKcCAQAAAAGpAgEAAAABrAIBAAAAAa4CAQAAAAGzAkAAAAABwAIBAAAAAcsCAQAAAAHaAkAAAAAB2wJAAAAAAdwCQAAAAAHdAgEAAAAB3gIBAAAAAd8CAgAAAAHgAgIAAAAB4QIBAAAAAeICAQAAAAHjAgEAAAAB5AIBAAAAAeUCAQAAAAHmAgEAAAAB5wJAAAAAAegCQAAAAAHpAgEAAAAB6gJAAAAAAesCAQAAAAECAAAADgAgKAAAswcAIAMAAAAOACAoAACzBwAgKQAAsgcAIAEhAADhBwAwAgAAAA4AICEAALIHACACAAAA7wQAICEAALEHACAZpwIBAK4EACGpAgEArgQAIawCAQCvBAAhrgIBAK4EACGzAkAAsQQAIcACAQCuBAAhywIBAK4EACHaAkAAuwQAIdsCQAC7BAAh3AJAALsEACHdAgEArwQAId4CAQCuBAAh3wICALIEACHgAgIAsgQAIeECAQCuBAAh4gIBAK4EACHjAgEArgQAIeQCAQCuBAAh5QIBAK4EACHmAgEArgQAIecCQACxBAAh6AJAALsEACHpAgEArwQAIeoCQAC7BAAh6wIBAK8EACEeBgAA8gQAIAsAAPMEACAPAACsBQAgEwAA9gQAIBUAAPQEACCnAgEArgQAIakCAQCuBAAhrAIBAK8EACGuAgEArgQAIbMCQACxBAAhwAIBAK4EACHLAgEArgQAIdoCQAC7BAAh2wJAALsEACHcAkAAuwQAId0CAQCvBAAh3gIBAK4EACHfAgIAsgQAIeACAgCyBAAh4QIBAK4EACHiAgEArgQAIeMCAQCuBAAh5AIBAK4EACHlAgEArgQAIeYCAQCuBAAh5wJAALEEACHoAkAAuwQAIekCAQCvBAAh6gJAALsEACHrAgEArwQAIR4GAACDBQAgCwAAhAUAIA8AAK0FACATAACHBQAgFQAAhQUAIKcCAQAAAAGpAgEAAAABrAIBAAAAAa4CAQAAAAGzAkAAAAABwAIBAAAAAcsCAQAAAAHaAkAAAAAB2wJAAAAAAdwCQAAAAAHdAgEAAAAB3gIBAAAAAd8CAgAAAAHgAgIAAAAB4QIBAAAAAeICAQAAAAHjAgEAAAAB5AIBAAAAAeUCAQAAAAHmAgEAAAAB5wJAAAAAAegCQAAAAAHpAgEAAAAB6gJAAAAAAesCAQAAAAEFBgAAhgYAIKcCAQAAAAGpAgEAAAAByQJAAAAAAfICAQAAAAECAAAACQAgKAAAvAcAIAMAAAAJACAoAAC8BwAgKQAAuwcAIAEhAADgBwAwAgAAAAkAICEAALsHACACAAAAzgYAICEAALoHACAEpwIBAK4EACGpAgEArgQAIckCQACxBAAh8gIBAK4EACEFBgAAhAYAIKcCAQCuBAAhqQIBAK4EACHJAkAAsQQAIfICAQCuBAAhBQYAAIYGACCnAgEAAAABqQIBAAAAAckCQAAAAAHyAgEAAAABB6cCAQAAAAGzAkAAAAAB4gIBAAAAAf0CAQAAAAGDAwEAAAABhANAAAAAAYUDQAAAAAECAAAABQAgKAAAyAcAIAMAAAAFACAoAADIBwAgKQAAxwcAIAEhAADfBwAwDAMAAIoEACCkAgAApwQAMKUCAAADABCmAgAApwQAMKcCAQAAAAGzAkAA5AMAIb8CAQDhAwAh4gIBAOEDACH9AgEA4QMAIYMDAQAAAAGEA0AAiQQAIYUDQACJBAAhAgAAAAUAICEAAMcHACACAAAAxQcAICEAAMYHACALpAIAAMQHADClAgAAxQcAEKYCAADEBwAwpwIBAOEDACGzAkAA5AMAIb8CAQDhAwAh4gIBAOEDACH9AgEA4QMAIYMDAQDhAwAhhANAAIkEACGFA0AAiQQAIQukAgAAxAcAMKUCAADFBwAQpgIAAMQHADCnAgEA4QMAIbMCQADkAwAhvwIBAOEDACHiAgEA4QMAIf0CAQDhAwAhgwMBAOEDACGEA0AAiQQAIYUDQACJBAAhB6cCAQCuBAAhswJAALEEACHiAgEArgQAIf0CAQCuBAAhgwMBAK4EACGEA0AAuwQAIYUDQAC7BAAhB6cCAQCuBAAhswJAALEEACHiAgEArgQAIf0CAQCuBAAhgwMBAK4EACGEA0AAuwQAIYUDQAC7BAAhB6cCAQAAAAGzAkAAAAAB4gIBAAAAAf0CAQAAAAGDAwEAAAABhANAAAAAAYUDQAAAAAEEKAAAvQcAMJIDAAC-BwAwlAMAAMAHACCYAwAAwQcAMAQoAAC0BwAwkgMAALUHADCUAwAAtwcAIJgDAADKBgAwBCgAAKsHADCSAwAArAcAMJQDAACuBwAgmAMAAOsEADAEKAAAogcAMJIDAACjBwAwlAMAAKUHACCYAwAA2QQAMAQoAACZBwAwkgMAAJoHADCUAwAAnAcAIJgDAACsBgAwBCgAAJAHADCSAwAAkQcAMJQDAACTBwAgmAMAAM0FADAEKAAAhwcAMJIDAACIBwAwlAMAAIoHACCYAwAAjAUAMAQoAAD7BgAwkgMAAPwGADCUAwAA_gYAIJgDAAD_BgAwBCgAAO8GADCSAwAA8AYAMJQDAADyBgAgmAMAAPMGADAAAAAACQQAANIHACAFAADYBgAgDAAA2QYAIBAAANMHACATAADaBgAgFwAA2wYAIBkAAN0GACAaAADUBwAgGwAA1QcAIAYFAADYBgAgDAAA2QYAIBMAANoGACAUAADdBgAgFwAA2wYAIBgAANwGACAADwYAANcHACALAADbBwAgDwAA2gcAIBIAANYHACATAADaBgAgFQAA3gcAIKwCAACoBAAg2gIAAKgEACDbAgAAqAQAINwCAACoBAAg3QIAAKgEACDoAgAAqAQAIOkCAACoBAAg6gIAAKgEACDrAgAAqAQAIAwGAADXBwAgCwAA2wcAIAwAANkGACAOAADWBwAgEAAA0wcAIBMAANoGACDOAgAAqAQAIM8CAACoBAAg0QIAAKgEACDSAgAAqAQAINMCAACoBAAg1QIAAKgEACAGCgAA3AcAIAwAANkGACANAADdBwAgFAAA3QYAIPYCAACoBAAg9wIAAKgEACAFBwAA1wcAIAgAANgHACDwAgAAqAQAIPkCAACoBAAg_AIAAKgEACAABgsAANsHACAMAADZBgAg7gIAAKgEACDvAgAAqAQAIPACAACoBAAg8gIAAKgEACAHpwIBAAAAAbMCQAAAAAHiAgEAAAAB_QIBAAAAAYMDAQAAAAGEA0AAAAABhQNAAAAAAQSnAgEAAAABqQIBAAAAAckCQAAAAAHyAgEAAAABGacCAQAAAAGpAgEAAAABrAIBAAAAAa4CAQAAAAGzAkAAAAABwAIBAAAAAcsCAQAAAAHaAkAAAAAB2wJAAAAAAdwCQAAAAAHdAgEAAAAB3gIBAAAAAd8CAgAAAAHgAgIAAAAB4QIBAAAAAeICAQAAAAHjAgEAAAAB5AIBAAAAAeUCAQAAAAHmAgEAAAAB5wJAAAAAAegCQAAAAAHpAgEAAAAB6gJAAAAAAesCAQAAAAELpwIBAAAAAakCAQAAAAGqAgEAAAABrAIBAAAAAbICAQAAAAGzAkAAAAAB2QIBAAAAAdoCQAAAAAHbAkAAAAAB3AJAAAAAAd0CAQAAAAEJpwIBAAAAAakCAQAAAAGsAgEAAAABrwIgAAAAAbMCQAAAAAHEAgEAAAABxQIBAAAAAdYCAgAAAAHXAgIAAAABD6cCAQAAAAGpAgEAAAABswJAAAAAAcACAQAAAAHCAgIAAAABywIBAAAAAcwCAQAAAAHOAgEAAAABzwIBAAAAAdACQAAAAAHRAkAAAAAB0gJAAAAAAdMCAQAAAAHUAgEAAAAB1QJAAAAAAQSnAgEAAAABrAIBAAAAAckCQAAAAAHKAkAAAAABBqcCAQAAAAGpAgEAAAABrgIBAAAAAbMCQAAAAAHHAgEAAAAByAIBAAAAAQanAgEAAAABqQIBAAAAAbMCQAAAAAHEAgEAAAABxQIBAAAAAcYCQAAAAAEOBQAAygcAIAwAAMsHACAQAADPBwAgEwAAzAcAIBcAAM0HACAZAADOBwAgGgAA0AcAIBsAANEHACCnAgEAAAABswJAAAAAAf0CAQAAAAGGAwEAAAABhwMBAAAAAYgDAQAAAAECAAAAAQAgKAAA6AcAIAMAAABdACAoAADoBwAgKQAA7AcAIBAAAABdACAFAADnBgAgDAAA6AYAIBAAAOwGACATAADpBgAgFwAA6gYAIBkAAOsGACAaAADtBgAgGwAA7gYAICEAAOwHACCnAgEArgQAIbMCQACxBAAh_QIBAK4EACGGAwEArgQAIYcDAQCuBAAhiAMBAK4EACEOBQAA5wYAIAwAAOgGACAQAADsBgAgEwAA6QYAIBcAAOoGACAZAADrBgAgGgAA7QYAIBsAAO4GACCnAgEArgQAIbMCQACxBAAh_QIBAK4EACGGAwEArgQAIYcDAQCuBAAhiAMBAK4EACEEpwIBAAAAAb8CAQAAAAHJAkAAAAAB8gIBAAAAARmnAgEAAAABrAIBAAAAAa0CAQAAAAGuAgEAAAABswJAAAAAAcACAQAAAAHLAgEAAAAB2gJAAAAAAdsCQAAAAAHcAkAAAAAB3QIBAAAAAd4CAQAAAAHfAgIAAAAB4AICAAAAAeECAQAAAAHiAgEAAAAB4wIBAAAAAeQCAQAAAAHlAgEAAAAB5gIBAAAAAecCQAAAAAHoAkAAAAAB6QIBAAAAAeoCQAAAAAHrAgEAAAABC6cCAQAAAAGqAgEAAAABrAIBAAAAAa0CAQAAAAGyAgEAAAABswJAAAAAAdkCAQAAAAHaAkAAAAAB2wJAAAAAAdwCQAAAAAHdAgEAAAABCacCAQAAAAGsAgEAAAABrwIgAAAAAbMCQAAAAAHEAgEAAAABxQIBAAAAAdYCAgAAAAHXAgIAAAAB2AIBAAAAAQinAgEAAAABswJAAAAAAcwCAQAAAAHwAgEAAAAB-AIBAAAAAfkCAQAAAAH6AgEAAAAB-wIBAAAAAQ-nAgEAAAABswJAAAAAAcACAQAAAAHCAgIAAAABywIBAAAAAcwCAQAAAAHNAgEAAAABzgIBAAAAAc8CAQAAAAHQAkAAAAAB0QJAAAAAAdICQAAAAAHTAgEAAAAB1AIBAAAAAdUCQAAAAAEOBAAAyQcAIAwAAMsHACAQAADPBwAgEwAAzAcAIBcAAM0HACAZAADOBwAgGgAA0AcAIBsAANEHACCnAgEAAAABswJAAAAAAf0CAQAAAAGGAwEAAAABhwMBAAAAAYgDAQAAAAECAAAAAQAgKAAA8wcAIAsMAADTBgAgEwAA1AYAIBQAANcGACAXAADVBgAgGAAA1gYAIKcCAQAAAAGzAkAAAAABwgICAAAAAf0CAQAAAAH-AgEAAAAB_wIBAAAAAQIAAACJAQAgKAAA9QcAIAMAAABdACAoAADzBwAgKQAA-QcAIBAAAABdACAEAADmBgAgDAAA6AYAIBAAAOwGACATAADpBgAgFwAA6gYAIBkAAOsGACAaAADtBgAgGwAA7gYAICEAAPkHACCnAgEArgQAIbMCQACxBAAh_QIBAK4EACGGAwEArgQAIYcDAQCuBAAhiAMBAK4EACEOBAAA5gYAIAwAAOgGACAQAADsBgAgEwAA6QYAIBcAAOoGACAZAADrBgAgGgAA7QYAIBsAAO4GACCnAgEArgQAIbMCQACxBAAh_QIBAK4EACGGAwEArgQAIYcDAQCuBAAhiAMBAK4EACEDAAAAEAAgKAAA9QcAICkAAPwHACANAAAAEAAgDAAAjgYAIBMAAI8GACAUAACSBgAgFwAAkAYAIBgAAJEGACAhAAD8BwAgpwIBAK4EACGzAkAAsQQAIcICAgCyBAAh_QIBAK4EACH-AgEArgQAIf8CAQCuBAAhCwwAAI4GACATAACPBgAgFAAAkgYAIBcAAJAGACAYAACRBgAgpwIBAK4EACGzAkAAsQQAIcICAgCyBAAh_QIBAK4EACH-AgEArgQAIf8CAQCuBAAhCwUAANIGACAMAADTBgAgEwAA1AYAIBQAANcGACAXAADVBgAgpwIBAAAAAbMCQAAAAAHCAgIAAAAB_QIBAAAAAf4CAQAAAAH_AgEAAAABAgAAAIkBACAoAAD9BwAgCKcCAQAAAAGzAkAAAAAB5AIBAAAAAfMCAgAAAAH0AgEAAAAB9QIBAAAAAfYCAQAAAAH3AgEAAAABAwAAABAAICgAAP0HACApAACCCAAgDQAAABAAIAUAAI0GACAMAACOBgAgEwAAjwYAIBQAAJIGACAXAACQBgAgIQAAgggAIKcCAQCuBAAhswJAALEEACHCAgIAsgQAIf0CAQCuBAAh_gIBAK4EACH_AgEArgQAIQsFAACNBgAgDAAAjgYAIBMAAI8GACAUAACSBgAgFwAAkAYAIKcCAQCuBAAhswJAALEEACHCAgIAsgQAIf0CAQCuBAAh_gIBAK4EACH_AgEArgQAIQoHAAD_BQAgpwIBAAAAAbMCQAAAAAHMAgEAAAAB8AIBAAAAAfgCAQAAAAH5AgEAAAAB-gIBAAAAAfsCAQAAAAH8AgEAAAABAgAAAD0AICgAAIMIACAKCgEAAAABpwIBAAAAAa4CAQAAAAHsAgIAAAAB7QIBAAAAAe4CAQAAAAHvAgEAAAAB8AIBAAAAAfECIAAAAAHyAgEAAAABGacCAQAAAAGpAgEAAAABrAIBAAAAAa0CAQAAAAGuAgEAAAABswJAAAAAAcACAQAAAAHaAkAAAAAB2wJAAAAAAdwCQAAAAAHdAgEAAAAB3gIBAAAAAd8CAgAAAAHgAgIAAAAB4QIBAAAAAeICAQAAAAHjAgEAAAAB5AIBAAAAAeUCAQAAAAHmAgEAAAAB5wJAAAAAAegCQAAAAAHpAgEAAAAB6gJAAAAAAesCAQAAAAEPpwIBAAAAAakCAQAAAAGzAkAAAAABwAIBAAAAAcICAgAAAAHMAgEAAAABzQIBAAAAAc4CAQAAAAHPAgEAAAAB0AJAAAAAAdECQAAAAAHSAkAAAAAB0wIBAAAAAdQCAQAAAAHVAkAAAAABAwAAADsAICgAAIMIACApAACKCAAgDAAAADsAIAcAAPEFACAhAACKCAAgpwIBAK4EACGzAkAAsQQAIcwCAQCuBAAh8AIBAK8EACH4AgEArgQAIfkCAQCvBAAh-gIBAK4EACH7AgEArgQAIfwCAQCvBAAhCgcAAPEFACCnAgEArgQAIbMCQACxBAAhzAIBAK4EACHwAgEArwQAIfgCAQCuBAAh-QIBAK8EACH6AgEArgQAIfsCAQCuBAAh_AIBAK8EACEMCgAA6gUAIAwAAOwFACAUAADtBQAgpwIBAAAAAbMCQAAAAAHAAgEAAAAB5AIBAAAAAfMCAgAAAAH0AgEAAAAB9QIBAAAAAfYCAQAAAAH3AgEAAAABAgAAABQAICgAAIsIACAZpwIBAAAAAakCAQAAAAGsAgEAAAABrQIBAAAAAa4CAQAAAAGzAkAAAAABwAIBAAAAAcsCAQAAAAHaAkAAAAAB2wJAAAAAAdwCQAAAAAHdAgEAAAAB3wICAAAAAeACAgAAAAHhAgEAAAAB4gIBAAAAAeMCAQAAAAHkAgEAAAAB5QIBAAAAAeYCAQAAAAHnAkAAAAAB6AJAAAAAAekCAQAAAAHqAkAAAAAB6wIBAAAAAQMAAAASACAoAACLCAAgKQAAkAgAIA4AAAASACAKAADFBQAgDAAAxwUAIBQAAMgFACAhAACQCAAgpwIBAK4EACGzAkAAsQQAIcACAQCuBAAh5AIBAK4EACHzAgIAsgQAIfQCAQCuBAAh9QIBAK4EACH2AgEArwQAIfcCAQCvBAAhDAoAAMUFACAMAADHBQAgFAAAyAUAIKcCAQCuBAAhswJAALEEACHAAgEArgQAIeQCAQCuBAAh8wICALIEACH0AgEArgQAIfUCAQCuBAAh9gIBAK8EACH3AgEArwQAIRUGAACUBQAgCwAAlQUAIA4AAJYFACAQAACXBQAgEwAAmQUAIKcCAQAAAAGpAgEAAAABswJAAAAAAcACAQAAAAHCAgIAAAABywIBAAAAAcwCAQAAAAHNAgEAAAABzgIBAAAAAc8CAQAAAAHQAkAAAAAB0QJAAAAAAdICQAAAAAHTAgEAAAAB1AIBAAAAAdUCQAAAAAECAAAAIAAgKAAAkQgAIAMAAAAeACAoAACRCAAgKQAAlQgAIBcAAAAeACAGAADPBAAgCwAA0AQAIA4AANEEACAQAADSBAAgEwAA1AQAICEAAJUIACCnAgEArgQAIakCAQCuBAAhswJAALEEACHAAgEArgQAIcICAgCyBAAhywIBAK4EACHMAgEArgQAIc0CAQCuBAAhzgIBAK8EACHPAgEArwQAIdACQACxBAAh0QJAALsEACHSAkAAuwQAIdMCAQCvBAAh1AIBAK4EACHVAkAAuwQAIRUGAADPBAAgCwAA0AQAIA4AANEEACAQAADSBAAgEwAA1AQAIKcCAQCuBAAhqQIBAK4EACGzAkAAsQQAIcACAQCuBAAhwgICALIEACHLAgEArgQAIcwCAQCuBAAhzQIBAK4EACHOAgEArwQAIc8CAQCvBAAh0AJAALEEACHRAkAAuwQAIdICQAC7BAAh0wIBAK8EACHUAgEArgQAIdUCQAC7BAAhDgQAAMkHACAFAADKBwAgDAAAywcAIBAAAM8HACATAADMBwAgGQAAzgcAIBoAANAHACAbAADRBwAgpwIBAAAAAbMCQAAAAAH9AgEAAAABhgMBAAAAAYcDAQAAAAGIAwEAAAABAgAAAAEAICgAAJYIACALBQAA0gYAIAwAANMGACATAADUBgAgFAAA1wYAIBgAANYGACCnAgEAAAABswJAAAAAAcICAgAAAAH9AgEAAAAB_gIBAAAAAf8CAQAAAAECAAAAiQEAICgAAJgIACADAAAAXQAgKAAAlggAICkAAJwIACAQAAAAXQAgBAAA5gYAIAUAAOcGACAMAADoBgAgEAAA7AYAIBMAAOkGACAZAADrBgAgGgAA7QYAIBsAAO4GACAhAACcCAAgpwIBAK4EACGzAkAAsQQAIf0CAQCuBAAhhgMBAK4EACGHAwEArgQAIYgDAQCuBAAhDgQAAOYGACAFAADnBgAgDAAA6AYAIBAAAOwGACATAADpBgAgGQAA6wYAIBoAAO0GACAbAADuBgAgpwIBAK4EACGzAkAAsQQAIf0CAQCuBAAhhgMBAK4EACGHAwEArgQAIYgDAQCuBAAhAwAAABAAICgAAJgIACApAACfCAAgDQAAABAAIAUAAI0GACAMAACOBgAgEwAAjwYAIBQAAJIGACAYAACRBgAgIQAAnwgAIKcCAQCuBAAhswJAALEEACHCAgIAsgQAIf0CAQCuBAAh_gIBAK4EACH_AgEArgQAIQsFAACNBgAgDAAAjgYAIBMAAI8GACAUAACSBgAgGAAAkQYAIKcCAQCuBAAhswJAALEEACHCAgIAsgQAIf0CAQCuBAAh_gIBAK4EACH_AgEArgQAIQ4EAADJBwAgBQAAygcAIAwAAMsHACAQAADPBwAgEwAAzAcAIBcAAM0HACAaAADQBwAgGwAA0QcAIKcCAQAAAAGzAkAAAAAB_QIBAAAAAYYDAQAAAAGHAwEAAAABiAMBAAAAAQIAAAABACAoAACgCAAgDAoAAOoFACAMAADsBQAgDQAA6wUAIKcCAQAAAAGzAkAAAAABwAIBAAAAAeQCAQAAAAHzAgIAAAAB9AIBAAAAAfUCAQAAAAH2AgEAAAAB9wIBAAAAAQIAAAAUACAoAACiCAAgCwUAANIGACAMAADTBgAgEwAA1AYAIBcAANUGACAYAADWBgAgpwIBAAAAAbMCQAAAAAHCAgIAAAAB_QIBAAAAAf4CAQAAAAH_AgEAAAABAgAAAIkBACAoAACkCAAgBKcCAQAAAAG_AgEAAAAByQJAAAAAAcoCQAAAAAEOBAAAyQcAIAUAAMoHACAQAADPBwAgEwAAzAcAIBcAAM0HACAZAADOBwAgGgAA0AcAIBsAANEHACCnAgEAAAABswJAAAAAAf0CAQAAAAGGAwEAAAABhwMBAAAAAYgDAQAAAAECAAAAAQAgKAAApwgAIAwKAQAAAAELAAC-BQAgpwIBAAAAAa4CAQAAAAHLAgEAAAAB7AICAAAAAe0CAQAAAAHuAgEAAAAB7wIBAAAAAfACAQAAAAHxAiAAAAAB8gIBAAAAAQIAAAAZACAoAACpCAAgDAoAAOoFACANAADrBQAgFAAA7QUAIKcCAQAAAAGzAkAAAAABwAIBAAAAAeQCAQAAAAHzAgIAAAAB9AIBAAAAAfUCAQAAAAH2AgEAAAAB9wIBAAAAAQIAAAAUACAoAACrCAAgCwUAANIGACATAADUBgAgFAAA1wYAIBcAANUGACAYAADWBgAgpwIBAAAAAbMCQAAAAAHCAgIAAAAB_QIBAAAAAf4CAQAAAAH_AgEAAAABAgAAAIkBACAoAACtCAAgFQYAAJQFACALAACVBQAgDAAAmAUAIA4AAJYFACAQAACXBQAgpwIBAAAAAakCAQAAAAGzAkAAAAABwAIBAAAAAcICAgAAAAHLAgEAAAABzAIBAAAAAc0CAQAAAAHOAgEAAAABzwIBAAAAAdACQAAAAAHRAkAAAAAB0gJAAAAAAdMCAQAAAAHUAgEAAAAB1QJAAAAAAQIAAAAgACAoAACvCAAgAwAAAB4AICgAAK8IACApAACzCAAgFwAAAB4AIAYAAM8EACALAADQBAAgDAAA0wQAIA4AANEEACAQAADSBAAgIQAAswgAIKcCAQCuBAAhqQIBAK4EACGzAkAAsQQAIcACAQCuBAAhwgICALIEACHLAgEArgQAIcwCAQCuBAAhzQIBAK4EACHOAgEArwQAIc8CAQCvBAAh0AJAALEEACHRAkAAuwQAIdICQAC7BAAh0wIBAK8EACHUAgEArgQAIdUCQAC7BAAhFQYAAM8EACALAADQBAAgDAAA0wQAIA4AANEEACAQAADSBAAgpwIBAK4EACGpAgEArgQAIbMCQACxBAAhwAIBAK4EACHCAgIAsgQAIcsCAQCuBAAhzAIBAK4EACHNAgEArgQAIc4CAQCvBAAhzwIBAK8EACHQAkAAsQQAIdECQAC7BAAh0gJAALsEACHTAgEArwQAIdQCAQCuBAAh1QJAALsEACELpwIBAAAAAakCAQAAAAGsAgEAAAABrQIBAAAAAbICAQAAAAGzAkAAAAAB2QIBAAAAAdoCQAAAAAHbAkAAAAAB3AJAAAAAAd0CAQAAAAEDAAAAXQAgKAAApwgAICkAALcIACAQAAAAXQAgBAAA5gYAIAUAAOcGACAQAADsBgAgEwAA6QYAIBcAAOoGACAZAADrBgAgGgAA7QYAIBsAAO4GACAhAAC3CAAgpwIBAK4EACGzAkAAsQQAIf0CAQCuBAAhhgMBAK4EACGHAwEArgQAIYgDAQCuBAAhDgQAAOYGACAFAADnBgAgEAAA7AYAIBMAAOkGACAXAADqBgAgGQAA6wYAIBoAAO0GACAbAADuBgAgpwIBAK4EACGzAkAAsQQAIf0CAQCuBAAhhgMBAK4EACGHAwEArgQAIYgDAQCuBAAhAwAAABcAICgAAKkIACApAAC6CAAgDgAAABcAIAoBAK4EACELAACzBQAgIQAAuggAIKcCAQCuBAAhrgIBAK4EACHLAgEArgQAIewCAgCyBAAh7QIBAK4EACHuAgEArwQAIe8CAQCvBAAh8AIBAK8EACHxAiAAsAQAIfICAQCvBAAhDAoBAK4EACELAACzBQAgpwIBAK4EACGuAgEArgQAIcsCAQCuBAAh7AICALIEACHtAgEArgQAIe4CAQCvBAAh7wIBAK8EACHwAgEArwQAIfECIACwBAAh8gIBAK8EACEDAAAAEgAgKAAAqwgAICkAAL0IACAOAAAAEgAgCgAAxQUAIA0AAMYFACAUAADIBQAgIQAAvQgAIKcCAQCuBAAhswJAALEEACHAAgEArgQAIeQCAQCuBAAh8wICALIEACH0AgEArgQAIfUCAQCuBAAh9gIBAK8EACH3AgEArwQAIQwKAADFBQAgDQAAxgUAIBQAAMgFACCnAgEArgQAIbMCQACxBAAhwAIBAK4EACHkAgEArgQAIfMCAgCyBAAh9AIBAK4EACH1AgEArgQAIfYCAQCvBAAh9wIBAK8EACEDAAAAEAAgKAAArQgAICkAAMAIACANAAAAEAAgBQAAjQYAIBMAAI8GACAUAACSBgAgFwAAkAYAIBgAAJEGACAhAADACAAgpwIBAK4EACGzAkAAsQQAIcICAgCyBAAh_QIBAK4EACH-AgEArgQAIf8CAQCuBAAhCwUAAI0GACATAACPBgAgFAAAkgYAIBcAAJAGACAYAACRBgAgpwIBAK4EACGzAkAAsQQAIcICAgCyBAAh_QIBAK4EACH-AgEArgQAIf8CAQCuBAAhGacCAQAAAAGpAgEAAAABrQIBAAAAAa4CAQAAAAGzAkAAAAABwAIBAAAAAcsCAQAAAAHaAkAAAAAB2wJAAAAAAdwCQAAAAAHdAgEAAAAB3gIBAAAAAd8CAgAAAAHgAgIAAAAB4QIBAAAAAeICAQAAAAHjAgEAAAAB5AIBAAAAAeUCAQAAAAHmAgEAAAAB5wJAAAAAAegCQAAAAAHpAgEAAAAB6gJAAAAAAesCAQAAAAEOBAAAyQcAIAUAAMoHACAMAADLBwAgEAAAzwcAIBcAAM0HACAZAADOBwAgGgAA0AcAIBsAANEHACCnAgEAAAABswJAAAAAAf0CAQAAAAGGAwEAAAABhwMBAAAAAYgDAQAAAAECAAAAAQAgKAAAwggAIB8GAACDBQAgCwAAhAUAIA8AAK0FACASAACGBQAgFQAAhQUAIKcCAQAAAAGpAgEAAAABrAIBAAAAAa0CAQAAAAGuAgEAAAABswJAAAAAAcACAQAAAAHLAgEAAAAB2gJAAAAAAdsCQAAAAAHcAkAAAAAB3QIBAAAAAd4CAQAAAAHfAgIAAAAB4AICAAAAAeECAQAAAAHiAgEAAAAB4wIBAAAAAeQCAQAAAAHlAgEAAAAB5gIBAAAAAecCQAAAAAHoAkAAAAAB6QIBAAAAAeoCQAAAAAHrAgEAAAABAgAAAA4AICgAAMQIACALBQAA0gYAIAwAANMGACAUAADXBgAgFwAA1QYAIBgAANYGACCnAgEAAAABswJAAAAAAcICAgAAAAH9AgEAAAAB_gIBAAAAAf8CAQAAAAECAAAAiQEAICgAAMYIACADAAAAXQAgKAAAwggAICkAAMoIACAQAAAAXQAgBAAA5gYAIAUAAOcGACAMAADoBgAgEAAA7AYAIBcAAOoGACAZAADrBgAgGgAA7QYAIBsAAO4GACAhAADKCAAgpwIBAK4EACGzAkAAsQQAIf0CAQCuBAAhhgMBAK4EACGHAwEArgQAIYgDAQCuBAAhDgQAAOYGACAFAADnBgAgDAAA6AYAIBAAAOwGACAXAADqBgAgGQAA6wYAIBoAAO0GACAbAADuBgAgpwIBAK4EACGzAkAAsQQAIf0CAQCuBAAhhgMBAK4EACGHAwEArgQAIYgDAQCuBAAhAwAAAAwAICgAAMQIACApAADNCAAgIQAAAAwAIAYAAPIEACALAADzBAAgDwAArAUAIBIAAPUEACAVAAD0BAAgIQAAzQgAIKcCAQCuBAAhqQIBAK4EACGsAgEArwQAIa0CAQCuBAAhrgIBAK4EACGzAkAAsQQAIcACAQCuBAAhywIBAK4EACHaAkAAuwQAIdsCQAC7BAAh3AJAALsEACHdAgEArwQAId4CAQCuBAAh3wICALIEACHgAgIAsgQAIeECAQCuBAAh4gIBAK4EACHjAgEArgQAIeQCAQCuBAAh5QIBAK4EACHmAgEArgQAIecCQACxBAAh6AJAALsEACHpAgEArwQAIeoCQAC7BAAh6wIBAK8EACEfBgAA8gQAIAsAAPMEACAPAACsBQAgEgAA9QQAIBUAAPQEACCnAgEArgQAIakCAQCuBAAhrAIBAK8EACGtAgEArgQAIa4CAQCuBAAhswJAALEEACHAAgEArgQAIcsCAQCuBAAh2gJAALsEACHbAkAAuwQAIdwCQAC7BAAh3QIBAK8EACHeAgEArgQAId8CAgCyBAAh4AICALIEACHhAgEArgQAIeICAQCuBAAh4wIBAK4EACHkAgEArgQAIeUCAQCuBAAh5gIBAK4EACHnAkAAsQQAIegCQAC7BAAh6QIBAK8EACHqAkAAuwQAIesCAQCvBAAhAwAAABAAICgAAMYIACApAADQCAAgDQAAABAAIAUAAI0GACAMAACOBgAgFAAAkgYAIBcAAJAGACAYAACRBgAgIQAA0AgAIKcCAQCuBAAhswJAALEEACHCAgIAsgQAIf0CAQCuBAAh_gIBAK4EACH_AgEArgQAIQsFAACNBgAgDAAAjgYAIBQAAJIGACAXAACQBgAgGAAAkQYAIKcCAQCuBAAhswJAALEEACHCAgIAsgQAIf0CAQCuBAAh_gIBAK4EACH_AgEArgQAIQunAgEAAAABqQIBAAAAAaoCAQAAAAGtAgEAAAABsgIBAAAAAbMCQAAAAAHZAgEAAAAB2gJAAAAAAdsCQAAAAAHcAkAAAAAB3QIBAAAAAQMAAABdACAoAACgCAAgKQAA1AgAIBAAAABdACAEAADmBgAgBQAA5wYAIAwAAOgGACAQAADsBgAgEwAA6QYAIBcAAOoGACAaAADtBgAgGwAA7gYAICEAANQIACCnAgEArgQAIbMCQACxBAAh_QIBAK4EACGGAwEArgQAIYcDAQCuBAAhiAMBAK4EACEOBAAA5gYAIAUAAOcGACAMAADoBgAgEAAA7AYAIBMAAOkGACAXAADqBgAgGgAA7QYAIBsAAO4GACCnAgEArgQAIbMCQACxBAAh_QIBAK4EACGGAwEArgQAIYcDAQCuBAAhiAMBAK4EACEDAAAAEgAgKAAAoggAICkAANcIACAOAAAAEgAgCgAAxQUAIAwAAMcFACANAADGBQAgIQAA1wgAIKcCAQCuBAAhswJAALEEACHAAgEArgQAIeQCAQCuBAAh8wICALIEACH0AgEArgQAIfUCAQCuBAAh9gIBAK8EACH3AgEArwQAIQwKAADFBQAgDAAAxwUAIA0AAMYFACCnAgEArgQAIbMCQACxBAAhwAIBAK4EACHkAgEArgQAIfMCAgCyBAAh9AIBAK4EACH1AgEArgQAIfYCAQCvBAAh9wIBAK8EACEDAAAAEAAgKAAApAgAICkAANoIACANAAAAEAAgBQAAjQYAIAwAAI4GACATAACPBgAgFwAAkAYAIBgAAJEGACAhAADaCAAgpwIBAK4EACGzAkAAsQQAIcICAgCyBAAh_QIBAK4EACH-AgEArgQAIf8CAQCuBAAhCwUAAI0GACAMAACOBgAgEwAAjwYAIBcAAJAGACAYAACRBgAgpwIBAK4EACGzAkAAsQQAIcICAgCyBAAh_QIBAK4EACH-AgEArgQAIf8CAQCuBAAhDgQAAMkHACAFAADKBwAgDAAAywcAIBMAAMwHACAXAADNBwAgGQAAzgcAIBoAANAHACAbAADRBwAgpwIBAAAAAbMCQAAAAAH9AgEAAAABhgMBAAAAAYcDAQAAAAGIAwEAAAABAgAAAAEAICgAANsIACAVBgAAlAUAIAsAAJUFACAMAACYBQAgDgAAlgUAIBMAAJkFACCnAgEAAAABqQIBAAAAAbMCQAAAAAHAAgEAAAABwgICAAAAAcsCAQAAAAHMAgEAAAABzQIBAAAAAc4CAQAAAAHPAgEAAAAB0AJAAAAAAdECQAAAAAHSAkAAAAAB0wIBAAAAAdQCAQAAAAHVAkAAAAABAgAAACAAICgAAN0IACADAAAAXQAgKAAA2wgAICkAAOEIACAQAAAAXQAgBAAA5gYAIAUAAOcGACAMAADoBgAgEwAA6QYAIBcAAOoGACAZAADrBgAgGgAA7QYAIBsAAO4GACAhAADhCAAgpwIBAK4EACGzAkAAsQQAIf0CAQCuBAAhhgMBAK4EACGHAwEArgQAIYgDAQCuBAAhDgQAAOYGACAFAADnBgAgDAAA6AYAIBMAAOkGACAXAADqBgAgGQAA6wYAIBoAAO0GACAbAADuBgAgpwIBAK4EACGzAkAAsQQAIf0CAQCuBAAhhgMBAK4EACGHAwEArgQAIYgDAQCuBAAhAwAAAB4AICgAAN0IACApAADkCAAgFwAAAB4AIAYAAM8EACALAADQBAAgDAAA0wQAIA4AANEEACATAADUBAAgIQAA5AgAIKcCAQCuBAAhqQIBAK4EACGzAkAAsQQAIcACAQCuBAAhwgICALIEACHLAgEArgQAIcwCAQCuBAAhzQIBAK4EACHOAgEArwQAIc8CAQCvBAAh0AJAALEEACHRAkAAuwQAIdICQAC7BAAh0wIBAK8EACHUAgEArgQAIdUCQAC7BAAhFQYAAM8EACALAADQBAAgDAAA0wQAIA4AANEEACATAADUBAAgpwIBAK4EACGpAgEArgQAIbMCQACxBAAhwAIBAK4EACHCAgIAsgQAIcsCAQCuBAAhzAIBAK4EACHNAgEArgQAIc4CAQCvBAAhzwIBAK8EACHQAkAAsQQAIdECQAC7BAAh0gJAALsEACHTAgEArwQAIdQCAQCuBAAh1QJAALsEACEOBAAAyQcAIAUAAMoHACAMAADLBwAgEAAAzwcAIBMAAMwHACAXAADNBwAgGQAAzgcAIBsAANEHACCnAgEAAAABswJAAAAAAf0CAQAAAAGGAwEAAAABhwMBAAAAAYgDAQAAAAECAAAAAQAgKAAA5QgAIAMAAABdACAoAADlCAAgKQAA6QgAIBAAAABdACAEAADmBgAgBQAA5wYAIAwAAOgGACAQAADsBgAgEwAA6QYAIBcAAOoGACAZAADrBgAgGwAA7gYAICEAAOkIACCnAgEArgQAIbMCQACxBAAh_QIBAK4EACGGAwEArgQAIYcDAQCuBAAhiAMBAK4EACEOBAAA5gYAIAUAAOcGACAMAADoBgAgEAAA7AYAIBMAAOkGACAXAADqBgAgGQAA6wYAIBsAAO4GACCnAgEArgQAIbMCQACxBAAh_QIBAK4EACGGAwEArgQAIYcDAQCuBAAhiAMBAK4EACEOBAAAyQcAIAUAAMoHACAMAADLBwAgEAAAzwcAIBMAAMwHACAXAADNBwAgGQAAzgcAIBoAANAHACCnAgEAAAABswJAAAAAAf0CAQAAAAGGAwEAAAABhwMBAAAAAYgDAQAAAAECAAAAAQAgKAAA6ggAIAMAAABdACAoAADqCAAgKQAA7ggAIBAAAABdACAEAADmBgAgBQAA5wYAIAwAAOgGACAQAADsBgAgEwAA6QYAIBcAAOoGACAZAADrBgAgGgAA7QYAICEAAO4IACCnAgEArgQAIbMCQACxBAAh_QIBAK4EACGGAwEArgQAIYcDAQCuBAAhiAMBAK4EACEOBAAA5gYAIAUAAOcGACAMAADoBgAgEAAA7AYAIBMAAOkGACAXAADqBgAgGQAA6wYAIBoAAO0GACCnAgEArgQAIbMCQACxBAAh_QIBAK4EACGGAwEArgQAIYcDAQCuBAAhiAMBAK4EACEKBAYCBQoDCQAVDEYFEEoME0cNF0gRGUkLGk4TG1IUAQMAAQIDAAEGAAQHBQsDCQASDA8FEzYNFD8LFzoRGD4HBwYABAkAEAsABg8zCxIAARM0DRUACQUJAA8KAAcMHQUNGgkUIQsDBxEECBUGCQAIAQgWAAMJAAoLAAYMGwUBDBwABwYABAkADgsABgwmBQ4AARAlDBMqDQIDAAEPAAsEBgAEDywLESsFEgABAwwuABAtABMvAAMMMQANMAAUMgABEzUAAgYABBYAAQYFQAAMQQATQgAURQAXQwAYRAABAwABAQMAAQkEUwAFVAAMVQAQWQATVgAXVwAZWAAaWgAbWwAAAAADCQAaLgAbLwAcAAAAAwkAGi4AGy8AHAEDAAEBAwABAwkAIS4AIi8AIwAAAAMJACEuACIvACMAAAUJACguACsvACxQAClRACoAAAAAAAUJACguACsvACxQAClRACoCAwABBgAEAgMAAQYABAMJADEuADIvADMAAAADCQAxLgAyLwAzAQfBAQQBB8cBBAMJADguADkvADoAAAADCQA4LgA5LwA6AQoABwEKAAcFCQA_LgBCLwBDUABAUQBBAAAAAAAFCQA_LgBCLwBDUABAUQBBAQsABgELAAYFCQBILgBLLwBMUABJUQBKAAAAAAAFCQBILgBLLwBMUABJUQBKBQYABAsABg-FAgsSAAEVAAkFBgAECwAGD4sCCxIAARUACQUJAFEuAFQvAFVQAFJRAFMAAAAAAAUJAFEuAFQvAFVQAFJRAFMEBgAED54CCxGdAgUSAAEEBgAED6UCCxGkAgUSAAEDCQBaLgBbLwBcAAAAAwkAWi4AWy8AXAIGAAQWAAECBgAEFgABBQkAYS4AZC8AZVAAYlEAYwAAAAAABQkAYS4AZC8AZVAAYlEAYwMGAAQLAAYOAAEDBgAECwAGDgABBQkAai4AbS8AblAAa1EAbAAAAAAABQkAai4AbS8AblAAa1EAbAIDAAEPAAsCAwABDwALAwkAcy4AdC8AdQAAAAMJAHMuAHQvAHUBAwABAQMAAQMJAHouAHsvAHwAAAADCQB6LgB7LwB8AQMAAQEDAAEDCQCBAS4AggEvAIMBAAAAAwkAgQEuAIIBLwCDAQAAAAUJAIkBLgCMAS8AjQFQAIoBUQCLAQAAAAAABQkAiQEuAIwBLwCNAVAAigFRAIsBAAAABQkAkwEuAJYBLwCXAVAAlAFRAJUBAAAAAAAFCQCTAS4AlgEvAJcBUACUAVEAlQEcAgEdXAEeXwEfYAEgYQEiYwEjZRYkZhclaAEmahYnaxgqbAErbQEsbhYwcRkxch0ycwIzdAI0dQI1dgI2dwI3eQI4exY5fB46fgI7gAEWPIEBHz2CAQI-gwECP4QBFkCHASBBiAEkQooBBEOLAQREjQEERY4BBEaPAQRHkQEESJMBFkmUASVKlgEES5gBFkyZASZNmgEETpsBBE-cARZSnwEnU6ABLVShAQNVogEDVqMBA1ekAQNYpQEDWacBA1qpARZbqgEuXKwBA12uARZerwEvX7ABA2CxAQNhsgEWYrUBMGO2ATRktwEHZbgBB2a5AQdnugEHaLsBB2m9AQdqvwEWa8ABNWzDAQdtxQEWbsYBNm_IAQdwyQEHccoBFnLNATdzzgE7dM8BBnXQAQZ20QEGd9IBBnjTAQZ51QEGetcBFnvYATx82gEGfdwBFn7dAT1_3gEGgAHfAQaBAeABFoIB4wE-gwHkAUSEAeUBCYUB5gEJhgHnAQmHAegBCYgB6QEJiQHrAQmKAe0BFosB7gFFjAHwAQmNAfIBFo4B8wFGjwH0AQmQAfUBCZEB9gEWkgH5AUeTAfoBTZQB-wEFlQH8AQWWAf0BBZcB_gEFmAH_AQWZAYECBZoBgwIWmwGEAk6cAYcCBZ0BiQIWngGKAk-fAYwCBaABjQIFoQGOAhaiAZECUKMBkgJWpAGTAg2lAZQCDaYBlQINpwGWAg2oAZcCDakBmQINqgGbAharAZwCV6wBoAINrQGiAhauAaMCWK8BpgINsAGnAg2xAagCFrIBqwJZswGsAl20Aa0CEbUBrgIRtgGvAhG3AbACEbgBsQIRuQGzAhG6AbUCFrsBtgJevAG4AhG9AboCFr4BuwJfvwG8AhHAAb0CEcEBvgIWwgHBAmDDAcICZsQBwwILxQHEAgvGAcUCC8cBxgILyAHHAgvJAckCC8oBywIWywHMAmfMAc4CC80B0AIWzgHRAmjPAdICC9AB0wIL0QHUAhbSAdcCadMB2AJv1AHZAgzVAdoCDNYB2wIM1wHcAgzYAd0CDNkB3wIM2gHhAhbbAeICcNwB5AIM3QHmAhbeAecCcd8B6AIM4AHpAgzhAeoCFuIB7QJy4wHuAnbkAe8CE-UB8AIT5gHxAhPnAfICE-gB8wIT6QH1AhPqAfcCFusB-AJ37AH6AhPtAfwCFu4B_QJ47wH-AhPwAf8CE_EBgAMW8gGDA3nzAYQDffQBhQMU9QGGAxT2AYcDFPcBiAMU-AGJAxT5AYsDFPoBjQMW-wGOA378AZADFP0BkgMW_gGTA3__AZQDFIAClQMUgQKWAxaCApkDgAGDApoDhAGEApwDhQGFAp0DhQGGAqADhQGHAqEDhQGIAqIDhQGJAqQDhQGKAqYDFosCpwOGAYwCqQOFAY0CqwMWjgKsA4cBjwKtA4UBkAKuA4UBkQKvAxaSArIDiAGTArMDjgGUArUDjwGVArYDjwGWArkDjwGXAroDjwGYArsDjwGZAr0DjwGaAr8DFpsCwAOQAZwCwgOPAZ0CxAMWngLFA5EBnwLGA48BoALHA48BoQLIAxaiAssDkgGjAswDmAE"
};
async function decodeBase64AsWasm(wasmBase64) {
  const { Buffer } = await import("node:buffer");
  const wasmArray = Buffer.from(wasmBase64, "base64");
  return new WebAssembly.Module(wasmArray);
}
config.compilerWasm = {
  getRuntime: async () => await import("@prisma/client/runtime/query_compiler_fast_bg.sqlite.mjs"),
  getQueryCompilerWasmModule: async () => {
    const { wasm } = await import("@prisma/client/runtime/query_compiler_fast_bg.sqlite.wasm-base64.mjs");
    return await decodeBase64AsWasm(wasm);
  },
  importName: "./query_compiler_fast_bg.js"
};
function getPrismaClientClass() {
  return runtime.getPrismaClient(config);
}

// lib/db/generated/sqlite/internal/prismaNamespace.ts
import * as runtime2 from "@prisma/client/runtime/client";
var getExtensionContext = runtime2.Extensions.getExtensionContext;
var NullTypes2 = {
  DbNull: runtime2.NullTypes.DbNull,
  JsonNull: runtime2.NullTypes.JsonNull,
  AnyNull: runtime2.NullTypes.AnyNull
};
var TransactionIsolationLevel = runtime2.makeStrictEnum({
  Serializable: "Serializable"
});
var defineExtension = runtime2.Extensions.defineExtension;

// lib/db/generated/sqlite/client.ts
globalThis["__dirname"] = path3.dirname(fileURLToPath(import.meta.url));
var PrismaClient = getPrismaClientClass();

// lib/db/generated/postgres/client.ts
import * as path4 from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// lib/db/generated/postgres/internal/class.ts
import * as runtime3 from "@prisma/client/runtime/client";
var config2 = {
  "previewFeatures": [],
  "clientVersion": "7.10.1",
  "engineVersion": "d1b3f377ca835d73fd50954a5e22128b9ebdd6b8",
  "activeProvider": "postgresql",
  "inlineSchema": '// GENERATED from prisma/schema.prisma by scripts/prisma-schemas.mjs: do not edit.\n// Gongdu\'s data model. The models here are written once; the PostgreSQL schema is derived from this file by\n// scripts/prisma-generate.mjs (a generated Prisma client is tied to one provider, see ../shared/STACK.md).\n// Migrations are plain SQL in prisma/migrations, written with `npm run db:migration <name>` and applied at start-up\n// by lib/db/migrate.ts (Prisma 7\'s own migrate commands need an engine download this network does not allow).\n\ngenerator client {\n  provider     = "prisma-client"\n  output       = "./postgres"\n  moduleFormat = "esm"\n}\n\ndatasource db {\n  provider = "postgresql"\n}\n\nmodel User {\n  id           String   @id @default(cuid())\n  email        String   @unique\n  name         String\n  passwordHash String\n  locale       String   @default("zh-CN")\n  createdAt    DateTime @default(now())\n\n  tokens        ApiToken[]\n  memberships   Membership[]\n  annotations   Annotation[]\n  comments      Comment[]\n  events        Event[]\n  ledSessions   StudySession[] @relation("SessionLeader")\n  attendance    Attendance[]\n  reactions     Reaction[]\n  notifications Notification[]\n}\n\n/// A personal API token. Only the SHA-256 of the secret is kept; `prefix` lets a user recognise it in a list.\nmodel ApiToken {\n  id         String    @id @default(cuid())\n  userId     String\n  name       String\n  prefix     String\n  tokenHash  String    @unique\n  createdAt  DateTime  @default(now())\n  lastUsedAt DateTime?\n  revokedAt  DateTime?\n\n  user User @relation(fields: [userId], references: [id], onDelete: Cascade)\n\n  @@index([userId])\n}\n\n/// A study group (\u5B66\u4E60\u5C0F\u7EC4). `lastSeq` is the last sequence number handed out for the group\'s event log.\nmodel Group {\n  id          String   @id @default(cuid())\n  name        String\n  description String   @default("")\n  joinCode    String   @unique\n  lastSeq     Int      @default(0)\n  createdAt   DateTime @default(now())\n\n  memberships Membership[]\n  annotations Annotation[]\n  comments    Comment[]\n  events      Event[]\n  texts       Text[]\n  sessions    StudySession[]\n}\n\nmodel Membership {\n  id       String   @id @default(cuid())\n  groupId  String\n  userId   String\n  /// owner | leader | member\n  role     String   @default("member")\n  joinedAt DateTime @default(now())\n\n  group Group @relation(fields: [groupId], references: [id], onDelete: Cascade)\n  user  User  @relation(fields: [userId], references: [id], onDelete: Cascade)\n\n  @@unique([groupId, userId])\n  @@index([userId])\n}\n\n/// A work in a library. `ownerGroupId` is null for the starting library, shared by every group.\nmodel Text {\n  id           String   @id @default(cuid())\n  slug         String   @unique\n  title        String\n  subtitle     String?\n  byline       String?\n  language     String   @default("zh-CN")\n  /// book metadata as JSON: isbn, publisher, cover lines, CIP, colophon, the printed table of contents\n  metadata     String   @default("{}")\n  ownerGroupId String?\n  createdAt    DateTime @default(now())\n\n  ownerGroup Group?        @relation(fields: [ownerGroupId], references: [id])\n  versions   TextVersion[]\n}\n\n/// One version of a text: the exact source and its hash. Old versions are never rewritten.\nmodel TextVersion {\n  id          String   @id @default(cuid())\n  textId      String\n  number      Int\n  sourceHash  String\n  source      String\n  note        String   @default("")\n  createdById String?\n  createdAt   DateTime @default(now())\n\n  /// the revision report (JSON: stayed, moved, orphaned counts and ids) when this version was made by revising\n  report String?\n\n  text        Text           @relation(fields: [textId], references: [id], onDelete: Cascade)\n  blocks      Block[]\n  annotations Annotation[]\n  sessions    StudySession[]\n\n  @@unique([textId, number])\n  @@unique([textId, sourceHash])\n}\n\n/// A heading or paragraph of one text version. `id` is derived from the text, version and path, so a re-import\n/// of the same source yields the same ids; `path` (e.g. "pt1/ch1/s2/ss3") is the block\'s place in the outline.\nmodel Block {\n  id        String  @id\n  versionId String\n  ordinal   Int\n  path      String\n  /// heading | paragraph\n  kind      String\n  /// part | chapter | section | subsection (headings only)\n  level     String?\n  label     String?\n  text      String\n  subtitle  String?\n  runIn     Boolean @default(false)\n  role      String?\n\n  version     TextVersion  @relation(fields: [versionId], references: [id], onDelete: Cascade)\n  annotations Annotation[]\n\n  @@unique([versionId, path])\n  @@index([versionId, ordinal])\n}\n\n/// A highlight (with an optional note) on one block. Offsets are Unicode code points within the block\'s text;\n/// exact/prefix/suffix are the W3C TextQuoteSelector, start/end the TextPositionSelector.\nmodel Annotation {\n  id             String    @id\n  groupId        String\n  textId         String\n  versionId      String\n  blockId        String\n  authorId       String\n  start          Int\n  end            Int\n  exact          String\n  prefix         String\n  suffix         String\n  /// key (\u91CD\u70B9) | question (\u7591\u95EE) | insight (\u4F53\u4F1A)\n  kind           String\n  note           String    @default("")\n  /// group | private\n  visibility     String\n  /// anchored | orphaned\n  status         String    @default("anchored")\n  sessionId      String?\n  createdAt      DateTime  @default(now())\n  updatedAt      DateTime  @updatedAt\n  editedAt       DateTime?\n  deletedAt      DateTime?\n  /// the thread was marked resolved (by its author or a leader)\n  resolvedAt     DateTime?\n  resolvedById   String?\n  /// pinned by a leader to the top of the session\'s threads\n  pinnedAt       DateTime?\n  /// hidden by a leader as improper: members no longer see it, leaders see it with a marker\n  hiddenAt       DateTime?\n  hiddenById     String?\n  /// the anchor before the last revision that moved or orphaned it (JSON: versionId, blockId, path, start, end)\n  previousAnchor String?\n\n  group    Group         @relation(fields: [groupId], references: [id], onDelete: Cascade)\n  version  TextVersion   @relation(fields: [versionId], references: [id])\n  block    Block         @relation(fields: [blockId], references: [id])\n  author   User          @relation(fields: [authorId], references: [id])\n  session  StudySession? @relation(fields: [sessionId], references: [id])\n  comments Comment[]\n\n  @@index([groupId, textId])\n  @@index([authorId])\n  @@index([sessionId])\n}\n\n/// A reply in an annotation\'s thread, or (annotationId null, sessionId set) a session-level reflection (\u4F53\u4F1A).\n/// A deleted reply keeps its row (deletedAt) so the thread keeps its shape.\nmodel Comment {\n  id           String    @id\n  groupId      String\n  annotationId String?\n  sessionId    String?\n  parentId     String?\n  authorId     String\n  body         String\n  createdAt    DateTime  @default(now())\n  editedAt     DateTime?\n  deletedAt    DateTime?\n  hiddenAt     DateTime?\n  hiddenById   String?\n\n  group      Group         @relation(fields: [groupId], references: [id], onDelete: Cascade)\n  annotation Annotation?   @relation(fields: [annotationId], references: [id])\n  session    StudySession? @relation(fields: [sessionId], references: [id])\n  author     User          @relation(fields: [authorId], references: [id])\n\n  @@index([annotationId])\n  @@index([sessionId])\n  @@index([groupId, authorId])\n}\n\n/// The durable, ordered log of every change in a group: `seq` is strictly increasing per group with no gaps.\n/// `private` events (changes to private annotations) are only ever delivered to their actor.\nmodel Event {\n  id         String   @id @default(cuid())\n  groupId    String\n  seq        Int\n  /// the per-session sequence number, for events that happened in a session\n  sessionSeq Int?\n  type       String\n  actorId    String\n  sessionId  String?\n  isPrivate  Boolean  @default(false)\n  payload    String\n  createdAt  DateTime @default(now())\n\n  group Group @relation(fields: [groupId], references: [id], onDelete: Cascade)\n  actor User  @relation(fields: [actorId], references: [id])\n\n  @@unique([groupId, seq])\n  @@unique([sessionId, sessionSeq])\n}\n\n/// A group\'s study meeting on one text version, optionally a range of its outline (paths of first/last heading).\nmodel StudySession {\n  id               String    @id @default(cuid())\n  groupId          String\n  textId           String\n  versionId        String\n  title            String\n  leaderId         String\n  rangeStart       String?\n  rangeEnd         String?\n  scheduledAt      DateTime\n  startedAt        DateTime?\n  endedAt          DateTime?\n  /// the block the leader is reading now (follow-the-leader, \u8DDF\u5B66)\n  currentBlockId   String?\n  /// the leader\'s summary for the minutes (\u5B66\u4E60\u8BB0\u5F55)\n  summary          String    @default("")\n  summaryUpdatedAt DateTime?\n  /// the last per-session sequence number handed out (the session\'s slice of the event log, gapless)\n  lastSeq          Int       @default(0)\n  createdAt        DateTime  @default(now())\n\n  group       Group        @relation(fields: [groupId], references: [id], onDelete: Cascade)\n  version     TextVersion  @relation(fields: [versionId], references: [id])\n  leader      User         @relation("SessionLeader", fields: [leaderId], references: [id])\n  attendance  Attendance[]\n  annotations Annotation[]\n  comments    Comment[]\n\n  @@index([groupId, scheduledAt])\n}\n\n/// One interval of presence of a member in a session (\u7B7E\u5230): a member who drops and comes back has several.\nmodel Attendance {\n  id        String    @id @default(cuid())\n  sessionId String\n  userId    String\n  joinedAt  DateTime  @default(now())\n  leftAt    DateTime?\n\n  session StudySession @relation(fields: [sessionId], references: [id], onDelete: Cascade)\n  user    User         @relation(fields: [userId], references: [id])\n\n  @@index([sessionId, userId])\n}\n\n/// One reaction per user, kind and target (an annotation or a comment).\nmodel Reaction {\n  id         String   @id @default(cuid())\n  groupId    String\n  targetType String\n  targetId   String\n  userId     String\n  /// agree (\u8D5E\u540C) | same-question (\u540C\u95EE)\n  kind       String\n  createdAt  DateTime @default(now())\n\n  user User @relation(fields: [userId], references: [id])\n\n  @@unique([targetType, targetId, userId, kind])\n  @@index([targetId])\n}\n\n/// Something for one user to see: mentioned, replied to, a session started. Read or not.\nmodel Notification {\n  id        String    @id @default(cuid())\n  userId    String\n  groupId   String\n  type      String\n  payload   String\n  createdAt DateTime  @default(now())\n  readAt    DateTime?\n\n  user User @relation(fields: [userId], references: [id], onDelete: Cascade)\n\n  @@index([userId, readAt])\n}\n\n/// When a member last looked at a text in a group: activity after it is "unread".\nmodel ReadingVisit {\n  userId    String\n  groupId   String\n  textId    String\n  visitedAt DateTime @default(now())\n  lastSeq   Int      @default(0)\n\n  @@id([userId, groupId, textId])\n}\n\n/// One searchable item of a group: an annotation (its quote and note) or a comment (reply or reflection).\n/// Its words are also in the FTS5 table `search_fts` (rowid = id), created by raw SQL in the migration\n/// (Prisma cannot model virtual tables). Kept in step by lib/services/search-index.ts inside each write.\nmodel SearchDoc {\n  id           Int      @id @default(autoincrement())\n  /// "a:<annotationId>" or "c:<commentId>"\n  key          String   @unique\n  groupId      String\n  annotationId String?\n  commentId    String?\n  sessionId    String?\n  authorId     String\n  /// the annotation\'s kind (for a comment: its thread\'s)\n  kind         String?\n  isPrivate    Boolean\n  isHidden     Boolean  @default(false)\n  quote        String   @default("")\n  body         String   @default("")\n  createdAt    DateTime\n\n  @@index([groupId, createdAt])\n}\n',
  "runtimeDataModel": {
    "models": {},
    "enums": {},
    "types": {}
  },
  "parameterizationSchema": {
    "strings": [],
    "graph": ""
  }
};
config2.runtimeDataModel = JSON.parse('{"models":{"User":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"email","kind":"scalar","type":"String"},{"name":"name","kind":"scalar","type":"String"},{"name":"passwordHash","kind":"scalar","type":"String"},{"name":"locale","kind":"scalar","type":"String"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"tokens","kind":"object","type":"ApiToken","relationName":"ApiTokenToUser"},{"name":"memberships","kind":"object","type":"Membership","relationName":"MembershipToUser"},{"name":"annotations","kind":"object","type":"Annotation","relationName":"AnnotationToUser"},{"name":"comments","kind":"object","type":"Comment","relationName":"CommentToUser"},{"name":"events","kind":"object","type":"Event","relationName":"EventToUser"},{"name":"ledSessions","kind":"object","type":"StudySession","relationName":"SessionLeader"},{"name":"attendance","kind":"object","type":"Attendance","relationName":"AttendanceToUser"},{"name":"reactions","kind":"object","type":"Reaction","relationName":"ReactionToUser"},{"name":"notifications","kind":"object","type":"Notification","relationName":"NotificationToUser"}],"dbName":null,"schema":null},"ApiToken":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"userId","kind":"scalar","type":"String"},{"name":"name","kind":"scalar","type":"String"},{"name":"prefix","kind":"scalar","type":"String"},{"name":"tokenHash","kind":"scalar","type":"String"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"lastUsedAt","kind":"scalar","type":"DateTime"},{"name":"revokedAt","kind":"scalar","type":"DateTime"},{"name":"user","kind":"object","type":"User","relationName":"ApiTokenToUser"}],"dbName":null,"schema":null},"Group":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"name","kind":"scalar","type":"String"},{"name":"description","kind":"scalar","type":"String"},{"name":"joinCode","kind":"scalar","type":"String"},{"name":"lastSeq","kind":"scalar","type":"Int"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"memberships","kind":"object","type":"Membership","relationName":"GroupToMembership"},{"name":"annotations","kind":"object","type":"Annotation","relationName":"AnnotationToGroup"},{"name":"comments","kind":"object","type":"Comment","relationName":"CommentToGroup"},{"name":"events","kind":"object","type":"Event","relationName":"EventToGroup"},{"name":"texts","kind":"object","type":"Text","relationName":"GroupToText"},{"name":"sessions","kind":"object","type":"StudySession","relationName":"GroupToStudySession"}],"dbName":null,"schema":null},"Membership":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"groupId","kind":"scalar","type":"String"},{"name":"userId","kind":"scalar","type":"String"},{"name":"role","kind":"scalar","type":"String"},{"name":"joinedAt","kind":"scalar","type":"DateTime"},{"name":"group","kind":"object","type":"Group","relationName":"GroupToMembership"},{"name":"user","kind":"object","type":"User","relationName":"MembershipToUser"}],"dbName":null,"schema":null},"Text":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"slug","kind":"scalar","type":"String"},{"name":"title","kind":"scalar","type":"String"},{"name":"subtitle","kind":"scalar","type":"String"},{"name":"byline","kind":"scalar","type":"String"},{"name":"language","kind":"scalar","type":"String"},{"name":"metadata","kind":"scalar","type":"String"},{"name":"ownerGroupId","kind":"scalar","type":"String"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"ownerGroup","kind":"object","type":"Group","relationName":"GroupToText"},{"name":"versions","kind":"object","type":"TextVersion","relationName":"TextToTextVersion"}],"dbName":null,"schema":null},"TextVersion":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"textId","kind":"scalar","type":"String"},{"name":"number","kind":"scalar","type":"Int"},{"name":"sourceHash","kind":"scalar","type":"String"},{"name":"source","kind":"scalar","type":"String"},{"name":"note","kind":"scalar","type":"String"},{"name":"createdById","kind":"scalar","type":"String"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"report","kind":"scalar","type":"String"},{"name":"text","kind":"object","type":"Text","relationName":"TextToTextVersion"},{"name":"blocks","kind":"object","type":"Block","relationName":"BlockToTextVersion"},{"name":"annotations","kind":"object","type":"Annotation","relationName":"AnnotationToTextVersion"},{"name":"sessions","kind":"object","type":"StudySession","relationName":"StudySessionToTextVersion"}],"dbName":null,"schema":null},"Block":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"versionId","kind":"scalar","type":"String"},{"name":"ordinal","kind":"scalar","type":"Int"},{"name":"path","kind":"scalar","type":"String"},{"name":"kind","kind":"scalar","type":"String"},{"name":"level","kind":"scalar","type":"String"},{"name":"label","kind":"scalar","type":"String"},{"name":"text","kind":"scalar","type":"String"},{"name":"subtitle","kind":"scalar","type":"String"},{"name":"runIn","kind":"scalar","type":"Boolean"},{"name":"role","kind":"scalar","type":"String"},{"name":"version","kind":"object","type":"TextVersion","relationName":"BlockToTextVersion"},{"name":"annotations","kind":"object","type":"Annotation","relationName":"AnnotationToBlock"}],"dbName":null,"schema":null},"Annotation":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"groupId","kind":"scalar","type":"String"},{"name":"textId","kind":"scalar","type":"String"},{"name":"versionId","kind":"scalar","type":"String"},{"name":"blockId","kind":"scalar","type":"String"},{"name":"authorId","kind":"scalar","type":"String"},{"name":"start","kind":"scalar","type":"Int"},{"name":"end","kind":"scalar","type":"Int"},{"name":"exact","kind":"scalar","type":"String"},{"name":"prefix","kind":"scalar","type":"String"},{"name":"suffix","kind":"scalar","type":"String"},{"name":"kind","kind":"scalar","type":"String"},{"name":"note","kind":"scalar","type":"String"},{"name":"visibility","kind":"scalar","type":"String"},{"name":"status","kind":"scalar","type":"String"},{"name":"sessionId","kind":"scalar","type":"String"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"updatedAt","kind":"scalar","type":"DateTime"},{"name":"editedAt","kind":"scalar","type":"DateTime"},{"name":"deletedAt","kind":"scalar","type":"DateTime"},{"name":"resolvedAt","kind":"scalar","type":"DateTime"},{"name":"resolvedById","kind":"scalar","type":"String"},{"name":"pinnedAt","kind":"scalar","type":"DateTime"},{"name":"hiddenAt","kind":"scalar","type":"DateTime"},{"name":"hiddenById","kind":"scalar","type":"String"},{"name":"previousAnchor","kind":"scalar","type":"String"},{"name":"group","kind":"object","type":"Group","relationName":"AnnotationToGroup"},{"name":"version","kind":"object","type":"TextVersion","relationName":"AnnotationToTextVersion"},{"name":"block","kind":"object","type":"Block","relationName":"AnnotationToBlock"},{"name":"author","kind":"object","type":"User","relationName":"AnnotationToUser"},{"name":"session","kind":"object","type":"StudySession","relationName":"AnnotationToStudySession"},{"name":"comments","kind":"object","type":"Comment","relationName":"AnnotationToComment"}],"dbName":null,"schema":null},"Comment":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"groupId","kind":"scalar","type":"String"},{"name":"annotationId","kind":"scalar","type":"String"},{"name":"sessionId","kind":"scalar","type":"String"},{"name":"parentId","kind":"scalar","type":"String"},{"name":"authorId","kind":"scalar","type":"String"},{"name":"body","kind":"scalar","type":"String"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"editedAt","kind":"scalar","type":"DateTime"},{"name":"deletedAt","kind":"scalar","type":"DateTime"},{"name":"hiddenAt","kind":"scalar","type":"DateTime"},{"name":"hiddenById","kind":"scalar","type":"String"},{"name":"group","kind":"object","type":"Group","relationName":"CommentToGroup"},{"name":"annotation","kind":"object","type":"Annotation","relationName":"AnnotationToComment"},{"name":"session","kind":"object","type":"StudySession","relationName":"CommentToStudySession"},{"name":"author","kind":"object","type":"User","relationName":"CommentToUser"}],"dbName":null,"schema":null},"Event":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"groupId","kind":"scalar","type":"String"},{"name":"seq","kind":"scalar","type":"Int"},{"name":"sessionSeq","kind":"scalar","type":"Int"},{"name":"type","kind":"scalar","type":"String"},{"name":"actorId","kind":"scalar","type":"String"},{"name":"sessionId","kind":"scalar","type":"String"},{"name":"isPrivate","kind":"scalar","type":"Boolean"},{"name":"payload","kind":"scalar","type":"String"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"group","kind":"object","type":"Group","relationName":"EventToGroup"},{"name":"actor","kind":"object","type":"User","relationName":"EventToUser"}],"dbName":null,"schema":null},"StudySession":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"groupId","kind":"scalar","type":"String"},{"name":"textId","kind":"scalar","type":"String"},{"name":"versionId","kind":"scalar","type":"String"},{"name":"title","kind":"scalar","type":"String"},{"name":"leaderId","kind":"scalar","type":"String"},{"name":"rangeStart","kind":"scalar","type":"String"},{"name":"rangeEnd","kind":"scalar","type":"String"},{"name":"scheduledAt","kind":"scalar","type":"DateTime"},{"name":"startedAt","kind":"scalar","type":"DateTime"},{"name":"endedAt","kind":"scalar","type":"DateTime"},{"name":"currentBlockId","kind":"scalar","type":"String"},{"name":"summary","kind":"scalar","type":"String"},{"name":"summaryUpdatedAt","kind":"scalar","type":"DateTime"},{"name":"lastSeq","kind":"scalar","type":"Int"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"group","kind":"object","type":"Group","relationName":"GroupToStudySession"},{"name":"version","kind":"object","type":"TextVersion","relationName":"StudySessionToTextVersion"},{"name":"leader","kind":"object","type":"User","relationName":"SessionLeader"},{"name":"attendance","kind":"object","type":"Attendance","relationName":"AttendanceToStudySession"},{"name":"annotations","kind":"object","type":"Annotation","relationName":"AnnotationToStudySession"},{"name":"comments","kind":"object","type":"Comment","relationName":"CommentToStudySession"}],"dbName":null,"schema":null},"Attendance":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"sessionId","kind":"scalar","type":"String"},{"name":"userId","kind":"scalar","type":"String"},{"name":"joinedAt","kind":"scalar","type":"DateTime"},{"name":"leftAt","kind":"scalar","type":"DateTime"},{"name":"session","kind":"object","type":"StudySession","relationName":"AttendanceToStudySession"},{"name":"user","kind":"object","type":"User","relationName":"AttendanceToUser"}],"dbName":null,"schema":null},"Reaction":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"groupId","kind":"scalar","type":"String"},{"name":"targetType","kind":"scalar","type":"String"},{"name":"targetId","kind":"scalar","type":"String"},{"name":"userId","kind":"scalar","type":"String"},{"name":"kind","kind":"scalar","type":"String"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"user","kind":"object","type":"User","relationName":"ReactionToUser"}],"dbName":null,"schema":null},"Notification":{"fields":[{"name":"id","kind":"scalar","type":"String"},{"name":"userId","kind":"scalar","type":"String"},{"name":"groupId","kind":"scalar","type":"String"},{"name":"type","kind":"scalar","type":"String"},{"name":"payload","kind":"scalar","type":"String"},{"name":"createdAt","kind":"scalar","type":"DateTime"},{"name":"readAt","kind":"scalar","type":"DateTime"},{"name":"user","kind":"object","type":"User","relationName":"NotificationToUser"}],"dbName":null,"schema":null},"ReadingVisit":{"fields":[{"name":"userId","kind":"scalar","type":"String"},{"name":"groupId","kind":"scalar","type":"String"},{"name":"textId","kind":"scalar","type":"String"},{"name":"visitedAt","kind":"scalar","type":"DateTime"},{"name":"lastSeq","kind":"scalar","type":"Int"}],"dbName":null,"schema":null},"SearchDoc":{"fields":[{"name":"id","kind":"scalar","type":"Int"},{"name":"key","kind":"scalar","type":"String"},{"name":"groupId","kind":"scalar","type":"String"},{"name":"annotationId","kind":"scalar","type":"String"},{"name":"commentId","kind":"scalar","type":"String"},{"name":"sessionId","kind":"scalar","type":"String"},{"name":"authorId","kind":"scalar","type":"String"},{"name":"kind","kind":"scalar","type":"String"},{"name":"isPrivate","kind":"scalar","type":"Boolean"},{"name":"isHidden","kind":"scalar","type":"Boolean"},{"name":"quote","kind":"scalar","type":"String"},{"name":"body","kind":"scalar","type":"String"},{"name":"createdAt","kind":"scalar","type":"DateTime"}],"dbName":null,"schema":null}},"enums":{},"types":{}}');
config2.parameterizationSchema = {
  strings: JSON.parse('["where","orderBy","cursor","user","tokens","memberships","group","ownerGroup","versions","_count","text","version","annotations","blocks","leader","session","attendance","annotation","author","comments","sessions","block","actor","events","texts","ledSessions","reactions","notifications","User.findUnique","User.findUniqueOrThrow","User.findFirst","User.findFirstOrThrow","User.findMany","data","User.createOne","User.createMany","User.createManyAndReturn","User.updateOne","User.updateMany","User.updateManyAndReturn","create","update","User.upsertOne","User.deleteOne","User.deleteMany","having","_min","_max","User.groupBy","User.aggregate","ApiToken.findUnique","ApiToken.findUniqueOrThrow","ApiToken.findFirst","ApiToken.findFirstOrThrow","ApiToken.findMany","ApiToken.createOne","ApiToken.createMany","ApiToken.createManyAndReturn","ApiToken.updateOne","ApiToken.updateMany","ApiToken.updateManyAndReturn","ApiToken.upsertOne","ApiToken.deleteOne","ApiToken.deleteMany","ApiToken.groupBy","ApiToken.aggregate","Group.findUnique","Group.findUniqueOrThrow","Group.findFirst","Group.findFirstOrThrow","Group.findMany","Group.createOne","Group.createMany","Group.createManyAndReturn","Group.updateOne","Group.updateMany","Group.updateManyAndReturn","Group.upsertOne","Group.deleteOne","Group.deleteMany","_avg","_sum","Group.groupBy","Group.aggregate","Membership.findUnique","Membership.findUniqueOrThrow","Membership.findFirst","Membership.findFirstOrThrow","Membership.findMany","Membership.createOne","Membership.createMany","Membership.createManyAndReturn","Membership.updateOne","Membership.updateMany","Membership.updateManyAndReturn","Membership.upsertOne","Membership.deleteOne","Membership.deleteMany","Membership.groupBy","Membership.aggregate","Text.findUnique","Text.findUniqueOrThrow","Text.findFirst","Text.findFirstOrThrow","Text.findMany","Text.createOne","Text.createMany","Text.createManyAndReturn","Text.updateOne","Text.updateMany","Text.updateManyAndReturn","Text.upsertOne","Text.deleteOne","Text.deleteMany","Text.groupBy","Text.aggregate","TextVersion.findUnique","TextVersion.findUniqueOrThrow","TextVersion.findFirst","TextVersion.findFirstOrThrow","TextVersion.findMany","TextVersion.createOne","TextVersion.createMany","TextVersion.createManyAndReturn","TextVersion.updateOne","TextVersion.updateMany","TextVersion.updateManyAndReturn","TextVersion.upsertOne","TextVersion.deleteOne","TextVersion.deleteMany","TextVersion.groupBy","TextVersion.aggregate","Block.findUnique","Block.findUniqueOrThrow","Block.findFirst","Block.findFirstOrThrow","Block.findMany","Block.createOne","Block.createMany","Block.createManyAndReturn","Block.updateOne","Block.updateMany","Block.updateManyAndReturn","Block.upsertOne","Block.deleteOne","Block.deleteMany","Block.groupBy","Block.aggregate","Annotation.findUnique","Annotation.findUniqueOrThrow","Annotation.findFirst","Annotation.findFirstOrThrow","Annotation.findMany","Annotation.createOne","Annotation.createMany","Annotation.createManyAndReturn","Annotation.updateOne","Annotation.updateMany","Annotation.updateManyAndReturn","Annotation.upsertOne","Annotation.deleteOne","Annotation.deleteMany","Annotation.groupBy","Annotation.aggregate","Comment.findUnique","Comment.findUniqueOrThrow","Comment.findFirst","Comment.findFirstOrThrow","Comment.findMany","Comment.createOne","Comment.createMany","Comment.createManyAndReturn","Comment.updateOne","Comment.updateMany","Comment.updateManyAndReturn","Comment.upsertOne","Comment.deleteOne","Comment.deleteMany","Comment.groupBy","Comment.aggregate","Event.findUnique","Event.findUniqueOrThrow","Event.findFirst","Event.findFirstOrThrow","Event.findMany","Event.createOne","Event.createMany","Event.createManyAndReturn","Event.updateOne","Event.updateMany","Event.updateManyAndReturn","Event.upsertOne","Event.deleteOne","Event.deleteMany","Event.groupBy","Event.aggregate","StudySession.findUnique","StudySession.findUniqueOrThrow","StudySession.findFirst","StudySession.findFirstOrThrow","StudySession.findMany","StudySession.createOne","StudySession.createMany","StudySession.createManyAndReturn","StudySession.updateOne","StudySession.updateMany","StudySession.updateManyAndReturn","StudySession.upsertOne","StudySession.deleteOne","StudySession.deleteMany","StudySession.groupBy","StudySession.aggregate","Attendance.findUnique","Attendance.findUniqueOrThrow","Attendance.findFirst","Attendance.findFirstOrThrow","Attendance.findMany","Attendance.createOne","Attendance.createMany","Attendance.createManyAndReturn","Attendance.updateOne","Attendance.updateMany","Attendance.updateManyAndReturn","Attendance.upsertOne","Attendance.deleteOne","Attendance.deleteMany","Attendance.groupBy","Attendance.aggregate","Reaction.findUnique","Reaction.findUniqueOrThrow","Reaction.findFirst","Reaction.findFirstOrThrow","Reaction.findMany","Reaction.createOne","Reaction.createMany","Reaction.createManyAndReturn","Reaction.updateOne","Reaction.updateMany","Reaction.updateManyAndReturn","Reaction.upsertOne","Reaction.deleteOne","Reaction.deleteMany","Reaction.groupBy","Reaction.aggregate","Notification.findUnique","Notification.findUniqueOrThrow","Notification.findFirst","Notification.findFirstOrThrow","Notification.findMany","Notification.createOne","Notification.createMany","Notification.createManyAndReturn","Notification.updateOne","Notification.updateMany","Notification.updateManyAndReturn","Notification.upsertOne","Notification.deleteOne","Notification.deleteMany","Notification.groupBy","Notification.aggregate","ReadingVisit.findUnique","ReadingVisit.findUniqueOrThrow","ReadingVisit.findFirst","ReadingVisit.findFirstOrThrow","ReadingVisit.findMany","ReadingVisit.createOne","ReadingVisit.createMany","ReadingVisit.createManyAndReturn","ReadingVisit.updateOne","ReadingVisit.updateMany","ReadingVisit.updateManyAndReturn","ReadingVisit.upsertOne","ReadingVisit.deleteOne","ReadingVisit.deleteMany","ReadingVisit.groupBy","ReadingVisit.aggregate","SearchDoc.findUnique","SearchDoc.findUniqueOrThrow","SearchDoc.findFirst","SearchDoc.findFirstOrThrow","SearchDoc.findMany","SearchDoc.createOne","SearchDoc.createMany","SearchDoc.createManyAndReturn","SearchDoc.updateOne","SearchDoc.updateMany","SearchDoc.updateManyAndReturn","SearchDoc.upsertOne","SearchDoc.deleteOne","SearchDoc.deleteMany","SearchDoc.groupBy","SearchDoc.aggregate","AND","OR","NOT","id","key","groupId","annotationId","commentId","sessionId","authorId","kind","isPrivate","isHidden","quote","body","createdAt","equals","in","notIn","lt","lte","gt","gte","not","contains","startsWith","endsWith","userId","textId","visitedAt","lastSeq","userId_groupId_textId","type","payload","readAt","targetType","targetId","joinedAt","leftAt","versionId","title","leaderId","rangeStart","rangeEnd","scheduledAt","startedAt","endedAt","currentBlockId","summary","summaryUpdatedAt","seq","sessionSeq","actorId","parentId","editedAt","deletedAt","hiddenAt","hiddenById","blockId","start","end","exact","prefix","suffix","note","visibility","status","updatedAt","resolvedAt","resolvedById","pinnedAt","previousAnchor","ordinal","path","level","label","subtitle","runIn","role","number","sourceHash","source","createdById","report","slug","byline","language","metadata","ownerGroupId","name","description","joinCode","every","some","none","tokenHash","lastUsedAt","revokedAt","email","passwordHash","locale","targetType_targetId_userId_kind","groupId_seq","sessionId_sessionSeq","versionId_path","textId_number","textId_sourceHash","groupId_userId","is","isNot","connectOrCreate","upsert","createMany","set","disconnect","delete","connect","updateMany","deleteMany","increment","decrement","multiply","divide"]'),
  graph: "7giYAYACEgQAAIQEACAFAAD7AwAgDAAA_AMAIBAAAIUEACATAAD9AwAgFwAA_gMAIBkAAIAEACAaAACGBAAgGwAAhwQAIKQCAACDBAAwpQIAAF0AEKYCAACDBAAwpwIBAAAAAbMCQADkAwAh_QIBAOEDACGGAwEAAAABhwMBAOEDACGIAwEA4QMAIQEAAAABACAMAwAAigQAIKQCAACnBAAwpQIAAAMAEKYCAACnBAAwpwIBAOEDACGzAkAA5AMAIb8CAQDhAwAh4gIBAOEDACH9AgEA4QMAIYMDAQDhAwAhhANAAIkEACGFA0AAiQQAIQMDAADWBwAghAMAAKgEACCFAwAAqAQAIAwDAACKBAAgpAIAAKcEADClAgAAAwAQpgIAAKcEADCnAgEAAAABswJAAOQDACG_AgEA4QMAIeICAQDhAwAh_QIBAOEDACGDAwEAAAABhANAAIkEACGFA0AAiQQAIQMAAAADACABAAAEADACAAAFACAKAwAAigQAIAYAAJQEACCkAgAApgQAMKUCAAAHABCmAgAApgQAMKcCAQDhAwAhqQIBAOEDACG_AgEA4QMAIckCQADkAwAh8gIBAOEDACECAwAA1gcAIAYAANcHACALAwAAigQAIAYAAJQEACCkAgAApgQAMKUCAAAHABCmAgAApgQAMKcCAQAAAAGpAgEA4QMAIb8CAQDhAwAhyQJAAOQDACHyAgEA4QMAIY8DAAClBAAgAwAAAAcAIAEAAAgAMAIAAAkAIAMAAAAHACABAAAIADACAAAJACAjBgAAlAQAIAsAAJsEACAPAACXBAAgEgAAigQAIBMAAP0DACAVAACkBAAgpAIAAKMEADClAgAADAAQpgIAAKMEADCnAgEA4QMAIakCAQDhAwAhrAIBAOIDACGtAgEA4QMAIa4CAQDhAwAhswJAAOQDACHAAgEA4QMAIcsCAQDhAwAh2gJAAIkEACHbAkAAiQQAIdwCQACJBAAh3QIBAOIDACHeAgEA4QMAId8CAgDgAwAh4AICAOADACHhAgEA4QMAIeICAQDhAwAh4wIBAOEDACHkAgEA4QMAIeUCAQDhAwAh5gIBAOEDACHnAkAA5AMAIegCQACJBAAh6QIBAOIDACHqAkAAiQQAIesCAQDiAwAhDwYAANcHACALAADbBwAgDwAA2gcAIBIAANYHACATAADaBgAgFQAA3gcAIKwCAACoBAAg2gIAAKgEACDbAgAAqAQAINwCAACoBAAg3QIAAKgEACDoAgAAqAQAIOkCAACoBAAg6gIAAKgEACDrAgAAqAQAICMGAACUBAAgCwAAmwQAIA8AAJcEACASAACKBAAgEwAA_QMAIBUAAKQEACCkAgAAowQAMKUCAAAMABCmAgAAowQAMKcCAQAAAAGpAgEA4QMAIawCAQDiAwAhrQIBAOEDACGuAgEA4QMAIbMCQADkAwAhwAIBAOEDACHLAgEA4QMAIdoCQACJBAAh2wJAAIkEACHcAkAAiQQAId0CAQDiAwAh3gIBAOEDACHfAgIA4AMAIeACAgDgAwAh4QIBAOEDACHiAgEA4QMAIeMCAQDhAwAh5AIBAOEDACHlAgEA4QMAIeYCAQDhAwAh5wJAAOQDACHoAkAAiQQAIekCAQDiAwAh6gJAAIkEACHrAgEA4gMAIQMAAAAMACABAAANADACAAAOACAPBQAA-wMAIAwAAPwDACATAAD9AwAgFAAAgAQAIBcAAP4DACAYAAD_AwAgpAIAAPoDADClAgAAEAAQpgIAAPoDADCnAgEA4QMAIbMCQADkAwAhwgICAOADACH9AgEA4QMAIf4CAQDhAwAh_wIBAOEDACEBAAAAEAAgEAoAAKEEACAMAAD8AwAgDQAAogQAIBQAAIAEACCkAgAAoAQAMKUCAAASABCmAgAAoAQAMKcCAQDhAwAhswJAAOQDACHAAgEA4QMAIeQCAQDhAwAh8wICAOADACH0AgEA4QMAIfUCAQDhAwAh9gIBAOIDACH3AgEA4gMAIQYKAADcBwAgDAAA2QYAIA0AAN0HACAUAADdBgAg9gIAAKgEACD3AgAAqAQAIBIKAAChBAAgDAAA_AMAIA0AAKIEACAUAACABAAgpAIAAKAEADClAgAAEgAQpgIAAKAEADCnAgEAAAABswJAAOQDACHAAgEA4QMAIeQCAQDhAwAh8wICAOADACH0AgEA4QMAIfUCAQDhAwAh9gIBAOIDACH3AgEA4gMAIY0DAACeBAAgjgMAAJ8EACADAAAAEgAgAQAAEwAwAgAAFAAgAQAAABIAIBAKAQDhAwAhCwAAmwQAIAwAAPwDACCkAgAAnQQAMKUCAAAXABCmAgAAnQQAMKcCAQDhAwAhrgIBAOEDACHLAgEA4QMAIewCAgDgAwAh7QIBAOEDACHuAgEA4gMAIe8CAQDiAwAh8AIBAOIDACHxAiAA4wMAIfICAQDiAwAhBgsAANsHACAMAADZBgAg7gIAAKgEACDvAgAAqAQAIPACAACoBAAg8gIAAKgEACARCgEA4QMAIQsAAJsEACAMAAD8AwAgpAIAAJ0EADClAgAAFwAQpgIAAJ0EADCnAgEAAAABrgIBAOEDACHLAgEA4QMAIewCAgDgAwAh7QIBAOEDACHuAgEA4gMAIe8CAQDiAwAh8AIBAOIDACHxAiAA4wMAIfICAQDiAwAhjAMAAJwEACADAAAAFwAgAQAAGAAwAgAAGQAgAwAAAAwAIAEAAA0AMAIAAA4AIAEAAAAMACADAAAADAAgAQAADQAwAgAADgAgGQYAAJQEACALAACbBAAgDAAA_AMAIA4AAIoEACAQAACFBAAgEwAA_QMAIKQCAACaBAAwpQIAAB4AEKYCAACaBAAwpwIBAOEDACGpAgEA4QMAIbMCQADkAwAhwAIBAOEDACHCAgIA4AMAIcsCAQDhAwAhzAIBAOEDACHNAgEA4QMAIc4CAQDiAwAhzwIBAOIDACHQAkAA5AMAIdECQACJBAAh0gJAAIkEACHTAgEA4gMAIdQCAQDhAwAh1QJAAIkEACEMBgAA1wcAIAsAANsHACAMAADZBgAgDgAA1gcAIBAAANMHACATAADaBgAgzgIAAKgEACDPAgAAqAQAINECAACoBAAg0gIAAKgEACDTAgAAqAQAINUCAACoBAAgGQYAAJQEACALAACbBAAgDAAA_AMAIA4AAIoEACAQAACFBAAgEwAA_QMAIKQCAACaBAAwpQIAAB4AEKYCAACaBAAwpwIBAAAAAakCAQDhAwAhswJAAOQDACHAAgEA4QMAIcICAgDgAwAhywIBAOEDACHMAgEA4QMAIc0CAQDhAwAhzgIBAOIDACHPAgEA4gMAIdACQADkAwAh0QJAAIkEACHSAkAAiQQAIdMCAQDiAwAh1AIBAOEDACHVAkAAiQQAIQMAAAAeACABAAAfADACAAAgACAKAwAAigQAIA8AAJkEACCkAgAAmAQAMKUCAAAiABCmAgAAmAQAMKcCAQDhAwAhrAIBAOEDACG_AgEA4QMAIckCQADkAwAhygJAAIkEACEDAwAA1gcAIA8AANoHACDKAgAAqAQAIAoDAACKBAAgDwAAmQQAIKQCAACYBAAwpQIAACIAEKYCAACYBAAwpwIBAAAAAawCAQDhAwAhvwIBAOEDACHJAkAA5AMAIcoCQACJBAAhAwAAACIAIAEAACMAMAIAACQAIAMAAAAMACABAAANADACAAAOACATBgAAlAQAIA8AAJcEACARAACWBAAgEgAAigQAIKQCAACVBAAwpQIAACcAEKYCAACVBAAwpwIBAOEDACGpAgEA4QMAIaoCAQDiAwAhrAIBAOIDACGtAgEA4QMAIbICAQDhAwAhswJAAOQDACHZAgEA4gMAIdoCQACJBAAh2wJAAIkEACHcAkAAiQQAId0CAQDiAwAhCwYAANcHACAPAADaBwAgEQAA2QcAIBIAANYHACCqAgAAqAQAIKwCAACoBAAg2QIAAKgEACDaAgAAqAQAINsCAACoBAAg3AIAAKgEACDdAgAAqAQAIBMGAACUBAAgDwAAlwQAIBEAAJYEACASAACKBAAgpAIAAJUEADClAgAAJwAQpgIAAJUEADCnAgEAAAABqQIBAOEDACGqAgEA4gMAIawCAQDiAwAhrQIBAOEDACGyAgEA4QMAIbMCQADkAwAh2QIBAOIDACHaAkAAiQQAIdsCQACJBAAh3AJAAIkEACHdAgEA4gMAIQMAAAAnACABAAAoADACAAApACABAAAADAAgAQAAAB4AIAEAAAAiACABAAAADAAgAQAAACcAIAEAAAAXACABAAAADAAgAQAAAB4AIAEAAAAeACADAAAAJwAgAQAAKAAwAgAAKQAgAQAAACcAIAMAAAAnACABAAAoADACAAApACAPBgAAlAQAIBYAAIoEACCkAgAAkgQAMKUCAAA3ABCmAgAAkgQAMKcCAQDhAwAhqQIBAOEDACGsAgEA4gMAIa8CIADjAwAhswJAAOQDACHEAgEA4QMAIcUCAQDhAwAh1gICAOADACHXAgIAkwQAIdgCAQDhAwAhBAYAANcHACAWAADWBwAgrAIAAKgEACDXAgAAqAQAIBEGAACUBAAgFgAAigQAIKQCAACSBAAwpQIAADcAEKYCAACSBAAwpwIBAAAAAakCAQDhAwAhrAIBAOIDACGvAiAA4wMAIbMCQADkAwAhxAIBAOEDACHFAgEA4QMAIdYCAgDgAwAh1wICAJMEACHYAgEA4QMAIYoDAACQBAAgiwMAAJEEACADAAAANwAgAQAAOAAwAgAAOQAgDgcAAI4EACAIAACPBAAgpAIAAI0EADClAgAAOwAQpgIAAI0EADCnAgEA4QMAIbMCQADkAwAhzAIBAOEDACHwAgEA4gMAIfgCAQDhAwAh-QIBAOIDACH6AgEA4QMAIfsCAQDhAwAh_AIBAOIDACEFBwAA1wcAIAgAANgHACDwAgAAqAQAIPkCAACoBAAg_AIAAKgEACAOBwAAjgQAIAgAAI8EACCkAgAAjQQAMKUCAAA7ABCmAgAAjQQAMKcCAQAAAAGzAkAA5AMAIcwCAQDhAwAh8AIBAOIDACH4AgEAAAAB-QIBAOIDACH6AgEA4QMAIfsCAQDhAwAh_AIBAOIDACEDAAAAOwAgAQAAPAAwAgAAPQAgAwAAAB4AIAEAAB8AMAIAACAAIAEAAAAHACABAAAADAAgAQAAACcAIAEAAAA3ACABAAAAOwAgAQAAAB4AIAMAAAAMACABAAANADACAAAOACADAAAAJwAgAQAAKAAwAgAAKQAgAwAAADcAIAEAADgAMAIAADkAIAMAAAAeACABAAAfADACAAAgACADAAAAIgAgAQAAIwAwAgAAJAAgCwMAAIoEACCkAgAAjAQAMKUCAABLABCmAgAAjAQAMKcCAQDhAwAhqQIBAOEDACGuAgEA4QMAIbMCQADkAwAhvwIBAOEDACHHAgEA4QMAIcgCAQDhAwAhAQMAANYHACAMAwAAigQAIKQCAACMBAAwpQIAAEsAEKYCAACMBAAwpwIBAAAAAakCAQDhAwAhrgIBAOEDACGzAkAA5AMAIb8CAQDhAwAhxwIBAOEDACHIAgEA4QMAIYkDAACLBAAgAwAAAEsAIAEAAEwAMAIAAE0AIAsDAACKBAAgpAIAAIgEADClAgAATwAQpgIAAIgEADCnAgEA4QMAIakCAQDhAwAhswJAAOQDACG_AgEA4QMAIcQCAQDhAwAhxQIBAOEDACHGAkAAiQQAIQIDAADWBwAgxgIAAKgEACALAwAAigQAIKQCAACIBAAwpQIAAE8AEKYCAACIBAAwpwIBAAAAAakCAQDhAwAhswJAAOQDACG_AgEA4QMAIcQCAQDhAwAhxQIBAOEDACHGAkAAiQQAIQMAAABPACABAABQADACAABRACABAAAAAwAgAQAAAAcAIAEAAAAMACABAAAAJwAgAQAAADcAIAEAAAAeACABAAAAIgAgAQAAAEsAIAEAAABPACABAAAAAQAgEgQAAIQEACAFAAD7AwAgDAAA_AMAIBAAAIUEACATAAD9AwAgFwAA_gMAIBkAAIAEACAaAACGBAAgGwAAhwQAIKQCAACDBAAwpQIAAF0AEKYCAACDBAAwpwIBAOEDACGzAkAA5AMAIf0CAQDhAwAhhgMBAOEDACGHAwEA4QMAIYgDAQDhAwAhCQQAANIHACAFAADYBgAgDAAA2QYAIBAAANMHACATAADaBgAgFwAA2wYAIBkAAN0GACAaAADUBwAgGwAA1QcAIAMAAABdACABAABeADACAAABACADAAAAXQAgAQAAXgAwAgAAAQAgAwAAAF0AIAEAAF4AMAIAAAEAIA8EAADJBwAgBQAAygcAIAwAAMsHACAQAADPBwAgEwAAzAcAIBcAAM0HACAZAADOBwAgGgAA0AcAIBsAANEHACCnAgEAAAABswJAAAAAAf0CAQAAAAGGAwEAAAABhwMBAAAAAYgDAQAAAAEBIQAAYgAgBqcCAQAAAAGzAkAAAAAB_QIBAAAAAYYDAQAAAAGHAwEAAAABiAMBAAAAAQEhAABkADABIQAAZAAwDwQAAOYGACAFAADnBgAgDAAA6AYAIBAAAOwGACATAADpBgAgFwAA6gYAIBkAAOsGACAaAADtBgAgGwAA7gYAIKcCAQCuBAAhswJAALEEACH9AgEArgQAIYYDAQCuBAAhhwMBAK4EACGIAwEArgQAIQIAAAABACAhAABnACAGpwIBAK4EACGzAkAAsQQAIf0CAQCuBAAhhgMBAK4EACGHAwEArgQAIYgDAQCuBAAhAgAAAF0AICEAAGkAIAIAAABdACAhAABpACADAAAAAQAgKAAAYgAgKQAAZwAgAQAAAAEAIAEAAABdACADCQAA4wYAIC4AAOUGACAvAADkBgAgCaQCAACCBAAwpQIAAHAAEKYCAACCBAAwpwIBAM8DACGzAkAA0gMAIf0CAQDPAwAhhgMBAM8DACGHAwEAzwMAIYgDAQDPAwAhAwAAAF0AIAEAAG8AMC0AAHAAIAMAAABdACABAABeADACAAABACABAAAABQAgAQAAAAUAIAMAAAADACABAAAEADACAAAFACADAAAAAwAgAQAABAAwAgAABQAgAwAAAAMAIAEAAAQAMAIAAAUAIAkDAADiBgAgpwIBAAAAAbMCQAAAAAG_AgEAAAAB4gIBAAAAAf0CAQAAAAGDAwEAAAABhANAAAAAAYUDQAAAAAEBIQAAeAAgCKcCAQAAAAGzAkAAAAABvwIBAAAAAeICAQAAAAH9AgEAAAABgwMBAAAAAYQDQAAAAAGFA0AAAAABASEAAHoAMAEhAAB6ADAJAwAA4QYAIKcCAQCuBAAhswJAALEEACG_AgEArgQAIeICAQCuBAAh_QIBAK4EACGDAwEArgQAIYQDQAC7BAAhhQNAALsEACECAAAABQAgIQAAfQAgCKcCAQCuBAAhswJAALEEACG_AgEArgQAIeICAQCuBAAh_QIBAK4EACGDAwEArgQAIYQDQAC7BAAhhQNAALsEACECAAAAAwAgIQAAfwAgAgAAAAMAICEAAH8AIAMAAAAFACAoAAB4ACApAAB9ACABAAAABQAgAQAAAAMAIAUJAADeBgAgLgAA4AYAIC8AAN8GACCEAwAAqAQAIIUDAACoBAAgC6QCAACBBAAwpQIAAIYBABCmAgAAgQQAMKcCAQDPAwAhswJAANIDACG_AgEAzwMAIeICAQDPAwAh_QIBAM8DACGDAwEAzwMAIYQDQADpAwAhhQNAAOkDACEDAAAAAwAgAQAAhQEAMC0AAIYBACADAAAAAwAgAQAABAAwAgAABQAgDwUAAPsDACAMAAD8AwAgEwAA_QMAIBQAAIAEACAXAAD-AwAgGAAA_wMAIKQCAAD6AwAwpQIAABAAEKYCAAD6AwAwpwIBAAAAAbMCQADkAwAhwgICAOADACH9AgEA4QMAIf4CAQDhAwAh_wIBAAAAAQEAAACJAQAgAQAAAIkBACAGBQAA2AYAIAwAANkGACATAADaBgAgFAAA3QYAIBcAANsGACAYAADcBgAgAwAAABAAIAEAAIwBADACAACJAQAgAwAAABAAIAEAAIwBADACAACJAQAgAwAAABAAIAEAAIwBADACAACJAQAgDAUAANIGACAMAADTBgAgEwAA1AYAIBQAANcGACAXAADVBgAgGAAA1gYAIKcCAQAAAAGzAkAAAAABwgICAAAAAf0CAQAAAAH-AgEAAAAB_wIBAAAAAQEhAACQAQAgBqcCAQAAAAGzAkAAAAABwgICAAAAAf0CAQAAAAH-AgEAAAAB_wIBAAAAAQEhAACSAQAwASEAAJIBADAMBQAAjQYAIAwAAI4GACATAACPBgAgFAAAkgYAIBcAAJAGACAYAACRBgAgpwIBAK4EACGzAkAAsQQAIcICAgCyBAAh_QIBAK4EACH-AgEArgQAIf8CAQCuBAAhAgAAAIkBACAhAACVAQAgBqcCAQCuBAAhswJAALEEACHCAgIAsgQAIf0CAQCuBAAh_gIBAK4EACH_AgEArgQAIQIAAAAQACAhAACXAQAgAgAAABAAICEAAJcBACADAAAAiQEAICgAAJABACApAACVAQAgAQAAAIkBACABAAAAEAAgBQkAAIgGACAuAACLBgAgLwAAigYAIFAAAIkGACBRAACMBgAgCaQCAAD5AwAwpQIAAJ4BABCmAgAA-QMAMKcCAQDPAwAhswJAANIDACHCAgIAzgMAIf0CAQDPAwAh_gIBAM8DACH_AgEAzwMAIQMAAAAQACABAACdAQAwLQAAngEAIAMAAAAQACABAACMAQAwAgAAiQEAIAEAAAAJACABAAAACQAgAwAAAAcAIAEAAAgAMAIAAAkAIAMAAAAHACABAAAIADACAAAJACADAAAABwAgAQAACAAwAgAACQAgBwMAAIcGACAGAACGBgAgpwIBAAAAAakCAQAAAAG_AgEAAAAByQJAAAAAAfICAQAAAAEBIQAApgEAIAWnAgEAAAABqQIBAAAAAb8CAQAAAAHJAkAAAAAB8gIBAAAAAQEhAACoAQAwASEAAKgBADAHAwAAhQYAIAYAAIQGACCnAgEArgQAIakCAQCuBAAhvwIBAK4EACHJAkAAsQQAIfICAQCuBAAhAgAAAAkAICEAAKsBACAFpwIBAK4EACGpAgEArgQAIb8CAQCuBAAhyQJAALEEACHyAgEArgQAIQIAAAAHACAhAACtAQAgAgAAAAcAICEAAK0BACADAAAACQAgKAAApgEAICkAAKsBACABAAAACQAgAQAAAAcAIAMJAACBBgAgLgAAgwYAIC8AAIIGACAIpAIAAPgDADClAgAAtAEAEKYCAAD4AwAwpwIBAM8DACGpAgEAzwMAIb8CAQDPAwAhyQJAANIDACHyAgEAzwMAIQMAAAAHACABAACzAQAwLQAAtAEAIAMAAAAHACABAAAIADACAAAJACABAAAAPQAgAQAAAD0AIAMAAAA7ACABAAA8ADACAAA9ACADAAAAOwAgAQAAPAAwAgAAPQAgAwAAADsAIAEAADwAMAIAAD0AIAsHAAD_BQAgCAAAgAYAIKcCAQAAAAGzAkAAAAABzAIBAAAAAfACAQAAAAH4AgEAAAAB-QIBAAAAAfoCAQAAAAH7AgEAAAAB_AIBAAAAAQEhAAC8AQAgCacCAQAAAAGzAkAAAAABzAIBAAAAAfACAQAAAAH4AgEAAAAB-QIBAAAAAfoCAQAAAAH7AgEAAAAB_AIBAAAAAQEhAAC-AQAwASEAAL4BADABAAAAEAAgCwcAAPEFACAIAADyBQAgpwIBAK4EACGzAkAAsQQAIcwCAQCuBAAh8AIBAK8EACH4AgEArgQAIfkCAQCvBAAh-gIBAK4EACH7AgEArgQAIfwCAQCvBAAhAgAAAD0AICEAAMIBACAJpwIBAK4EACGzAkAAsQQAIcwCAQCuBAAh8AIBAK8EACH4AgEArgQAIfkCAQCvBAAh-gIBAK4EACH7AgEArgQAIfwCAQCvBAAhAgAAADsAICEAAMQBACACAAAAOwAgIQAAxAEAIAEAAAAQACADAAAAPQAgKAAAvAEAICkAAMIBACABAAAAPQAgAQAAADsAIAYJAADuBQAgLgAA8AUAIC8AAO8FACDwAgAAqAQAIPkCAACoBAAg_AIAAKgEACAMpAIAAPcDADClAgAAzAEAEKYCAAD3AwAwpwIBAM8DACGzAkAA0gMAIcwCAQDPAwAh8AIBANADACH4AgEAzwMAIfkCAQDQAwAh-gIBAM8DACH7AgEAzwMAIfwCAQDQAwAhAwAAADsAIAEAAMsBADAtAADMAQAgAwAAADsAIAEAADwAMAIAAD0AIAEAAAAUACABAAAAFAAgAwAAABIAIAEAABMAMAIAABQAIAMAAAASACABAAATADACAAAUACADAAAAEgAgAQAAEwAwAgAAFAAgDQoAAOoFACAMAADsBQAgDQAA6wUAIBQAAO0FACCnAgEAAAABswJAAAAAAcACAQAAAAHkAgEAAAAB8wICAAAAAfQCAQAAAAH1AgEAAAAB9gIBAAAAAfcCAQAAAAEBIQAA1AEAIAmnAgEAAAABswJAAAAAAcACAQAAAAHkAgEAAAAB8wICAAAAAfQCAQAAAAH1AgEAAAAB9gIBAAAAAfcCAQAAAAEBIQAA1gEAMAEhAADWAQAwDQoAAMUFACAMAADHBQAgDQAAxgUAIBQAAMgFACCnAgEArgQAIbMCQACxBAAhwAIBAK4EACHkAgEArgQAIfMCAgCyBAAh9AIBAK4EACH1AgEArgQAIfYCAQCvBAAh9wIBAK8EACECAAAAFAAgIQAA2QEAIAmnAgEArgQAIbMCQACxBAAhwAIBAK4EACHkAgEArgQAIfMCAgCyBAAh9AIBAK4EACH1AgEArgQAIfYCAQCvBAAh9wIBAK8EACECAAAAEgAgIQAA2wEAIAIAAAASACAhAADbAQAgAwAAABQAICgAANQBACApAADZAQAgAQAAABQAIAEAAAASACAHCQAAwAUAIC4AAMMFACAvAADCBQAgUAAAwQUAIFEAAMQFACD2AgAAqAQAIPcCAACoBAAgDKQCAAD2AwAwpQIAAOIBABCmAgAA9gMAMKcCAQDPAwAhswJAANIDACHAAgEAzwMAIeQCAQDPAwAh8wICAM4DACH0AgEAzwMAIfUCAQDPAwAh9gIBANADACH3AgEA0AMAIQMAAAASACABAADhAQAwLQAA4gEAIAMAAAASACABAAATADACAAAUACABAAAAGQAgAQAAABkAIAMAAAAXACABAAAYADACAAAZACADAAAAFwAgAQAAGAAwAgAAGQAgAwAAABcAIAEAABgAMAIAABkAIA0KAQAAAAELAAC-BQAgDAAAvwUAIKcCAQAAAAGuAgEAAAABywIBAAAAAewCAgAAAAHtAgEAAAAB7gIBAAAAAe8CAQAAAAHwAgEAAAAB8QIgAAAAAfICAQAAAAEBIQAA6gEAIAsKAQAAAAGnAgEAAAABrgIBAAAAAcsCAQAAAAHsAgIAAAAB7QIBAAAAAe4CAQAAAAHvAgEAAAAB8AIBAAAAAfECIAAAAAHyAgEAAAABASEAAOwBADABIQAA7AEAMA0KAQCuBAAhCwAAswUAIAwAALQFACCnAgEArgQAIa4CAQCuBAAhywIBAK4EACHsAgIAsgQAIe0CAQCuBAAh7gIBAK8EACHvAgEArwQAIfACAQCvBAAh8QIgALAEACHyAgEArwQAIQIAAAAZACAhAADvAQAgCwoBAK4EACGnAgEArgQAIa4CAQCuBAAhywIBAK4EACHsAgIAsgQAIe0CAQCuBAAh7gIBAK8EACHvAgEArwQAIfACAQCvBAAh8QIgALAEACHyAgEArwQAIQIAAAAXACAhAADxAQAgAgAAABcAICEAAPEBACADAAAAGQAgKAAA6gEAICkAAO8BACABAAAAGQAgAQAAABcAIAkJAACuBQAgLgAAsQUAIC8AALAFACBQAACvBQAgUQAAsgUAIO4CAACoBAAg7wIAAKgEACDwAgAAqAQAIPICAACoBAAgDgoBAM8DACGkAgAA9QMAMKUCAAD4AQAQpgIAAPUDADCnAgEAzwMAIa4CAQDPAwAhywIBAM8DACHsAgIAzgMAIe0CAQDPAwAh7gIBANADACHvAgEA0AMAIfACAQDQAwAh8QIgANEDACHyAgEA0AMAIQMAAAAXACABAAD3AQAwLQAA-AEAIAMAAAAXACABAAAYADACAAAZACABAAAADgAgAQAAAA4AIAMAAAAMACABAAANADACAAAOACADAAAADAAgAQAADQAwAgAADgAgAwAAAAwAIAEAAA0AMAIAAA4AICAGAACDBQAgCwAAhAUAIA8AAK0FACASAACGBQAgEwAAhwUAIBUAAIUFACCnAgEAAAABqQIBAAAAAawCAQAAAAGtAgEAAAABrgIBAAAAAbMCQAAAAAHAAgEAAAABywIBAAAAAdoCQAAAAAHbAkAAAAAB3AJAAAAAAd0CAQAAAAHeAgEAAAAB3wICAAAAAeACAgAAAAHhAgEAAAAB4gIBAAAAAeMCAQAAAAHkAgEAAAAB5QIBAAAAAeYCAQAAAAHnAkAAAAAB6AJAAAAAAekCAQAAAAHqAkAAAAAB6wIBAAAAAQEhAACAAgAgGqcCAQAAAAGpAgEAAAABrAIBAAAAAa0CAQAAAAGuAgEAAAABswJAAAAAAcACAQAAAAHLAgEAAAAB2gJAAAAAAdsCQAAAAAHcAkAAAAAB3QIBAAAAAd4CAQAAAAHfAgIAAAAB4AICAAAAAeECAQAAAAHiAgEAAAAB4wIBAAAAAeQCAQAAAAHlAgEAAAAB5gIBAAAAAecCQAAAAAHoAkAAAAAB6QIBAAAAAeoCQAAAAAHrAgEAAAABASEAAIICADABIQAAggIAMAEAAAAeACAgBgAA8gQAIAsAAPMEACAPAACsBQAgEgAA9QQAIBMAAPYEACAVAAD0BAAgpwIBAK4EACGpAgEArgQAIawCAQCvBAAhrQIBAK4EACGuAgEArgQAIbMCQACxBAAhwAIBAK4EACHLAgEArgQAIdoCQAC7BAAh2wJAALsEACHcAkAAuwQAId0CAQCvBAAh3gIBAK4EACHfAgIAsgQAIeACAgCyBAAh4QIBAK4EACHiAgEArgQAIeMCAQCuBAAh5AIBAK4EACHlAgEArgQAIeYCAQCuBAAh5wJAALEEACHoAkAAuwQAIekCAQCvBAAh6gJAALsEACHrAgEArwQAIQIAAAAOACAhAACGAgAgGqcCAQCuBAAhqQIBAK4EACGsAgEArwQAIa0CAQCuBAAhrgIBAK4EACGzAkAAsQQAIcACAQCuBAAhywIBAK4EACHaAkAAuwQAIdsCQAC7BAAh3AJAALsEACHdAgEArwQAId4CAQCuBAAh3wICALIEACHgAgIAsgQAIeECAQCuBAAh4gIBAK4EACHjAgEArgQAIeQCAQCuBAAh5QIBAK4EACHmAgEArgQAIecCQACxBAAh6AJAALsEACHpAgEArwQAIeoCQAC7BAAh6wIBAK8EACECAAAADAAgIQAAiAIAIAIAAAAMACAhAACIAgAgAQAAAB4AIAMAAAAOACAoAACAAgAgKQAAhgIAIAEAAAAOACABAAAADAAgDgkAAKcFACAuAACqBQAgLwAAqQUAIFAAAKgFACBRAACrBQAgrAIAAKgEACDaAgAAqAQAINsCAACoBAAg3AIAAKgEACDdAgAAqAQAIOgCAACoBAAg6QIAAKgEACDqAgAAqAQAIOsCAACoBAAgHaQCAAD0AwAwpQIAAJACABCmAgAA9AMAMKcCAQDPAwAhqQIBAM8DACGsAgEA0AMAIa0CAQDPAwAhrgIBAM8DACGzAkAA0gMAIcACAQDPAwAhywIBAM8DACHaAkAA6QMAIdsCQADpAwAh3AJAAOkDACHdAgEA0AMAId4CAQDPAwAh3wICAM4DACHgAgIAzgMAIeECAQDPAwAh4gIBAM8DACHjAgEAzwMAIeQCAQDPAwAh5QIBAM8DACHmAgEAzwMAIecCQADSAwAh6AJAAOkDACHpAgEA0AMAIeoCQADpAwAh6wIBANADACEDAAAADAAgAQAAjwIAMC0AAJACACADAAAADAAgAQAADQAwAgAADgAgAQAAACkAIAEAAAApACADAAAAJwAgAQAAKAAwAgAAKQAgAwAAACcAIAEAACgAMAIAACkAIAMAAAAnACABAAAoADACAAApACAQBgAA5AQAIA8AAIEFACARAADlBAAgEgAA5gQAIKcCAQAAAAGpAgEAAAABqgIBAAAAAawCAQAAAAGtAgEAAAABsgIBAAAAAbMCQAAAAAHZAgEAAAAB2gJAAAAAAdsCQAAAAAHcAkAAAAAB3QIBAAAAAQEhAACYAgAgDKcCAQAAAAGpAgEAAAABqgIBAAAAAawCAQAAAAGtAgEAAAABsgIBAAAAAbMCQAAAAAHZAgEAAAAB2gJAAAAAAdsCQAAAAAHcAkAAAAAB3QIBAAAAAQEhAACaAgAwASEAAJoCADABAAAADAAgAQAAAB4AIBAGAADgBAAgDwAA_wQAIBEAAOEEACASAADiBAAgpwIBAK4EACGpAgEArgQAIaoCAQCvBAAhrAIBAK8EACGtAgEArgQAIbICAQCuBAAhswJAALEEACHZAgEArwQAIdoCQAC7BAAh2wJAALsEACHcAkAAuwQAId0CAQCvBAAhAgAAACkAICEAAJ8CACAMpwIBAK4EACGpAgEArgQAIaoCAQCvBAAhrAIBAK8EACGtAgEArgQAIbICAQCuBAAhswJAALEEACHZAgEArwQAIdoCQAC7BAAh2wJAALsEACHcAkAAuwQAId0CAQCvBAAhAgAAACcAICEAAKECACACAAAAJwAgIQAAoQIAIAEAAAAMACABAAAAHgAgAwAAACkAICgAAJgCACApAACfAgAgAQAAACkAIAEAAAAnACAKCQAApAUAIC4AAKYFACAvAAClBQAgqgIAAKgEACCsAgAAqAQAINkCAACoBAAg2gIAAKgEACDbAgAAqAQAINwCAACoBAAg3QIAAKgEACAPpAIAAPMDADClAgAAqgIAEKYCAADzAwAwpwIBAM8DACGpAgEAzwMAIaoCAQDQAwAhrAIBANADACGtAgEAzwMAIbICAQDPAwAhswJAANIDACHZAgEA0AMAIdoCQADpAwAh2wJAAOkDACHcAkAA6QMAId0CAQDQAwAhAwAAACcAIAEAAKkCADAtAACqAgAgAwAAACcAIAEAACgAMAIAACkAIAEAAAA5ACABAAAAOQAgAwAAADcAIAEAADgAMAIAADkAIAMAAAA3ACABAAA4ADACAAA5ACADAAAANwAgAQAAOAAwAgAAOQAgDAYAAKIFACAWAACjBQAgpwIBAAAAAakCAQAAAAGsAgEAAAABrwIgAAAAAbMCQAAAAAHEAgEAAAABxQIBAAAAAdYCAgAAAAHXAgIAAAAB2AIBAAAAAQEhAACyAgAgCqcCAQAAAAGpAgEAAAABrAIBAAAAAa8CIAAAAAGzAkAAAAABxAIBAAAAAcUCAQAAAAHWAgIAAAAB1wICAAAAAdgCAQAAAAEBIQAAtAIAMAEhAAC0AgAwDAYAAKAFACAWAAChBQAgpwIBAK4EACGpAgEArgQAIawCAQCvBAAhrwIgALAEACGzAkAAsQQAIcQCAQCuBAAhxQIBAK4EACHWAgIAsgQAIdcCAgCfBQAh2AIBAK4EACECAAAAOQAgIQAAtwIAIAqnAgEArgQAIakCAQCuBAAhrAIBAK8EACGvAiAAsAQAIbMCQACxBAAhxAIBAK4EACHFAgEArgQAIdYCAgCyBAAh1wICAJ8FACHYAgEArgQAIQIAAAA3ACAhAAC5AgAgAgAAADcAICEAALkCACADAAAAOQAgKAAAsgIAICkAALcCACABAAAAOQAgAQAAADcAIAcJAACaBQAgLgAAnQUAIC8AAJwFACBQAACbBQAgUQAAngUAIKwCAACoBAAg1wIAAKgEACANpAIAAO8DADClAgAAwAIAEKYCAADvAwAwpwIBAM8DACGpAgEAzwMAIawCAQDQAwAhrwIgANEDACGzAkAA0gMAIcQCAQDPAwAhxQIBAM8DACHWAgIAzgMAIdcCAgDwAwAh2AIBAM8DACEDAAAANwAgAQAAvwIAMC0AAMACACADAAAANwAgAQAAOAAwAgAAOQAgAQAAACAAIAEAAAAgACADAAAAHgAgAQAAHwAwAgAAIAAgAwAAAB4AIAEAAB8AMAIAACAAIAMAAAAeACABAAAfADACAAAgACAWBgAAlAUAIAsAAJUFACAMAACYBQAgDgAAlgUAIBAAAJcFACATAACZBQAgpwIBAAAAAakCAQAAAAGzAkAAAAABwAIBAAAAAcICAgAAAAHLAgEAAAABzAIBAAAAAc0CAQAAAAHOAgEAAAABzwIBAAAAAdACQAAAAAHRAkAAAAAB0gJAAAAAAdMCAQAAAAHUAgEAAAAB1QJAAAAAAQEhAADIAgAgEKcCAQAAAAGpAgEAAAABswJAAAAAAcACAQAAAAHCAgIAAAABywIBAAAAAcwCAQAAAAHNAgEAAAABzgIBAAAAAc8CAQAAAAHQAkAAAAAB0QJAAAAAAdICQAAAAAHTAgEAAAAB1AIBAAAAAdUCQAAAAAEBIQAAygIAMAEhAADKAgAwFgYAAM8EACALAADQBAAgDAAA0wQAIA4AANEEACAQAADSBAAgEwAA1AQAIKcCAQCuBAAhqQIBAK4EACGzAkAAsQQAIcACAQCuBAAhwgICALIEACHLAgEArgQAIcwCAQCuBAAhzQIBAK4EACHOAgEArwQAIc8CAQCvBAAh0AJAALEEACHRAkAAuwQAIdICQAC7BAAh0wIBAK8EACHUAgEArgQAIdUCQAC7BAAhAgAAACAAICEAAM0CACAQpwIBAK4EACGpAgEArgQAIbMCQACxBAAhwAIBAK4EACHCAgIAsgQAIcsCAQCuBAAhzAIBAK4EACHNAgEArgQAIc4CAQCvBAAhzwIBAK8EACHQAkAAsQQAIdECQAC7BAAh0gJAALsEACHTAgEArwQAIdQCAQCuBAAh1QJAALsEACECAAAAHgAgIQAAzwIAIAIAAAAeACAhAADPAgAgAwAAACAAICgAAMgCACApAADNAgAgAQAAACAAIAEAAAAeACALCQAAygQAIC4AAM0EACAvAADMBAAgUAAAywQAIFEAAM4EACDOAgAAqAQAIM8CAACoBAAg0QIAAKgEACDSAgAAqAQAINMCAACoBAAg1QIAAKgEACATpAIAAO4DADClAgAA1gIAEKYCAADuAwAwpwIBAM8DACGpAgEAzwMAIbMCQADSAwAhwAIBAM8DACHCAgIAzgMAIcsCAQDPAwAhzAIBAM8DACHNAgEAzwMAIc4CAQDQAwAhzwIBANADACHQAkAA0gMAIdECQADpAwAh0gJAAOkDACHTAgEA0AMAIdQCAQDPAwAh1QJAAOkDACEDAAAAHgAgAQAA1QIAMC0AANYCACADAAAAHgAgAQAAHwAwAgAAIAAgAQAAACQAIAEAAAAkACADAAAAIgAgAQAAIwAwAgAAJAAgAwAAACIAIAEAACMAMAIAACQAIAMAAAAiACABAAAjADACAAAkACAHAwAAyQQAIA8AAMgEACCnAgEAAAABrAIBAAAAAb8CAQAAAAHJAkAAAAABygJAAAAAAQEhAADeAgAgBacCAQAAAAGsAgEAAAABvwIBAAAAAckCQAAAAAHKAkAAAAABASEAAOACADABIQAA4AIAMAcDAADHBAAgDwAAxgQAIKcCAQCuBAAhrAIBAK4EACG_AgEArgQAIckCQACxBAAhygJAALsEACECAAAAJAAgIQAA4wIAIAWnAgEArgQAIawCAQCuBAAhvwIBAK4EACHJAkAAsQQAIcoCQAC7BAAhAgAAACIAICEAAOUCACACAAAAIgAgIQAA5QIAIAMAAAAkACAoAADeAgAgKQAA4wIAIAEAAAAkACABAAAAIgAgBAkAAMMEACAuAADFBAAgLwAAxAQAIMoCAACoBAAgCKQCAADtAwAwpQIAAOwCABCmAgAA7QMAMKcCAQDPAwAhrAIBAM8DACG_AgEAzwMAIckCQADSAwAhygJAAOkDACEDAAAAIgAgAQAA6wIAMC0AAOwCACADAAAAIgAgAQAAIwAwAgAAJAAgAQAAAE0AIAEAAABNACADAAAASwAgAQAATAAwAgAATQAgAwAAAEsAIAEAAEwAMAIAAE0AIAMAAABLACABAABMADACAABNACAIAwAAwgQAIKcCAQAAAAGpAgEAAAABrgIBAAAAAbMCQAAAAAG_AgEAAAABxwIBAAAAAcgCAQAAAAEBIQAA9AIAIAenAgEAAAABqQIBAAAAAa4CAQAAAAGzAkAAAAABvwIBAAAAAccCAQAAAAHIAgEAAAABASEAAPYCADABIQAA9gIAMAgDAADBBAAgpwIBAK4EACGpAgEArgQAIa4CAQCuBAAhswJAALEEACG_AgEArgQAIccCAQCuBAAhyAIBAK4EACECAAAATQAgIQAA-QIAIAenAgEArgQAIakCAQCuBAAhrgIBAK4EACGzAkAAsQQAIb8CAQCuBAAhxwIBAK4EACHIAgEArgQAIQIAAABLACAhAAD7AgAgAgAAAEsAICEAAPsCACADAAAATQAgKAAA9AIAICkAAPkCACABAAAATQAgAQAAAEsAIAMJAAC-BAAgLgAAwAQAIC8AAL8EACAKpAIAAOwDADClAgAAggMAEKYCAADsAwAwpwIBAM8DACGpAgEAzwMAIa4CAQDPAwAhswJAANIDACG_AgEAzwMAIccCAQDPAwAhyAIBAM8DACEDAAAASwAgAQAAgQMAMC0AAIIDACADAAAASwAgAQAATAAwAgAATQAgAQAAAFEAIAEAAABRACADAAAATwAgAQAAUAAwAgAAUQAgAwAAAE8AIAEAAFAAMAIAAFEAIAMAAABPACABAABQADACAABRACAIAwAAvQQAIKcCAQAAAAGpAgEAAAABswJAAAAAAb8CAQAAAAHEAgEAAAABxQIBAAAAAcYCQAAAAAEBIQAAigMAIAenAgEAAAABqQIBAAAAAbMCQAAAAAG_AgEAAAABxAIBAAAAAcUCAQAAAAHGAkAAAAABASEAAIwDADABIQAAjAMAMAgDAAC8BAAgpwIBAK4EACGpAgEArgQAIbMCQACxBAAhvwIBAK4EACHEAgEArgQAIcUCAQCuBAAhxgJAALsEACECAAAAUQAgIQAAjwMAIAenAgEArgQAIakCAQCuBAAhswJAALEEACG_AgEArgQAIcQCAQCuBAAhxQIBAK4EACHGAkAAuwQAIQIAAABPACAhAACRAwAgAgAAAE8AICEAAJEDACADAAAAUQAgKAAAigMAICkAAI8DACABAAAAUQAgAQAAAE8AIAQJAAC4BAAgLgAAugQAIC8AALkEACDGAgAAqAQAIAqkAgAA6AMAMKUCAACYAwAQpgIAAOgDADCnAgEAzwMAIakCAQDPAwAhswJAANIDACG_AgEAzwMAIcQCAQDPAwAhxQIBAM8DACHGAkAA6QMAIQMAAABPACABAACXAwAwLQAAmAMAIAMAAABPACABAABQADACAABRACAJpAIAAOYDADClAgAAngMAEKYCAADmAwAwqQIBAOEDACG_AgEA4QMAIcACAQDhAwAhwQJAAOQDACHCAgIA4AMAIcMCAADnAwAgAQAAAJsDACABAAAAmwMAIAikAgAA5gMAMKUCAACeAwAQpgIAAOYDADCpAgEA4QMAIb8CAQDhAwAhwAIBAOEDACHBAkAA5AMAIcICAgDgAwAhAAMAAACeAwAgAQAAnwMAMAIAAJsDACADAAAAngMAIAEAAJ8DADACAACbAwAgAwAAAJ4DACABAACfAwAwAgAAmwMAIAWpAgEAAAABvwIBAAAAAcACAQAAAAHBAkAAAAABwgICAAAAAQEhAACjAwAgBakCAQAAAAG_AgEAAAABwAIBAAAAAcECQAAAAAHCAgIAAAABASEAAKUDADABIQAApQMAMAWpAgEArgQAIb8CAQCuBAAhwAIBAK4EACHBAkAAsQQAIcICAgCyBAAhAgAAAJsDACAhAACoAwAgBakCAQCuBAAhvwIBAK4EACHAAgEArgQAIcECQACxBAAhwgICALIEACECAAAAngMAICEAAKoDACACAAAAngMAICEAAKoDACADAAAAmwMAICgAAKMDACApAACoAwAgAQAAAJsDACABAAAAngMAIAUJAACzBAAgLgAAtgQAIC8AALUEACBQAAC0BAAgUQAAtwQAIAikAgAA5QMAMKUCAACxAwAQpgIAAOUDADCpAgEAzwMAIb8CAQDPAwAhwAIBAM8DACHBAkAA0gMAIcICAgDOAwAhAwAAAJ4DACABAACwAwAwLQAAsQMAIAMAAACeAwAgAQAAnwMAMAIAAJsDACAQpAIAAN8DADClAgAAtwMAEKYCAADfAwAwpwICAAAAAagCAQAAAAGpAgEA4QMAIaoCAQDiAwAhqwIBAOIDACGsAgEA4gMAIa0CAQDhAwAhrgIBAOIDACGvAiAA4wMAIbACIADjAwAhsQIBAOEDACGyAgEA4QMAIbMCQADkAwAhAQAAALQDACABAAAAtAMAIBCkAgAA3wMAMKUCAAC3AwAQpgIAAN8DADCnAgIA4AMAIagCAQDhAwAhqQIBAOEDACGqAgEA4gMAIasCAQDiAwAhrAIBAOIDACGtAgEA4QMAIa4CAQDiAwAhrwIgAOMDACGwAiAA4wMAIbECAQDhAwAhsgIBAOEDACGzAkAA5AMAIQSqAgAAqAQAIKsCAACoBAAgrAIAAKgEACCuAgAAqAQAIAMAAAC3AwAgAQAAuAMAMAIAALQDACADAAAAtwMAIAEAALgDADACAAC0AwAgAwAAALcDACABAAC4AwAwAgAAtAMAIA2nAgIAAAABqAIBAAAAAakCAQAAAAGqAgEAAAABqwIBAAAAAawCAQAAAAGtAgEAAAABrgIBAAAAAa8CIAAAAAGwAiAAAAABsQIBAAAAAbICAQAAAAGzAkAAAAABASEAALwDACANpwICAAAAAagCAQAAAAGpAgEAAAABqgIBAAAAAasCAQAAAAGsAgEAAAABrQIBAAAAAa4CAQAAAAGvAiAAAAABsAIgAAAAAbECAQAAAAGyAgEAAAABswJAAAAAAQEhAAC-AwAwASEAAL4DADANpwICALIEACGoAgEArgQAIakCAQCuBAAhqgIBAK8EACGrAgEArwQAIawCAQCvBAAhrQIBAK4EACGuAgEArwQAIa8CIACwBAAhsAIgALAEACGxAgEArgQAIbICAQCuBAAhswJAALEEACECAAAAtAMAICEAAMEDACANpwICALIEACGoAgEArgQAIakCAQCuBAAhqgIBAK8EACGrAgEArwQAIawCAQCvBAAhrQIBAK4EACGuAgEArwQAIa8CIACwBAAhsAIgALAEACGxAgEArgQAIbICAQCuBAAhswJAALEEACECAAAAtwMAICEAAMMDACACAAAAtwMAICEAAMMDACADAAAAtAMAICgAALwDACApAADBAwAgAQAAALQDACABAAAAtwMAIAkJAACpBAAgLgAArAQAIC8AAKsEACBQAACqBAAgUQAArQQAIKoCAACoBAAgqwIAAKgEACCsAgAAqAQAIK4CAACoBAAgEKQCAADNAwAwpQIAAMoDABCmAgAAzQMAMKcCAgDOAwAhqAIBAM8DACGpAgEAzwMAIaoCAQDQAwAhqwIBANADACGsAgEA0AMAIa0CAQDPAwAhrgIBANADACGvAiAA0QMAIbACIADRAwAhsQIBAM8DACGyAgEAzwMAIbMCQADSAwAhAwAAALcDACABAADJAwAwLQAAygMAIAMAAAC3AwAgAQAAuAMAMAIAALQDACAQpAIAAM0DADClAgAAygMAEKYCAADNAwAwpwICAM4DACGoAgEAzwMAIakCAQDPAwAhqgIBANADACGrAgEA0AMAIawCAQDQAwAhrQIBAM8DACGuAgEA0AMAIa8CIADRAwAhsAIgANEDACGxAgEAzwMAIbICAQDPAwAhswJAANIDACENCQAA1AMAIC4AANQDACAvAADUAwAgUAAA3gMAIFEAANQDACC0AgIAAAABtQICAAAABLYCAgAAAAS3AgIAAAABuAICAAAAAbkCAgAAAAG6AgIAAAABuwICAN0DACEOCQAA1AMAIC4AANwDACAvAADcAwAgtAIBAAAAAbUCAQAAAAS2AgEAAAAEtwIBAAAAAbgCAQAAAAG5AgEAAAABugIBAAAAAbsCAQDbAwAhvAIBAAAAAb0CAQAAAAG-AgEAAAABDgkAANkDACAuAADaAwAgLwAA2gMAILQCAQAAAAG1AgEAAAAFtgIBAAAABbcCAQAAAAG4AgEAAAABuQIBAAAAAboCAQAAAAG7AgEA2AMAIbwCAQAAAAG9AgEAAAABvgIBAAAAAQUJAADUAwAgLgAA1wMAIC8AANcDACC0AiAAAAABuwIgANYDACELCQAA1AMAIC4AANUDACAvAADVAwAgtAJAAAAAAbUCQAAAAAS2AkAAAAAEtwJAAAAAAbgCQAAAAAG5AkAAAAABugJAAAAAAbsCQADTAwAhCwkAANQDACAuAADVAwAgLwAA1QMAILQCQAAAAAG1AkAAAAAEtgJAAAAABLcCQAAAAAG4AkAAAAABuQJAAAAAAboCQAAAAAG7AkAA0wMAIQi0AgIAAAABtQICAAAABLYCAgAAAAS3AgIAAAABuAICAAAAAbkCAgAAAAG6AgIAAAABuwICANQDACEItAJAAAAAAbUCQAAAAAS2AkAAAAAEtwJAAAAAAbgCQAAAAAG5AkAAAAABugJAAAAAAbsCQADVAwAhBQkAANQDACAuAADXAwAgLwAA1wMAILQCIAAAAAG7AiAA1gMAIQK0AiAAAAABuwIgANcDACEOCQAA2QMAIC4AANoDACAvAADaAwAgtAIBAAAAAbUCAQAAAAW2AgEAAAAFtwIBAAAAAbgCAQAAAAG5AgEAAAABugIBAAAAAbsCAQDYAwAhvAIBAAAAAb0CAQAAAAG-AgEAAAABCLQCAgAAAAG1AgIAAAAFtgICAAAABbcCAgAAAAG4AgIAAAABuQICAAAAAboCAgAAAAG7AgIA2QMAIQu0AgEAAAABtQIBAAAABbYCAQAAAAW3AgEAAAABuAIBAAAAAbkCAQAAAAG6AgEAAAABuwIBANoDACG8AgEAAAABvQIBAAAAAb4CAQAAAAEOCQAA1AMAIC4AANwDACAvAADcAwAgtAIBAAAAAbUCAQAAAAS2AgEAAAAEtwIBAAAAAbgCAQAAAAG5AgEAAAABugIBAAAAAbsCAQDbAwAhvAIBAAAAAb0CAQAAAAG-AgEAAAABC7QCAQAAAAG1AgEAAAAEtgIBAAAABLcCAQAAAAG4AgEAAAABuQIBAAAAAboCAQAAAAG7AgEA3AMAIbwCAQAAAAG9AgEAAAABvgIBAAAAAQ0JAADUAwAgLgAA1AMAIC8AANQDACBQAADeAwAgUQAA1AMAILQCAgAAAAG1AgIAAAAEtgICAAAABLcCAgAAAAG4AgIAAAABuQICAAAAAboCAgAAAAG7AgIA3QMAIQi0AggAAAABtQIIAAAABLYCCAAAAAS3AggAAAABuAIIAAAAAbkCCAAAAAG6AggAAAABuwIIAN4DACEQpAIAAN8DADClAgAAtwMAEKYCAADfAwAwpwICAOADACGoAgEA4QMAIakCAQDhAwAhqgIBAOIDACGrAgEA4gMAIawCAQDiAwAhrQIBAOEDACGuAgEA4gMAIa8CIADjAwAhsAIgAOMDACGxAgEA4QMAIbICAQDhAwAhswJAAOQDACEItAICAAAAAbUCAgAAAAS2AgIAAAAEtwICAAAAAbgCAgAAAAG5AgIAAAABugICAAAAAbsCAgDUAwAhC7QCAQAAAAG1AgEAAAAEtgIBAAAABLcCAQAAAAG4AgEAAAABuQIBAAAAAboCAQAAAAG7AgEA3AMAIbwCAQAAAAG9AgEAAAABvgIBAAAAAQu0AgEAAAABtQIBAAAABbYCAQAAAAW3AgEAAAABuAIBAAAAAbkCAQAAAAG6AgEAAAABuwIBANoDACG8AgEAAAABvQIBAAAAAb4CAQAAAAECtAIgAAAAAbsCIADXAwAhCLQCQAAAAAG1AkAAAAAEtgJAAAAABLcCQAAAAAG4AkAAAAABuQJAAAAAAboCQAAAAAG7AkAA1QMAIQikAgAA5QMAMKUCAACxAwAQpgIAAOUDADCpAgEAzwMAIb8CAQDPAwAhwAIBAM8DACHBAkAA0gMAIcICAgDOAwAhCKQCAADmAwAwpQIAAJ4DABCmAgAA5gMAMKkCAQDhAwAhvwIBAOEDACHAAgEA4QMAIcECQADkAwAhwgICAOADACEDqQIBAAAAAb8CAQAAAAHAAgEAAAABCqQCAADoAwAwpQIAAJgDABCmAgAA6AMAMKcCAQDPAwAhqQIBAM8DACGzAkAA0gMAIb8CAQDPAwAhxAIBAM8DACHFAgEAzwMAIcYCQADpAwAhCwkAANkDACAuAADrAwAgLwAA6wMAILQCQAAAAAG1AkAAAAAFtgJAAAAABbcCQAAAAAG4AkAAAAABuQJAAAAAAboCQAAAAAG7AkAA6gMAIQsJAADZAwAgLgAA6wMAIC8AAOsDACC0AkAAAAABtQJAAAAABbYCQAAAAAW3AkAAAAABuAJAAAAAAbkCQAAAAAG6AkAAAAABuwJAAOoDACEItAJAAAAAAbUCQAAAAAW2AkAAAAAFtwJAAAAAAbgCQAAAAAG5AkAAAAABugJAAAAAAbsCQADrAwAhCqQCAADsAwAwpQIAAIIDABCmAgAA7AMAMKcCAQDPAwAhqQIBAM8DACGuAgEAzwMAIbMCQADSAwAhvwIBAM8DACHHAgEAzwMAIcgCAQDPAwAhCKQCAADtAwAwpQIAAOwCABCmAgAA7QMAMKcCAQDPAwAhrAIBAM8DACG_AgEAzwMAIckCQADSAwAhygJAAOkDACETpAIAAO4DADClAgAA1gIAEKYCAADuAwAwpwIBAM8DACGpAgEAzwMAIbMCQADSAwAhwAIBAM8DACHCAgIAzgMAIcsCAQDPAwAhzAIBAM8DACHNAgEAzwMAIc4CAQDQAwAhzwIBANADACHQAkAA0gMAIdECQADpAwAh0gJAAOkDACHTAgEA0AMAIdQCAQDPAwAh1QJAAOkDACENpAIAAO8DADClAgAAwAIAEKYCAADvAwAwpwIBAM8DACGpAgEAzwMAIawCAQDQAwAhrwIgANEDACGzAkAA0gMAIcQCAQDPAwAhxQIBAM8DACHWAgIAzgMAIdcCAgDwAwAh2AIBAM8DACENCQAA2QMAIC4AANkDACAvAADZAwAgUAAA8gMAIFEAANkDACC0AgIAAAABtQICAAAABbYCAgAAAAW3AgIAAAABuAICAAAAAbkCAgAAAAG6AgIAAAABuwICAPEDACENCQAA2QMAIC4AANkDACAvAADZAwAgUAAA8gMAIFEAANkDACC0AgIAAAABtQICAAAABbYCAgAAAAW3AgIAAAABuAICAAAAAbkCAgAAAAG6AgIAAAABuwICAPEDACEItAIIAAAAAbUCCAAAAAW2AggAAAAFtwIIAAAAAbgCCAAAAAG5AggAAAABugIIAAAAAbsCCADyAwAhD6QCAADzAwAwpQIAAKoCABCmAgAA8wMAMKcCAQDPAwAhqQIBAM8DACGqAgEA0AMAIawCAQDQAwAhrQIBAM8DACGyAgEAzwMAIbMCQADSAwAh2QIBANADACHaAkAA6QMAIdsCQADpAwAh3AJAAOkDACHdAgEA0AMAIR2kAgAA9AMAMKUCAACQAgAQpgIAAPQDADCnAgEAzwMAIakCAQDPAwAhrAIBANADACGtAgEAzwMAIa4CAQDPAwAhswJAANIDACHAAgEAzwMAIcsCAQDPAwAh2gJAAOkDACHbAkAA6QMAIdwCQADpAwAh3QIBANADACHeAgEAzwMAId8CAgDOAwAh4AICAM4DACHhAgEAzwMAIeICAQDPAwAh4wIBAM8DACHkAgEAzwMAIeUCAQDPAwAh5gIBAM8DACHnAkAA0gMAIegCQADpAwAh6QIBANADACHqAkAA6QMAIesCAQDQAwAhDgoBAM8DACGkAgAA9QMAMKUCAAD4AQAQpgIAAPUDADCnAgEAzwMAIa4CAQDPAwAhywIBAM8DACHsAgIAzgMAIe0CAQDPAwAh7gIBANADACHvAgEA0AMAIfACAQDQAwAh8QIgANEDACHyAgEA0AMAIQykAgAA9gMAMKUCAADiAQAQpgIAAPYDADCnAgEAzwMAIbMCQADSAwAhwAIBAM8DACHkAgEAzwMAIfMCAgDOAwAh9AIBAM8DACH1AgEAzwMAIfYCAQDQAwAh9wIBANADACEMpAIAAPcDADClAgAAzAEAEKYCAAD3AwAwpwIBAM8DACGzAkAA0gMAIcwCAQDPAwAh8AIBANADACH4AgEAzwMAIfkCAQDQAwAh-gIBAM8DACH7AgEAzwMAIfwCAQDQAwAhCKQCAAD4AwAwpQIAALQBABCmAgAA-AMAMKcCAQDPAwAhqQIBAM8DACG_AgEAzwMAIckCQADSAwAh8gIBAM8DACEJpAIAAPkDADClAgAAngEAEKYCAAD5AwAwpwIBAM8DACGzAkAA0gMAIcICAgDOAwAh_QIBAM8DACH-AgEAzwMAIf8CAQDPAwAhDwUAAPsDACAMAAD8AwAgEwAA_QMAIBQAAIAEACAXAAD-AwAgGAAA_wMAIKQCAAD6AwAwpQIAABAAEKYCAAD6AwAwpwIBAOEDACGzAkAA5AMAIcICAgDgAwAh_QIBAOEDACH-AgEA4QMAIf8CAQDhAwAhA4ADAAAHACCBAwAABwAgggMAAAcAIAOAAwAADAAggQMAAAwAIIIDAAAMACADgAMAACcAIIEDAAAnACCCAwAAJwAgA4ADAAA3ACCBAwAANwAgggMAADcAIAOAAwAAOwAggQMAADsAIIIDAAA7ACADgAMAAB4AIIEDAAAeACCCAwAAHgAgC6QCAACBBAAwpQIAAIYBABCmAgAAgQQAMKcCAQDPAwAhswJAANIDACG_AgEAzwMAIeICAQDPAwAh_QIBAM8DACGDAwEAzwMAIYQDQADpAwAhhQNAAOkDACEJpAIAAIIEADClAgAAcAAQpgIAAIIEADCnAgEAzwMAIbMCQADSAwAh_QIBAM8DACGGAwEAzwMAIYcDAQDPAwAhiAMBAM8DACESBAAAhAQAIAUAAPsDACAMAAD8AwAgEAAAhQQAIBMAAP0DACAXAAD-AwAgGQAAgAQAIBoAAIYEACAbAACHBAAgpAIAAIMEADClAgAAXQAQpgIAAIMEADCnAgEA4QMAIbMCQADkAwAh_QIBAOEDACGGAwEA4QMAIYcDAQDhAwAhiAMBAOEDACEDgAMAAAMAIIEDAAADACCCAwAAAwAgA4ADAAAiACCBAwAAIgAgggMAACIAIAOAAwAASwAggQMAAEsAIIIDAABLACADgAMAAE8AIIEDAABPACCCAwAATwAgCwMAAIoEACCkAgAAiAQAMKUCAABPABCmAgAAiAQAMKcCAQDhAwAhqQIBAOEDACGzAkAA5AMAIb8CAQDhAwAhxAIBAOEDACHFAgEA4QMAIcYCQACJBAAhCLQCQAAAAAG1AkAAAAAFtgJAAAAABbcCQAAAAAG4AkAAAAABuQJAAAAAAboCQAAAAAG7AkAA6wMAIRQEAACEBAAgBQAA-wMAIAwAAPwDACAQAACFBAAgEwAA_QMAIBcAAP4DACAZAACABAAgGgAAhgQAIBsAAIcEACCkAgAAgwQAMKUCAABdABCmAgAAgwQAMKcCAQDhAwAhswJAAOQDACH9AgEA4QMAIYYDAQDhAwAhhwMBAOEDACGIAwEA4QMAIZADAABdACCRAwAAXQAgBK4CAQAAAAG_AgEAAAABxwIBAAAAAcgCAQAAAAELAwAAigQAIKQCAACMBAAwpQIAAEsAEKYCAACMBAAwpwIBAOEDACGpAgEA4QMAIa4CAQDhAwAhswJAAOQDACG_AgEA4QMAIccCAQDhAwAhyAIBAOEDACEOBwAAjgQAIAgAAI8EACCkAgAAjQQAMKUCAAA7ABCmAgAAjQQAMKcCAQDhAwAhswJAAOQDACHMAgEA4QMAIfACAQDiAwAh-AIBAOEDACH5AgEA4gMAIfoCAQDhAwAh-wIBAOEDACH8AgEA4gMAIREFAAD7AwAgDAAA_AMAIBMAAP0DACAUAACABAAgFwAA_gMAIBgAAP8DACCkAgAA-gMAMKUCAAAQABCmAgAA-gMAMKcCAQDhAwAhswJAAOQDACHCAgIA4AMAIf0CAQDhAwAh_gIBAOEDACH_AgEA4QMAIZADAAAQACCRAwAAEAAgA4ADAAASACCBAwAAEgAgggMAABIAIAKpAgEAAAAB1gICAAAAAQKsAgEAAAAB1wICAAAAAQ8GAACUBAAgFgAAigQAIKQCAACSBAAwpQIAADcAEKYCAACSBAAwpwIBAOEDACGpAgEA4QMAIawCAQDiAwAhrwIgAOMDACGzAkAA5AMAIcQCAQDhAwAhxQIBAOEDACHWAgIA4AMAIdcCAgCTBAAh2AIBAOEDACEItAICAAAAAbUCAgAAAAW2AgIAAAAFtwICAAAAAbgCAgAAAAG5AgIAAAABugICAAAAAbsCAgDZAwAhEQUAAPsDACAMAAD8AwAgEwAA_QMAIBQAAIAEACAXAAD-AwAgGAAA_wMAIKQCAAD6AwAwpQIAABAAEKYCAAD6AwAwpwIBAOEDACGzAkAA5AMAIcICAgDgAwAh_QIBAOEDACH-AgEA4QMAIf8CAQDhAwAhkAMAABAAIJEDAAAQACATBgAAlAQAIA8AAJcEACARAACWBAAgEgAAigQAIKQCAACVBAAwpQIAACcAEKYCAACVBAAwpwIBAOEDACGpAgEA4QMAIaoCAQDiAwAhrAIBAOIDACGtAgEA4QMAIbICAQDhAwAhswJAAOQDACHZAgEA4gMAIdoCQACJBAAh2wJAAIkEACHcAkAAiQQAId0CAQDiAwAhJQYAAJQEACALAACbBAAgDwAAlwQAIBIAAIoEACATAAD9AwAgFQAApAQAIKQCAACjBAAwpQIAAAwAEKYCAACjBAAwpwIBAOEDACGpAgEA4QMAIawCAQDiAwAhrQIBAOEDACGuAgEA4QMAIbMCQADkAwAhwAIBAOEDACHLAgEA4QMAIdoCQACJBAAh2wJAAIkEACHcAkAAiQQAId0CAQDiAwAh3gIBAOEDACHfAgIA4AMAIeACAgDgAwAh4QIBAOEDACHiAgEA4QMAIeMCAQDhAwAh5AIBAOEDACHlAgEA4QMAIeYCAQDhAwAh5wJAAOQDACHoAkAAiQQAIekCAQDiAwAh6gJAAIkEACHrAgEA4gMAIZADAAAMACCRAwAADAAgGwYAAJQEACALAACbBAAgDAAA_AMAIA4AAIoEACAQAACFBAAgEwAA_QMAIKQCAACaBAAwpQIAAB4AEKYCAACaBAAwpwIBAOEDACGpAgEA4QMAIbMCQADkAwAhwAIBAOEDACHCAgIA4AMAIcsCAQDhAwAhzAIBAOEDACHNAgEA4QMAIc4CAQDiAwAhzwIBAOIDACHQAkAA5AMAIdECQACJBAAh0gJAAIkEACHTAgEA4gMAIdQCAQDhAwAh1QJAAIkEACGQAwAAHgAgkQMAAB4AIAoDAACKBAAgDwAAmQQAIKQCAACYBAAwpQIAACIAEKYCAACYBAAwpwIBAOEDACGsAgEA4QMAIb8CAQDhAwAhyQJAAOQDACHKAkAAiQQAIRsGAACUBAAgCwAAmwQAIAwAAPwDACAOAACKBAAgEAAAhQQAIBMAAP0DACCkAgAAmgQAMKUCAAAeABCmAgAAmgQAMKcCAQDhAwAhqQIBAOEDACGzAkAA5AMAIcACAQDhAwAhwgICAOADACHLAgEA4QMAIcwCAQDhAwAhzQIBAOEDACHOAgEA4gMAIc8CAQDiAwAh0AJAAOQDACHRAkAAiQQAIdICQACJBAAh0wIBAOIDACHUAgEA4QMAIdUCQACJBAAhkAMAAB4AIJEDAAAeACAZBgAAlAQAIAsAAJsEACAMAAD8AwAgDgAAigQAIBAAAIUEACATAAD9AwAgpAIAAJoEADClAgAAHgAQpgIAAJoEADCnAgEA4QMAIakCAQDhAwAhswJAAOQDACHAAgEA4QMAIcICAgDgAwAhywIBAOEDACHMAgEA4QMAIc0CAQDhAwAhzgIBAOIDACHPAgEA4gMAIdACQADkAwAh0QJAAIkEACHSAkAAiQQAIdMCAQDiAwAh1AIBAOEDACHVAkAAiQQAIRIKAAChBAAgDAAA_AMAIA0AAKIEACAUAACABAAgpAIAAKAEADClAgAAEgAQpgIAAKAEADCnAgEA4QMAIbMCQADkAwAhwAIBAOEDACHkAgEA4QMAIfMCAgDgAwAh9AIBAOEDACH1AgEA4QMAIfYCAQDiAwAh9wIBAOIDACGQAwAAEgAgkQMAABIAIALLAgEAAAAB7QIBAAAAARAKAQDhAwAhCwAAmwQAIAwAAPwDACCkAgAAnQQAMKUCAAAXABCmAgAAnQQAMKcCAQDhAwAhrgIBAOEDACHLAgEA4QMAIewCAgDgAwAh7QIBAOEDACHuAgEA4gMAIe8CAQDiAwAh8AIBAOIDACHxAiAA4wMAIfICAQDiAwAhAsACAQAAAAHzAgIAAAABAsACAQAAAAH0AgEAAAABEAoAAKEEACAMAAD8AwAgDQAAogQAIBQAAIAEACCkAgAAoAQAMKUCAAASABCmAgAAoAQAMKcCAQDhAwAhswJAAOQDACHAAgEA4QMAIeQCAQDhAwAh8wICAOADACH0AgEA4QMAIfUCAQDhAwAh9gIBAOIDACH3AgEA4gMAIRAHAACOBAAgCAAAjwQAIKQCAACNBAAwpQIAADsAEKYCAACNBAAwpwIBAOEDACGzAkAA5AMAIcwCAQDhAwAh8AIBAOIDACH4AgEA4QMAIfkCAQDiAwAh-gIBAOEDACH7AgEA4QMAIfwCAQDiAwAhkAMAADsAIJEDAAA7ACADgAMAABcAIIEDAAAXACCCAwAAFwAgIwYAAJQEACALAACbBAAgDwAAlwQAIBIAAIoEACATAAD9AwAgFQAApAQAIKQCAACjBAAwpQIAAAwAEKYCAACjBAAwpwIBAOEDACGpAgEA4QMAIawCAQDiAwAhrQIBAOEDACGuAgEA4QMAIbMCQADkAwAhwAIBAOEDACHLAgEA4QMAIdoCQACJBAAh2wJAAIkEACHcAkAAiQQAId0CAQDiAwAh3gIBAOEDACHfAgIA4AMAIeACAgDgAwAh4QIBAOEDACHiAgEA4QMAIeMCAQDhAwAh5AIBAOEDACHlAgEA4QMAIeYCAQDhAwAh5wJAAOQDACHoAkAAiQQAIekCAQDiAwAh6gJAAIkEACHrAgEA4gMAIRIKAQDhAwAhCwAAmwQAIAwAAPwDACCkAgAAnQQAMKUCAAAXABCmAgAAnQQAMKcCAQDhAwAhrgIBAOEDACHLAgEA4QMAIewCAgDgAwAh7QIBAOEDACHuAgEA4gMAIe8CAQDiAwAh8AIBAOIDACHxAiAA4wMAIfICAQDiAwAhkAMAABcAIJEDAAAXACACqQIBAAAAAb8CAQAAAAEKAwAAigQAIAYAAJQEACCkAgAApgQAMKUCAAAHABCmAgAApgQAMKcCAQDhAwAhqQIBAOEDACG_AgEA4QMAIckCQADkAwAh8gIBAOEDACEMAwAAigQAIKQCAACnBAAwpQIAAAMAEKYCAACnBAAwpwIBAOEDACGzAkAA5AMAIb8CAQDhAwAh4gIBAOEDACH9AgEA4QMAIYMDAQDhAwAhhANAAIkEACGFA0AAiQQAIQAAAAAAAAGVAwEAAAABAZUDAQAAAAEBlQMgAAAAAQGVA0AAAAABBZUDAgAAAAGbAwIAAAABnAMCAAAAAZ0DAgAAAAGeAwIAAAABAAAAAAAAAAABlQNAAAAAAQUoAADqCAAgKQAA7QgAIJIDAADrCAAgkwMAAOwIACCYAwAAAQAgAygAAOoIACCSAwAA6wgAIJgDAAABACAAAAAFKAAA5QgAICkAAOgIACCSAwAA5ggAIJMDAADnCAAgmAMAAAEAIAMoAADlCAAgkgMAAOYIACCYAwAAAQAgAAAABSgAAN0IACApAADjCAAgkgMAAN4IACCTAwAA4ggAIJgDAAAgACAFKAAA2wgAICkAAOAIACCSAwAA3AgAIJMDAADfCAAgmAMAAAEAIAMoAADdCAAgkgMAAN4IACCYAwAAIAAgAygAANsIACCSAwAA3AgAIJgDAAABACAAAAAAAAUoAACkCAAgKQAA2QgAIJIDAAClCAAgkwMAANgIACCYAwAAiQEAIAUoAACiCAAgKQAA1ggAIJIDAACjCAAgkwMAANUIACCYAwAAFAAgBSgAAKAIACApAADTCAAgkgMAAKEIACCTAwAA0ggAIJgDAAABACALKAAAiAUAMCkAAI0FADCSAwAAiQUAMJMDAACKBQAwlAMAAIsFACCVAwAAjAUAMJYDAACMBQAwlwMAAIwFADCYAwAAjAUAMJkDAACOBQAwmgMAAI8FADALKAAA5wQAMCkAAOwEADCSAwAA6AQAMJMDAADpBAAwlAMAAOoEACCVAwAA6wQAMJYDAADrBAAwlwMAAOsEADCYAwAA6wQAMJkDAADtBAAwmgMAAO4EADALKAAA1QQAMCkAANoEADCSAwAA1gQAMJMDAADXBAAwlAMAANgEACCVAwAA2QQAMJYDAADZBAAwlwMAANkEADCYAwAA2QQAMJkDAADbBAAwmgMAANwEADAOBgAA5AQAIBEAAOUEACASAADmBAAgpwIBAAAAAakCAQAAAAGqAgEAAAABrQIBAAAAAbICAQAAAAGzAkAAAAAB2QIBAAAAAdoCQAAAAAHbAkAAAAAB3AJAAAAAAd0CAQAAAAECAAAAKQAgKAAA4wQAIAMAAAApACAoAADjBAAgKQAA3wQAIAEhAADRCAAwEwYAAJQEACAPAACXBAAgEQAAlgQAIBIAAIoEACCkAgAAlQQAMKUCAAAnABCmAgAAlQQAMKcCAQAAAAGpAgEA4QMAIaoCAQDiAwAhrAIBAOIDACGtAgEA4QMAIbICAQDhAwAhswJAAOQDACHZAgEA4gMAIdoCQACJBAAh2wJAAIkEACHcAkAAiQQAId0CAQDiAwAhAgAAACkAICEAAN8EACACAAAA3QQAICEAAN4EACAPpAIAANwEADClAgAA3QQAEKYCAADcBAAwpwIBAOEDACGpAgEA4QMAIaoCAQDiAwAhrAIBAOIDACGtAgEA4QMAIbICAQDhAwAhswJAAOQDACHZAgEA4gMAIdoCQACJBAAh2wJAAIkEACHcAkAAiQQAId0CAQDiAwAhD6QCAADcBAAwpQIAAN0EABCmAgAA3AQAMKcCAQDhAwAhqQIBAOEDACGqAgEA4gMAIawCAQDiAwAhrQIBAOEDACGyAgEA4QMAIbMCQADkAwAh2QIBAOIDACHaAkAAiQQAIdsCQACJBAAh3AJAAIkEACHdAgEA4gMAIQunAgEArgQAIakCAQCuBAAhqgIBAK8EACGtAgEArgQAIbICAQCuBAAhswJAALEEACHZAgEArwQAIdoCQAC7BAAh2wJAALsEACHcAkAAuwQAId0CAQCvBAAhDgYAAOAEACARAADhBAAgEgAA4gQAIKcCAQCuBAAhqQIBAK4EACGqAgEArwQAIa0CAQCuBAAhsgIBAK4EACGzAkAAsQQAIdkCAQCvBAAh2gJAALsEACHbAkAAuwQAIdwCQAC7BAAh3QIBAK8EACEFKAAAxggAICkAAM8IACCSAwAAxwgAIJMDAADOCAAgmAMAAIkBACAHKAAAxAgAICkAAMwIACCSAwAAxQgAIJMDAADLCAAglgMAAAwAIJcDAAAMACCYAwAADgAgBSgAAMIIACApAADJCAAgkgMAAMMIACCTAwAAyAgAIJgDAAABACAOBgAA5AQAIBEAAOUEACASAADmBAAgpwIBAAAAAakCAQAAAAGqAgEAAAABrQIBAAAAAbICAQAAAAGzAkAAAAAB2QIBAAAAAdoCQAAAAAHbAkAAAAAB3AJAAAAAAd0CAQAAAAEDKAAAxggAIJIDAADHCAAgmAMAAIkBACADKAAAxAgAIJIDAADFCAAgmAMAAA4AIAMoAADCCAAgkgMAAMMIACCYAwAAAQAgHgYAAIMFACALAACEBQAgEgAAhgUAIBMAAIcFACAVAACFBQAgpwIBAAAAAakCAQAAAAGtAgEAAAABrgIBAAAAAbMCQAAAAAHAAgEAAAABywIBAAAAAdoCQAAAAAHbAkAAAAAB3AJAAAAAAd0CAQAAAAHeAgEAAAAB3wICAAAAAeACAgAAAAHhAgEAAAAB4gIBAAAAAeMCAQAAAAHkAgEAAAAB5QIBAAAAAeYCAQAAAAHnAkAAAAAB6AJAAAAAAekCAQAAAAHqAkAAAAAB6wIBAAAAAQIAAAAOACAoAACCBQAgAwAAAA4AICgAAIIFACApAADxBAAgASEAAMEIADAjBgAAlAQAIAsAAJsEACAPAACXBAAgEgAAigQAIBMAAP0DACAVAACkBAAgpAIAAKMEADClAgAADAAQpgIAAKMEADCnAgEAAAABqQIBAOEDACGsAgEA4gMAIa0CAQDhAwAhrgIBAOEDACGzAkAA5AMAIcACAQDhAwAhywIBAOEDACHaAkAAiQQAIdsCQACJBAAh3AJAAIkEACHdAgEA4gMAId4CAQDhAwAh3wICAOADACHgAgIA4AMAIeECAQDhAwAh4gIBAOEDACHjAgEA4QMAIeQCAQDhAwAh5QIBAOEDACHmAgEA4QMAIecCQADkAwAh6AJAAIkEACHpAgEA4gMAIeoCQACJBAAh6wIBAOIDACECAAAADgAgIQAA8QQAIAIAAADvBAAgIQAA8AQAIB2kAgAA7gQAMKUCAADvBAAQpgIAAO4EADCnAgEA4QMAIakCAQDhAwAhrAIBAOIDACGtAgEA4QMAIa4CAQDhAwAhswJAAOQDACHAAgEA4QMAIcsCAQDhAwAh2gJAAIkEACHbAkAAiQQAIdwCQACJBAAh3QIBAOIDACHeAgEA4QMAId8CAgDgAwAh4AICAOADACHhAgEA4QMAIeICAQDhAwAh4wIBAOEDACHkAgEA4QMAIeUCAQDhAwAh5gIBAOEDACHnAkAA5AMAIegCQACJBAAh6QIBAOIDACHqAkAAiQQAIesCAQDiAwAhHaQCAADuBAAwpQIAAO8EABCmAgAA7gQAMKcCAQDhAwAhqQIBAOEDACGsAgEA4gMAIa0CAQDhAwAhrgIBAOEDACGzAkAA5AMAIcACAQDhAwAhywIBAOEDACHaAkAAiQQAIdsCQACJBAAh3AJAAIkEACHdAgEA4gMAId4CAQDhAwAh3wICAOADACHgAgIA4AMAIeECAQDhAwAh4gIBAOEDACHjAgEA4QMAIeQCAQDhAwAh5QIBAOEDACHmAgEA4QMAIecCQADkAwAh6AJAAIkEACHpAgEA4gMAIeoCQACJBAAh6wIBAOIDACEZpwIBAK4EACGpAgEArgQAIa0CAQCuBAAhrgIBAK4EACGzAkAAsQQAIcACAQCuBAAhywIBAK4EACHaAkAAuwQAIdsCQAC7BAAh3AJAALsEACHdAgEArwQAId4CAQCuBAAh3wICALIEACHgAgIAsgQAIeECAQCuBAAh4gIBAK4EACHjAgEArgQAIeQCAQCuBAAh5QIBAK4EACHmAgEArgQAIecCQACxBAAh6AJAALsEACHpAgEArwQAIeoCQAC7BAAh6wIBAK8EACEeBgAA8gQAIAsAAPMEACASAAD1BAAgEwAA9gQAIBUAAPQEACCnAgEArgQAIakCAQCuBAAhrQIBAK4EACGuAgEArgQAIbMCQACxBAAhwAIBAK4EACHLAgEArgQAIdoCQAC7BAAh2wJAALsEACHcAkAAuwQAId0CAQCvBAAh3gIBAK4EACHfAgIAsgQAIeACAgCyBAAh4QIBAK4EACHiAgEArgQAIeMCAQCuBAAh5AIBAK4EACHlAgEArgQAIeYCAQCuBAAh5wJAALEEACHoAkAAuwQAIekCAQCvBAAh6gJAALsEACHrAgEArwQAIQUoAACtCAAgKQAAvwgAIJIDAACuCAAgkwMAAL4IACCYAwAAiQEAIAUoAACrCAAgKQAAvAgAIJIDAACsCAAgkwMAALsIACCYAwAAFAAgBSgAAKkIACApAAC5CAAgkgMAAKoIACCTAwAAuAgAIJgDAAAZACAFKAAApwgAICkAALYIACCSAwAAqAgAIJMDAAC1CAAgmAMAAAEAIAsoAAD3BAAwKQAA-wQAMJIDAAD4BAAwkwMAAPkEADCUAwAA-gQAIJUDAADZBAAwlgMAANkEADCXAwAA2QQAMJgDAADZBAAwmQMAAPwEADCaAwAA3AQAMA4GAADkBAAgDwAAgQUAIBIAAOYEACCnAgEAAAABqQIBAAAAAawCAQAAAAGtAgEAAAABsgIBAAAAAbMCQAAAAAHZAgEAAAAB2gJAAAAAAdsCQAAAAAHcAkAAAAAB3QIBAAAAAQIAAAApACAoAACABQAgAwAAACkAICgAAIAFACApAAD-BAAgASEAALQIADACAAAAKQAgIQAA_gQAIAIAAADdBAAgIQAA_QQAIAunAgEArgQAIakCAQCuBAAhrAIBAK8EACGtAgEArgQAIbICAQCuBAAhswJAALEEACHZAgEArwQAIdoCQAC7BAAh2wJAALsEACHcAkAAuwQAId0CAQCvBAAhDgYAAOAEACAPAAD_BAAgEgAA4gQAIKcCAQCuBAAhqQIBAK4EACGsAgEArwQAIa0CAQCuBAAhsgIBAK4EACGzAkAAsQQAIdkCAQCvBAAh2gJAALsEACHbAkAAuwQAIdwCQAC7BAAh3QIBAK8EACEHKAAArwgAICkAALIIACCSAwAAsAgAIJMDAACxCAAglgMAAB4AIJcDAAAeACCYAwAAIAAgDgYAAOQEACAPAACBBQAgEgAA5gQAIKcCAQAAAAGpAgEAAAABrAIBAAAAAa0CAQAAAAGyAgEAAAABswJAAAAAAdkCAQAAAAHaAkAAAAAB2wJAAAAAAdwCQAAAAAHdAgEAAAABAygAAK8IACCSAwAAsAgAIJgDAAAgACAeBgAAgwUAIAsAAIQFACASAACGBQAgEwAAhwUAIBUAAIUFACCnAgEAAAABqQIBAAAAAa0CAQAAAAGuAgEAAAABswJAAAAAAcACAQAAAAHLAgEAAAAB2gJAAAAAAdsCQAAAAAHcAkAAAAAB3QIBAAAAAd4CAQAAAAHfAgIAAAAB4AICAAAAAeECAQAAAAHiAgEAAAAB4wIBAAAAAeQCAQAAAAHlAgEAAAAB5gIBAAAAAecCQAAAAAHoAkAAAAAB6QIBAAAAAeoCQAAAAAHrAgEAAAABAygAAK0IACCSAwAArggAIJgDAACJAQAgAygAAKsIACCSAwAArAgAIJgDAAAUACADKAAAqQgAIJIDAACqCAAgmAMAABkAIAMoAACnCAAgkgMAAKgIACCYAwAAAQAgBCgAAPcEADCSAwAA-AQAMJQDAAD6BAAgmAMAANkEADAFAwAAyQQAIKcCAQAAAAG_AgEAAAAByQJAAAAAAcoCQAAAAAECAAAAJAAgKAAAkwUAIAMAAAAkACAoAACTBQAgKQAAkgUAIAEhAACmCAAwCgMAAIoEACAPAACZBAAgpAIAAJgEADClAgAAIgAQpgIAAJgEADCnAgEAAAABrAIBAOEDACG_AgEA4QMAIckCQADkAwAhygJAAIkEACECAAAAJAAgIQAAkgUAIAIAAACQBQAgIQAAkQUAIAikAgAAjwUAMKUCAACQBQAQpgIAAI8FADCnAgEA4QMAIawCAQDhAwAhvwIBAOEDACHJAkAA5AMAIcoCQACJBAAhCKQCAACPBQAwpQIAAJAFABCmAgAAjwUAMKcCAQDhAwAhrAIBAOEDACG_AgEA4QMAIckCQADkAwAhygJAAIkEACEEpwIBAK4EACG_AgEArgQAIckCQACxBAAhygJAALsEACEFAwAAxwQAIKcCAQCuBAAhvwIBAK4EACHJAkAAsQQAIcoCQAC7BAAhBQMAAMkEACCnAgEAAAABvwIBAAAAAckCQAAAAAHKAkAAAAABAygAAKQIACCSAwAApQgAIJgDAACJAQAgAygAAKIIACCSAwAAowgAIJgDAAAUACADKAAAoAgAIJIDAAChCAAgmAMAAAEAIAQoAACIBQAwkgMAAIkFADCUAwAAiwUAIJgDAACMBQAwBCgAAOcEADCSAwAA6AQAMJQDAADqBAAgmAMAAOsEADAEKAAA1QQAMJIDAADWBAAwlAMAANgEACCYAwAA2QQAMAAAAAAABZUDAgAAAAGbAwIAAAABnAMCAAAAAZ0DAgAAAAGeAwIAAAABBSgAAJgIACApAACeCAAgkgMAAJkIACCTAwAAnQgAIJgDAACJAQAgBSgAAJYIACApAACbCAAgkgMAAJcIACCTAwAAmggAIJgDAAABACADKAAAmAgAIJIDAACZCAAgmAMAAIkBACADKAAAlggAIJIDAACXCAAgmAMAAAEAIAAAAAAAAAAABygAAJEIACApAACUCAAgkgMAAJIIACCTAwAAkwgAIJYDAAAeACCXAwAAHgAgmAMAACAAIAMoAACRCAAgkgMAAJIIACCYAwAAIAAgAAAAAAAFKAAAiwgAICkAAI8IACCSAwAAjAgAIJMDAACOCAAgmAMAABQAIAsoAAC1BQAwKQAAuQUAMJIDAAC2BQAwkwMAALcFADCUAwAAuAUAIJUDAADrBAAwlgMAAOsEADCXAwAA6wQAMJgDAADrBAAwmQMAALoFADCaAwAA7gQAMB4GAACDBQAgCwAAhAUAIA8AAK0FACASAACGBQAgEwAAhwUAIKcCAQAAAAGpAgEAAAABrAIBAAAAAa0CAQAAAAGuAgEAAAABswJAAAAAAcACAQAAAAHLAgEAAAAB2gJAAAAAAdsCQAAAAAHcAkAAAAAB3QIBAAAAAd8CAgAAAAHgAgIAAAAB4QIBAAAAAeICAQAAAAHjAgEAAAAB5AIBAAAAAeUCAQAAAAHmAgEAAAAB5wJAAAAAAegCQAAAAAHpAgEAAAAB6gJAAAAAAesCAQAAAAECAAAADgAgKAAAvQUAIAMAAAAOACAoAAC9BQAgKQAAvAUAIAEhAACNCAAwAgAAAA4AICEAALwFACACAAAA7wQAICEAALsFACAZpwIBAK4EACGpAgEArgQAIawCAQCvBAAhrQIBAK4EACGuAgEArgQAIbMCQACxBAAhwAIBAK4EACHLAgEArgQAIdoCQAC7BAAh2wJAALsEACHcAkAAuwQAId0CAQCvBAAh3wICALIEACHgAgIAsgQAIeECAQCuBAAh4gIBAK4EACHjAgEArgQAIeQCAQCuBAAh5QIBAK4EACHmAgEArgQAIecCQACxBAAh6AJAALsEACHpAgEArwQAIeoCQAC7BAAh6wIBAK8EACEeBgAA8gQAIAsAAPMEACAPAACsBQAgEgAA9QQAIBMAAPYEACCnAgEArgQAIakCAQCuBAAhrAIBAK8EACGtAgEArgQAIa4CAQCuBAAhswJAALEEACHAAgEArgQAIcsCAQCuBAAh2gJAALsEACHbAkAAuwQAIdwCQAC7BAAh3QIBAK8EACHfAgIAsgQAIeACAgCyBAAh4QIBAK4EACHiAgEArgQAIeMCAQCuBAAh5AIBAK4EACHlAgEArgQAIeYCAQCuBAAh5wJAALEEACHoAkAAuwQAIekCAQCvBAAh6gJAALsEACHrAgEArwQAIR4GAACDBQAgCwAAhAUAIA8AAK0FACASAACGBQAgEwAAhwUAIKcCAQAAAAGpAgEAAAABrAIBAAAAAa0CAQAAAAGuAgEAAAABswJAAAAAAcACAQAAAAHLAgEAAAAB2gJAAAAAAdsCQAAAAAHcAkAAAAAB3QIBAAAAAd8CAgAAAAHgAgIAAAAB4QIBAAAAAeICAQAAAAHjAgEAAAAB5AIBAAAAAeUCAQAAAAHmAgEAAAAB5wJAAAAAAegCQAAAAAHpAgEAAAAB6gJAAAAAAesCAQAAAAEDKAAAiwgAIJIDAACMCAAgmAMAABQAIAQoAAC1BQAwkgMAALYFADCUAwAAuAUAIJgDAADrBAAwAAAAAAAFKAAAgwgAICkAAIkIACCSAwAAhAgAIJMDAACICAAgmAMAAD0AIAsoAADeBQAwKQAA4wUAMJIDAADfBQAwkwMAAOAFADCUAwAA4QUAIJUDAADiBQAwlgMAAOIFADCXAwAA4gUAMJgDAADiBQAwmQMAAOQFADCaAwAA5QUAMAsoAADVBQAwKQAA2QUAMJIDAADWBQAwkwMAANcFADCUAwAA2AUAIJUDAADrBAAwlgMAAOsEADCXAwAA6wQAMJgDAADrBAAwmQMAANoFADCaAwAA7gQAMAsoAADJBQAwKQAAzgUAMJIDAADKBQAwkwMAAMsFADCUAwAAzAUAIJUDAADNBQAwlgMAAM0FADCXAwAAzQUAMJgDAADNBQAwmQMAAM8FADCaAwAA0AUAMBQGAACUBQAgDAAAmAUAIA4AAJYFACAQAACXBQAgEwAAmQUAIKcCAQAAAAGpAgEAAAABswJAAAAAAcACAQAAAAHCAgIAAAABzAIBAAAAAc0CAQAAAAHOAgEAAAABzwIBAAAAAdACQAAAAAHRAkAAAAAB0gJAAAAAAdMCAQAAAAHUAgEAAAAB1QJAAAAAAQIAAAAgACAoAADUBQAgAwAAACAAICgAANQFACApAADTBQAgASEAAIcIADAZBgAAlAQAIAsAAJsEACAMAAD8AwAgDgAAigQAIBAAAIUEACATAAD9AwAgpAIAAJoEADClAgAAHgAQpgIAAJoEADCnAgEAAAABqQIBAOEDACGzAkAA5AMAIcACAQDhAwAhwgICAOADACHLAgEA4QMAIcwCAQDhAwAhzQIBAOEDACHOAgEA4gMAIc8CAQDiAwAh0AJAAOQDACHRAkAAiQQAIdICQACJBAAh0wIBAOIDACHUAgEA4QMAIdUCQACJBAAhAgAAACAAICEAANMFACACAAAA0QUAICEAANIFACATpAIAANAFADClAgAA0QUAEKYCAADQBQAwpwIBAOEDACGpAgEA4QMAIbMCQADkAwAhwAIBAOEDACHCAgIA4AMAIcsCAQDhAwAhzAIBAOEDACHNAgEA4QMAIc4CAQDiAwAhzwIBAOIDACHQAkAA5AMAIdECQACJBAAh0gJAAIkEACHTAgEA4gMAIdQCAQDhAwAh1QJAAIkEACETpAIAANAFADClAgAA0QUAEKYCAADQBQAwpwIBAOEDACGpAgEA4QMAIbMCQADkAwAhwAIBAOEDACHCAgIA4AMAIcsCAQDhAwAhzAIBAOEDACHNAgEA4QMAIc4CAQDiAwAhzwIBAOIDACHQAkAA5AMAIdECQACJBAAh0gJAAIkEACHTAgEA4gMAIdQCAQDhAwAh1QJAAIkEACEPpwIBAK4EACGpAgEArgQAIbMCQACxBAAhwAIBAK4EACHCAgIAsgQAIcwCAQCuBAAhzQIBAK4EACHOAgEArwQAIc8CAQCvBAAh0AJAALEEACHRAkAAuwQAIdICQAC7BAAh0wIBAK8EACHUAgEArgQAIdUCQAC7BAAhFAYAAM8EACAMAADTBAAgDgAA0QQAIBAAANIEACATAADUBAAgpwIBAK4EACGpAgEArgQAIbMCQACxBAAhwAIBAK4EACHCAgIAsgQAIcwCAQCuBAAhzQIBAK4EACHOAgEArwQAIc8CAQCvBAAh0AJAALEEACHRAkAAuwQAIdICQAC7BAAh0wIBAK8EACHUAgEArgQAIdUCQAC7BAAhFAYAAJQFACAMAACYBQAgDgAAlgUAIBAAAJcFACATAACZBQAgpwIBAAAAAakCAQAAAAGzAkAAAAABwAIBAAAAAcICAgAAAAHMAgEAAAABzQIBAAAAAc4CAQAAAAHPAgEAAAAB0AJAAAAAAdECQAAAAAHSAkAAAAAB0wIBAAAAAdQCAQAAAAHVAkAAAAABHgYAAIMFACAPAACtBQAgEgAAhgUAIBMAAIcFACAVAACFBQAgpwIBAAAAAakCAQAAAAGsAgEAAAABrQIBAAAAAa4CAQAAAAGzAkAAAAABwAIBAAAAAdoCQAAAAAHbAkAAAAAB3AJAAAAAAd0CAQAAAAHeAgEAAAAB3wICAAAAAeACAgAAAAHhAgEAAAAB4gIBAAAAAeMCAQAAAAHkAgEAAAAB5QIBAAAAAeYCAQAAAAHnAkAAAAAB6AJAAAAAAekCAQAAAAHqAkAAAAAB6wIBAAAAAQIAAAAOACAoAADdBQAgAwAAAA4AICgAAN0FACApAADcBQAgASEAAIYIADACAAAADgAgIQAA3AUAIAIAAADvBAAgIQAA2wUAIBmnAgEArgQAIakCAQCuBAAhrAIBAK8EACGtAgEArgQAIa4CAQCuBAAhswJAALEEACHAAgEArgQAIdoCQAC7BAAh2wJAALsEACHcAkAAuwQAId0CAQCvBAAh3gIBAK4EACHfAgIAsgQAIeACAgCyBAAh4QIBAK4EACHiAgEArgQAIeMCAQCuBAAh5AIBAK4EACHlAgEArgQAIeYCAQCuBAAh5wJAALEEACHoAkAAuwQAIekCAQCvBAAh6gJAALsEACHrAgEArwQAIR4GAADyBAAgDwAArAUAIBIAAPUEACATAAD2BAAgFQAA9AQAIKcCAQCuBAAhqQIBAK4EACGsAgEArwQAIa0CAQCuBAAhrgIBAK4EACGzAkAAsQQAIcACAQCuBAAh2gJAALsEACHbAkAAuwQAIdwCQAC7BAAh3QIBAK8EACHeAgEArgQAId8CAgCyBAAh4AICALIEACHhAgEArgQAIeICAQCuBAAh4wIBAK4EACHkAgEArgQAIeUCAQCuBAAh5gIBAK4EACHnAkAAsQQAIegCQAC7BAAh6QIBAK8EACHqAkAAuwQAIesCAQCvBAAhHgYAAIMFACAPAACtBQAgEgAAhgUAIBMAAIcFACAVAACFBQAgpwIBAAAAAakCAQAAAAGsAgEAAAABrQIBAAAAAa4CAQAAAAGzAkAAAAABwAIBAAAAAdoCQAAAAAHbAkAAAAAB3AJAAAAAAd0CAQAAAAHeAgEAAAAB3wICAAAAAeACAgAAAAHhAgEAAAAB4gIBAAAAAeMCAQAAAAHkAgEAAAAB5QIBAAAAAeYCAQAAAAHnAkAAAAAB6AJAAAAAAekCAQAAAAHqAkAAAAAB6wIBAAAAAQsKAQAAAAEMAAC_BQAgpwIBAAAAAa4CAQAAAAHsAgIAAAAB7QIBAAAAAe4CAQAAAAHvAgEAAAAB8AIBAAAAAfECIAAAAAHyAgEAAAABAgAAABkAICgAAOkFACADAAAAGQAgKAAA6QUAICkAAOgFACABIQAAhQgAMBEKAQDhAwAhCwAAmwQAIAwAAPwDACCkAgAAnQQAMKUCAAAXABCmAgAAnQQAMKcCAQAAAAGuAgEA4QMAIcsCAQDhAwAh7AICAOADACHtAgEA4QMAIe4CAQDiAwAh7wIBAOIDACHwAgEA4gMAIfECIADjAwAh8gIBAOIDACGMAwAAnAQAIAIAAAAZACAhAADoBQAgAgAAAOYFACAhAADnBQAgDgoBAOEDACGkAgAA5QUAMKUCAADmBQAQpgIAAOUFADCnAgEA4QMAIa4CAQDhAwAhywIBAOEDACHsAgIA4AMAIe0CAQDhAwAh7gIBAOIDACHvAgEA4gMAIfACAQDiAwAh8QIgAOMDACHyAgEA4gMAIQ4KAQDhAwAhpAIAAOUFADClAgAA5gUAEKYCAADlBQAwpwIBAOEDACGuAgEA4QMAIcsCAQDhAwAh7AICAOADACHtAgEA4QMAIe4CAQDiAwAh7wIBAOIDACHwAgEA4gMAIfECIADjAwAh8gIBAOIDACEKCgEArgQAIacCAQCuBAAhrgIBAK4EACHsAgIAsgQAIe0CAQCuBAAh7gIBAK8EACHvAgEArwQAIfACAQCvBAAh8QIgALAEACHyAgEArwQAIQsKAQCuBAAhDAAAtAUAIKcCAQCuBAAhrgIBAK4EACHsAgIAsgQAIe0CAQCuBAAh7gIBAK8EACHvAgEArwQAIfACAQCvBAAh8QIgALAEACHyAgEArwQAIQsKAQAAAAEMAAC_BQAgpwIBAAAAAa4CAQAAAAHsAgIAAAAB7QIBAAAAAe4CAQAAAAHvAgEAAAAB8AIBAAAAAfECIAAAAAHyAgEAAAABAygAAIMIACCSAwAAhAgAIJgDAAA9ACAEKAAA3gUAMJIDAADfBQAwlAMAAOEFACCYAwAA4gUAMAQoAADVBQAwkgMAANYFADCUAwAA2AUAIJgDAADrBAAwBCgAAMkFADCSAwAAygUAMJQDAADMBQAgmAMAAM0FADAAAAAHKAAA_QcAICkAAIEIACCSAwAA_gcAIJMDAACACAAglgMAABAAIJcDAAAQACCYAwAAiQEAIAsoAADzBQAwKQAA-AUAMJIDAAD0BQAwkwMAAPUFADCUAwAA9gUAIJUDAAD3BQAwlgMAAPcFADCXAwAA9wUAMJgDAAD3BQAwmQMAAPkFADCaAwAA-gUAMAsMAADsBQAgDQAA6wUAIBQAAO0FACCnAgEAAAABswJAAAAAAeQCAQAAAAHzAgIAAAAB9AIBAAAAAfUCAQAAAAH2AgEAAAAB9wIBAAAAAQIAAAAUACAoAAD-BQAgAwAAABQAICgAAP4FACApAAD9BQAgASEAAP8HADASCgAAoQQAIAwAAPwDACANAACiBAAgFAAAgAQAIKQCAACgBAAwpQIAABIAEKYCAACgBAAwpwIBAAAAAbMCQADkAwAhwAIBAOEDACHkAgEA4QMAIfMCAgDgAwAh9AIBAOEDACH1AgEA4QMAIfYCAQDiAwAh9wIBAOIDACGNAwAAngQAII4DAACfBAAgAgAAABQAICEAAP0FACACAAAA-wUAICEAAPwFACAMpAIAAPoFADClAgAA-wUAEKYCAAD6BQAwpwIBAOEDACGzAkAA5AMAIcACAQDhAwAh5AIBAOEDACHzAgIA4AMAIfQCAQDhAwAh9QIBAOEDACH2AgEA4gMAIfcCAQDiAwAhDKQCAAD6BQAwpQIAAPsFABCmAgAA-gUAMKcCAQDhAwAhswJAAOQDACHAAgEA4QMAIeQCAQDhAwAh8wICAOADACH0AgEA4QMAIfUCAQDhAwAh9gIBAOIDACH3AgEA4gMAIQinAgEArgQAIbMCQACxBAAh5AIBAK4EACHzAgIAsgQAIfQCAQCuBAAh9QIBAK4EACH2AgEArwQAIfcCAQCvBAAhCwwAAMcFACANAADGBQAgFAAAyAUAIKcCAQCuBAAhswJAALEEACHkAgEArgQAIfMCAgCyBAAh9AIBAK4EACH1AgEArgQAIfYCAQCvBAAh9wIBAK8EACELDAAA7AUAIA0AAOsFACAUAADtBQAgpwIBAAAAAbMCQAAAAAHkAgEAAAAB8wICAAAAAfQCAQAAAAH1AgEAAAAB9gIBAAAAAfcCAQAAAAEDKAAA_QcAIJIDAAD-BwAgmAMAAIkBACAEKAAA8wUAMJIDAAD0BQAwlAMAAPYFACCYAwAA9wUAMAAAAAUoAAD1BwAgKQAA-wcAIJIDAAD2BwAgkwMAAPoHACCYAwAAiQEAIAUoAADzBwAgKQAA-AcAIJIDAAD0BwAgkwMAAPcHACCYAwAAAQAgAygAAPUHACCSAwAA9gcAIJgDAACJAQAgAygAAPMHACCSAwAA9AcAIJgDAAABACAAAAAAAAsoAADGBgAwKQAAywYAMJIDAADHBgAwkwMAAMgGADCUAwAAyQYAIJUDAADKBgAwlgMAAMoGADCXAwAAygYAMJgDAADKBgAwmQMAAMwGADCaAwAAzQYAMAsoAAC9BgAwKQAAwQYAMJIDAAC-BgAwkwMAAL8GADCUAwAAwAYAIJUDAADrBAAwlgMAAOsEADCXAwAA6wQAMJgDAADrBAAwmQMAAMIGADCaAwAA7gQAMAsoAAC0BgAwKQAAuAYAMJIDAAC1BgAwkwMAALYGADCUAwAAtwYAIJUDAADZBAAwlgMAANkEADCXAwAA2QQAMJgDAADZBAAwmQMAALkGADCaAwAA3AQAMAsoAACoBgAwKQAArQYAMJIDAACpBgAwkwMAAKoGADCUAwAAqwYAIJUDAACsBgAwlgMAAKwGADCXAwAArAYAMJgDAACsBgAwmQMAAK4GADCaAwAArwYAMAsoAACcBgAwKQAAoQYAMJIDAACdBgAwkwMAAJ4GADCUAwAAnwYAIJUDAACgBgAwlgMAAKAGADCXAwAAoAYAMJgDAACgBgAwmQMAAKIGADCaAwAAowYAMAsoAACTBgAwKQAAlwYAMJIDAACUBgAwkwMAAJUGADCUAwAAlgYAIJUDAADNBQAwlgMAAM0FADCXAwAAzQUAMJgDAADNBQAwmQMAAJgGADCaAwAA0AUAMBQLAACVBQAgDAAAmAUAIA4AAJYFACAQAACXBQAgEwAAmQUAIKcCAQAAAAGzAkAAAAABwAIBAAAAAcICAgAAAAHLAgEAAAABzAIBAAAAAc0CAQAAAAHOAgEAAAABzwIBAAAAAdACQAAAAAHRAkAAAAAB0gJAAAAAAdMCAQAAAAHUAgEAAAAB1QJAAAAAAQIAAAAgACAoAACbBgAgAwAAACAAICgAAJsGACApAACaBgAgASEAAPIHADACAAAAIAAgIQAAmgYAIAIAAADRBQAgIQAAmQYAIA-nAgEArgQAIbMCQACxBAAhwAIBAK4EACHCAgIAsgQAIcsCAQCuBAAhzAIBAK4EACHNAgEArgQAIc4CAQCvBAAhzwIBAK8EACHQAkAAsQQAIdECQAC7BAAh0gJAALsEACHTAgEArwQAIdQCAQCuBAAh1QJAALsEACEUCwAA0AQAIAwAANMEACAOAADRBAAgEAAA0gQAIBMAANQEACCnAgEArgQAIbMCQACxBAAhwAIBAK4EACHCAgIAsgQAIcsCAQCuBAAhzAIBAK4EACHNAgEArgQAIc4CAQCvBAAhzwIBAK8EACHQAkAAsQQAIdECQAC7BAAh0gJAALsEACHTAgEArwQAIdQCAQCuBAAh1QJAALsEACEUCwAAlQUAIAwAAJgFACAOAACWBQAgEAAAlwUAIBMAAJkFACCnAgEAAAABswJAAAAAAcACAQAAAAHCAgIAAAABywIBAAAAAcwCAQAAAAHNAgEAAAABzgIBAAAAAc8CAQAAAAHQAkAAAAAB0QJAAAAAAdICQAAAAAHTAgEAAAAB1AIBAAAAAdUCQAAAAAEJCAAAgAYAIKcCAQAAAAGzAkAAAAABzAIBAAAAAfACAQAAAAH4AgEAAAAB-QIBAAAAAfoCAQAAAAH7AgEAAAABAgAAAD0AICgAAKcGACADAAAAPQAgKAAApwYAICkAAKYGACABIQAA8QcAMA4HAACOBAAgCAAAjwQAIKQCAACNBAAwpQIAADsAEKYCAACNBAAwpwIBAAAAAbMCQADkAwAhzAIBAOEDACHwAgEA4gMAIfgCAQAAAAH5AgEA4gMAIfoCAQDhAwAh-wIBAOEDACH8AgEA4gMAIQIAAAA9ACAhAACmBgAgAgAAAKQGACAhAAClBgAgDKQCAACjBgAwpQIAAKQGABCmAgAAowYAMKcCAQDhAwAhswJAAOQDACHMAgEA4QMAIfACAQDiAwAh-AIBAOEDACH5AgEA4gMAIfoCAQDhAwAh-wIBAOEDACH8AgEA4gMAIQykAgAAowYAMKUCAACkBgAQpgIAAKMGADCnAgEA4QMAIbMCQADkAwAhzAIBAOEDACHwAgEA4gMAIfgCAQDhAwAh-QIBAOIDACH6AgEA4QMAIfsCAQDhAwAh_AIBAOIDACEIpwIBAK4EACGzAkAAsQQAIcwCAQCuBAAh8AIBAK8EACH4AgEArgQAIfkCAQCvBAAh-gIBAK4EACH7AgEArgQAIQkIAADyBQAgpwIBAK4EACGzAkAAsQQAIcwCAQCuBAAh8AIBAK8EACH4AgEArgQAIfkCAQCvBAAh-gIBAK4EACH7AgEArgQAIQkIAACABgAgpwIBAAAAAbMCQAAAAAHMAgEAAAAB8AIBAAAAAfgCAQAAAAH5AgEAAAAB-gIBAAAAAfsCAQAAAAEKFgAAowUAIKcCAQAAAAGsAgEAAAABrwIgAAAAAbMCQAAAAAHEAgEAAAABxQIBAAAAAdYCAgAAAAHXAgIAAAAB2AIBAAAAAQIAAAA5ACAoAACzBgAgAwAAADkAICgAALMGACApAACyBgAgASEAAPAHADARBgAAlAQAIBYAAIoEACCkAgAAkgQAMKUCAAA3ABCmAgAAkgQAMKcCAQAAAAGpAgEA4QMAIawCAQDiAwAhrwIgAOMDACGzAkAA5AMAIcQCAQDhAwAhxQIBAOEDACHWAgIA4AMAIdcCAgCTBAAh2AIBAOEDACGKAwAAkAQAIIsDAACRBAAgAgAAADkAICEAALIGACACAAAAsAYAICEAALEGACANpAIAAK8GADClAgAAsAYAEKYCAACvBgAwpwIBAOEDACGpAgEA4QMAIawCAQDiAwAhrwIgAOMDACGzAkAA5AMAIcQCAQDhAwAhxQIBAOEDACHWAgIA4AMAIdcCAgCTBAAh2AIBAOEDACENpAIAAK8GADClAgAAsAYAEKYCAACvBgAwpwIBAOEDACGpAgEA4QMAIawCAQDiAwAhrwIgAOMDACGzAkAA5AMAIcQCAQDhAwAhxQIBAOEDACHWAgIA4AMAIdcCAgCTBAAh2AIBAOEDACEJpwIBAK4EACGsAgEArwQAIa8CIACwBAAhswJAALEEACHEAgEArgQAIcUCAQCuBAAh1gICALIEACHXAgIAnwUAIdgCAQCuBAAhChYAAKEFACCnAgEArgQAIawCAQCvBAAhrwIgALAEACGzAkAAsQQAIcQCAQCuBAAhxQIBAK4EACHWAgIAsgQAIdcCAgCfBQAh2AIBAK4EACEKFgAAowUAIKcCAQAAAAGsAgEAAAABrwIgAAAAAbMCQAAAAAHEAgEAAAABxQIBAAAAAdYCAgAAAAHXAgIAAAAB2AIBAAAAAQ4PAACBBQAgEQAA5QQAIBIAAOYEACCnAgEAAAABqgIBAAAAAawCAQAAAAGtAgEAAAABsgIBAAAAAbMCQAAAAAHZAgEAAAAB2gJAAAAAAdsCQAAAAAHcAkAAAAAB3QIBAAAAAQIAAAApACAoAAC8BgAgAwAAACkAICgAALwGACApAAC7BgAgASEAAO8HADACAAAAKQAgIQAAuwYAIAIAAADdBAAgIQAAugYAIAunAgEArgQAIaoCAQCvBAAhrAIBAK8EACGtAgEArgQAIbICAQCuBAAhswJAALEEACHZAgEArwQAIdoCQAC7BAAh2wJAALsEACHcAkAAuwQAId0CAQCvBAAhDg8AAP8EACARAADhBAAgEgAA4gQAIKcCAQCuBAAhqgIBAK8EACGsAgEArwQAIa0CAQCuBAAhsgIBAK4EACGzAkAAsQQAIdkCAQCvBAAh2gJAALsEACHbAkAAuwQAIdwCQAC7BAAh3QIBAK8EACEODwAAgQUAIBEAAOUEACASAADmBAAgpwIBAAAAAaoCAQAAAAGsAgEAAAABrQIBAAAAAbICAQAAAAGzAkAAAAAB2QIBAAAAAdoCQAAAAAHbAkAAAAAB3AJAAAAAAd0CAQAAAAEeCwAAhAUAIA8AAK0FACASAACGBQAgEwAAhwUAIBUAAIUFACCnAgEAAAABrAIBAAAAAa0CAQAAAAGuAgEAAAABswJAAAAAAcACAQAAAAHLAgEAAAAB2gJAAAAAAdsCQAAAAAHcAkAAAAAB3QIBAAAAAd4CAQAAAAHfAgIAAAAB4AICAAAAAeECAQAAAAHiAgEAAAAB4wIBAAAAAeQCAQAAAAHlAgEAAAAB5gIBAAAAAecCQAAAAAHoAkAAAAAB6QIBAAAAAeoCQAAAAAHrAgEAAAABAgAAAA4AICgAAMUGACADAAAADgAgKAAAxQYAICkAAMQGACABIQAA7gcAMAIAAAAOACAhAADEBgAgAgAAAO8EACAhAADDBgAgGacCAQCuBAAhrAIBAK8EACGtAgEArgQAIa4CAQCuBAAhswJAALEEACHAAgEArgQAIcsCAQCuBAAh2gJAALsEACHbAkAAuwQAIdwCQAC7BAAh3QIBAK8EACHeAgEArgQAId8CAgCyBAAh4AICALIEACHhAgEArgQAIeICAQCuBAAh4wIBAK4EACHkAgEArgQAIeUCAQCuBAAh5gIBAK4EACHnAkAAsQQAIegCQAC7BAAh6QIBAK8EACHqAkAAuwQAIesCAQCvBAAhHgsAAPMEACAPAACsBQAgEgAA9QQAIBMAAPYEACAVAAD0BAAgpwIBAK4EACGsAgEArwQAIa0CAQCuBAAhrgIBAK4EACGzAkAAsQQAIcACAQCuBAAhywIBAK4EACHaAkAAuwQAIdsCQAC7BAAh3AJAALsEACHdAgEArwQAId4CAQCuBAAh3wICALIEACHgAgIAsgQAIeECAQCuBAAh4gIBAK4EACHjAgEArgQAIeQCAQCuBAAh5QIBAK4EACHmAgEArgQAIecCQACxBAAh6AJAALsEACHpAgEArwQAIeoCQAC7BAAh6wIBAK8EACEeCwAAhAUAIA8AAK0FACASAACGBQAgEwAAhwUAIBUAAIUFACCnAgEAAAABrAIBAAAAAa0CAQAAAAGuAgEAAAABswJAAAAAAcACAQAAAAHLAgEAAAAB2gJAAAAAAdsCQAAAAAHcAkAAAAAB3QIBAAAAAd4CAQAAAAHfAgIAAAAB4AICAAAAAeECAQAAAAHiAgEAAAAB4wIBAAAAAeQCAQAAAAHlAgEAAAAB5gIBAAAAAecCQAAAAAHoAkAAAAAB6QIBAAAAAeoCQAAAAAHrAgEAAAABBQMAAIcGACCnAgEAAAABvwIBAAAAAckCQAAAAAHyAgEAAAABAgAAAAkAICgAANEGACADAAAACQAgKAAA0QYAICkAANAGACABIQAA7QcAMAsDAACKBAAgBgAAlAQAIKQCAACmBAAwpQIAAAcAEKYCAACmBAAwpwIBAAAAAakCAQDhAwAhvwIBAOEDACHJAkAA5AMAIfICAQDhAwAhjwMAAKUEACACAAAACQAgIQAA0AYAIAIAAADOBgAgIQAAzwYAIAikAgAAzQYAMKUCAADOBgAQpgIAAM0GADCnAgEA4QMAIakCAQDhAwAhvwIBAOEDACHJAkAA5AMAIfICAQDhAwAhCKQCAADNBgAwpQIAAM4GABCmAgAAzQYAMKcCAQDhAwAhqQIBAOEDACG_AgEA4QMAIckCQADkAwAh8gIBAOEDACEEpwIBAK4EACG_AgEArgQAIckCQACxBAAh8gIBAK4EACEFAwAAhQYAIKcCAQCuBAAhvwIBAK4EACHJAkAAsQQAIfICAQCuBAAhBQMAAIcGACCnAgEAAAABvwIBAAAAAckCQAAAAAHyAgEAAAABBCgAAMYGADCSAwAAxwYAMJQDAADJBgAgmAMAAMoGADAEKAAAvQYAMJIDAAC-BgAwlAMAAMAGACCYAwAA6wQAMAQoAAC0BgAwkgMAALUGADCUAwAAtwYAIJgDAADZBAAwBCgAAKgGADCSAwAAqQYAMJQDAACrBgAgmAMAAKwGADAEKAAAnAYAMJIDAACdBgAwlAMAAJ8GACCYAwAAoAYAMAQoAACTBgAwkgMAAJQGADCUAwAAlgYAIJgDAADNBQAwAAAAAAAAAAAABSgAAOgHACApAADrBwAgkgMAAOkHACCTAwAA6gcAIJgDAAABACADKAAA6AcAIJIDAADpBwAgmAMAAAEAIAAAAAsoAAC9BwAwKQAAwgcAMJIDAAC-BwAwkwMAAL8HADCUAwAAwAcAIJUDAADBBwAwlgMAAMEHADCXAwAAwQcAMJgDAADBBwAwmQMAAMMHADCaAwAAxAcAMAsoAAC0BwAwKQAAuAcAMJIDAAC1BwAwkwMAALYHADCUAwAAtwcAIJUDAADKBgAwlgMAAMoGADCXAwAAygYAMJgDAADKBgAwmQMAALkHADCaAwAAzQYAMAsoAACrBwAwKQAArwcAMJIDAACsBwAwkwMAAK0HADCUAwAArgcAIJUDAADrBAAwlgMAAOsEADCXAwAA6wQAMJgDAADrBAAwmQMAALAHADCaAwAA7gQAMAsoAACiBwAwKQAApgcAMJIDAACjBwAwkwMAAKQHADCUAwAApQcAIJUDAADZBAAwlgMAANkEADCXAwAA2QQAMJgDAADZBAAwmQMAAKcHADCaAwAA3AQAMAsoAACZBwAwKQAAnQcAMJIDAACaBwAwkwMAAJsHADCUAwAAnAcAIJUDAACsBgAwlgMAAKwGADCXAwAArAYAMJgDAACsBgAwmQMAAJ4HADCaAwAArwYAMAsoAACQBwAwKQAAlAcAMJIDAACRBwAwkwMAAJIHADCUAwAAkwcAIJUDAADNBQAwlgMAAM0FADCXAwAAzQUAMJgDAADNBQAwmQMAAJUHADCaAwAA0AUAMAsoAACHBwAwKQAAiwcAMJIDAACIBwAwkwMAAIkHADCUAwAAigcAIJUDAACMBQAwlgMAAIwFADCXAwAAjAUAMJgDAACMBQAwmQMAAIwHADCaAwAAjwUAMAsoAAD7BgAwKQAAgAcAMJIDAAD8BgAwkwMAAP0GADCUAwAA_gYAIJUDAAD_BgAwlgMAAP8GADCXAwAA_wYAMJgDAAD_BgAwmQMAAIEHADCaAwAAggcAMAsoAADvBgAwKQAA9AYAMJIDAADwBgAwkwMAAPEGADCUAwAA8gYAIJUDAADzBgAwlgMAAPMGADCXAwAA8wYAMJgDAADzBgAwmQMAAPUGADCaAwAA9gYAMAanAgEAAAABqQIBAAAAAbMCQAAAAAHEAgEAAAABxQIBAAAAAcYCQAAAAAECAAAAUQAgKAAA-gYAIAMAAABRACAoAAD6BgAgKQAA-QYAIAEhAADnBwAwCwMAAIoEACCkAgAAiAQAMKUCAABPABCmAgAAiAQAMKcCAQAAAAGpAgEA4QMAIbMCQADkAwAhvwIBAOEDACHEAgEA4QMAIcUCAQDhAwAhxgJAAIkEACECAAAAUQAgIQAA-QYAIAIAAAD3BgAgIQAA-AYAIAqkAgAA9gYAMKUCAAD3BgAQpgIAAPYGADCnAgEA4QMAIakCAQDhAwAhswJAAOQDACG_AgEA4QMAIcQCAQDhAwAhxQIBAOEDACHGAkAAiQQAIQqkAgAA9gYAMKUCAAD3BgAQpgIAAPYGADCnAgEA4QMAIakCAQDhAwAhswJAAOQDACG_AgEA4QMAIcQCAQDhAwAhxQIBAOEDACHGAkAAiQQAIQanAgEArgQAIakCAQCuBAAhswJAALEEACHEAgEArgQAIcUCAQCuBAAhxgJAALsEACEGpwIBAK4EACGpAgEArgQAIbMCQACxBAAhxAIBAK4EACHFAgEArgQAIcYCQAC7BAAhBqcCAQAAAAGpAgEAAAABswJAAAAAAcQCAQAAAAHFAgEAAAABxgJAAAAAAQanAgEAAAABqQIBAAAAAa4CAQAAAAGzAkAAAAABxwIBAAAAAcgCAQAAAAECAAAATQAgKAAAhgcAIAMAAABNACAoAACGBwAgKQAAhQcAIAEhAADmBwAwDAMAAIoEACCkAgAAjAQAMKUCAABLABCmAgAAjAQAMKcCAQAAAAGpAgEA4QMAIa4CAQDhAwAhswJAAOQDACG_AgEA4QMAIccCAQDhAwAhyAIBAOEDACGJAwAAiwQAIAIAAABNACAhAACFBwAgAgAAAIMHACAhAACEBwAgCqQCAACCBwAwpQIAAIMHABCmAgAAggcAMKcCAQDhAwAhqQIBAOEDACGuAgEA4QMAIbMCQADkAwAhvwIBAOEDACHHAgEA4QMAIcgCAQDhAwAhCqQCAACCBwAwpQIAAIMHABCmAgAAggcAMKcCAQDhAwAhqQIBAOEDACGuAgEA4QMAIbMCQADkAwAhvwIBAOEDACHHAgEA4QMAIcgCAQDhAwAhBqcCAQCuBAAhqQIBAK4EACGuAgEArgQAIbMCQACxBAAhxwIBAK4EACHIAgEArgQAIQanAgEArgQAIakCAQCuBAAhrgIBAK4EACGzAkAAsQQAIccCAQCuBAAhyAIBAK4EACEGpwIBAAAAAakCAQAAAAGuAgEAAAABswJAAAAAAccCAQAAAAHIAgEAAAABBQ8AAMgEACCnAgEAAAABrAIBAAAAAckCQAAAAAHKAkAAAAABAgAAACQAICgAAI8HACADAAAAJAAgKAAAjwcAICkAAI4HACABIQAA5QcAMAIAAAAkACAhAACOBwAgAgAAAJAFACAhAACNBwAgBKcCAQCuBAAhrAIBAK4EACHJAkAAsQQAIcoCQAC7BAAhBQ8AAMYEACCnAgEArgQAIawCAQCuBAAhyQJAALEEACHKAkAAuwQAIQUPAADIBAAgpwIBAAAAAawCAQAAAAHJAkAAAAABygJAAAAAARQGAACUBQAgCwAAlQUAIAwAAJgFACAQAACXBQAgEwAAmQUAIKcCAQAAAAGpAgEAAAABswJAAAAAAcACAQAAAAHCAgIAAAABywIBAAAAAcwCAQAAAAHOAgEAAAABzwIBAAAAAdACQAAAAAHRAkAAAAAB0gJAAAAAAdMCAQAAAAHUAgEAAAAB1QJAAAAAAQIAAAAgACAoAACYBwAgAwAAACAAICgAAJgHACApAACXBwAgASEAAOQHADACAAAAIAAgIQAAlwcAIAIAAADRBQAgIQAAlgcAIA-nAgEArgQAIakCAQCuBAAhswJAALEEACHAAgEArgQAIcICAgCyBAAhywIBAK4EACHMAgEArgQAIc4CAQCvBAAhzwIBAK8EACHQAkAAsQQAIdECQAC7BAAh0gJAALsEACHTAgEArwQAIdQCAQCuBAAh1QJAALsEACEUBgAAzwQAIAsAANAEACAMAADTBAAgEAAA0gQAIBMAANQEACCnAgEArgQAIakCAQCuBAAhswJAALEEACHAAgEArgQAIcICAgCyBAAhywIBAK4EACHMAgEArgQAIc4CAQCvBAAhzwIBAK8EACHQAkAAsQQAIdECQAC7BAAh0gJAALsEACHTAgEArwQAIdQCAQCuBAAh1QJAALsEACEUBgAAlAUAIAsAAJUFACAMAACYBQAgEAAAlwUAIBMAAJkFACCnAgEAAAABqQIBAAAAAbMCQAAAAAHAAgEAAAABwgICAAAAAcsCAQAAAAHMAgEAAAABzgIBAAAAAc8CAQAAAAHQAkAAAAAB0QJAAAAAAdICQAAAAAHTAgEAAAAB1AIBAAAAAdUCQAAAAAEKBgAAogUAIKcCAQAAAAGpAgEAAAABrAIBAAAAAa8CIAAAAAGzAkAAAAABxAIBAAAAAcUCAQAAAAHWAgIAAAAB1wICAAAAAQIAAAA5ACAoAAChBwAgAwAAADkAICgAAKEHACApAACgBwAgASEAAOMHADACAAAAOQAgIQAAoAcAIAIAAACwBgAgIQAAnwcAIAmnAgEArgQAIakCAQCuBAAhrAIBAK8EACGvAiAAsAQAIbMCQACxBAAhxAIBAK4EACHFAgEArgQAIdYCAgCyBAAh1wICAJ8FACEKBgAAoAUAIKcCAQCuBAAhqQIBAK4EACGsAgEArwQAIa8CIACwBAAhswJAALEEACHEAgEArgQAIcUCAQCuBAAh1gICALIEACHXAgIAnwUAIQoGAACiBQAgpwIBAAAAAakCAQAAAAGsAgEAAAABrwIgAAAAAbMCQAAAAAHEAgEAAAABxQIBAAAAAdYCAgAAAAHXAgIAAAABDgYAAOQEACAPAACBBQAgEQAA5QQAIKcCAQAAAAGpAgEAAAABqgIBAAAAAawCAQAAAAGyAgEAAAABswJAAAAAAdkCAQAAAAHaAkAAAAAB2wJAAAAAAdwCQAAAAAHdAgEAAAABAgAAACkAICgAAKoHACADAAAAKQAgKAAAqgcAICkAAKkHACABIQAA4gcAMAIAAAApACAhAACpBwAgAgAAAN0EACAhAACoBwAgC6cCAQCuBAAhqQIBAK4EACGqAgEArwQAIawCAQCvBAAhsgIBAK4EACGzAkAAsQQAIdkCAQCvBAAh2gJAALsEACHbAkAAuwQAIdwCQAC7BAAh3QIBAK8EACEOBgAA4AQAIA8AAP8EACARAADhBAAgpwIBAK4EACGpAgEArgQAIaoCAQCvBAAhrAIBAK8EACGyAgEArgQAIbMCQACxBAAh2QIBAK8EACHaAkAAuwQAIdsCQAC7BAAh3AJAALsEACHdAgEArwQAIQ4GAADkBAAgDwAAgQUAIBEAAOUEACCnAgEAAAABqQIBAAAAAaoCAQAAAAGsAgEAAAABsgIBAAAAAbMCQAAAAAHZAgEAAAAB2gJAAAAAAdsCQAAAAAHcAkAAAAAB3QIBAAAAAR4GAACDBQAgCwAAhAUAIA8AAK0FACATAACHBQAgFQAAhQUAIKcCAQAAAAGpAgEAAAABrAIBAAAAAa4CAQAAAAGzAkAAAAABwAIBAAAAAcsCAQAAAAHaAkAAAAAB2wJAAAAAAdwCQAAAAAHdAgEAAAAB3gIBAAAAAd8CAgAAAAHgAgIAAAAB4QIBAAAAAeICAQAAAAHjAgEAAAAB5AIBAAAAAeUCAQAAAAHmAgEAAAAB5wJAAAAAAegCQAAAAAHpAgEAAAAB6gJAAAAAAesCAQAAAAECAAAADgAgKAAAswcAIAMAAAAOACAoAACzBwAgKQAAsgcAIAEhAADhBwAwAgAAAA4AICEAALIHACACAAAA7wQAICEAALEHACAZpwIBAK4EACGpAgEArgQAIawCAQCvBAAhrgIBAK4EACGzAkAAsQQAIcACAQCuBAAhywIBAK4EACHaAkAAuwQAIdsCQAC7BAAh3AJAALsEACHdAgEArwQAId4CAQCuBAAh3wICALIEACHgAgIAsgQAIeECAQCuBAAh4gIBAK4EACHjAgEArgQAIeQCAQCuBAAh5QIBAK4EACHmAgEArgQAIecCQACxBAAh6AJAALsEACHpAgEArwQAIeoCQAC7BAAh6wIBAK8EACEeBgAA8gQAIAsAAPMEACAPAACsBQAgEwAA9gQAIBUAAPQEACCnAgEArgQAIakCAQCuBAAhrAIBAK8EACGuAgEArgQAIbMCQACxBAAhwAIBAK4EACHLAgEArgQAIdoCQAC7BAAh2wJAALsEACHcAkAAuwQAId0CAQCvBAAh3gIBAK4EACHfAgIAsgQAIeACAgCyBAAh4QIBAK4EACHiAgEArgQAIeMCAQCuBAAh5AIBAK4EACHlAgEArgQAIeYCAQCuBAAh5wJAALEEACHoAkAAuwQAIekCAQCvBAAh6gJAALsEACHrAgEArwQAIR4GAACDBQAgCwAAhAUAIA8AAK0FACATAACHBQAgFQAAhQUAIKcCAQAAAAGpAgEAAAABrAIBAAAAAa4CAQAAAAGzAkAAAAABwAIBAAAAAcsCAQAAAAHaAkAAAAAB2wJAAAAAAdwCQAAAAAHdAgEAAAAB3gIBAAAAAd8CAgAAAAHgAgIAAAAB4QIBAAAAAeICAQAAAAHjAgEAAAAB5AIBAAAAAeUCAQAAAAHmAgEAAAAB5wJAAAAAAegCQAAAAAHpAgEAAAAB6gJAAAAAAesCAQAAAAEFBgAAhgYAIKcCAQAAAAGpAgEAAAAByQJAAAAAAfICAQAAAAECAAAACQAgKAAAvAcAIAMAAAAJACAoAAC8BwAgKQAAuwcAIAEhAADgBwAwAgAAAAkAICEAALsHACACAAAAzgYAICEAALoHACAEpwIBAK4EACGpAgEArgQAIckCQACxBAAh8gIBAK4EACEFBgAAhAYAIKcCAQCuBAAhqQIBAK4EACHJAkAAsQQAIfICAQCuBAAhBQYAAIYGACCnAgEAAAABqQIBAAAAAckCQAAAAAHyAgEAAAABB6cCAQAAAAGzAkAAAAAB4gIBAAAAAf0CAQAAAAGDAwEAAAABhANAAAAAAYUDQAAAAAECAAAABQAgKAAAyAcAIAMAAAAFACAoAADIBwAgKQAAxwcAIAEhAADfBwAwDAMAAIoEACCkAgAApwQAMKUCAAADABCmAgAApwQAMKcCAQAAAAGzAkAA5AMAIb8CAQDhAwAh4gIBAOEDACH9AgEA4QMAIYMDAQAAAAGEA0AAiQQAIYUDQACJBAAhAgAAAAUAICEAAMcHACACAAAAxQcAICEAAMYHACALpAIAAMQHADClAgAAxQcAEKYCAADEBwAwpwIBAOEDACGzAkAA5AMAIb8CAQDhAwAh4gIBAOEDACH9AgEA4QMAIYMDAQDhAwAhhANAAIkEACGFA0AAiQQAIQukAgAAxAcAMKUCAADFBwAQpgIAAMQHADCnAgEA4QMAIbMCQADkAwAhvwIBAOEDACHiAgEA4QMAIf0CAQDhAwAhgwMBAOEDACGEA0AAiQQAIYUDQACJBAAhB6cCAQCuBAAhswJAALEEACHiAgEArgQAIf0CAQCuBAAhgwMBAK4EACGEA0AAuwQAIYUDQAC7BAAhB6cCAQCuBAAhswJAALEEACHiAgEArgQAIf0CAQCuBAAhgwMBAK4EACGEA0AAuwQAIYUDQAC7BAAhB6cCAQAAAAGzAkAAAAAB4gIBAAAAAf0CAQAAAAGDAwEAAAABhANAAAAAAYUDQAAAAAEEKAAAvQcAMJIDAAC-BwAwlAMAAMAHACCYAwAAwQcAMAQoAAC0BwAwkgMAALUHADCUAwAAtwcAIJgDAADKBgAwBCgAAKsHADCSAwAArAcAMJQDAACuBwAgmAMAAOsEADAEKAAAogcAMJIDAACjBwAwlAMAAKUHACCYAwAA2QQAMAQoAACZBwAwkgMAAJoHADCUAwAAnAcAIJgDAACsBgAwBCgAAJAHADCSAwAAkQcAMJQDAACTBwAgmAMAAM0FADAEKAAAhwcAMJIDAACIBwAwlAMAAIoHACCYAwAAjAUAMAQoAAD7BgAwkgMAAPwGADCUAwAA_gYAIJgDAAD_BgAwBCgAAO8GADCSAwAA8AYAMJQDAADyBgAgmAMAAPMGADAAAAAACQQAANIHACAFAADYBgAgDAAA2QYAIBAAANMHACATAADaBgAgFwAA2wYAIBkAAN0GACAaAADUBwAgGwAA1QcAIAYFAADYBgAgDAAA2QYAIBMAANoGACAUAADdBgAgFwAA2wYAIBgAANwGACAADwYAANcHACALAADbBwAgDwAA2gcAIBIAANYHACATAADaBgAgFQAA3gcAIKwCAACoBAAg2gIAAKgEACDbAgAAqAQAINwCAACoBAAg3QIAAKgEACDoAgAAqAQAIOkCAACoBAAg6gIAAKgEACDrAgAAqAQAIAwGAADXBwAgCwAA2wcAIAwAANkGACAOAADWBwAgEAAA0wcAIBMAANoGACDOAgAAqAQAIM8CAACoBAAg0QIAAKgEACDSAgAAqAQAINMCAACoBAAg1QIAAKgEACAGCgAA3AcAIAwAANkGACANAADdBwAgFAAA3QYAIPYCAACoBAAg9wIAAKgEACAFBwAA1wcAIAgAANgHACDwAgAAqAQAIPkCAACoBAAg_AIAAKgEACAABgsAANsHACAMAADZBgAg7gIAAKgEACDvAgAAqAQAIPACAACoBAAg8gIAAKgEACAHpwIBAAAAAbMCQAAAAAHiAgEAAAAB_QIBAAAAAYMDAQAAAAGEA0AAAAABhQNAAAAAAQSnAgEAAAABqQIBAAAAAckCQAAAAAHyAgEAAAABGacCAQAAAAGpAgEAAAABrAIBAAAAAa4CAQAAAAGzAkAAAAABwAIBAAAAAcsCAQAAAAHaAkAAAAAB2wJAAAAAAdwCQAAAAAHdAgEAAAAB3gIBAAAAAd8CAgAAAAHgAgIAAAAB4QIBAAAAAeICAQAAAAHjAgEAAAAB5AIBAAAAAeUCAQAAAAHmAgEAAAAB5wJAAAAAAegCQAAAAAHpAgEAAAAB6gJAAAAAAesCAQAAAAELpwIBAAAAAakCAQAAAAGqAgEAAAABrAIBAAAAAbICAQAAAAGzAkAAAAAB2QIBAAAAAdoCQAAAAAHbAkAAAAAB3AJAAAAAAd0CAQAAAAEJpwIBAAAAAakCAQAAAAGsAgEAAAABrwIgAAAAAbMCQAAAAAHEAgEAAAABxQIBAAAAAdYCAgAAAAHXAgIAAAABD6cCAQAAAAGpAgEAAAABswJAAAAAAcACAQAAAAHCAgIAAAABywIBAAAAAcwCAQAAAAHOAgEAAAABzwIBAAAAAdACQAAAAAHRAkAAAAAB0gJAAAAAAdMCAQAAAAHUAgEAAAAB1QJAAAAAAQSnAgEAAAABrAIBAAAAAckCQAAAAAHKAkAAAAABBqcCAQAAAAGpAgEAAAABrgIBAAAAAbMCQAAAAAHHAgEAAAAByAIBAAAAAQanAgEAAAABqQIBAAAAAbMCQAAAAAHEAgEAAAABxQIBAAAAAcYCQAAAAAEOBQAAygcAIAwAAMsHACAQAADPBwAgEwAAzAcAIBcAAM0HACAZAADOBwAgGgAA0AcAIBsAANEHACCnAgEAAAABswJAAAAAAf0CAQAAAAGGAwEAAAABhwMBAAAAAYgDAQAAAAECAAAAAQAgKAAA6AcAIAMAAABdACAoAADoBwAgKQAA7AcAIBAAAABdACAFAADnBgAgDAAA6AYAIBAAAOwGACATAADpBgAgFwAA6gYAIBkAAOsGACAaAADtBgAgGwAA7gYAICEAAOwHACCnAgEArgQAIbMCQACxBAAh_QIBAK4EACGGAwEArgQAIYcDAQCuBAAhiAMBAK4EACEOBQAA5wYAIAwAAOgGACAQAADsBgAgEwAA6QYAIBcAAOoGACAZAADrBgAgGgAA7QYAIBsAAO4GACCnAgEArgQAIbMCQACxBAAh_QIBAK4EACGGAwEArgQAIYcDAQCuBAAhiAMBAK4EACEEpwIBAAAAAb8CAQAAAAHJAkAAAAAB8gIBAAAAARmnAgEAAAABrAIBAAAAAa0CAQAAAAGuAgEAAAABswJAAAAAAcACAQAAAAHLAgEAAAAB2gJAAAAAAdsCQAAAAAHcAkAAAAAB3QIBAAAAAd4CAQAAAAHfAgIAAAAB4AICAAAAAeECAQAAAAHiAgEAAAAB4wIBAAAAAeQCAQAAAAHlAgEAAAAB5gIBAAAAAecCQAAAAAHoAkAAAAAB6QIBAAAAAeoCQAAAAAHrAgEAAAABC6cCAQAAAAGqAgEAAAABrAIBAAAAAa0CAQAAAAGyAgEAAAABswJAAAAAAdkCAQAAAAHaAkAAAAAB2wJAAAAAAdwCQAAAAAHdAgEAAAABCacCAQAAAAGsAgEAAAABrwIgAAAAAbMCQAAAAAHEAgEAAAABxQIBAAAAAdYCAgAAAAHXAgIAAAAB2AIBAAAAAQinAgEAAAABswJAAAAAAcwCAQAAAAHwAgEAAAAB-AIBAAAAAfkCAQAAAAH6AgEAAAAB-wIBAAAAAQ-nAgEAAAABswJAAAAAAcACAQAAAAHCAgIAAAABywIBAAAAAcwCAQAAAAHNAgEAAAABzgIBAAAAAc8CAQAAAAHQAkAAAAAB0QJAAAAAAdICQAAAAAHTAgEAAAAB1AIBAAAAAdUCQAAAAAEOBAAAyQcAIAwAAMsHACAQAADPBwAgEwAAzAcAIBcAAM0HACAZAADOBwAgGgAA0AcAIBsAANEHACCnAgEAAAABswJAAAAAAf0CAQAAAAGGAwEAAAABhwMBAAAAAYgDAQAAAAECAAAAAQAgKAAA8wcAIAsMAADTBgAgEwAA1AYAIBQAANcGACAXAADVBgAgGAAA1gYAIKcCAQAAAAGzAkAAAAABwgICAAAAAf0CAQAAAAH-AgEAAAAB_wIBAAAAAQIAAACJAQAgKAAA9QcAIAMAAABdACAoAADzBwAgKQAA-QcAIBAAAABdACAEAADmBgAgDAAA6AYAIBAAAOwGACATAADpBgAgFwAA6gYAIBkAAOsGACAaAADtBgAgGwAA7gYAICEAAPkHACCnAgEArgQAIbMCQACxBAAh_QIBAK4EACGGAwEArgQAIYcDAQCuBAAhiAMBAK4EACEOBAAA5gYAIAwAAOgGACAQAADsBgAgEwAA6QYAIBcAAOoGACAZAADrBgAgGgAA7QYAIBsAAO4GACCnAgEArgQAIbMCQACxBAAh_QIBAK4EACGGAwEArgQAIYcDAQCuBAAhiAMBAK4EACEDAAAAEAAgKAAA9QcAICkAAPwHACANAAAAEAAgDAAAjgYAIBMAAI8GACAUAACSBgAgFwAAkAYAIBgAAJEGACAhAAD8BwAgpwIBAK4EACGzAkAAsQQAIcICAgCyBAAh_QIBAK4EACH-AgEArgQAIf8CAQCuBAAhCwwAAI4GACATAACPBgAgFAAAkgYAIBcAAJAGACAYAACRBgAgpwIBAK4EACGzAkAAsQQAIcICAgCyBAAh_QIBAK4EACH-AgEArgQAIf8CAQCuBAAhCwUAANIGACAMAADTBgAgEwAA1AYAIBQAANcGACAXAADVBgAgpwIBAAAAAbMCQAAAAAHCAgIAAAAB_QIBAAAAAf4CAQAAAAH_AgEAAAABAgAAAIkBACAoAAD9BwAgCKcCAQAAAAGzAkAAAAAB5AIBAAAAAfMCAgAAAAH0AgEAAAAB9QIBAAAAAfYCAQAAAAH3AgEAAAABAwAAABAAICgAAP0HACApAACCCAAgDQAAABAAIAUAAI0GACAMAACOBgAgEwAAjwYAIBQAAJIGACAXAACQBgAgIQAAgggAIKcCAQCuBAAhswJAALEEACHCAgIAsgQAIf0CAQCuBAAh_gIBAK4EACH_AgEArgQAIQsFAACNBgAgDAAAjgYAIBMAAI8GACAUAACSBgAgFwAAkAYAIKcCAQCuBAAhswJAALEEACHCAgIAsgQAIf0CAQCuBAAh_gIBAK4EACH_AgEArgQAIQoHAAD_BQAgpwIBAAAAAbMCQAAAAAHMAgEAAAAB8AIBAAAAAfgCAQAAAAH5AgEAAAAB-gIBAAAAAfsCAQAAAAH8AgEAAAABAgAAAD0AICgAAIMIACAKCgEAAAABpwIBAAAAAa4CAQAAAAHsAgIAAAAB7QIBAAAAAe4CAQAAAAHvAgEAAAAB8AIBAAAAAfECIAAAAAHyAgEAAAABGacCAQAAAAGpAgEAAAABrAIBAAAAAa0CAQAAAAGuAgEAAAABswJAAAAAAcACAQAAAAHaAkAAAAAB2wJAAAAAAdwCQAAAAAHdAgEAAAAB3gIBAAAAAd8CAgAAAAHgAgIAAAAB4QIBAAAAAeICAQAAAAHjAgEAAAAB5AIBAAAAAeUCAQAAAAHmAgEAAAAB5wJAAAAAAegCQAAAAAHpAgEAAAAB6gJAAAAAAesCAQAAAAEPpwIBAAAAAakCAQAAAAGzAkAAAAABwAIBAAAAAcICAgAAAAHMAgEAAAABzQIBAAAAAc4CAQAAAAHPAgEAAAAB0AJAAAAAAdECQAAAAAHSAkAAAAAB0wIBAAAAAdQCAQAAAAHVAkAAAAABAwAAADsAICgAAIMIACApAACKCAAgDAAAADsAIAcAAPEFACAhAACKCAAgpwIBAK4EACGzAkAAsQQAIcwCAQCuBAAh8AIBAK8EACH4AgEArgQAIfkCAQCvBAAh-gIBAK4EACH7AgEArgQAIfwCAQCvBAAhCgcAAPEFACCnAgEArgQAIbMCQACxBAAhzAIBAK4EACHwAgEArwQAIfgCAQCuBAAh-QIBAK8EACH6AgEArgQAIfsCAQCuBAAh_AIBAK8EACEMCgAA6gUAIAwAAOwFACAUAADtBQAgpwIBAAAAAbMCQAAAAAHAAgEAAAAB5AIBAAAAAfMCAgAAAAH0AgEAAAAB9QIBAAAAAfYCAQAAAAH3AgEAAAABAgAAABQAICgAAIsIACAZpwIBAAAAAakCAQAAAAGsAgEAAAABrQIBAAAAAa4CAQAAAAGzAkAAAAABwAIBAAAAAcsCAQAAAAHaAkAAAAAB2wJAAAAAAdwCQAAAAAHdAgEAAAAB3wICAAAAAeACAgAAAAHhAgEAAAAB4gIBAAAAAeMCAQAAAAHkAgEAAAAB5QIBAAAAAeYCAQAAAAHnAkAAAAAB6AJAAAAAAekCAQAAAAHqAkAAAAAB6wIBAAAAAQMAAAASACAoAACLCAAgKQAAkAgAIA4AAAASACAKAADFBQAgDAAAxwUAIBQAAMgFACAhAACQCAAgpwIBAK4EACGzAkAAsQQAIcACAQCuBAAh5AIBAK4EACHzAgIAsgQAIfQCAQCuBAAh9QIBAK4EACH2AgEArwQAIfcCAQCvBAAhDAoAAMUFACAMAADHBQAgFAAAyAUAIKcCAQCuBAAhswJAALEEACHAAgEArgQAIeQCAQCuBAAh8wICALIEACH0AgEArgQAIfUCAQCuBAAh9gIBAK8EACH3AgEArwQAIRUGAACUBQAgCwAAlQUAIA4AAJYFACAQAACXBQAgEwAAmQUAIKcCAQAAAAGpAgEAAAABswJAAAAAAcACAQAAAAHCAgIAAAABywIBAAAAAcwCAQAAAAHNAgEAAAABzgIBAAAAAc8CAQAAAAHQAkAAAAAB0QJAAAAAAdICQAAAAAHTAgEAAAAB1AIBAAAAAdUCQAAAAAECAAAAIAAgKAAAkQgAIAMAAAAeACAoAACRCAAgKQAAlQgAIBcAAAAeACAGAADPBAAgCwAA0AQAIA4AANEEACAQAADSBAAgEwAA1AQAICEAAJUIACCnAgEArgQAIakCAQCuBAAhswJAALEEACHAAgEArgQAIcICAgCyBAAhywIBAK4EACHMAgEArgQAIc0CAQCuBAAhzgIBAK8EACHPAgEArwQAIdACQACxBAAh0QJAALsEACHSAkAAuwQAIdMCAQCvBAAh1AIBAK4EACHVAkAAuwQAIRUGAADPBAAgCwAA0AQAIA4AANEEACAQAADSBAAgEwAA1AQAIKcCAQCuBAAhqQIBAK4EACGzAkAAsQQAIcACAQCuBAAhwgICALIEACHLAgEArgQAIcwCAQCuBAAhzQIBAK4EACHOAgEArwQAIc8CAQCvBAAh0AJAALEEACHRAkAAuwQAIdICQAC7BAAh0wIBAK8EACHUAgEArgQAIdUCQAC7BAAhDgQAAMkHACAFAADKBwAgDAAAywcAIBAAAM8HACATAADMBwAgGQAAzgcAIBoAANAHACAbAADRBwAgpwIBAAAAAbMCQAAAAAH9AgEAAAABhgMBAAAAAYcDAQAAAAGIAwEAAAABAgAAAAEAICgAAJYIACALBQAA0gYAIAwAANMGACATAADUBgAgFAAA1wYAIBgAANYGACCnAgEAAAABswJAAAAAAcICAgAAAAH9AgEAAAAB_gIBAAAAAf8CAQAAAAECAAAAiQEAICgAAJgIACADAAAAXQAgKAAAlggAICkAAJwIACAQAAAAXQAgBAAA5gYAIAUAAOcGACAMAADoBgAgEAAA7AYAIBMAAOkGACAZAADrBgAgGgAA7QYAIBsAAO4GACAhAACcCAAgpwIBAK4EACGzAkAAsQQAIf0CAQCuBAAhhgMBAK4EACGHAwEArgQAIYgDAQCuBAAhDgQAAOYGACAFAADnBgAgDAAA6AYAIBAAAOwGACATAADpBgAgGQAA6wYAIBoAAO0GACAbAADuBgAgpwIBAK4EACGzAkAAsQQAIf0CAQCuBAAhhgMBAK4EACGHAwEArgQAIYgDAQCuBAAhAwAAABAAICgAAJgIACApAACfCAAgDQAAABAAIAUAAI0GACAMAACOBgAgEwAAjwYAIBQAAJIGACAYAACRBgAgIQAAnwgAIKcCAQCuBAAhswJAALEEACHCAgIAsgQAIf0CAQCuBAAh_gIBAK4EACH_AgEArgQAIQsFAACNBgAgDAAAjgYAIBMAAI8GACAUAACSBgAgGAAAkQYAIKcCAQCuBAAhswJAALEEACHCAgIAsgQAIf0CAQCuBAAh_gIBAK4EACH_AgEArgQAIQ4EAADJBwAgBQAAygcAIAwAAMsHACAQAADPBwAgEwAAzAcAIBcAAM0HACAaAADQBwAgGwAA0QcAIKcCAQAAAAGzAkAAAAAB_QIBAAAAAYYDAQAAAAGHAwEAAAABiAMBAAAAAQIAAAABACAoAACgCAAgDAoAAOoFACAMAADsBQAgDQAA6wUAIKcCAQAAAAGzAkAAAAABwAIBAAAAAeQCAQAAAAHzAgIAAAAB9AIBAAAAAfUCAQAAAAH2AgEAAAAB9wIBAAAAAQIAAAAUACAoAACiCAAgCwUAANIGACAMAADTBgAgEwAA1AYAIBcAANUGACAYAADWBgAgpwIBAAAAAbMCQAAAAAHCAgIAAAAB_QIBAAAAAf4CAQAAAAH_AgEAAAABAgAAAIkBACAoAACkCAAgBKcCAQAAAAG_AgEAAAAByQJAAAAAAcoCQAAAAAEOBAAAyQcAIAUAAMoHACAQAADPBwAgEwAAzAcAIBcAAM0HACAZAADOBwAgGgAA0AcAIBsAANEHACCnAgEAAAABswJAAAAAAf0CAQAAAAGGAwEAAAABhwMBAAAAAYgDAQAAAAECAAAAAQAgKAAApwgAIAwKAQAAAAELAAC-BQAgpwIBAAAAAa4CAQAAAAHLAgEAAAAB7AICAAAAAe0CAQAAAAHuAgEAAAAB7wIBAAAAAfACAQAAAAHxAiAAAAAB8gIBAAAAAQIAAAAZACAoAACpCAAgDAoAAOoFACANAADrBQAgFAAA7QUAIKcCAQAAAAGzAkAAAAABwAIBAAAAAeQCAQAAAAHzAgIAAAAB9AIBAAAAAfUCAQAAAAH2AgEAAAAB9wIBAAAAAQIAAAAUACAoAACrCAAgCwUAANIGACATAADUBgAgFAAA1wYAIBcAANUGACAYAADWBgAgpwIBAAAAAbMCQAAAAAHCAgIAAAAB_QIBAAAAAf4CAQAAAAH_AgEAAAABAgAAAIkBACAoAACtCAAgFQYAAJQFACALAACVBQAgDAAAmAUAIA4AAJYFACAQAACXBQAgpwIBAAAAAakCAQAAAAGzAkAAAAABwAIBAAAAAcICAgAAAAHLAgEAAAABzAIBAAAAAc0CAQAAAAHOAgEAAAABzwIBAAAAAdACQAAAAAHRAkAAAAAB0gJAAAAAAdMCAQAAAAHUAgEAAAAB1QJAAAAAAQIAAAAgACAoAACvCAAgAwAAAB4AICgAAK8IACApAACzCAAgFwAAAB4AIAYAAM8EACALAADQBAAgDAAA0wQAIA4AANEEACAQAADSBAAgIQAAswgAIKcCAQCuBAAhqQIBAK4EACGzAkAAsQQAIcACAQCuBAAhwgICALIEACHLAgEArgQAIcwCAQCuBAAhzQIBAK4EACHOAgEArwQAIc8CAQCvBAAh0AJAALEEACHRAkAAuwQAIdICQAC7BAAh0wIBAK8EACHUAgEArgQAIdUCQAC7BAAhFQYAAM8EACALAADQBAAgDAAA0wQAIA4AANEEACAQAADSBAAgpwIBAK4EACGpAgEArgQAIbMCQACxBAAhwAIBAK4EACHCAgIAsgQAIcsCAQCuBAAhzAIBAK4EACHNAgEArgQAIc4CAQCvBAAhzwIBAK8EACHQAkAAsQQAIdECQAC7BAAh0gJAALsEACHTAgEArwQAIdQCAQCuBAAh1QJAALsEACELpwIBAAAAAakCAQAAAAGsAgEAAAABrQIBAAAAAbICAQAAAAGzAkAAAAAB2QIBAAAAAdoCQAAAAAHbAkAAAAAB3AJAAAAAAd0CAQAAAAEDAAAAXQAgKAAApwgAICkAALcIACAQAAAAXQAgBAAA5gYAIAUAAOcGACAQAADsBgAgEwAA6QYAIBcAAOoGACAZAADrBgAgGgAA7QYAIBsAAO4GACAhAAC3CAAgpwIBAK4EACGzAkAAsQQAIf0CAQCuBAAhhgMBAK4EACGHAwEArgQAIYgDAQCuBAAhDgQAAOYGACAFAADnBgAgEAAA7AYAIBMAAOkGACAXAADqBgAgGQAA6wYAIBoAAO0GACAbAADuBgAgpwIBAK4EACGzAkAAsQQAIf0CAQCuBAAhhgMBAK4EACGHAwEArgQAIYgDAQCuBAAhAwAAABcAICgAAKkIACApAAC6CAAgDgAAABcAIAoBAK4EACELAACzBQAgIQAAuggAIKcCAQCuBAAhrgIBAK4EACHLAgEArgQAIewCAgCyBAAh7QIBAK4EACHuAgEArwQAIe8CAQCvBAAh8AIBAK8EACHxAiAAsAQAIfICAQCvBAAhDAoBAK4EACELAACzBQAgpwIBAK4EACGuAgEArgQAIcsCAQCuBAAh7AICALIEACHtAgEArgQAIe4CAQCvBAAh7wIBAK8EACHwAgEArwQAIfECIACwBAAh8gIBAK8EACEDAAAAEgAgKAAAqwgAICkAAL0IACAOAAAAEgAgCgAAxQUAIA0AAMYFACAUAADIBQAgIQAAvQgAIKcCAQCuBAAhswJAALEEACHAAgEArgQAIeQCAQCuBAAh8wICALIEACH0AgEArgQAIfUCAQCuBAAh9gIBAK8EACH3AgEArwQAIQwKAADFBQAgDQAAxgUAIBQAAMgFACCnAgEArgQAIbMCQACxBAAhwAIBAK4EACHkAgEArgQAIfMCAgCyBAAh9AIBAK4EACH1AgEArgQAIfYCAQCvBAAh9wIBAK8EACEDAAAAEAAgKAAArQgAICkAAMAIACANAAAAEAAgBQAAjQYAIBMAAI8GACAUAACSBgAgFwAAkAYAIBgAAJEGACAhAADACAAgpwIBAK4EACGzAkAAsQQAIcICAgCyBAAh_QIBAK4EACH-AgEArgQAIf8CAQCuBAAhCwUAAI0GACATAACPBgAgFAAAkgYAIBcAAJAGACAYAACRBgAgpwIBAK4EACGzAkAAsQQAIcICAgCyBAAh_QIBAK4EACH-AgEArgQAIf8CAQCuBAAhGacCAQAAAAGpAgEAAAABrQIBAAAAAa4CAQAAAAGzAkAAAAABwAIBAAAAAcsCAQAAAAHaAkAAAAAB2wJAAAAAAdwCQAAAAAHdAgEAAAAB3gIBAAAAAd8CAgAAAAHgAgIAAAAB4QIBAAAAAeICAQAAAAHjAgEAAAAB5AIBAAAAAeUCAQAAAAHmAgEAAAAB5wJAAAAAAegCQAAAAAHpAgEAAAAB6gJAAAAAAesCAQAAAAEOBAAAyQcAIAUAAMoHACAMAADLBwAgEAAAzwcAIBcAAM0HACAZAADOBwAgGgAA0AcAIBsAANEHACCnAgEAAAABswJAAAAAAf0CAQAAAAGGAwEAAAABhwMBAAAAAYgDAQAAAAECAAAAAQAgKAAAwggAIB8GAACDBQAgCwAAhAUAIA8AAK0FACASAACGBQAgFQAAhQUAIKcCAQAAAAGpAgEAAAABrAIBAAAAAa0CAQAAAAGuAgEAAAABswJAAAAAAcACAQAAAAHLAgEAAAAB2gJAAAAAAdsCQAAAAAHcAkAAAAAB3QIBAAAAAd4CAQAAAAHfAgIAAAAB4AICAAAAAeECAQAAAAHiAgEAAAAB4wIBAAAAAeQCAQAAAAHlAgEAAAAB5gIBAAAAAecCQAAAAAHoAkAAAAAB6QIBAAAAAeoCQAAAAAHrAgEAAAABAgAAAA4AICgAAMQIACALBQAA0gYAIAwAANMGACAUAADXBgAgFwAA1QYAIBgAANYGACCnAgEAAAABswJAAAAAAcICAgAAAAH9AgEAAAAB_gIBAAAAAf8CAQAAAAECAAAAiQEAICgAAMYIACADAAAAXQAgKAAAwggAICkAAMoIACAQAAAAXQAgBAAA5gYAIAUAAOcGACAMAADoBgAgEAAA7AYAIBcAAOoGACAZAADrBgAgGgAA7QYAIBsAAO4GACAhAADKCAAgpwIBAK4EACGzAkAAsQQAIf0CAQCuBAAhhgMBAK4EACGHAwEArgQAIYgDAQCuBAAhDgQAAOYGACAFAADnBgAgDAAA6AYAIBAAAOwGACAXAADqBgAgGQAA6wYAIBoAAO0GACAbAADuBgAgpwIBAK4EACGzAkAAsQQAIf0CAQCuBAAhhgMBAK4EACGHAwEArgQAIYgDAQCuBAAhAwAAAAwAICgAAMQIACApAADNCAAgIQAAAAwAIAYAAPIEACALAADzBAAgDwAArAUAIBIAAPUEACAVAAD0BAAgIQAAzQgAIKcCAQCuBAAhqQIBAK4EACGsAgEArwQAIa0CAQCuBAAhrgIBAK4EACGzAkAAsQQAIcACAQCuBAAhywIBAK4EACHaAkAAuwQAIdsCQAC7BAAh3AJAALsEACHdAgEArwQAId4CAQCuBAAh3wICALIEACHgAgIAsgQAIeECAQCuBAAh4gIBAK4EACHjAgEArgQAIeQCAQCuBAAh5QIBAK4EACHmAgEArgQAIecCQACxBAAh6AJAALsEACHpAgEArwQAIeoCQAC7BAAh6wIBAK8EACEfBgAA8gQAIAsAAPMEACAPAACsBQAgEgAA9QQAIBUAAPQEACCnAgEArgQAIakCAQCuBAAhrAIBAK8EACGtAgEArgQAIa4CAQCuBAAhswJAALEEACHAAgEArgQAIcsCAQCuBAAh2gJAALsEACHbAkAAuwQAIdwCQAC7BAAh3QIBAK8EACHeAgEArgQAId8CAgCyBAAh4AICALIEACHhAgEArgQAIeICAQCuBAAh4wIBAK4EACHkAgEArgQAIeUCAQCuBAAh5gIBAK4EACHnAkAAsQQAIegCQAC7BAAh6QIBAK8EACHqAkAAuwQAIesCAQCvBAAhAwAAABAAICgAAMYIACApAADQCAAgDQAAABAAIAUAAI0GACAMAACOBgAgFAAAkgYAIBcAAJAGACAYAACRBgAgIQAA0AgAIKcCAQCuBAAhswJAALEEACHCAgIAsgQAIf0CAQCuBAAh_gIBAK4EACH_AgEArgQAIQsFAACNBgAgDAAAjgYAIBQAAJIGACAXAACQBgAgGAAAkQYAIKcCAQCuBAAhswJAALEEACHCAgIAsgQAIf0CAQCuBAAh_gIBAK4EACH_AgEArgQAIQunAgEAAAABqQIBAAAAAaoCAQAAAAGtAgEAAAABsgIBAAAAAbMCQAAAAAHZAgEAAAAB2gJAAAAAAdsCQAAAAAHcAkAAAAAB3QIBAAAAAQMAAABdACAoAACgCAAgKQAA1AgAIBAAAABdACAEAADmBgAgBQAA5wYAIAwAAOgGACAQAADsBgAgEwAA6QYAIBcAAOoGACAaAADtBgAgGwAA7gYAICEAANQIACCnAgEArgQAIbMCQACxBAAh_QIBAK4EACGGAwEArgQAIYcDAQCuBAAhiAMBAK4EACEOBAAA5gYAIAUAAOcGACAMAADoBgAgEAAA7AYAIBMAAOkGACAXAADqBgAgGgAA7QYAIBsAAO4GACCnAgEArgQAIbMCQACxBAAh_QIBAK4EACGGAwEArgQAIYcDAQCuBAAhiAMBAK4EACEDAAAAEgAgKAAAoggAICkAANcIACAOAAAAEgAgCgAAxQUAIAwAAMcFACANAADGBQAgIQAA1wgAIKcCAQCuBAAhswJAALEEACHAAgEArgQAIeQCAQCuBAAh8wICALIEACH0AgEArgQAIfUCAQCuBAAh9gIBAK8EACH3AgEArwQAIQwKAADFBQAgDAAAxwUAIA0AAMYFACCnAgEArgQAIbMCQACxBAAhwAIBAK4EACHkAgEArgQAIfMCAgCyBAAh9AIBAK4EACH1AgEArgQAIfYCAQCvBAAh9wIBAK8EACEDAAAAEAAgKAAApAgAICkAANoIACANAAAAEAAgBQAAjQYAIAwAAI4GACATAACPBgAgFwAAkAYAIBgAAJEGACAhAADaCAAgpwIBAK4EACGzAkAAsQQAIcICAgCyBAAh_QIBAK4EACH-AgEArgQAIf8CAQCuBAAhCwUAAI0GACAMAACOBgAgEwAAjwYAIBcAAJAGACAYAACRBgAgpwIBAK4EACGzAkAAsQQAIcICAgCyBAAh_QIBAK4EACH-AgEArgQAIf8CAQCuBAAhDgQAAMkHACAFAADKBwAgDAAAywcAIBMAAMwHACAXAADNBwAgGQAAzgcAIBoAANAHACAbAADRBwAgpwIBAAAAAbMCQAAAAAH9AgEAAAABhgMBAAAAAYcDAQAAAAGIAwEAAAABAgAAAAEAICgAANsIACAVBgAAlAUAIAsAAJUFACAMAACYBQAgDgAAlgUAIBMAAJkFACCnAgEAAAABqQIBAAAAAbMCQAAAAAHAAgEAAAABwgICAAAAAcsCAQAAAAHMAgEAAAABzQIBAAAAAc4CAQAAAAHPAgEAAAAB0AJAAAAAAdECQAAAAAHSAkAAAAAB0wIBAAAAAdQCAQAAAAHVAkAAAAABAgAAACAAICgAAN0IACADAAAAXQAgKAAA2wgAICkAAOEIACAQAAAAXQAgBAAA5gYAIAUAAOcGACAMAADoBgAgEwAA6QYAIBcAAOoGACAZAADrBgAgGgAA7QYAIBsAAO4GACAhAADhCAAgpwIBAK4EACGzAkAAsQQAIf0CAQCuBAAhhgMBAK4EACGHAwEArgQAIYgDAQCuBAAhDgQAAOYGACAFAADnBgAgDAAA6AYAIBMAAOkGACAXAADqBgAgGQAA6wYAIBoAAO0GACAbAADuBgAgpwIBAK4EACGzAkAAsQQAIf0CAQCuBAAhhgMBAK4EACGHAwEArgQAIYgDAQCuBAAhAwAAAB4AICgAAN0IACApAADkCAAgFwAAAB4AIAYAAM8EACALAADQBAAgDAAA0wQAIA4AANEEACATAADUBAAgIQAA5AgAIKcCAQCuBAAhqQIBAK4EACGzAkAAsQQAIcACAQCuBAAhwgICALIEACHLAgEArgQAIcwCAQCuBAAhzQIBAK4EACHOAgEArwQAIc8CAQCvBAAh0AJAALEEACHRAkAAuwQAIdICQAC7BAAh0wIBAK8EACHUAgEArgQAIdUCQAC7BAAhFQYAAM8EACALAADQBAAgDAAA0wQAIA4AANEEACATAADUBAAgpwIBAK4EACGpAgEArgQAIbMCQACxBAAhwAIBAK4EACHCAgIAsgQAIcsCAQCuBAAhzAIBAK4EACHNAgEArgQAIc4CAQCvBAAhzwIBAK8EACHQAkAAsQQAIdECQAC7BAAh0gJAALsEACHTAgEArwQAIdQCAQCuBAAh1QJAALsEACEOBAAAyQcAIAUAAMoHACAMAADLBwAgEAAAzwcAIBMAAMwHACAXAADNBwAgGQAAzgcAIBsAANEHACCnAgEAAAABswJAAAAAAf0CAQAAAAGGAwEAAAABhwMBAAAAAYgDAQAAAAECAAAAAQAgKAAA5QgAIAMAAABdACAoAADlCAAgKQAA6QgAIBAAAABdACAEAADmBgAgBQAA5wYAIAwAAOgGACAQAADsBgAgEwAA6QYAIBcAAOoGACAZAADrBgAgGwAA7gYAICEAAOkIACCnAgEArgQAIbMCQACxBAAh_QIBAK4EACGGAwEArgQAIYcDAQCuBAAhiAMBAK4EACEOBAAA5gYAIAUAAOcGACAMAADoBgAgEAAA7AYAIBMAAOkGACAXAADqBgAgGQAA6wYAIBsAAO4GACCnAgEArgQAIbMCQACxBAAh_QIBAK4EACGGAwEArgQAIYcDAQCuBAAhiAMBAK4EACEOBAAAyQcAIAUAAMoHACAMAADLBwAgEAAAzwcAIBMAAMwHACAXAADNBwAgGQAAzgcAIBoAANAHACCnAgEAAAABswJAAAAAAf0CAQAAAAGGAwEAAAABhwMBAAAAAYgDAQAAAAECAAAAAQAgKAAA6ggAIAMAAABdACAoAADqCAAgKQAA7ggAIBAAAABdACAEAADmBgAgBQAA5wYAIAwAAOgGACAQAADsBgAgEwAA6QYAIBcAAOoGACAZAADrBgAgGgAA7QYAICEAAO4IACCnAgEArgQAIbMCQACxBAAh_QIBAK4EACGGAwEArgQAIYcDAQCuBAAhiAMBAK4EACEOBAAA5gYAIAUAAOcGACAMAADoBgAgEAAA7AYAIBMAAOkGACAXAADqBgAgGQAA6wYAIBoAAO0GACCnAgEArgQAIbMCQACxBAAh_QIBAK4EACGGAwEArgQAIYcDAQCuBAAhiAMBAK4EACEKBAYCBQoDCQAVDEYFEEoME0cNF0gRGUkLGk4TG1IUAQMAAQIDAAEGAAQHBQsDCQASDA8FEzYNFD8LFzoRGD4HBwYABAkAEAsABg8zCxIAARM0DRUACQUJAA8KAAcMHQUNGgkUIQsDBxEECBUGCQAIAQgWAAMJAAoLAAYMGwUBDBwABwYABAkADgsABgwmBQ4AARAlDBMqDQIDAAEPAAsEBgAEDywLESsFEgABAwwuABAtABMvAAMMMQANMAAUMgABEzUAAgYABBYAAQYFQAAMQQATQgAURQAXQwAYRAABAwABAQMAAQkEUwAFVAAMVQAQWQATVgAXVwAZWAAaWgAbWwAAAAADCQAaLgAbLwAcAAAAAwkAGi4AGy8AHAEDAAEBAwABAwkAIS4AIi8AIwAAAAMJACEuACIvACMAAAUJACguACsvACxQAClRACoAAAAAAAUJACguACsvACxQAClRACoCAwABBgAEAgMAAQYABAMJADEuADIvADMAAAADCQAxLgAyLwAzAQfBAQQBB8cBBAMJADguADkvADoAAAADCQA4LgA5LwA6AQoABwEKAAcFCQA_LgBCLwBDUABAUQBBAAAAAAAFCQA_LgBCLwBDUABAUQBBAQsABgELAAYFCQBILgBLLwBMUABJUQBKAAAAAAAFCQBILgBLLwBMUABJUQBKBQYABAsABg-FAgsSAAEVAAkFBgAECwAGD4sCCxIAARUACQUJAFEuAFQvAFVQAFJRAFMAAAAAAAUJAFEuAFQvAFVQAFJRAFMEBgAED54CCxGdAgUSAAEEBgAED6UCCxGkAgUSAAEDCQBaLgBbLwBcAAAAAwkAWi4AWy8AXAIGAAQWAAECBgAEFgABBQkAYS4AZC8AZVAAYlEAYwAAAAAABQkAYS4AZC8AZVAAYlEAYwMGAAQLAAYOAAEDBgAECwAGDgABBQkAai4AbS8AblAAa1EAbAAAAAAABQkAai4AbS8AblAAa1EAbAIDAAEPAAsCAwABDwALAwkAcy4AdC8AdQAAAAMJAHMuAHQvAHUBAwABAQMAAQMJAHouAHsvAHwAAAADCQB6LgB7LwB8AQMAAQEDAAEDCQCBAS4AggEvAIMBAAAAAwkAgQEuAIIBLwCDAQAAAAUJAIkBLgCMAS8AjQFQAIoBUQCLAQAAAAAABQkAiQEuAIwBLwCNAVAAigFRAIsBAAAABQkAkwEuAJYBLwCXAVAAlAFRAJUBAAAAAAAFCQCTAS4AlgEvAJcBUACUAVEAlQEcAgEdXAEeXwEfYAEgYQEiYwEjZRYkZhclaAEmahYnaxgqbAErbQEsbhYwcRkxch0ycwIzdAI0dQI1dgI2dwI3eQI4exY5fB46fgI7gAEWPIEBHz2CAQI-gwECP4QBFkCHASBBiAEkQooBBEOLAQREjQEERY4BBEaPAQRHkQEESJMBFkmUASVKlgEES5gBFkyZASZNmgEETpsBBE-cARZSnwEnU6ABLVShAQNVogEDVqMBA1ekAQNYpQEDWacBA1qpARZbqgEuXKwBA12uARZerwEvX7ABA2CxAQNhsgEWYrUBMGO2ATRktwEHZbgBB2a5AQdnugEHaLsBB2m9AQdqvwEWa8ABNWzDAQdtxQEWbsYBNm_IAQdwyQEHccoBFnLNATdzzgE7dM8BBnXQAQZ20QEGd9IBBnjTAQZ51QEGetcBFnvYATx82gEGfdwBFn7dAT1_3gEGgAHfAQaBAeABFoIB4wE-gwHkAUSEAeUBCYUB5gEJhgHnAQmHAegBCYgB6QEJiQHrAQmKAe0BFosB7gFFjAHwAQmNAfIBFo4B8wFGjwH0AQmQAfUBCZEB9gEWkgH5AUeTAfoBTZQB-wEFlQH8AQWWAf0BBZcB_gEFmAH_AQWZAYECBZoBgwIWmwGEAk6cAYcCBZ0BiQIWngGKAk-fAYwCBaABjQIFoQGOAhaiAZECUKMBkgJWpAGTAg2lAZQCDaYBlQINpwGWAg2oAZcCDakBmQINqgGbAharAZwCV6wBoAINrQGiAhauAaMCWK8BpgINsAGnAg2xAagCFrIBqwJZswGsAl20Aa0CEbUBrgIRtgGvAhG3AbACEbgBsQIRuQGzAhG6AbUCFrsBtgJevAG4AhG9AboCFr4BuwJfvwG8AhHAAb0CEcEBvgIWwgHBAmDDAcICZsQBwwILxQHEAgvGAcUCC8cBxgILyAHHAgvJAckCC8oBywIWywHMAmfMAc4CC80B0AIWzgHRAmjPAdICC9AB0wIL0QHUAhbSAdcCadMB2AJv1AHZAgzVAdoCDNYB2wIM1wHcAgzYAd0CDNkB3wIM2gHhAhbbAeICcNwB5AIM3QHmAhbeAecCcd8B6AIM4AHpAgzhAeoCFuIB7QJy4wHuAnbkAe8CE-UB8AIT5gHxAhPnAfICE-gB8wIT6QH1AhPqAfcCFusB-AJ37AH6AhPtAfwCFu4B_QJ47wH-AhPwAf8CE_EBgAMW8gGDA3nzAYQDffQBhQMU9QGGAxT2AYcDFPcBiAMU-AGJAxT5AYsDFPoBjQMW-wGOA378AZADFP0BkgMW_gGTA3__AZQDFIAClQMUgQKWAxaCApkDgAGDApoDhAGEApwDhQGFAp0DhQGGAqADhQGHAqEDhQGIAqIDhQGJAqQDhQGKAqYDFosCpwOGAYwCqQOFAY0CqwMWjgKsA4cBjwKtA4UBkAKuA4UBkQKvAxaSArIDiAGTArMDjgGUArUDjwGVArYDjwGWArkDjwGXAroDjwGYArsDjwGZAr0DjwGaAr8DFpsCwAOQAZwCwgOPAZ0CxAMWngLFA5EBnwLGA48BoALHA48BoQLIAxaiAssDkgGjAswDmAE"
};
async function decodeBase64AsWasm2(wasmBase64) {
  const { Buffer } = await import("node:buffer");
  const wasmArray = Buffer.from(wasmBase64, "base64");
  return new WebAssembly.Module(wasmArray);
}
config2.compilerWasm = {
  getRuntime: async () => await import("@prisma/client/runtime/query_compiler_fast_bg.postgresql.mjs"),
  getQueryCompilerWasmModule: async () => {
    const { wasm } = await import("@prisma/client/runtime/query_compiler_fast_bg.postgresql.wasm-base64.mjs");
    return await decodeBase64AsWasm2(wasm);
  },
  importName: "./query_compiler_fast_bg.js"
};
function getPrismaClientClass2() {
  return runtime3.getPrismaClient(config2);
}

// lib/db/generated/postgres/internal/prismaNamespace.ts
import * as runtime4 from "@prisma/client/runtime/client";
var getExtensionContext2 = runtime4.Extensions.getExtensionContext;
var NullTypes4 = {
  DbNull: runtime4.NullTypes.DbNull,
  JsonNull: runtime4.NullTypes.JsonNull,
  AnyNull: runtime4.NullTypes.AnyNull
};
var TransactionIsolationLevel2 = runtime4.makeStrictEnum({
  ReadUncommitted: "ReadUncommitted",
  ReadCommitted: "ReadCommitted",
  RepeatableRead: "RepeatableRead",
  Serializable: "Serializable"
});
var defineExtension2 = runtime4.Extensions.defineExtension;

// lib/db/generated/postgres/client.ts
globalThis["__dirname"] = path4.dirname(fileURLToPath2(import.meta.url));
var PrismaClient2 = getPrismaClientClass2();

// lib/db/index.ts
var provider = isPostgresUrl(databaseUrl()) ? "postgresql" : "sqlite";
var globalForDb = globalThis;
function createClient() {
  const url2 = databaseUrl();
  if (provider === "postgresql") {
    const adapter2 = new PrismaPg({ connectionString: url2, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    return new PrismaClient2({ adapter: adapter2 });
  }
  const adapter = new PrismaBetterSqlite3({ url: url2, timeout: 1e4 });
  return new PrismaClient({ adapter });
}
var db = globalForDb.__gongduDb ??= createClient();

// lib/db/migrate.ts
import Database from "better-sqlite3";
import { createHash, randomUUID } from "node:crypto";
import { mkdirSync as mkdirSync2, readdirSync, readFileSync as readFileSync2, existsSync as existsSync2 } from "node:fs";
import path5 from "node:path";
import pg from "pg";
var MIGRATIONS_DIR = path5.resolve(process.cwd(), "prisma/migrations");
var POSTGRES_MIGRATIONS_DIR = path5.resolve(process.cwd(), "prisma/migrations-postgres");
function readMigrations(dir = MIGRATIONS_DIR) {
  return readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory() && existsSync2(path5.join(dir, entry.name, "migration.sql"))).map((entry) => entry.name).sort().map((name) => {
    const sql = readFileSync2(path5.join(dir, name, "migration.sql"), "utf8");
    return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
  });
}
function migrateSqlite(url2, dir = MIGRATIONS_DIR) {
  const file = sqliteFilePath(url2);
  if (file !== ":memory:") mkdirSync2(path5.dirname(file), { recursive: true });
  const db2 = new Database(file, { timeout: 1e4 });
  try {
    db2.pragma("journal_mode = WAL");
    db2.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" TEXT PRIMARY KEY NOT NULL,
      "checksum" TEXT NOT NULL,
      "finished_at" DATETIME,
      "migration_name" TEXT NOT NULL,
      "logs" TEXT,
      "rolled_back_at" DATETIME,
      "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
      "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
    )`);
    const applied = [];
    for (const migration of readMigrations(dir)) {
      const apply = db2.transaction(() => {
        const done = db2.prepare('SELECT checksum FROM "_prisma_migrations" WHERE migration_name = ? AND finished_at IS NOT NULL AND rolled_back_at IS NULL').get(migration.name);
        if (done) {
          if (done.checksum !== migration.checksum) {
            throw new Error(`migration ${migration.name} was changed after it was applied (checksum differs)`);
          }
          return false;
        }
        db2.exec(migration.sql);
        db2.prepare(
          'INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)'
        ).run(randomUUID(), migration.checksum, Date.now(), migration.name, Date.now());
        return true;
      });
      if (apply.immediate()) applied.push(migration.name);
    }
    return applied;
  } finally {
    db2.close();
  }
}
async function migrateDatabase(url2) {
  return isPostgresUrl(url2) ? migratePostgres(url2) : migrateSqlite(url2);
}
var MIGRATION_LOCK_KEY = 1735356007;
async function migratePostgres(url2, dir = POSTGRES_MIGRATIONS_DIR) {
  await createPostgresDatabaseIfMissing(url2);
  const client = new pg.Client({ connectionString: url2 });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`);
    const applied = [];
    for (const migration of readMigrations(dir)) {
      const { rows } = await client.query(
        'SELECT checksum FROM "_prisma_migrations" WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL',
        [migration.name]
      );
      if (rows.length) {
        if (rows[0].checksum !== migration.checksum) throw new Error(`migration ${migration.name} was changed after it was applied (checksum differs)`);
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(
          'INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, now(), 1)',
          [randomUUID(), migration.checksum, migration.name]
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
      applied.push(migration.name);
    }
    return applied;
  } finally {
    await client.end();
  }
}
async function createPostgresDatabaseIfMissing(url2) {
  const probe = new pg.Client({ connectionString: url2 });
  try {
    await probe.connect();
    return;
  } catch (error) {
    if (error.code !== "3D000") throw error;
  } finally {
    await probe.end().catch(() => void 0);
  }
  const target = new URL(url2);
  const name = decodeURIComponent(target.pathname.slice(1));
  target.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: target.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } catch (error) {
    if (error.code !== "42P04") throw error;
  } finally {
    await admin.end();
  }
}

// lib/db/seed.ts
import { readFileSync as readFileSync3, readdirSync as readdirSync2 } from "node:fs";
import path6 from "node:path";

// lib/services/texts.ts
import { createHash as createHash2 } from "node:crypto";

// lib/domain/code-points.ts
function codePoints(text) {
  return Array.from(text);
}
function codePointLength(text) {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

// lib/domain/text-import/punctuation.ts
var SENTENCE_ENDS = /* @__PURE__ */ new Set(["\u3002", "\uFF01", "\uFF1F", "!", "?"]);
var PARAGRAPH_ENDS = /* @__PURE__ */ new Set([...SENTENCE_ENDS, ".", "\u2026", "\uFF1A", ":", "\uFF1B", ";"]);
var CLOSERS = /* @__PURE__ */ new Set(["\u201D", "\u2019", '"', "'", "\u300D", "\u300F", "\uFF09", ")", "\u300B", "\u3009", "\u3011", "\uFF3D", "]"]);
function hasClosingPunctuation(text) {
  const chars = codePoints(text.trim());
  let end = chars.length;
  while (end > 0 && CLOSERS.has(chars[end - 1])) end--;
  return end > 0 && PARAGRAPH_ENDS.has(chars[end - 1]);
}
function isAttributionLine(text) {
  return /^\s*(——|－－|--)/.test(text);
}
function containsSentenceEnd(text) {
  for (const ch of text) if (SENTENCE_ENDS.has(ch)) return true;
  return false;
}
function findFirstSentenceEnd(text) {
  const chars = codePoints(text);
  const at = chars.findIndex((ch) => SENTENCE_ENDS.has(ch));
  if (at < 0) return -1;
  let end = at + 1;
  while (end < chars.length && CLOSERS.has(chars[end])) end++;
  return end;
}

// lib/domain/text-import/types.ts
var HEADING_DEPTH = { part: 1, chapter: 2, section: 3, subsection: 4 };

// lib/domain/text-import/build-blocks.ts
var PATH_PREFIX = { part: "pt", chapter: "ch", section: "s", subsection: "ss" };
var BREAK_CONTEXT = 4;
function buildBlocks(pieces, options = {}) {
  const outline = createOutline();
  const placed = [];
  for (const piece of pieces) {
    if (piece.kind === "toc") outline.closeMatter();
    else if (piece.kind === "heading") placed.push({ block: outline.placeHeading(toHeading(piece)), joins: [] });
    else if (piece.numbering) placed.push(...splitRunIn(piece).map((part) => outline.place(part)));
    else placed.push(outline.place({ block: toParagraph(piece), joins: piece.joins }));
  }
  return {
    blocks: placed.map(({ block }) => options.recordLines ? block : withoutLine(block)),
    mendedBreaks: placed.flatMap(({ block, joins }) => joins.map((offset) => describeBreak(block, offset)))
  };
}
function createOutline() {
  const root = { depth: 0, path: "", isMatter: false, counts: /* @__PURE__ */ new Map() };
  const stack = [root];
  const matterSeen = /* @__PURE__ */ new Map();
  const top = () => stack[stack.length - 1];
  function nextPath(parent, prefix) {
    const n = (parent.counts.get(prefix) ?? 0) + 1;
    parent.counts.set(prefix, n);
    return parent.path ? `${parent.path}/${prefix}${n}` : `${prefix}${n}`;
  }
  function matterPath(slug) {
    const n = (matterSeen.get(slug) ?? 0) + 1;
    matterSeen.set(slug, n);
    return n === 1 ? slug : `${slug}-${n}`;
  }
  function placeHeading(heading) {
    const depth = HEADING_DEPTH[heading.block.level];
    if (heading.matterSlug) stack.length = 1;
    else while (stack.length > 1 && (top().depth >= depth || top().isMatter)) stack.pop();
    const path7 = heading.matterSlug ? matterPath(heading.matterSlug) : nextPath(top(), PATH_PREFIX[heading.block.level]);
    stack.push({ depth, path: path7, isMatter: heading.matterSlug !== void 0, counts: /* @__PURE__ */ new Map() });
    return { path: path7, ...heading.block };
  }
  function place(part) {
    if (part.block.kind === "heading") return { block: placeHeading({ block: part.block }), joins: part.joins };
    return { block: { path: nextPath(top(), "p"), ...part.block }, joins: part.joins };
  }
  function closeMatter() {
    while (stack.length > 1 && top().isMatter) stack.pop();
  }
  return { placeHeading, place, closeMatter };
}
function toHeading(piece) {
  return {
    block: withoutUndefined({
      kind: "heading",
      level: piece.level,
      label: piece.label,
      text: piece.text,
      subtitle: piece.subtitle,
      line: piece.line
    }),
    matterSlug: piece.matterSlug
  };
}
function toParagraph(piece) {
  return withoutUndefined({ kind: "paragraph", text: piece.text, role: piece.role, line: piece.line });
}
function withoutLine(block) {
  if (block.line === void 0) return block;
  const { line: _line, ...rest } = block;
  return rest;
}
function splitRunIn(piece) {
  const { level, label } = piece.numbering;
  const chars = codePoints(piece.text);
  const end = findFirstSentenceEnd(piece.text);
  const headingText = end < 0 ? piece.text : chars.slice(0, end).join("").trimEnd();
  const restRaw = end < 0 ? "" : chars.slice(end).join("");
  const rest = restRaw.trimStart();
  const line = piece.line === void 0 ? {} : { line: piece.line };
  if (rest === "") {
    return [{ block: { kind: "heading", level, label, text: headingText, ...line }, joins: piece.joins }];
  }
  const headingLength = codePointLength(headingText);
  const restStart = codePointLength(restRaw) - codePointLength(rest) + end;
  return [
    {
      block: { kind: "heading", level, label, text: headingText, runIn: true, ...line },
      joins: piece.joins.filter((offset) => offset <= headingLength)
    },
    {
      block: { kind: "paragraph", text: rest, ...line },
      joins: piece.joins.filter((offset) => offset >= restStart).map((offset) => offset - restStart)
    }
  ];
}
function describeBreak(block, offset) {
  const chars = codePoints(block.text);
  return {
    path: block.path,
    offset,
    before: chars.slice(Math.max(0, offset - BREAK_CONTEXT), offset).join(""),
    after: chars.slice(offset, offset + BREAK_CONTEXT).join("")
  };
}
function withoutUndefined(record) {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== void 0));
}

// lib/domain/text-import/classify-line.ts
var CLASSIC_LEVELS = {
  "chapter-word": "chapter",
  "section-word": "section",
  "han-comma": "chapter",
  "han-paren": "section",
  "digit-dot": "section",
  "digit-paren": "subsection"
};
var STYLE_ORDER = [
  "chapter-word",
  "section-word",
  "han-comma",
  "han-paren",
  "digit-dot",
  "digit-paren"
];
var CLASSIC_STYLES = /* @__PURE__ */ new Set(["han-comma", "digit-dot", "digit-paren"]);
function rankNumberingStyles(used, hasParts) {
  const styles = new Set(used);
  if ([...styles].every((style) => CLASSIC_STYLES.has(style))) return CLASSIC_LEVELS;
  const ranked = STYLE_ORDER.filter((style) => styles.has(style));
  const levels = ["chapter", "section", "subsection"];
  if (!hasParts && ranked.length > 3) levels.unshift("part");
  const assigned = { ...CLASSIC_LEVELS };
  ranked.forEach((style, rank) => {
    assigned[style] = levels[Math.min(rank, levels.length - 1)];
  });
  return assigned;
}
var MATTER_SLUGS = {
  \u524D\u8A00: "preface",
  \u5E8F: "preface",
  \u5E8F\u8A00: "preface",
  \u81EA\u5E8F: "preface",
  \u4EE3\u5E8F: "preface",
  \u5F15\u8A00: "preface",
  \u5BFC\u8A00: "preface",
  \u51FA\u7248\u8BF4\u660E: "preface",
  \u7F16\u8005\u7684\u8BDD: "preface",
  \u540E\u8BB0: "afterword",
  \u7F16\u540E\u8BB0: "afterword",
  \u8DCB: "afterword",
  \u7ED3\u675F\u8BED: "afterword",
  \u7ED3\u8BED: "afterword",
  \u9644\u5F55: "appendix"
};
var TOC_HEADERS = /* @__PURE__ */ new Set(["\u76EE\u5F55", "\u76EE\u6B21"]);
var NAMED_PART = new RegExp("^\\p{Script=Han}{1,3}\u7BC7$", "u");
var NUMBERED_PART = /^第([〇零一二三四五六七八九十百\d]+)(?:篇|部分|编)(?:[\s：:]|$)/u;
var MAX_PART_LINE = 30;
var SUBTITLE_MARK = /^[■□◆◇●○▲△★☆]\s*(\S.*)$/u;
var CHAPTER_WORD = /^第([〇零一二三四五六七八九十百\d]+)章(?:[\s：:]|$)/u;
var SECTION_WORD = /^第([〇零一二三四五六七八九十百\d]+)节(?:[\s：:]|$)/u;
var CHAPTER_NUMBER = /^([〇零一二三四五六七八九十百]+)、/u;
var HAN_PAREN_NUMBER = /^([（(][〇零一二三四五六七八九十百]+[）)])/u;
var SECTION_NUMBER = /^(\d{1,3})(?:[.．](?!\d)|、)/u;
var SUBSECTION_NUMBER = /^([（(]\d{1,3}[）)])/u;
var MAX_STANDALONE_HEADING = 100;
function compactText(text) {
  return text.normalize("NFKC").replace(/\s+/gu, "");
}
function classifyLine(raw3, levels = CLASSIC_LEVELS) {
  const text = raw3.trim();
  if (text === "") return { kind: "blank" };
  const compact = compactText(text);
  if (compact in MATTER_SLUGS) return { kind: "matter", text, slug: MATTER_SLUGS[compact] };
  if (TOC_HEADERS.has(compact)) return { kind: "toc-header", text };
  const part = matchPart(text, compact);
  if (part) return part;
  const mark = SUBTITLE_MARK.exec(text);
  if (mark) return { kind: "mark", text, subtitle: mark[1].trim() };
  return matchNumbered(text, levels) ?? { kind: "text", text };
}
function matchPart(text, compact) {
  const numbered = NUMBERED_PART.exec(text);
  if (numbered && codePointLength(text) <= MAX_PART_LINE) return { kind: "part", text, label: numbered[1] };
  if (NAMED_PART.test(compact)) return { kind: "part", text };
  return void 0;
}
function matchNumbered(text, levels) {
  const numbering = readNumbering(text);
  if (!numbering) return void 0;
  const level = levels[numbering.style];
  return { kind: "numbered", text, ...numbering, level, isStandalone: isStandaloneHeading(text) };
}
function readNumbering(text) {
  const patterns = [
    ["chapter-word", CHAPTER_WORD],
    ["section-word", SECTION_WORD],
    ["han-comma", CHAPTER_NUMBER],
    ["han-paren", HAN_PAREN_NUMBER],
    ["digit-dot", SECTION_NUMBER],
    ["digit-paren", SUBSECTION_NUMBER]
  ];
  for (const [style, pattern] of patterns) {
    const match = pattern.exec(text);
    if (match) return { style, label: match[1] };
  }
  return void 0;
}
function isStandaloneHeading(text) {
  if (containsSentenceEnd(text)) return false;
  if (/[，、,]$/u.test(text)) return false;
  return codePointLength(text) <= MAX_STANDALONE_HEADING;
}
function numberingOf(text, levels = CLASSIC_LEVELS) {
  const numbering = readNumbering(text.trim());
  return numbering && { ...numbering, level: levels[numbering.style] };
}

// lib/domain/text-import/import-markdown.ts
var LEVELS = ["part", "chapter", "section", "subsection"];
var ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/u;
var SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/u;
var THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/u;
var BULLET_ITEM = /^[ \t]*[-*+][ \t]+(.*)$/u;
var ORDERED_ITEM = /^[ \t]*(\d{1,9}[.)])[ \t]+(.*)$/u;
var QUOTE_MARKS = /^ {0,3}(?:>[ \t]?)+/u;
var FENCE = /^ {0,3}(`{3,}|~{3,})/u;
var FRONT_MATTER_FIELD = /^([\p{L}\p{N}_-]+)[ \t]*[:：][ \t]*(.*)$/u;
function importMarkdown(source, opts = {}) {
  const lines = source.replace(/^\uFEFF/u, "").split(/\r\n|\r|\n/u);
  const front = readFrontMatter(lines);
  const raw3 = readBlocks(lines, front.bodyStart);
  const title = front.title ?? takeTitle(raw3);
  const { pieces, applied } = toPieces(raw3, opts.overrides ?? {});
  const { blocks, mendedBreaks } = buildBlocks(pieces, { recordLines: opts.recordLines });
  const document = {
    title: title ?? opts.slug ?? "",
    metadata: front.metadata,
    toc: [],
    blocks,
    mendedBreaks
  };
  if (front.subtitle) document.subtitle = front.subtitle;
  if (front.byline) document.byline = front.byline;
  const ignored = Object.keys(opts.overrides ?? {}).map(Number).filter((line) => !applied.includes(line)).sort((a, b) => a - b);
  if (ignored.length > 0) document.ignoredOverrides = ignored;
  return document;
}
function readFrontMatter(lines) {
  const metadata = {};
  if (lines[0]?.trim() !== "---") return { metadata, bodyStart: 0 };
  const end = lines.findIndex((line, at) => at > 0 && (line.trim() === "---" || line.trim() === "..."));
  if (end < 0) return { metadata, bodyStart: 0 };
  const fields = {};
  for (const line of lines.slice(1, end)) {
    const match = FRONT_MATTER_FIELD.exec(line.trim());
    if (match && match[2] !== "") fields[match[1].toLowerCase()] = match[2].replace(/^(["'])(.*)\1$/u, "$2").trim();
  }
  const { title, subtitle, author: author2, byline, \u4F5C\u8005: zuozhe, date, ...rest } = fields;
  Object.assign(metadata, rest);
  if (date) metadata.published = date;
  return { title, subtitle, byline: author2 ?? byline ?? zuozhe, metadata, bodyStart: end + 1 };
}
function readBlocks(lines, start) {
  const blocks = [];
  let open;
  const close = () => {
    if (open) blocks.push(open);
    open = void 0;
  };
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    const fence = FENCE.exec(line);
    if (fence) {
      close();
      const code = { kind: "code", line: i + 1, lines: [], origin: "text" };
      const closing = new RegExp(`^ {0,3}${fence[1][0] === "`" ? "`" : "~"}{${fence[1].length},}[ \\t]*$`, "u");
      for (i++; i < lines.length && !closing.test(lines[i]); i++) code.lines.push(lines[i]);
      if (code.lines.some((text) => text.trim() !== "")) blocks.push(code);
      continue;
    }
    if (line.trim() === "") {
      close();
      continue;
    }
    const setext = SETEXT_UNDERLINE.exec(line);
    if (setext && open?.kind === "paragraph" && open.origin === "text" && open.lines.length === 1) {
      open.kind = "heading";
      open.depth = setext[1][0] === "=" ? 1 : 2;
      close();
      continue;
    }
    if (THEMATIC_BREAK.test(line)) {
      close();
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      close();
      if ((heading[2] ?? "").trim() !== "") {
        blocks.push({ kind: "heading", depth: heading[1].length, line: i + 1, lines: [heading[2]], origin: "text" });
      }
      continue;
    }
    const quote = QUOTE_MARKS.exec(line);
    const content = quote ? line.slice(quote[0].length) : line;
    if (quote && content.trim() === "") {
      close();
      continue;
    }
    const item = BULLET_ITEM.exec(content) ?? ORDERED_ITEM.exec(content);
    if (item) {
      close();
      const text = item.length === 3 ? `${item[1]} ${item[2]}` : item[1];
      open = { kind: "paragraph", line: i + 1, lines: [text], origin: "item" };
      continue;
    }
    const origin = quote ? "quote" : "text";
    if (open && origin === "quote" && open.origin !== "quote") close();
    if (!open) open = { kind: "paragraph", line: i + 1, lines: [], origin };
    open.lines.push(content);
  }
  close();
  return blocks;
}
function takeTitle(blocks) {
  const topLevel = blocks.filter((block) => block.kind === "heading" && block.depth === 1);
  if (topLevel.length !== 1 || blocks[0] !== topLevel[0]) return void 0;
  blocks.shift();
  return reduceInline(topLevel[0].lines[0].trim());
}
function toPieces(raw3, overrides) {
  const depths = raw3.filter((block) => block.kind === "heading").map((block) => block.depth);
  const shallowest = Math.min(...depths);
  const applied = [];
  const pieces = raw3.map((block) => {
    const text = block.kind === "code" ? block.lines.join("\n") : reduceInline(joinLines(block.lines));
    const override = overrides[block.line];
    if (override !== void 0) applied.push(block.line);
    const level = override !== void 0 ? override === "paragraph" ? void 0 : override : block.kind === "heading" ? LEVELS[Math.min(block.depth - shallowest, LEVELS.length - 1)] : void 0;
    if (!level) return { kind: "paragraph", text, joins: [], line: block.line };
    const shape = classifyLine(text);
    const label = shape.kind === "numbered" || shape.kind === "part" ? shape.label : void 0;
    const matterSlug = shape.kind === "matter" ? shape.slug : void 0;
    return withoutUndefined2({ kind: "heading", text, level, label, matterSlug, joins: [], line: block.line });
  });
  return { pieces, applied };
}
function joinLines(lines) {
  let text = "";
  for (const raw3 of lines) {
    const line = raw3.replace(/(?: {2,}|\\)$/u, "").trim();
    if (line === "") continue;
    if (text === "") text = line;
    else text += isWide(lastChar(text)) && isWide(Array.from(line)[0]) ? line : ` ${line}`;
  }
  return text;
}
var WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;
function isWide(ch) {
  return ch !== void 0 && WIDE.test(ch);
}
function lastChar(text) {
  const chars = Array.from(text);
  return chars[chars.length - 1];
}
function reduceInline(text) {
  const kept = [];
  const keep = (value) => `\0${kept.push(value) - 1}\0`;
  return text.replace(/(`+)(.+?)\1/gu, (_, __, code) => keep(code.trim())).replace(/\\([!-/:-@[-`{-~])/gu, (_, ch) => keep(ch)).replace(/!\[([^\]]*)\]\([^)]*\)/gu, "$1").replace(/\[([^\]]+)\]\([^)]*\)/gu, "$1").replace(/<((?:https?|mailto):[^>\s]+)>/gu, "$1").replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu, "$2").replace(/\*(?=\S)(.+?)(?<=\S)\*/gu, "$1").replace(/(?<![\p{L}\p{N}])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}])/gu, "$1").replace(/~~(?=\S)(.+?)(?<=\S)~~/gu, "$1").replace(/\u0000(\d+)\u0000/gu, (_, at) => kept[Number(at)]);
}
function withoutUndefined2(record) {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== void 0));
}

// lib/domain/text-import/toc.ts
var TOC_LINE = /^(.*?\S)(?:\t+|[ \t]*[.…·．・]{2,}[ \t]*| {2,})(\d{1,4})$/u;
var PART_WITH_SUBTITLE = new RegExp("^(\\p{Script=Han}{1,3}\u7BC7)[\uFF1A:]", "u");
function parseTocLine(raw3, levels = CLASSIC_LEVELS) {
  const match = TOC_LINE.exec(raw3.trim());
  if (!match) return void 0;
  const text = match[1].trim();
  return { text, page: Number(match[2]), level: levelOfTocText(text, levels) };
}
function levelOfTocText(text, levels) {
  if (PART_WITH_SUBTITLE.test(compactText(text))) return "part";
  const shape = classifyLine(text, levels);
  if (shape.kind === "part" || shape.kind === "matter") return "part";
  return numberingOf(text, levels)?.level ?? "chapter";
}
function linkTocEntries(entries, blocks) {
  const headings = blocks.filter((block) => block.kind === "heading");
  const claimed = /* @__PURE__ */ new Set();
  const open = [];
  return entries.map((entry) => {
    const depth = HEADING_DEPTH[entry.level];
    while (open.length > 0 && open[open.length - 1].depth >= depth) open.pop();
    const parent = open[open.length - 1];
    const candidates = headings.filter(
      (heading) => heading.level === entry.level && !claimed.has(heading.path) && isNamedBy(entry.text, heading)
    );
    const target = chooseTarget(candidates, parent);
    open.push({ depth, targetPath: target?.path });
    if (!target) return { ...entry };
    claimed.add(target.path);
    return { ...entry, targetPath: target.path };
  });
}
function chooseTarget(candidates, parent) {
  if (!parent) return candidates[0];
  if (parent.targetPath) return candidates.find((heading) => heading.path.startsWith(`${parent.targetPath}/`));
  return candidates.length === 1 ? candidates[0] : void 0;
}
function isNamedBy(entryText, heading) {
  const entry = compactText(entryText);
  const name = compactText(heading.text);
  if (entry === name) return true;
  if (!heading.subtitle) return false;
  const subtitle = compactText(heading.subtitle);
  return [":", "", "\u2014\u2014", "\u2014"].some((separator) => entry === `${name}${separator}${subtitle}`);
}

// lib/domain/text-import/collect-pieces.ts
var MAX_SIGNATURE_LENGTH = 30;
function collectPieces(lines, start, options) {
  const pieces = [];
  const toc = [];
  const appliedOverrides = [];
  let isInToc = false;
  for (let i = start; i < lines.length; i++) {
    const shape = classifyLine(lines[i], options.levels);
    if (shape.kind === "blank") continue;
    const override = options.overrides?.[i + 1];
    if (override !== void 0) {
      isInToc = false;
      pieces.push(applyOverride(shape, override, i + 1));
      appliedOverrides.push(i + 1);
      continue;
    }
    if (isInToc) {
      const entry = parseTocLine(lines[i], options.levels);
      if (entry) {
        toc.push(entry);
        continue;
      }
      isInToc = false;
    }
    const line = i + 1;
    switch (shape.kind) {
      case "toc-header":
        isInToc = true;
        pieces.push({ kind: "toc", text: shape.text, joins: [], line });
        break;
      case "matter":
        pieces.push({ kind: "heading", text: shape.text, level: "part", matterSlug: shape.slug, joins: [], line });
        break;
      case "part":
        pieces.push({ kind: "heading", text: shape.text, level: "part", label: shape.label, joins: [], line });
        break;
      case "mark":
        attachSubtitle(pieces, shape.text, shape.subtitle, line);
        break;
      case "numbered":
        pieces.push(
          shape.isStandalone ? { kind: "heading", text: shape.text, level: shape.level, label: shape.label, joins: [], line } : {
            kind: "paragraph",
            text: shape.text,
            numbering: { level: shape.level, label: shape.label },
            joins: [],
            line
          }
        );
        break;
      case "text":
        pieces.push({ kind: "paragraph", text: shape.text, joins: [], line });
        break;
    }
  }
  markSignatures(pieces);
  return { pieces, toc, appliedOverrides };
}
function applyOverride(shape, override, line) {
  if (override === "paragraph") return { kind: "paragraph", text: shape.text, joins: [], line, isFixed: true };
  const label = shape.kind === "numbered" || shape.kind === "part" ? shape.label : void 0;
  if (shape.kind === "numbered" && !shape.isStandalone) {
    const numbering = { level: override, label: shape.label };
    return { kind: "paragraph", text: shape.text, numbering, joins: [], line, isFixed: true };
  }
  return { kind: "heading", text: shape.text, level: override, label, joins: [], line, isFixed: true };
}
function attachSubtitle(pieces, text, subtitle, line) {
  const previous = pieces[pieces.length - 1];
  const isBarePart = previous?.kind === "heading" && previous.level === "part" && previous.matterSlug === void 0 && previous.subtitle === void 0;
  if (isBarePart) previous.subtitle = subtitle;
  else pieces.push({ kind: "paragraph", text, joins: [], line });
}
function markSignatures(pieces) {
  pieces.forEach((piece, at) => {
    if (piece.matterSlug === void 0) return;
    let end = at + 1;
    while (end < pieces.length && pieces[end].kind === "paragraph") end++;
    let first = end;
    while (first > at + 1 && isSignatureLike(pieces[first - 1])) first--;
    if (first === at + 1 || !hasClosingPunctuation(pieces[first - 1].text)) return;
    for (let i = first; i < end; i++) pieces[i].role = "signature";
  });
}
function isSignatureLike(piece) {
  return piece.numbering === void 0 && codePointLength(piece.text) <= MAX_SIGNATURE_LENGTH && !hasClosingPunctuation(piece.text);
}

// lib/domain/text-import/colophon.ts
var KNOWN_KEYS = [
  "\u51FA\u7248\u53D1\u884C",
  "\u8D23\u4EFB\u7F16\u8F91",
  "\u90AE\u653F\u7F16\u7801",
  "\u4E1B\u4E66\u540D",
  "\u51FA\u54C1\u4EBA",
  "\u603B\u76D1\u5236",
  "\u7F16\u8F91\u90E8",
  "\u53D1\u884C\u90E8",
  "\u4E66\u540D",
  "\u7F16\u8457",
  "\u8457\u8005",
  "\u4F5C\u8005",
  "\u4E3B\u7F16",
  "\u7F16\u8005",
  "\u8BD1\u8005",
  "\u51FA\u7248",
  "\u53D1\u884C",
  "\u5370\u5237",
  "\u5F00\u672C",
  "\u5B57\u6570",
  "\u5370\u5F20",
  "\u7248\u6B21",
  "\u5370\u6B21",
  "\u4E66\u53F7",
  "\u5B9A\u4EF7",
  "\u5730\u5740",
  "\u90AE\u7F16",
  "\u7535\u8BDD",
  "\u7F51\u5740",
  "ISBN",
  "E-mail"
];
var RIGHTS_NOTICE = /版权所有|翻印必究|侵权必究/u;
function isColophonLine(line) {
  const text = line.trim();
  if (text === "") return false;
  return line.includes("	") || RIGHTS_NOTICE.test(text) || /ISBN/iu.test(text) || splitKnownKey(text) !== void 0;
}
function parseColophon(lines) {
  const colophon = { fields: {}, notes: [] };
  for (const line of lines) {
    const text = line.trim();
    if (text === "") continue;
    if (RIGHTS_NOTICE.test(text)) colophon.rights = colophon.rights ? `${colophon.rights} ${text}` : text;
    else readColophonRow(line, colophon);
  }
  return colophon;
}
function readColophonRow(line, colophon) {
  const cells = line.split("	").map((cell) => cell.trim()).filter((cell) => cell !== "");
  let pendingKey;
  let lastKey;
  for (const cell of cells) {
    if (pendingKey) {
      colophon.fields[pendingKey] = cell;
      lastKey = pendingKey;
      pendingKey = void 0;
      continue;
    }
    if (cells.length > 1 && isKeyCell(cell)) {
      pendingKey = compactText(cell);
      continue;
    }
    const pair = splitKnownKey(cell);
    if (pair) {
      colophon.fields[pair.key] = pair.value;
      lastKey = pair.key;
    } else if (lastKey) {
      colophon.fields[lastKey] = `${colophon.fields[lastKey]} ${cell}`;
    } else {
      colophon.notes.push(cell);
    }
  }
  if (pendingKey) colophon.fields[pendingKey] = "";
}
function isKeyCell(cell) {
  const compact = compactText(cell);
  if (KNOWN_KEYS.includes(compact)) return true;
  return new RegExp("^\\p{Script=Han}+$", "u").test(compact) && codePointLength(compact) >= 2 && codePointLength(compact) <= 5;
}
function splitKnownKey(text) {
  for (const key of KNOWN_KEYS) {
    const spacedKey = Array.from(key, escapeRegExp).join("\\s*");
    const match = new RegExp(`^${spacedKey}(?:[\\s\uFF1A:]+(.*))?$`, "u").exec(text);
    if (match) return { key, value: (match[1] ?? "").trim() };
  }
  return void 0;
}
function escapeRegExp(ch) {
  return ch.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

// lib/domain/text-import/document-head.ts
var BOOK_MARKS = /ISBN|图书在版编目|CIP|版权所有/u;
var CIP_OPENING = /图书在版编目|CIP\s*数据|[(（]CIP[)）]/u;
var CIP_CLOSING = /数据核字/u;
var COVER_BYLINE = new RegExp("([\\p{Script=Han}\xB7]{2,8})\u25CE(\\p{Script=Han}{1,4})", "u");
var SUBTITLE_DASH = /^(——|－－|--|—)\s*/u;
var MAX_TITLE_LENGTH = 50;
var MAX_BYLINE_LENGTH = 40;
function readDocumentHead(lines) {
  const landmark = findFirstLandmark(lines);
  const isBook = lines.slice(0, landmark).some((line) => BOOK_MARKS.test(line));
  return isBook ? readBookHead(lines, landmark) : readArticleHead(lines, landmark);
}
function findFirstLandmark(lines) {
  const at = lines.findIndex((line) => {
    const shape = classifyLine(line);
    return shape.kind === "matter" || shape.kind === "toc-header" || shape.kind === "part" || shape.kind === "numbered";
  });
  return at < 0 ? lines.length : at;
}
function nextNonBlank(lines, from, until) {
  for (let i = from; i < until; i++) if (lines[i].trim() !== "") return i;
  return -1;
}
function nonBlankLines(lines, from, until) {
  return lines.slice(from, until).map((line) => line.trim()).filter((line) => line !== "");
}
function readArticleHead(lines, landmark) {
  const head = { metadata: {}, bodyStart: 0 };
  const titleAt = nextNonBlank(lines, 0, landmark);
  if (titleAt < 0 || !isTitleLike(lines[titleAt].trim())) return head;
  head.title = lines[titleAt].trim();
  head.bodyStart = titleAt + 1;
  const subtitleAt = nextNonBlank(lines, head.bodyStart, landmark);
  if (subtitleAt >= 0 && SUBTITLE_DASH.test(lines[subtitleAt].trim())) {
    head.subtitle = lines[subtitleAt].trim().replace(SUBTITLE_DASH, "");
    head.bodyStart = subtitleAt + 1;
  }
  const bylineAt = nextNonBlank(lines, head.bodyStart, landmark);
  if (bylineAt >= 0 && isBylineLike(lines[bylineAt].trim())) {
    head.byline = lines[bylineAt].trim();
    head.bodyStart = bylineAt + 1;
  }
  return head;
}
function isTitleLike(text) {
  return codePointLength(text) <= MAX_TITLE_LENGTH && !containsSentenceEnd(text) && !/[，、,；;]$/u.test(text);
}
function isBylineLike(text) {
  return codePointLength(text) <= MAX_BYLINE_LENGTH && !/[，。！？；：,!?;:]/u.test(text);
}
function readBookHead(lines, landmark) {
  const cipStart = lines.slice(0, landmark).findIndex((line) => CIP_OPENING.test(line));
  const firstColophonRow = findIndexFrom(lines, Math.max(cipStart, 0), landmark, isColophonLine);
  const coverEnd = cipStart >= 0 ? cipStart : firstColophonRow >= 0 ? firstColophonRow : landmark;
  const cipEnd = cipStart >= 0 ? findCipEnd(lines, cipStart, landmark) : coverEnd;
  const lastRow = findLastIndexBefore(lines, cipEnd, landmark, isColophonLine);
  const colophonEnd = lastRow >= 0 ? lastRow + 1 : cipEnd;
  const cover = nonBlankLines(lines, 0, coverEnd);
  const cip = nonBlankLines(lines, coverEnd, cipEnd);
  const colophon = parseColophon(lines.slice(cipEnd, colophonEnd));
  return {
    title: colophon.fields["\u4E66\u540D"] || titleFromCip(cip) || cover[0],
    byline: bylineFromCover(cover) ?? bylineFromColophon(colophon),
    metadata: describeBook(cover, cip, colophon),
    bodyStart: colophonEnd
  };
}
function findCipEnd(lines, cipStart, landmark) {
  const closing = findIndexFrom(lines, cipStart, landmark, (line) => CIP_CLOSING.test(line));
  if (closing >= 0) return closing + 1;
  const row = findIndexFrom(lines, cipStart + 1, landmark, (line) => line.includes("	"));
  return row >= 0 ? row : landmark;
}
function findIndexFrom(lines, from, until, test) {
  for (let i = from; i < until; i++) if (test(lines[i])) return i;
  return -1;
}
function findLastIndexBefore(lines, from, until, test) {
  for (let i = until - 1; i >= from; i--) if (test(lines[i])) return i;
  return -1;
}
function titleFromCip(cip) {
  const line = cip.find((text) => text.includes("/"));
  return line?.split("/")[0].trim() || void 0;
}
function bylineFromCover(cover) {
  for (const line of cover) {
    const match = COVER_BYLINE.exec(line);
    if (match) return `${match[1]} ${match[2]}`;
  }
  return void 0;
}
function bylineFromColophon(colophon) {
  for (const role of ["\u7F16\u8457", "\u4E3B\u7F16", "\u7F16\u8005", "\u8457\u8005", "\u4F5C\u8005"]) {
    const name = colophon.fields[role]?.replace(/\s+/gu, "");
    if (name) return `${name} ${role === "\u8457\u8005" || role === "\u4F5C\u8005" ? "\u8457" : role}`;
  }
  return void 0;
}
function describeBook(cover, cip, colophon) {
  const metadata = {};
  const isbn = colophon.fields["ISBN"] || findIsbn([...cip, ...cover]);
  if (isbn) metadata.isbn = isbn;
  const publisher = colophon.fields["\u51FA\u7248\u53D1\u884C"] || colophon.fields["\u51FA\u7248"] || publisherFromCip(cip);
  const published = publishedFromEdition(colophon.fields["\u7248\u6B21"]) ?? publishedFromCip(cip);
  if (publisher) metadata.publisher = publisher;
  if (published) metadata.published = published;
  if (colophon.fields["\u5B9A\u4EF7"]) metadata.price = colophon.fields["\u5B9A\u4EF7"];
  if (cover.length > 0) metadata.cover = cover;
  if (cip.length > 0) metadata.cip = cip;
  if (Object.keys(colophon.fields).length > 0) metadata.colophon = colophon.fields;
  if (colophon.notes.length > 0) metadata.colophonNotes = colophon.notes;
  if (colophon.rights) metadata.rights = colophon.rights;
  return metadata;
}
function findIsbn(lines) {
  for (const line of lines) {
    const match = /ISBN[\s：:]*([\dXx-]{10,17})/u.exec(line);
    if (match) return match[1];
  }
  return void 0;
}
var CIP_IMPRINT = /[:：]\s*([^,，]+?)\s*[,，]\s*(\d{4})(?:\.(\d{1,2}))?/u;
function publisherFromCip(cip) {
  for (const line of cip) {
    const match = CIP_IMPRINT.exec(line);
    if (match) return match[1];
  }
  return void 0;
}
function publishedFromCip(cip) {
  for (const line of cip) {
    const match = CIP_IMPRINT.exec(line);
    if (match) return match[3] ? `${match[2]}-${match[3].padStart(2, "0")}` : match[2];
  }
  return void 0;
}
function publishedFromEdition(edition) {
  const match = edition ? /(\d{4})年(?:(\d{1,2})月)?/u.exec(edition) : null;
  if (!match) return void 0;
  return match[2] ? `${match[1]}-${match[2].padStart(2, "0")}` : match[1];
}

// lib/domain/text-import/mend-page-breaks.ts
function mendPageBreaks(pieces) {
  const mended = [];
  for (const piece of pieces) {
    const previous = mended[mended.length - 1];
    if (previous && isCutShort(previous) && isContinuation(piece)) {
      previous.joins.push(codePointLength(previous.text));
      previous.text += piece.text;
      continue;
    }
    mended.push({ ...piece, joins: [...piece.joins] });
  }
  return mended;
}
function isCutShort(piece) {
  return piece.kind === "paragraph" && piece.role === void 0 && !piece.isFixed && !hasClosingPunctuation(piece.text) && !isAttributionLine(piece.text);
}
function isContinuation(piece) {
  return piece.kind === "paragraph" && piece.role === void 0 && piece.numbering === void 0 && !piece.isFixed;
}

// lib/domain/text-import/import-plain-text.ts
function importPlainText(source, opts = {}) {
  const lines = splitLines(source);
  const head = readDocumentHead(lines);
  const levels = rankLevels(lines, head.bodyStart);
  const { pieces, toc, appliedOverrides } = collectPieces(lines, head.bodyStart, { levels, overrides: opts.overrides });
  const { blocks, mendedBreaks } = buildBlocks(mendPageBreaks(pieces), { recordLines: opts.recordLines });
  const document = {
    title: head.title ?? opts.slug ?? "",
    metadata: head.metadata,
    toc: linkTocEntries(toc, blocks),
    blocks,
    mendedBreaks
  };
  if (head.subtitle) document.subtitle = head.subtitle;
  if (head.byline) document.byline = head.byline;
  const ignored = Object.keys(opts.overrides ?? {}).map(Number).filter((line) => !appliedOverrides.includes(line)).sort((a, b) => a - b);
  if (ignored.length > 0) document.ignoredOverrides = ignored;
  return document;
}
function splitLines(source) {
  return source.replace(/^\uFEFF/u, "").split(/\r\n|\r|\n/u);
}
function rankLevels(lines, bodyStart) {
  const styles = /* @__PURE__ */ new Set();
  let hasParts = false;
  for (let i = bodyStart; i < lines.length; i++) {
    const shape = classifyLine(lines[i]);
    if (shape.kind === "numbered") styles.add(shape.style);
    if (shape.kind === "part") hasParts = true;
  }
  return rankNumberingStyles(styles, hasParts);
}

// lib/domain/text-import/import-text.ts
function importText(source, opts) {
  const { format, ...rest } = opts;
  return format === "markdown" ? importMarkdown(source, rest) : importPlainText(source, rest);
}

// lib/services/errors.ts
var ServiceError = class extends Error {
  constructor(status, code, message, field) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = field;
  }
  status;
  code;
  field;
};
var notFound = (what) => new ServiceError(404, "not_found", `${what} not found`);
var forbidden = (message = "you do not have the right to do this") => new ServiceError(403, "forbidden", message);
var invalid = (field, message) => new ServiceError(422, "invalid", message, field);
var conflict = (message) => new ServiceError(409, "conflict", message);
function isUniqueViolation(error) {
  return typeof error === "object" && error !== null && error.code === "P2002";
}
function isDatabaseUnavailable(error) {
  const seen = /* @__PURE__ */ new Set();
  const codes = /* @__PURE__ */ new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "57P01", "57P02", "57P03", "08000", "08001", "08003", "08006"]);
  const pattern = /ECONNREFUSED|ECONNRESET|Connection terminated|terminating connection|connection (is )?closed|Can't reach database|database system is (starting up|shutting down|in recovery mode)|Server has closed the connection|Client has encountered a connection error|timeout exceeded when trying to connect/i;
  for (let e = error; e && typeof e === "object" && !seen.has(e); e = e.cause) {
    seen.add(e);
    const x = e;
    if (typeof x.code === "string" && codes.has(x.code)) return true;
    if (typeof x.originalCode === "string" && codes.has(x.originalCode)) return true;
    if (typeof x.message === "string" && pattern.test(x.message)) return true;
    if (x.meta?.driverAdapterError && isDatabaseUnavailable(x.meta.driverAdapterError)) return true;
  }
  return false;
}
var UNAVAILABLE_MESSAGE = "the database cannot be reached for a moment: nothing was stored, send the request again";

// lib/services/texts.ts
var sha256 = (s) => createHash2("sha256").update(s).digest("hex");
var blockId = (textId, version, path7) => "b_" + sha256(`${textId}\0${version}\0${path7}`).slice(0, 24);
function metadataJson(doc, format) {
  return JSON.stringify({ ...doc.metadata, toc: doc.toc, mendedBreaks: doc.mendedBreaks, format });
}
function blockRows(textId, version, versionId, doc) {
  return doc.blocks.map((b, ordinal) => ({
    id: blockId(textId, version, b.path),
    versionId,
    ordinal,
    path: b.path,
    kind: b.kind,
    level: b.level ?? null,
    label: b.label ?? null,
    text: b.text,
    subtitle: b.subtitle ?? null,
    runIn: b.runIn ?? false,
    role: b.role ?? null
  }));
}
async function importText2(id, source, opts = {}) {
  const sourceHash = sha256(source);
  const existing = await db.textVersion.findUnique({ where: { textId_sourceHash: { textId: id, sourceHash } } });
  if (existing) return { version: existing.number, created: false };
  const format = opts.format ?? "plain";
  const doc = importText(source, { slug: id, format, overrides: opts.overrides });
  const metadata = metadataJson(doc, format);
  return db.$transaction(async (tx) => {
    await tx.text.upsert({
      where: { id },
      create: { id, slug: id, title: doc.title, subtitle: doc.subtitle ?? null, byline: doc.byline ?? null, metadata, ownerGroupId: opts.ownerGroupId ?? null },
      update: { title: doc.title, subtitle: doc.subtitle ?? null, byline: doc.byline ?? null, metadata }
    });
    const last = await tx.textVersion.findFirst({ where: { textId: id }, orderBy: { number: "desc" }, select: { number: true } });
    const number = (last?.number ?? 0) + 1;
    const version = await tx.textVersion.create({
      data: { textId: id, number, sourceHash, source, note: opts.note ?? "", createdById: opts.createdById ?? null }
    });
    await tx.block.createMany({ data: blockRows(id, number, version.id, doc) });
    return { version: number, created: true };
  });
}
function isTextOpenToGroup(text, groupId) {
  return text.ownerGroupId === null || text.ownerGroupId === groupId;
}

// lib/db/seed.ts
var LIBRARY_DIR = path6.resolve(process.cwd(), "content/texts");
async function seedLibrary(dir = LIBRARY_DIR) {
  const files = readdirSync2(dir).filter((f) => f.endsWith(".txt")).sort();
  const results = [];
  for (const file of files) {
    const id = file.replace(/\.txt$/, "");
    results.push({ id, ...await importText2(id, readFileSync3(path6.join(dir, file), "utf8")) });
  }
  return results;
}

// lib/db/prepare.ts
async function prepareDatabase(log2 = console.log) {
  const applied = await migrateDatabase(databaseUrl());
  if (applied.length) log2(`database: applied ${applied.length} migration(s): ${applied.join(", ")}`);
  const seeded = await seedLibrary();
  const created = seeded.filter((s) => s.created);
  if (created.length) log2(`library: imported ${created.map((s) => `${s.id} v${s.version}`).join(", ")}`);
}

// lib/db/single-process.ts
import { closeSync, openSync, readFileSync as readFileSync4, unlinkSync, writeSync } from "node:fs";
import pg2 from "pg";
var DatabaseInUseError = class extends Error {
};
var ADVICE = "To run several Gongdu processes on one database, give every process the same REDIS_URL (and prefer PostgreSQL).";
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function claimSqlite(url2) {
  const file = sqliteFilePath(url2);
  if (file === ":memory:") return async () => void 0;
  const lock = `${file}.pid`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lock, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return async () => {
        try {
          if (readFileSync4(lock, "utf8").trim() === String(process.pid)) unlinkSync(lock);
        } catch {
        }
      };
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      const holder = Number(readFileSync4(lock, "utf8").trim());
      if (holder && holder !== process.pid && alive(holder)) {
        throw new DatabaseInUseError(`Another Gongdu process (pid ${holder}) is already serving ${file} (lock file ${lock}). ${ADVICE}`);
      }
      unlinkSync(lock);
    }
  }
  throw new DatabaseInUseError(`Could not claim ${lock}: another process keeps taking it. ${ADVICE}`);
}
var SOLE_PROCESS_LOCK_KEY = 1734636400;
async function claimPostgres(url2) {
  const client = new pg2.Client({ connectionString: url2 });
  client.on("error", () => void 0);
  await client.connect();
  const { rows } = await client.query("SELECT pg_try_advisory_lock($1) AS ok", [SOLE_PROCESS_LOCK_KEY]);
  if (!rows[0].ok) {
    await client.end();
    throw new DatabaseInUseError(`Another Gongdu process without REDIS_URL is already serving this PostgreSQL database. ${ADVICE}`);
  }
  return () => client.end();
}
async function claimDatabase(url2, redisConfigured) {
  if (redisConfigured) return async () => void 0;
  return isPostgresUrl(url2) ? claimPostgres(url2) : claimSqlite(url2);
}

// lib/lifecycle.ts
var state = globalThis.__gongduLife ??= {
  stopping: false,
  inFlight: 0,
  idle: /* @__PURE__ */ new Set()
};
function isStopping() {
  return state.stopping;
}
function beginStopping() {
  state.stopping = true;
}
async function track(work) {
  state.inFlight++;
  try {
    return await work();
  } finally {
    if (--state.inFlight === 0) for (const resolve of state.idle) resolve();
  }
}
function begin() {
  state.inFlight++;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    if (--state.inFlight === 0) for (const resolve of state.idle) resolve();
  };
}
async function waitIdle(timeoutMs) {
  if (state.inFlight === 0) return 0;
  await new Promise((resolve) => {
    const timer = setTimeout(finish, timeoutMs);
    function finish() {
      clearTimeout(timer);
      state.idle.delete(finish);
      resolve();
    }
    state.idle.add(finish);
  });
  return state.inFlight;
}

// lib/log.ts
function log(level, msg, fields = {}) {
  const line = JSON.stringify({ level, msg, time: (/* @__PURE__ */ new Date()).toISOString(), ...fields });
  if (level === "error" || level === "warn") process.stderr.write(`${line}
`);
  else process.stdout.write(`${line}
`);
}

// lib/redis.ts
import { createClient as createClient2 } from "redis";
function redisUrl() {
  return process.env.REDIS_URL || null;
}
function redisPrefix() {
  return process.env.REDIS_KEY_PREFIX || "gongdu";
}
var globalForRedis = globalThis;
function redis() {
  const url2 = redisUrl();
  if (!url2) return null;
  if (!globalForRedis.__gongduRedis) {
    const client = createClient2({ url: url2 });
    client.on("error", (error) => logRedisError("shared", error));
    void client.connect().catch((error) => logRedisError("shared", error));
    globalForRedis.__gongduRedis = client;
  }
  return globalForRedis.__gongduRedis;
}
var lastLogged = /* @__PURE__ */ new Map();
function logRedisError(which, error) {
  const now = Date.now();
  if (now - (lastLogged.get(which) ?? 0) < 5e3) return;
  lastLogged.set(which, now);
  log("error", "redis", { client: which, error: error.message });
}

// lib/realtime/redis.ts
import { createAdapter } from "@socket.io/redis-adapter";
import { createClient as createClient3 } from "redis";
var RESYNC_DELAY_MS = 500;
async function attachRedisAdapter(io2, url2) {
  const pub = createClient3({ url: url2 });
  const sub = pub.duplicate();
  let outage = false;
  let resync;
  for (const [name, client] of [["pub", pub], ["sub", sub]]) {
    client.on("error", (error) => {
      outage = true;
      logRedisError(`adapter-${name}`, error);
    });
    client.on("ready", () => {
      if (!outage || !pub.isReady || !sub.isReady) return;
      outage = false;
      clearTimeout(resync);
      resync = setTimeout(() => {
        log("info", "redis back: dropping local sockets so their clients catch up", { sockets: io2.of("/").sockets.size });
        io2.local.disconnectSockets(true);
      }, RESYNC_DELAY_MS);
    });
  }
  await Promise.all([pub.connect(), sub.connect()]);
  io2.adapter(createAdapter(pub, sub, { key: `${redisPrefix()}:socket.io` }));
  return {
    pub,
    sub,
    close: async () => {
      clearTimeout(resync);
      await Promise.allSettled([pub.quit(), sub.quit()]);
    }
  };
}

// lib/realtime/server.ts
import { Server } from "socket.io";
import { getToken } from "next-auth/jwt";

// lib/services/api-tokens.ts
import { createHash as createHash3, randomBytes as randomBytes2 } from "node:crypto";
var TOKEN_PREFIX = "gd_";
var hashToken = (secret) => createHash3("sha256").update(secret).digest("hex");
async function authenticateApiToken(token) {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
  if (!row || row.revokedAt) return null;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 6e4) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: /* @__PURE__ */ new Date() } });
  }
  return { id: row.user.id, email: row.user.email, name: row.user.name };
}

// lib/services/event-bus.ts
var bus = globalThis.__gongduBus ??= /* @__PURE__ */ new Set();
function subscribeCommitted(listener) {
  bus.add(listener);
  return () => bus.delete(listener);
}
function publishCommitted(committed) {
  if (!committed.events.length && !committed.notifications.length) return;
  for (const listener of bus) listener(committed);
}

// lib/services/sessions.ts
import { randomUUID as randomUUID2 } from "node:crypto";

// lib/domain/permissions.ts
var RANK = { owner: 3, leader: 2, member: 1 };
function hasRoleAtLeast(role, needed) {
  return RANK[role] >= RANK[needed];
}
function canLead(role) {
  return hasRoleAtLeast(role, "leader");
}
function canSeeAnnotation(viewerId, annotation) {
  return annotation.visibility === "group" || annotation.authorId === viewerId;
}
function canEditOwn(viewerId, record) {
  return record.authorId === viewerId;
}

// lib/services/annotation-dto.ts
var author = (u) => ({ id: u.id, name: u.name });
function toReplyDTO(c, reactions = /* @__PURE__ */ new Map(), viewer = { isLeader: true }) {
  const hidden = c.hiddenAt !== null;
  return {
    id: c.id,
    annotationId: c.annotationId,
    sessionId: c.sessionId,
    parentId: c.parentId,
    author: author(c.author),
    body: c.deletedAt || hidden && !viewer.isLeader ? "" : c.body,
    deleted: c.deletedAt !== null,
    hidden,
    createdAt: c.createdAt.toISOString(),
    editedAt: c.editedAt?.toISOString() ?? null,
    reactions: reactions.get(c.id) ?? []
  };
}
function toAnnotationDTO(a, reactions = /* @__PURE__ */ new Map(), viewer = { isLeader: true }) {
  const deleted = a.deletedAt !== null;
  return {
    id: a.id,
    groupId: a.groupId,
    textId: a.textId,
    versionId: a.versionId,
    blockId: a.blockId,
    author: author(a.author),
    start: a.start,
    end: a.end,
    exact: a.exact,
    prefix: a.prefix,
    suffix: a.suffix,
    kind: a.kind,
    note: deleted ? "" : a.note,
    visibility: a.visibility,
    status: a.status,
    sessionId: a.sessionId,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    editedAt: a.editedAt?.toISOString() ?? null,
    deleted,
    resolved: a.resolvedAt !== null,
    pinned: a.pinnedAt !== null,
    hidden: a.hiddenAt !== null,
    reactions: reactions.get(a.id) ?? [],
    replies: [...a.comments].sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime()).map((c) => toReplyDTO(c, reactions, viewer))
  };
}
var threadInclude = {
  author: { select: { id: true, name: true } },
  comments: { include: { author: { select: { id: true, name: true } } } }
};
async function loadReactions(client, targetIds) {
  const index = /* @__PURE__ */ new Map();
  if (!targetIds.length) return index;
  const rows = await client.reaction.findMany({ where: { targetId: { in: targetIds } }, orderBy: { createdAt: "asc" } });
  for (const row of rows) {
    const list = index.get(row.targetId) ?? [];
    let entry = list.find((r) => r.kind === row.kind);
    if (!entry) list.push(entry = { kind: row.kind, userIds: [] });
    entry.userIds.push(row.userId);
    index.set(row.targetId, list);
  }
  return index;
}
var threadTargetIds = (a) => [a.id, ...a.comments.map((c) => c.id)];

// lib/services/require-membership.ts
async function requireMembership(userId, groupId, client = db) {
  const membership = await client.membership.findUnique({ where: { groupId_userId: { groupId, userId } }, select: { role: true } });
  if (!membership) throw notFound("group");
  return membership.role;
}

// lib/services/append-event.ts
async function appendEvent(tx, event) {
  const group = await tx.group.update({ where: { id: event.groupId }, data: { lastSeq: { increment: 1 } }, select: { lastSeq: true } });
  const session = event.sessionId ? await tx.studySession.update({ where: { id: event.sessionId }, data: { lastSeq: { increment: 1 } }, select: { lastSeq: true } }) : null;
  const row = await tx.event.create({
    data: {
      groupId: event.groupId,
      seq: group.lastSeq,
      sessionId: event.sessionId ?? null,
      sessionSeq: session?.lastSeq ?? null,
      type: event.type,
      actorId: event.actorId,
      isPrivate: event.isPrivate ?? false,
      payload: JSON.stringify(event.payload)
    }
  });
  return { ...row, payload: event.payload, createdAt: row.createdAt.toISOString() };
}

// lib/services/write-with-events.ts
async function writeWithEvents(work) {
  const events = [];
  const notifications = [];
  const result = await db.$transaction(async (tx) => {
    const emit = async (e) => {
      const committed = await appendEvent(tx, e);
      events.push(committed);
      return committed;
    };
    const notify = async (n) => {
      const row = await tx.notification.create({ data: { ...n, payload: JSON.stringify(n.payload) } });
      notifications.push({ id: row.id, userId: row.userId, groupId: row.groupId, type: row.type, payload: n.payload, createdAt: row.createdAt.toISOString() });
    };
    return work({ tx, emit, notify });
  });
  publishCommitted({ events, notifications });
  return result;
}

// lib/domain/mentions.ts
function findMentions(body, members) {
  const byLength = [...members].filter((m) => m.name.trim()).sort((a, b) => b.name.length - a.name.length);
  const found = /* @__PURE__ */ new Map();
  for (let at = body.indexOf("@"); at !== -1; at = body.indexOf("@", at + 1)) {
    const rest = body.slice(at + 1);
    const member = byLength.find((m) => rest.startsWith(m.name));
    if (member) found.set(member.id, member);
  }
  return [...found.values()];
}

// lib/domain/search-text.ts
var CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3005\u3007]/u;
function isCjk(ch) {
  return CJK.test(ch);
}
function toIndexWords(text) {
  let out = "";
  for (const ch of text) out += isCjk(ch) ? ` ${ch} ` : ch;
  return out;
}
function indexTokens(text) {
  return toIndexWords(text.normalize("NFKC").toLowerCase()).normalize("NFD").replace(new RegExp("\\p{M}", "gu"), "").normalize("NFC").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
var MAX_POSITION = 16383;
var MAX_LEXEME = 500;
function lexeme(token) {
  return `'${codePoints(token).slice(0, MAX_LEXEME).join("").replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}
function toTsvector(text, extra = []) {
  const positions = /* @__PURE__ */ new Map();
  indexTokens(text).forEach((token, i) => {
    const list = positions.get(token) ?? positions.set(token, []).get(token);
    if (list.length < 256) list.push(Math.min(i + 1, MAX_POSITION));
  });
  const parts = [...positions].map(([token, at]) => `${lexeme(token)}:${[...new Set(at)].join(",")}`);
  for (const e of extra) parts.push(lexeme(e));
  return parts.join(" ");
}

// lib/services/search-index.ts
var groupScope = (groupId) => `#g:${groupId}`;
async function writeFts(tx, id, groupId, text) {
  if (provider === "postgresql") {
    await tx.$executeRawUnsafe(
      "INSERT INTO search_fts (rowid, words) VALUES ($1, $2::tsvector) ON CONFLICT (rowid) DO UPDATE SET words = EXCLUDED.words",
      id,
      toTsvector(text, [groupScope(groupId)])
    );
    return;
  }
  await tx.$executeRawUnsafe("DELETE FROM search_fts WHERE rowid = ?", id);
  await tx.$executeRawUnsafe("INSERT INTO search_fts (rowid, scope, words) VALUES (?, ?, ?)", id, `g${groupId}`, toIndexWords(text));
}
async function removeDoc(tx, key) {
  const doc = await tx.searchDoc.findUnique({ where: { key }, select: { id: true } });
  if (!doc) return;
  if (provider === "sqlite") await tx.$executeRawUnsafe("DELETE FROM search_fts WHERE rowid = ?", doc.id);
  await tx.searchDoc.delete({ where: { id: doc.id } });
}
async function indexAnnotation(tx, annotationId) {
  const a = await tx.annotation.findUnique({ where: { id: annotationId } });
  const key = `a:${annotationId}`;
  if (!a || a.deletedAt) return removeDoc(tx, key);
  const data = {
    groupId: a.groupId,
    annotationId: a.id,
    sessionId: a.sessionId,
    authorId: a.authorId,
    kind: a.kind,
    isPrivate: a.visibility === "private",
    isHidden: a.hiddenAt !== null,
    quote: a.exact,
    body: a.note,
    createdAt: a.createdAt
  };
  const doc = await tx.searchDoc.upsert({ where: { key }, create: { key, ...data }, update: data, select: { id: true } });
  await writeFts(tx, doc.id, a.groupId, `${a.exact}
${a.note}`);
  const replies = await tx.comment.findMany({ where: { annotationId }, select: { id: true } });
  for (const r of replies) await tx.searchDoc.updateMany({ where: { key: `c:${r.id}` }, data: { isPrivate: data.isPrivate, kind: a.kind } });
}
async function indexComment(tx, commentId) {
  const c = await tx.comment.findUnique({ where: { id: commentId }, include: { annotation: true } });
  const key = `c:${commentId}`;
  if (!c || c.deletedAt || c.annotation?.deletedAt) return removeDoc(tx, key);
  const data = {
    groupId: c.groupId,
    annotationId: c.annotationId,
    commentId: c.id,
    sessionId: c.sessionId,
    authorId: c.authorId,
    kind: c.annotation?.kind ?? null,
    isPrivate: c.annotation?.visibility === "private",
    isHidden: c.hiddenAt !== null,
    quote: c.annotation?.exact ?? "",
    body: c.body,
    createdAt: c.createdAt
  };
  const doc = await tx.searchDoc.upsert({ where: { key }, create: { key, ...data }, update: data, select: { id: true } });
  await writeFts(tx, doc.id, c.groupId, c.body);
}

// lib/services/sessions.ts
var sessionInclude = { leader: { select: { id: true, name: true } }, version: { select: { number: true, text: { select: { title: true } } } } };
function sessionStatus(s) {
  return s.endedAt ? "ended" : s.startedAt ? "live" : "scheduled";
}
function toSessionDTO(s) {
  return {
    id: s.id,
    groupId: s.groupId,
    title: s.title,
    textId: s.textId,
    textTitle: s.version.text.title,
    versionId: s.versionId,
    version: s.version.number,
    leader: s.leader,
    rangeStart: s.rangeStart,
    rangeEnd: s.rangeEnd,
    scheduledAt: s.scheduledAt.toISOString(),
    startedAt: s.startedAt?.toISOString() ?? null,
    endedAt: s.endedAt?.toISOString() ?? null,
    status: sessionStatus(s),
    currentBlockId: s.currentBlockId,
    lastSeq: s.lastSeq,
    summary: s.summary
  };
}
async function findSession(userId, sessionId) {
  const session = await db.studySession.findUnique({ where: { id: sessionId }, include: sessionInclude });
  if (!session) throw notFound("session");
  const role = await requireMembership(userId, session.groupId).catch(() => {
    throw notFound("session");
  });
  return { session, role };
}
async function recordAttendance(userId, sessionId) {
  const { session } = await findSession(userId, sessionId);
  if (sessionStatus(session) !== "live") throw conflict("the session is not live");
  const row = await db.attendance.create({ data: { sessionId, userId } });
  return { attendanceId: row.id, session: toSessionDTO(session) };
}
async function closeAttendance(attendanceId) {
  await db.attendance.updateMany({ where: { id: attendanceId, leftAt: null }, data: { leftAt: /* @__PURE__ */ new Date() } });
}
async function closeOrphanedAttendance(liveAttendance = async () => /* @__PURE__ */ new Set()) {
  const open = await db.attendance.findMany({ where: { leftAt: null }, select: { id: true } });
  if (!open.length) return 0;
  const live = await liveAttendance();
  const orphaned = open.map((a) => a.id).filter((id) => !live.has(id));
  const now = /* @__PURE__ */ new Date();
  let closed2 = 0;
  for (let i = 0; i < orphaned.length; i += 500) {
    const { count } = await db.attendance.updateMany({ where: { id: { in: orphaned.slice(i, i + 500) }, leftAt: null }, data: { leftAt: now } });
    closed2 += count;
  }
  return closed2;
}
async function setLeaderPosition(userId, sessionId, blockId2) {
  const { session } = await findSession(userId, sessionId);
  if (session.leaderId !== userId) throw forbidden("only the session\u2019s leader leads the reading");
  if (sessionStatus(session) !== "live") throw conflict("the session is not live");
  const block = await db.block.findUnique({ where: { id: blockId2 }, select: { versionId: true } });
  if (!block || block.versionId !== session.versionId) throw invalid("blockId", "no such passage in this session\u2019s text");
  await db.studySession.update({ where: { id: sessionId }, data: { currentBlockId: blockId2 } });
  return { groupId: session.groupId };
}
async function createReflection(userId, sessionId, input) {
  const { session } = await findSession(userId, sessionId);
  if (input.id) {
    const existing = await db.comment.findUnique({ where: { id: input.id }, include: { author: { select: { id: true, name: true } } } });
    if (existing) {
      if (existing.authorId !== userId || existing.sessionId !== sessionId || existing.annotationId) throw conflict("this id is already in use");
      return { reflection: toReplyDTO(existing), created: false };
    }
  }
  if (sessionStatus(session) === "scheduled") throw conflict("the session has not started");
  const id = input.id ?? randomUUID2();
  const reflection = await writeWithEvents(async (ctx) => {
    const row = await ctx.tx.comment.create({
      data: { id, groupId: session.groupId, sessionId, authorId: userId, body: input.body },
      include: { author: { select: { id: true, name: true } } }
    });
    await indexComment(ctx.tx, id);
    const dto = toReplyDTO(row);
    const live = sessionStatus(session) === "live" ? sessionId : null;
    await ctx.emit({ groupId: session.groupId, sessionId: live, type: "reflection:created", actorId: userId, payload: dto });
    if (input.body.includes("@")) {
      const members = await ctx.tx.membership.findMany({ where: { groupId: session.groupId }, include: { user: { select: { id: true, name: true } } } });
      for (const m of findMentions(input.body, members.map((x) => x.user))) {
        if (m.id !== userId) await ctx.notify({ userId: m.id, groupId: session.groupId, type: "mention", payload: { sessionId, commentId: id, by: row.author, excerpt: Array.from(input.body).slice(0, 80).join("") } });
      }
    }
    return dto;
  });
  return { reflection, created: true };
}
async function hideReflection(userId, sessionId, commentId, hidden) {
  const { session, role } = await findSession(userId, sessionId);
  if (!canLead(role)) throw forbidden("only leaders can hide comments");
  const comment = await db.comment.findUnique({ where: { id: commentId } });
  if (!comment || comment.sessionId !== sessionId || comment.annotationId || comment.deletedAt) throw notFound("reflection");
  await writeWithEvents(async (ctx) => {
    const row = await ctx.tx.comment.update({
      where: { id: commentId },
      data: hidden ? { hiddenAt: /* @__PURE__ */ new Date(), hiddenById: userId } : { hiddenAt: null, hiddenById: null },
      include: { author: { select: { id: true, name: true } } }
    });
    await indexComment(ctx.tx, commentId);
    const live = sessionStatus(session) === "live" ? sessionId : null;
    const payload = hidden ? { id: commentId, annotationId: null, hidden: true } : toReplyDTO(row, await loadReactions(ctx.tx, [commentId]));
    await ctx.emit({ groupId: session.groupId, sessionId: live, type: hidden ? "reply:hidden" : "reply:unhidden", actorId: userId, payload });
  });
}

// lib/services/stream-events.ts
var CATCH_UP_LIMIT = 500;
function parseStream(stream) {
  const m = /^(group|session):([A-Za-z0-9_-]{8,64})$/.exec(stream);
  return m ? { kind: m[1], id: m[2] } : null;
}
async function authorizeStream(userId, ref) {
  if (ref.kind === "group") {
    await requireMembership(userId, ref.id);
    const group = await db.group.findUniqueOrThrow({ where: { id: ref.id }, select: { lastSeq: true } });
    return { lastSeq: group.lastSeq, groupId: ref.id };
  }
  const { session } = await findSession(userId, ref.id);
  return { lastSeq: session.lastSeq, groupId: session.groupId };
}
function visibleEvent(stream, seq, e, viewerId) {
  const createdAt = typeof e.createdAt === "string" ? e.createdAt : e.createdAt.toISOString();
  if (e.isPrivate && e.actorId !== viewerId) return { stream, seq, type: "skip", actorId: "", payload: null, createdAt };
  return { stream, seq, type: e.type, actorId: e.actorId, payload: e.payload, createdAt };
}
async function listStreamEvents(userId, stream, after) {
  const ref = parseStream(stream);
  if (!ref) throw new Error("bad stream");
  const { lastSeq, groupId } = await authorizeStream(userId, ref);
  const rows = await db.event.findMany({
    where: ref.kind === "group" ? { groupId: ref.id, seq: { gt: after } } : { sessionId: ref.id, sessionSeq: { gt: after } },
    orderBy: ref.kind === "group" ? { seq: "asc" } : { sessionSeq: "asc" },
    take: CATCH_UP_LIMIT + 1
  });
  const more = rows.length > CATCH_UP_LIMIT;
  const events = rows.slice(0, CATCH_UP_LIMIT).map(
    (row) => visibleEvent(stream, ref.kind === "group" ? row.seq : row.sessionSeq, { ...row, payload: JSON.parse(row.payload) }, userId)
  );
  return { events: await redactHidden(userId, groupId, events), lastSeq, more };
}
async function redactHidden(userId, groupId, events) {
  if (canLead(await requireMembership(userId, groupId))) return events;
  const annotationOf = (e) => (e.type.startsWith("annotation:") ? e.payload?.id : e.payload?.annotationId) ?? null;
  const annotationIds = [...new Set(events.map(annotationOf).filter((x) => !!x))];
  const isComment = (e) => e.type.startsWith("reply:") || e.type === "reflection:created";
  const replyIds = [...new Set(events.filter(isComment).map((e) => e.payload?.id).filter((x) => !!x))];
  if (!annotationIds.length && !replyIds.length) return events;
  const [annotations, replies] = await Promise.all([
    db.annotation.findMany({ where: { id: { in: annotationIds }, hiddenAt: { not: null }, authorId: { not: userId } }, select: { id: true } }),
    db.comment.findMany({ where: { id: { in: replyIds }, hiddenAt: { not: null }, authorId: { not: userId } }, select: { id: true, annotationId: true } })
  ]);
  const hiddenAnnotations = new Set(annotations.map((a) => a.id));
  const hiddenReplies = new Map(replies.map((r) => [r.id, r.annotationId]));
  return events.map((e) => {
    const annotationId = annotationOf(e);
    if (annotationId && hiddenAnnotations.has(annotationId)) return { ...e, type: "annotation:hidden", payload: { id: annotationId, hidden: true } };
    const replyId = isComment(e) ? e.payload?.id : void 0;
    if (replyId && hiddenReplies.has(replyId)) return { ...e, type: "reply:hidden", payload: { id: replyId, annotationId: hiddenReplies.get(replyId), hidden: true } };
    return e;
  });
}

// lib/realtime/handlers/sessions.ts
import { z as z2 } from "zod";

// lib/validations/common.ts
import { z } from "zod";
var ZId = z.string().trim().regex(/^[A-Za-z0-9_-]{8,64}$/, "must be 8\u201364 letters, digits, _ or -");
var zText = (max) => z.string().trim().max(max, `at most ${max} characters`);

// lib/http/field-errors.ts
function fieldErrors(error) {
  const fields = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    fields[key] ??= issue.message;
  }
  return fields;
}

// lib/realtime/handlers/request.ts
function onRequest(socket, event, schema, run) {
  socket.on(event, async (payload, ack) => {
    if (typeof ack !== "function") return;
    const reply = ack;
    const parsed = schema.safeParse(payload);
    if (!parsed.success) return reply({ ok: false, error: { code: "validation", message: "some fields are not valid", fields: fieldErrors(parsed.error) } });
    if (isStopping()) return reply({ ok: false, error: { code: "unavailable", message: "this server is shutting down: send the request again" } });
    try {
      reply({ ok: true, value: await track(() => run(parsed.data, socket)) });
    } catch (error) {
      if (error instanceof ServiceError) return reply({ ok: false, error: { code: error.code, message: error.message, ...error.field ? { fields: { [error.field]: error.message } } : {} } });
      if (isDatabaseUnavailable(error)) return reply({ ok: false, error: { code: "unavailable", message: UNAVAILABLE_MESSAGE } });
      console.error(`socket ${event} failed`, error);
      reply({ ok: false, error: { code: "internal", message: "something went wrong on the server" } });
    }
  });
}

// lib/realtime/handlers/sessions.ts
var ZStreamAfter = z2.object({ stream: z2.string().max(80), after: z2.number().int().min(0) });
var ZSessionRef = z2.object({ sessionId: ZId });
var ZViewing = z2.object({ sessionId: ZId, blockId: z2.string().min(1).max(80).nullable() });
async function presenceOf(io2, sessionId) {
  const sockets = await io2.in(`session:${sessionId}`).fetchSockets();
  const byUser = /* @__PURE__ */ new Map();
  for (const s of sockets) {
    const here = s.data.sessions?.[sessionId];
    if (!here) continue;
    const known = byUser.get(s.data.userId);
    byUser.set(s.data.userId, { userId: s.data.userId, name: s.data.name, blockId: here.blockId ?? known?.blockId ?? null, isLeader: here.isLeader });
  }
  return [...byUser.values()].sort((a, b) => Number(b.isLeader) - Number(a.isLeader) || a.name.localeCompare(b.name, "zh-CN"));
}
async function broadcastPresence(io2, sessionId) {
  io2.to(`session:${sessionId}`).emit("presence:updated", { sessionId, members: await presenceOf(io2, sessionId) });
}
async function leaveSession(io2, socket, sessionId) {
  const here = socket.data.sessions[sessionId];
  if (!here) return;
  delete socket.data.sessions[sessionId];
  await closeAttendance(here.attendanceId);
  await broadcastPresence(io2, sessionId);
}
function registerSessionHandlers(io2, socket) {
  const me = () => socket.data.userId;
  const sync = async ({ stream, after }) => {
    if (!parseStream(stream)) throw new ServiceError(422, "invalid", "not a stream", "stream");
    return listStreamEvents(me(), stream, after);
  };
  onRequest(socket, "stream:subscribe", ZStreamAfter, async (input) => {
    const ref = parseStream(input.stream);
    if (!ref) throw new ServiceError(422, "invalid", "not a stream", "stream");
    await authorizeStream(me(), ref);
    await socket.join(input.stream);
    return sync(input);
  });
  onRequest(socket, "stream:sync", ZStreamAfter, sync);
  socket.on("stream:unsubscribe", (payload) => {
    const parsed = z2.object({ stream: z2.string().max(80) }).safeParse(payload);
    if (parsed.success && !parsed.data.stream.startsWith("user:")) void socket.leave(parsed.data.stream);
  });
  onRequest(socket, "session:join", ZSessionRef, async ({ sessionId }) => {
    const previous = socket.data.sessions[sessionId];
    const { attendanceId, session } = await recordAttendance(me(), sessionId);
    if (previous) await closeAttendance(previous.attendanceId);
    socket.data.sessions[sessionId] = { attendanceId, blockId: previous?.blockId ?? null, isLeader: session.leader.id === me() };
    await socket.join(`session:${sessionId}`);
    await broadcastPresence(io2, sessionId);
    return { session, members: await presenceOf(io2, sessionId) };
  });
  onRequest(socket, "session:leave", ZSessionRef, async ({ sessionId }) => {
    await leaveSession(io2, socket, sessionId);
    return null;
  });
  socket.on("session:viewing", async (payload) => {
    const parsed = ZViewing.safeParse(payload);
    const here = parsed.success ? socket.data.sessions[parsed.data.sessionId] : void 0;
    if (!parsed.success || !here || here.blockId === parsed.data.blockId) return;
    here.blockId = parsed.data.blockId;
    await broadcastPresence(io2, parsed.data.sessionId);
  });
  onRequest(socket, "leader:move", ZSessionRef.extend({ blockId: z2.string().min(1).max(80) }), async ({ sessionId, blockId: blockId2 }) => {
    await setLeaderPosition(me(), sessionId, blockId2);
    socket.to(`session:${sessionId}`).emit("leader:moved", { sessionId, blockId: blockId2, leaderId: me() });
    return null;
  });
  socket.on("disconnect", () => {
    for (const sessionId of Object.keys(socket.data.sessions)) void leaveSession(io2, socket, sessionId).catch(() => void 0);
  });
}

// lib/realtime/handlers/writes.ts
import { z as z5 } from "zod";

// lib/services/annotations.ts
import { randomUUID as randomUUID3 } from "node:crypto";

// lib/domain/anchor.ts
var QUOTE_CONTEXT = 32;
function quoteAt(blockText, start, end, context = QUOTE_CONTEXT) {
  const chars = codePoints(blockText);
  return {
    exact: chars.slice(start, end).join(""),
    prefix: chars.slice(Math.max(0, start - context), start).join(""),
    suffix: chars.slice(end, end + context).join("")
  };
}
function checkAnchor(blockText, position, exact) {
  const length = codePoints(blockText).length;
  if (!Number.isInteger(position.start) || position.start < 0 || position.start >= length) {
    return { ok: false, field: "start", message: `start must be between 0 and ${length - 1}` };
  }
  if (!Number.isInteger(position.end) || position.end <= position.start || position.end > length) {
    return { ok: false, field: "end", message: `end must be greater than start and at most ${length}` };
  }
  const quote = quoteAt(blockText, position.start, position.end);
  if (quote.exact !== exact) {
    return { ok: false, field: "exact", message: "the quoted text does not match the block at these offsets" };
  }
  return { ok: true, quote };
}

// lib/services/annotations.ts
var authorSelect = { author: { select: { id: true, name: true } } };
async function threadDTO(client, id, isLeader = true) {
  const row = await client.annotation.findUniqueOrThrow({ where: { id }, include: threadInclude });
  return toAnnotationDTO(row, await loadReactions(client, threadTargetIds(row)), { isLeader });
}
async function liveSessionId(client, sessionId) {
  if (!sessionId) return null;
  const session = await client.studySession.findUnique({ where: { id: sessionId }, select: { startedAt: true, endedAt: true } });
  return session?.startedAt && !session.endedAt ? sessionId : null;
}
async function findVisibleAnnotation(userId, id) {
  const annotation = await db.annotation.findUnique({ where: { id }, include: threadInclude });
  if (!annotation || !canSeeAnnotation(userId, annotation)) throw notFound("annotation");
  const role = await requireMembership(userId, annotation.groupId).catch(() => {
    throw notFound("annotation");
  });
  if (annotation.hiddenAt && !canLead(role) && annotation.authorId !== userId) throw notFound("annotation");
  return { annotation, role };
}
async function notifyMentions(ctx, groupId, actor, body, about) {
  if (!body.includes("@")) return;
  const members = await ctx.tx.membership.findMany({ where: { groupId }, include: { user: { select: { id: true, name: true } } } });
  const actorName = members.find((m) => m.userId === actor.id)?.user.name ?? "";
  for (const mentioned of findMentions(body, members.map((m) => m.user))) {
    if (mentioned.id === actor.id) continue;
    await ctx.notify({ userId: mentioned.id, groupId, type: "mention", payload: { ...about, by: { id: actor.id, name: actorName }, excerpt: Array.from(body).slice(0, 80).join("") } });
  }
}
async function createAnnotation(userId, input) {
  await requireMembership(userId, input.groupId);
  if (input.id) {
    const existing = await db.annotation.findUnique({ where: { id: input.id }, include: threadInclude });
    if (existing) return { annotation: await sameCreateOrConflict(existing, userId, input), created: false };
  }
  const block = await db.block.findUnique({ where: { id: input.blockId }, include: { version: { include: { text: true } } } });
  if (!block || !isTextOpenToGroup(block.version.text, input.groupId)) throw invalid("blockId", "no such passage in a text of this group");
  const anchor = checkAnchor(block.text, { start: input.start, end: input.end }, input.exact);
  if (!anchor.ok) throw invalid(anchor.field, anchor.message);
  if (input.sessionId) {
    const session = await db.studySession.findUnique({ where: { id: input.sessionId } });
    if (!session || session.groupId !== input.groupId || session.textId !== block.version.textId) throw invalid("sessionId", "no such session on this text in this group");
    if (!session.startedAt || session.endedAt) throw invalid("sessionId", "the session is not live");
  }
  const id = input.id ?? randomUUID3();
  try {
    const annotation = await writeWithEvents(async (ctx) => {
      await ctx.tx.annotation.create({
        data: {
          id,
          groupId: input.groupId,
          textId: block.version.textId,
          versionId: block.versionId,
          blockId: block.id,
          authorId: userId,
          start: input.start,
          end: input.end,
          ...anchor.quote,
          kind: input.kind,
          note: input.note,
          visibility: input.visibility,
          sessionId: input.sessionId ?? null
        }
      });
      await indexAnnotation(ctx.tx, id);
      const dto = await threadDTO(ctx.tx, id);
      const isPrivate = input.visibility === "private";
      await ctx.emit({ groupId: input.groupId, sessionId: input.sessionId, type: "annotation:created", actorId: userId, isPrivate, payload: dto });
      if (!isPrivate) await notifyMentions(ctx, input.groupId, { id: userId }, input.note, { annotationId: id, sessionId: input.sessionId ?? null, textId: dto.textId });
      return dto;
    });
    return { annotation, created: true };
  } catch (error) {
    if (input.id && isUniqueViolation(error)) {
      const existing = await db.annotation.findUniqueOrThrow({ where: { id: input.id }, include: threadInclude });
      return { annotation: await sameCreateOrConflict(existing, userId, input), created: false };
    }
    throw error;
  }
}
async function sameCreateOrConflict(existing, userId, input) {
  if (existing.authorId !== userId || existing.groupId !== input.groupId) throw conflict("this id is already in use");
  return toAnnotationDTO(existing, await loadReactions(db, threadTargetIds(existing)));
}
async function updateAnnotation(userId, id, input) {
  const { annotation } = await findVisibleAnnotation(userId, id);
  if (annotation.deletedAt) throw notFound("annotation");
  if (!canEditOwn(userId, annotation)) throw forbidden("only the author can edit this annotation");
  return writeWithEvents(async (ctx) => {
    await ctx.tx.annotation.update({
      where: { id },
      data: { ...input, ...input.note !== void 0 && input.note !== annotation.note ? { editedAt: /* @__PURE__ */ new Date() } : {} }
    });
    await indexAnnotation(ctx.tx, id);
    const dto = await threadDTO(ctx.tx, id);
    const sessionId = await liveSessionId(ctx.tx, annotation.sessionId);
    const base = { groupId: annotation.groupId, sessionId, actorId: userId };
    if (annotation.visibility === "group" && dto.visibility === "private") {
      await ctx.emit({ ...base, type: "annotation:removed", payload: { id } });
      await ctx.emit({ ...base, type: "annotation:updated", isPrivate: true, payload: dto });
    } else {
      await ctx.emit({ ...base, type: "annotation:updated", isPrivate: dto.visibility === "private", payload: dto });
    }
    if (dto.visibility === "group" && input.note && input.note !== annotation.note) {
      await notifyMentions(ctx, annotation.groupId, { id: userId }, input.note, { annotationId: id, sessionId, textId: dto.textId });
    }
    return dto;
  });
}
async function deleteAnnotation(userId, id) {
  const { annotation } = await findVisibleAnnotation(userId, id);
  if (annotation.deletedAt) return;
  if (!canEditOwn(userId, annotation)) throw forbidden("only the author can delete this annotation");
  await writeWithEvents(async (ctx) => {
    await ctx.tx.annotation.update({ where: { id }, data: { deletedAt: /* @__PURE__ */ new Date() } });
    await indexAnnotation(ctx.tx, id);
    for (const c of annotation.comments) await indexComment(ctx.tx, c.id);
    const dto = await threadDTO(ctx.tx, id);
    const sessionId = await liveSessionId(ctx.tx, annotation.sessionId);
    await ctx.emit({ groupId: annotation.groupId, sessionId, type: "annotation:deleted", actorId: userId, isPrivate: annotation.visibility === "private", payload: dto });
  });
}
async function resolveAnnotation(userId, id, resolved) {
  const { annotation, role } = await findVisibleAnnotation(userId, id);
  if (annotation.deletedAt) throw notFound("annotation");
  if (annotation.authorId !== userId && !canLead(role)) throw forbidden("only the author or a leader can resolve a thread");
  return writeWithEvents(async (ctx) => {
    await ctx.tx.annotation.update({ where: { id }, data: resolved ? { resolvedAt: /* @__PURE__ */ new Date(), resolvedById: userId } : { resolvedAt: null, resolvedById: null } });
    const dto = await threadDTO(ctx.tx, id);
    const sessionId = await liveSessionId(ctx.tx, annotation.sessionId);
    await ctx.emit({ groupId: annotation.groupId, sessionId, type: resolved ? "annotation:resolved" : "annotation:reopened", actorId: userId, isPrivate: annotation.visibility === "private", payload: dto });
    return dto;
  });
}
async function pinAnnotation(userId, id, pinned) {
  const { annotation, role } = await findVisibleAnnotation(userId, id);
  if (!canLead(role)) throw forbidden("only leaders can pin threads");
  if (annotation.visibility === "private" || annotation.deletedAt) throw notFound("annotation");
  return writeWithEvents(async (ctx) => {
    await ctx.tx.annotation.update({ where: { id }, data: { pinnedAt: pinned ? /* @__PURE__ */ new Date() : null } });
    const dto = await threadDTO(ctx.tx, id);
    await ctx.emit({ groupId: annotation.groupId, sessionId: await liveSessionId(ctx.tx, annotation.sessionId), type: pinned ? "annotation:pinned" : "annotation:unpinned", actorId: userId, payload: dto });
    return dto;
  });
}
async function hideAnnotation(userId, id, hidden) {
  const { annotation, role } = await findVisibleAnnotation(userId, id);
  if (!canLead(role)) throw forbidden("only leaders can hide comments");
  if (annotation.visibility === "private") throw notFound("annotation");
  await writeWithEvents(async (ctx) => {
    await ctx.tx.annotation.update({ where: { id }, data: hidden ? { hiddenAt: /* @__PURE__ */ new Date(), hiddenById: userId } : { hiddenAt: null, hiddenById: null } });
    await indexAnnotation(ctx.tx, id);
    const sessionId = await liveSessionId(ctx.tx, annotation.sessionId);
    const payload = hidden ? { id, hidden: true } : await threadDTO(ctx.tx, id, false);
    await ctx.emit({ groupId: annotation.groupId, sessionId, type: hidden ? "annotation:hidden" : "annotation:unhidden", actorId: userId, payload });
  });
}
async function createReply(userId, annotationId, input) {
  const { annotation } = await findVisibleAnnotation(userId, annotationId);
  if (annotation.deletedAt) throw notFound("annotation");
  if (input.id) {
    const existing = await db.comment.findUnique({ where: { id: input.id }, include: authorSelect });
    if (existing) {
      if (existing.authorId !== userId || existing.annotationId !== annotationId) throw conflict("this id is already in use");
      return { reply: toReplyDTO(existing), created: false };
    }
  }
  if (input.parentId && !annotation.comments.some((c) => c.id === input.parentId)) throw invalid("parentId", "no such reply in this thread");
  const id = input.id ?? randomUUID3();
  const reply = await writeWithEvents(async (ctx) => {
    const sessionId = await liveSessionId(ctx.tx, annotation.sessionId);
    const row = await ctx.tx.comment.create({
      data: { id, groupId: annotation.groupId, annotationId, sessionId: annotation.sessionId, parentId: input.parentId ?? null, authorId: userId, body: input.body },
      include: authorSelect
    });
    await indexComment(ctx.tx, id);
    const dto = toReplyDTO(row);
    const isPrivate = annotation.visibility === "private";
    await ctx.emit({ groupId: annotation.groupId, sessionId, type: "reply:created", actorId: userId, isPrivate, payload: dto });
    if (!isPrivate) {
      const about = { annotationId, commentId: id, sessionId, textId: annotation.textId };
      await notifyMentions(ctx, annotation.groupId, { id: userId }, input.body, about);
      if (annotation.authorId !== userId) {
        await ctx.notify({ userId: annotation.authorId, groupId: annotation.groupId, type: "reply", payload: { ...about, by: row.author, excerpt: Array.from(input.body).slice(0, 80).join("") } });
      }
    }
    return dto;
  });
  return { reply, created: true };
}
async function findThreadReply(userId, annotationId, replyId) {
  const { annotation, role } = await findVisibleAnnotation(userId, annotationId);
  const reply = annotation.comments.find((c) => c.id === replyId);
  if (!reply || reply.deletedAt) throw notFound("reply");
  return { annotation, reply, role };
}
async function updateReply(userId, annotationId, replyId, body) {
  const { annotation, reply } = await findThreadReply(userId, annotationId, replyId);
  if (!canEditOwn(userId, reply)) throw forbidden("only the author can change this reply");
  return writeWithEvents(async (ctx) => {
    const row = await ctx.tx.comment.update({ where: { id: replyId }, data: { body, editedAt: /* @__PURE__ */ new Date() }, include: authorSelect });
    await indexComment(ctx.tx, replyId);
    const dto = toReplyDTO(row, await loadReactions(ctx.tx, [replyId]));
    await ctx.emit({ groupId: annotation.groupId, sessionId: await liveSessionId(ctx.tx, annotation.sessionId), type: "reply:updated", actorId: userId, isPrivate: annotation.visibility === "private", payload: dto });
    return dto;
  });
}
async function deleteReply(userId, annotationId, replyId) {
  const { annotation, reply } = await findThreadReply(userId, annotationId, replyId);
  if (!canEditOwn(userId, reply)) throw forbidden("only the author can delete this reply");
  await writeWithEvents(async (ctx) => {
    const row = await ctx.tx.comment.update({ where: { id: replyId }, data: { deletedAt: /* @__PURE__ */ new Date() }, include: authorSelect });
    await indexComment(ctx.tx, replyId);
    await ctx.emit({ groupId: annotation.groupId, sessionId: await liveSessionId(ctx.tx, annotation.sessionId), type: "reply:deleted", actorId: userId, isPrivate: annotation.visibility === "private", payload: toReplyDTO(row) });
  });
}
async function hideReply(userId, annotationId, replyId, hidden) {
  const { annotation, role } = await findThreadReply(userId, annotationId, replyId);
  if (!canLead(role)) throw forbidden("only leaders can hide comments");
  await writeWithEvents(async (ctx) => {
    const row = await ctx.tx.comment.update({ where: { id: replyId }, data: hidden ? { hiddenAt: /* @__PURE__ */ new Date(), hiddenById: userId } : { hiddenAt: null, hiddenById: null }, include: authorSelect });
    await indexComment(ctx.tx, replyId);
    const payload = hidden ? { id: replyId, annotationId, hidden: true } : toReplyDTO(row, await loadReactions(ctx.tx, [replyId]));
    await ctx.emit({ groupId: annotation.groupId, sessionId: await liveSessionId(ctx.tx, annotation.sessionId), type: hidden ? "reply:hidden" : "reply:unhidden", actorId: userId, payload });
  });
}

// lib/services/notifications.ts
async function markNotificationsRead(userId, ids) {
  const { count } = await db.notification.updateMany({ where: { userId, readAt: null, ...ids ? { id: { in: ids } } : {} }, data: { readAt: /* @__PURE__ */ new Date() } });
  return count;
}

// lib/services/reactions.ts
async function setReaction(userId, input) {
  const annotation = input.targetType === "annotation" ? await db.annotation.findUnique({ where: { id: input.targetId } }) : await db.comment.findUnique({ where: { id: input.targetId } }).then((c) => c?.annotationId ? db.annotation.findUnique({ where: { id: c.annotationId } }) : null);
  const reflection = input.targetType === "reply" && !annotation ? await db.comment.findUnique({ where: { id: input.targetId } }) : null;
  const groupId = annotation?.groupId ?? reflection?.groupId;
  if (!groupId || annotation && !canSeeAnnotation(userId, annotation)) throw notFound(input.targetType);
  await requireMembership(userId, groupId).catch(() => {
    throw notFound(input.targetType);
  });
  return writeWithEvents(async (ctx) => {
    const key = { targetType_targetId_userId_kind: { targetType: input.targetType, targetId: input.targetId, userId, kind: input.kind } };
    const existing = await ctx.tx.reaction.findUnique({ where: key });
    const unchanged = Boolean(existing) === input.active;
    if (existing && !input.active) await ctx.tx.reaction.delete({ where: { id: existing.id } });
    if (!existing && input.active) await ctx.tx.reaction.create({ data: { groupId, targetType: input.targetType, targetId: input.targetId, userId, kind: input.kind } });
    const reactions = (await loadReactions(ctx.tx, [input.targetId])).get(input.targetId) ?? [];
    if (unchanged) return { targetId: input.targetId, reactions, active: input.active };
    const payload = { targetType: input.targetType, targetId: input.targetId, annotationId: annotation?.id ?? null, reactions };
    const sessionId = await liveSessionId(ctx.tx, annotation?.sessionId ?? reflection?.sessionId);
    await ctx.emit({ groupId, sessionId, type: "reaction:changed", actorId: userId, isPrivate: annotation?.visibility === "private", payload });
    return { targetId: input.targetId, reactions, active: input.active };
  });
}

// lib/validations/annotations.ts
import { z as z3 } from "zod";

// lib/domain/annotation-kinds.ts
var ANNOTATION_KINDS = ["key", "question", "insight"];

// lib/validations/annotations.ts
var ZCreateAnnotation = z3.object({
  /** Optional client-chosen id: a retried create with the same id returns the first one instead of a duplicate. */
  id: ZId.optional(),
  groupId: ZId,
  blockId: z3.string().min(1).max(80),
  start: z3.number().int().min(0),
  end: z3.number().int().min(1),
  exact: z3.string().min(1, "required").max(5e3),
  kind: z3.enum(ANNOTATION_KINDS).default("key"),
  note: zText(5e3).default(""),
  visibility: z3.enum(["group", "private"]).default("group"),
  /** the live study session this is made in, if any */
  sessionId: ZId.optional()
});
var ZUpdateAnnotation = z3.object({
  kind: z3.enum(ANNOTATION_KINDS).optional(),
  note: zText(5e3).optional(),
  visibility: z3.enum(["group", "private"]).optional()
}).refine((v) => Object.keys(v).length > 0, { message: "nothing to change" });
var ZListAnnotations = z3.object({
  textId: ZId,
  groupId: ZId,
  sessionId: ZId.optional()
});
var ZCreateReply = z3.object({
  id: ZId.optional(),
  body: zText(5e3).min(1, "required"),
  parentId: ZId.optional()
});
var ZUpdateReply = z3.object({ body: zText(5e3).min(1, "required") });
var ZReactionKind = z3.enum(["agree", "same-question"]);
var ZSetReaction = z3.object({
  targetType: z3.enum(["annotation", "reply"]),
  targetId: ZId,
  kind: ZReactionKind,
  active: z3.boolean()
});

// lib/validations/sessions.ts
import { z as z4 } from "zod";
var ZScheduleSession = z4.object({
  title: zText(80).min(1, "required"),
  textId: ZId,
  /** paths of the first and last heading of the range read (optional: the whole text) */
  rangeStart: z4.string().max(120).optional(),
  rangeEnd: z4.string().max(120).optional(),
  scheduledAt: z4.coerce.date({ error: "not a date" })
});
var ZSessionRef2 = z4.object({ sessionId: ZId });
var ZSessionViewing = z4.object({ sessionId: ZId, blockId: z4.string().min(1).max(80).nullable() });
var ZCreateReflection = z4.object({
  id: ZId.optional(),
  body: zText(5e3).min(1, "required")
});
var ZSummary = z4.object({ summary: zText(2e4) });

// lib/realtime/handlers/writes.ts
var ZRef = z5.object({ id: ZId });
var ZReplyRef = z5.object({ annotationId: ZId, replyId: ZId });
function registerWriteHandlers(socket) {
  const me = () => socket.data.userId;
  onRequest(socket, "annotation:create", ZCreateAnnotation, (input) => createAnnotation(me(), input));
  onRequest(socket, "annotation:update", z5.intersection(ZRef, ZUpdateAnnotation), async ({ id, ...input }) => ({ annotation: await updateAnnotation(me(), id, input) }));
  onRequest(socket, "annotation:delete", ZRef, async ({ id }) => (await deleteAnnotation(me(), id), null));
  onRequest(socket, "annotation:resolve", ZRef.extend({ resolved: z5.boolean() }), async ({ id, resolved }) => ({ annotation: await resolveAnnotation(me(), id, resolved) }));
  onRequest(socket, "annotation:pin", ZRef.extend({ pinned: z5.boolean() }), async ({ id, pinned }) => ({ annotation: await pinAnnotation(me(), id, pinned) }));
  onRequest(socket, "annotation:hide", ZRef.extend({ hidden: z5.boolean() }), async ({ id, hidden }) => (await hideAnnotation(me(), id, hidden), null));
  onRequest(socket, "reply:create", ZCreateReply.extend({ annotationId: ZId }), ({ annotationId, ...input }) => createReply(me(), annotationId, input));
  onRequest(socket, "reply:update", ZReplyRef.extend(ZUpdateReply.shape), async ({ annotationId, replyId, body }) => ({ reply: await updateReply(me(), annotationId, replyId, body) }));
  onRequest(socket, "reply:delete", ZReplyRef, async ({ annotationId, replyId }) => (await deleteReply(me(), annotationId, replyId), null));
  onRequest(socket, "reply:hide", ZReplyRef.extend({ hidden: z5.boolean() }), async ({ annotationId, replyId, hidden }) => (await hideReply(me(), annotationId, replyId, hidden), null));
  onRequest(socket, "reaction:set", ZSetReaction, (input) => setReaction(me(), input));
  onRequest(socket, "reflection:create", ZCreateReflection.extend({ sessionId: ZId }), ({ sessionId, ...input }) => createReflection(me(), sessionId, input));
  onRequest(socket, "reflection:hide", z5.object({ sessionId: ZId, id: ZId, hidden: z5.boolean() }), async ({ sessionId, id, hidden }) => (await hideReflection(me(), sessionId, id, hidden), null));
  onRequest(socket, "notification:read", z5.object({ ids: z5.array(ZId).max(500).optional() }), async ({ ids }) => ({ count: await markNotificationsRead(me(), ids) }));
}

// lib/realtime/server.ts
function parseCookies(header) {
  const cookies = {};
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0) cookies[part.slice(0, eq).trim()] = decodeURIComponent(part.slice(eq + 1).trim());
  }
  return cookies;
}
async function authenticate(handshake) {
  const token = typeof handshake.auth?.token === "string" ? handshake.auth.token : void 0;
  if (token) {
    const user = await authenticateApiToken(token);
    return user && { userId: user.id, name: user.name };
  }
  const cookie = handshake.headers.cookie;
  const jwt = await getToken({ req: { headers: handshake.headers, cookies: parseCookies(Array.isArray(cookie) ? cookie.join(";") : cookie) }, secret: process.env.NEXTAUTH_SECRET });
  return jwt?.sub ? { userId: jwt.sub, name: String(jwt.name ?? "") } : null;
}
function deliver(io2, stream, seq, event) {
  const full = visibleEvent(stream, seq, event, event.actorId);
  if (!event.isPrivate) return void io2.to(stream).emit("event:appended", full);
  io2.to(stream).except(`user:${event.actorId}`).emit("event:appended", visibleEvent(stream, seq, event, ""));
  io2.to(`user:${event.actorId}`).emit("event:appended", full);
}
function attachRealtime(httpServer2) {
  const io2 = new Server(httpServer2, { path: "/socket.io", serveClient: false, connectionStateRecovery: void 0 });
  io2.use(async (socket, next2) => {
    try {
      const who = await authenticate(socket.handshake);
      if (!who) return next2(new Error("unauthenticated"));
      socket.data = { ...who, sessions: {} };
      next2();
    } catch {
      next2(new Error("unauthenticated"));
    }
  });
  io2.on("connection", (socket) => {
    void socket.join(`user:${socket.data.userId}`);
    registerSessionHandlers(io2, socket);
    registerWriteHandlers(socket);
  });
  subscribeCommitted(({ events, notifications }) => {
    for (const event of events) {
      deliver(io2, `group:${event.groupId}`, event.seq, event);
      if (event.sessionId && event.sessionSeq) deliver(io2, `session:${event.sessionId}`, event.sessionSeq, event);
    }
    for (const n of notifications) {
      io2.to(`user:${n.userId}`).emit("notification:created", { id: n.id, groupId: n.groupId, type: n.type, payload: n.payload, createdAt: n.createdAt, read: false });
    }
  });
  globalThis.__gongduIo = io2;
  return io2;
}

// server.ts
var dev = process.env.NODE_ENV !== "production";
var port = Number(process.env.PORT ?? 3e3);
var host = process.env.HOST ?? "0.0.0.0";
var DRAIN_MS = Number(process.env.SHUTDOWN_DRAIN_MS ?? 1e4);
ensureAuthSecret();
process.env.AUTH_TRUST_HOST ??= "true";
await prepareDatabase((line) => log("info", line));
var releaseDatabase;
try {
  releaseDatabase = await claimDatabase(databaseUrl(), redisUrl() !== null);
} catch (error) {
  if (!(error instanceof DatabaseInUseError)) throw error;
  log("error", error.message);
  process.exit(1);
}
var app = next({ dev, hostname: host, port, turbopack: dev });
await app.prepare();
var handle = app.getRequestHandler();
async function health(res) {
  const checks = {};
  const timeout = (p) => Promise.race([p, new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 2e3))]);
  await Promise.all([
    timeout(db.$queryRawUnsafe("SELECT 1")).then(() => checks.database = "ok", (e) => checks.database = `unreachable: ${e.message.split("\n")[0]}`),
    redis() ? timeout(redis().ping()).then(() => checks.redis = "ok", (e) => checks.redis = `unreachable: ${e.message}`) : checks.redis = "not configured"
  ]);
  const ok = !isStopping() && checks.database === "ok" && checks.redis !== void 0 && !checks.redis.startsWith("unreachable");
  res.writeHead(ok ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify({ ok, stopping: isStopping(), ...checks }));
}
function onRequest2(req, res) {
  const incoming = req.headers["x-request-id"];
  const requestId = typeof incoming === "string" && /^[\w-]{8,64}$/.test(incoming) && incoming || randomUUID4();
  req.headers["x-request-id"] = requestId;
  res.setHeader("x-request-id", requestId);
  const started = performance.now();
  const done = begin();
  res.on("close", () => {
    done();
    if (process.env.LOG_REQUESTS !== "0") {
      log("info", "request", { requestId, method: req.method, path: (req.url ?? "").split("?")[0], status: res.statusCode, ms: Math.round(performance.now() - started) });
    }
  });
  if (req.url === "/api/health") return void health(res);
  void handle(req, res);
}
var httpServer = createServer(onRequest2);
var io = attachRealtime(httpServer);
var redisAttachment;
var url = redisUrl();
if (url) redisAttachment = await attachRedisAdapter(io, url);
var closed = await closeOrphanedAttendance(async () => {
  const sockets = await io.fetchSockets();
  return new Set(sockets.flatMap((s) => Object.values(s.data.sessions ?? {}).map((here) => here.attendanceId)));
});
if (closed) log("info", `attendance: closed ${closed} interval(s) left open`);
httpServer.listen(port, host, () => {
  const address = httpServer.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  log("info", `Gongdu ready on http://${host === "0.0.0.0" ? "localhost" : host}:${actualPort}`, { pid: process.pid });
});
async function shutdown(signal) {
  if (isStopping()) return;
  beginStopping();
  log("info", `${signal}: shutting down`);
  httpServer.close();
  httpServer.closeIdleConnections();
  io.local.disconnectSockets(true);
  const left = await waitIdle(DRAIN_MS);
  if (left) log("warn", `shutdown: ${left} request(s) still running after ${DRAIN_MS} ms`);
  httpServer.closeAllConnections();
  await redisAttachment?.close();
  await redis()?.quit().catch(() => void 0);
  await db.$disconnect().catch(() => void 0);
  await releaseDatabase();
  log("info", "stopped");
  process.exit(0);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void shutdown(signal));
//# sourceMappingURL=server-test-26779.mjs.map
