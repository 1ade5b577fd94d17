/** The library: importing a text as a new version, listing texts, and reading one as a structured document. */
import { createHash } from 'node:crypto';
import { db } from '../db';
import { importText as importDocument, type ImportedDocument, type LineOverride, type TextFormat, type TocEntry } from '../domain/text-import';
import { notFound } from './errors';

export interface TextSummaryDTO {
  id: string;
  /** the group that owns the text; null for the starting library shared by every group */
  ownerGroupId: string | null;
  title: string;
  subtitle: string | null;
  byline: string | null;
  version: number;
  blockCount: number;
  charCount: number;
}

export interface BlockDTO {
  id: string;
  path: string;
  kind: 'heading' | 'paragraph';
  level: string | null;
  label: string | null;
  text: string;
  subtitle: string | null;
  runIn: boolean;
  role: string | null;
}

export interface TextDTO extends Omit<TextSummaryDTO, 'blockCount' | 'charCount'> {
  versionId: string;
  /** the newest version's number (the one shown may be older, for a session that read it) */
  latestVersion: number;
  metadata: ImportedDocument['metadata'];
  toc: TocEntry[];
  blocks: BlockDTO[];
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** A block's id depends only on the text, the version and its path: re-importing the same text changes nothing. */
export const blockId = (textId: string, version: number, path: string) => 'b_' + sha256(`${textId}\u0000${version}\u0000${path}`).slice(0, 24);

/**
 * Imports `source` as the newest version of text `id`, unless that exact source is already a version of it
 * (so starting twice on one database never duplicates the library). Returns the version number.
 */
export interface ImportTextOptions {
  ownerGroupId?: string;
  createdById?: string;
  note?: string;
  format?: TextFormat;
  overrides?: Record<number, LineOverride>;
}


import { metadataJson, sourceHashOf } from '../workers/cpu-tasks';

export { metadataJson, sourceHashOf };

export function blockRows(textId: string, version: number, versionId: string, doc: ImportedDocument) {
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
    role: b.role ?? null,
  }));
}

export async function importText(id: string, source: string, opts: ImportTextOptions = {}): Promise<{ version: number; created: boolean }> {
  const sourceHash = sha256(source);
  const existing = await db.textVersion.findUnique({ where: { textId_sourceHash: { textId: id, sourceHash } } });
  if (existing) return { version: existing.number, created: false };
  const format = opts.format ?? 'plain';
  const doc = importDocument(source, { slug: id, format, overrides: opts.overrides });
  const metadata = metadataJson(doc, format);
  return db.$transaction(async (tx) => {
    await tx.text.upsert({
      where: { id },
      create: { id, slug: id, title: doc.title, subtitle: doc.subtitle ?? null, byline: doc.byline ?? null, metadata, ownerGroupId: opts.ownerGroupId ?? null },
      update: { title: doc.title, subtitle: doc.subtitle ?? null, byline: doc.byline ?? null, metadata },
    });
    const last = await tx.textVersion.findFirst({ where: { textId: id }, orderBy: { number: 'desc' }, select: { number: true } });
    const number = (last?.number ?? 0) + 1;
    const version = await tx.textVersion.create({
      data: { textId: id, number, sourceHash, source, note: opts.note ?? '', createdById: opts.createdById ?? null },
    });
    await tx.block.createMany({ data: blockRows(id, number, version.id, doc) });
    return { version: number, created: true };
  });
}

/** Texts a user can open: the shared starting library plus texts owned by their groups. */
async function visibleTextWhere(userId: string) {
  return { OR: [{ ownerGroupId: null }, { ownerGroup: { memberships: { some: { userId } } } }] };
}

export async function listTexts(userId: string | null): Promise<TextSummaryDTO[]> {
  const where = userId ? await visibleTextWhere(userId) : { ownerGroupId: null };
  const texts = await db.text.findMany({
    where,
    orderBy: { createdAt: 'asc' },
    include: { versions: { orderBy: { number: 'desc' }, take: 1, include: { blocks: { select: { text: true } } } } },
  });
  return texts.map((t) => {
    const v = t.versions[0];
    return {
      id: t.id,
      ownerGroupId: t.ownerGroupId,
      title: t.title,
      subtitle: t.subtitle,
      byline: t.byline,
      version: v?.number ?? 0,
      blockCount: v?.blocks.length ?? 0,
      charCount: v ? v.blocks.reduce((n, b) => n + Array.from(b.text).length, 0) : 0,
    };
  });
}

/**
 * A text as a structured document: its newest version, or (for a session, which keeps the version it read) the
 * version given.
 */
export async function getText(userId: string | null, id: string, opts: { versionId?: string } = {}): Promise<TextDTO> {
  const where = userId ? await visibleTextWhere(userId) : { ownerGroupId: null };
  const text = await db.text.findFirst({
    where: { id, ...where },
    include: {
      versions: {
        where: opts.versionId ? { id: opts.versionId } : undefined,
        orderBy: { number: 'desc' },
        take: 1,
        include: { blocks: { orderBy: { ordinal: 'asc' } } },
      },
    },
  });
  const version = text?.versions[0];
  if (!text || !version) throw notFound('text');
  const latest = await db.textVersion.findFirst({ where: { textId: id }, orderBy: { number: 'desc' }, select: { number: true } });
  const { toc = [], mendedBreaks: _mended, format: _format, ...metadata } = JSON.parse(text.metadata) as ImportedDocument['metadata'] & { toc?: TocEntry[]; mendedBreaks?: unknown; format?: string };
  return {
    id: text.id,
    ownerGroupId: text.ownerGroupId,
    title: text.title,
    subtitle: text.subtitle,
    byline: text.byline,
    version: version.number,
    latestVersion: latest?.number ?? version.number,
    versionId: version.id,
    metadata,
    toc,
    blocks: version.blocks.map((b) => ({
      id: b.id,
      path: b.path,
      kind: b.kind as BlockDTO['kind'],
      level: b.level,
      label: b.label,
      text: b.text,
      subtitle: b.subtitle,
      runIn: b.runIn,
      role: b.role,
    })),
  };
}

/** Whether a group may annotate a text: library texts are open to every group, others to their owner group. */
export function isTextOpenToGroup(text: { ownerGroupId: string | null }, groupId: string): boolean {
  return text.ownerGroupId === null || text.ownerGroupId === groupId;
}
