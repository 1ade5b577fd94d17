/**
 * Maps a group's annotations to the plain ExportAnnotation records that every export and the minutes are built
 * from. Only group-visible, not hidden annotations of the group are loaded: private ones never leave their author
 * (../shared/DESIGN.md, rule 3), and an improper comment a leader hid does not belong in a record.
 */
import { db } from '../db';
import type { AnnotationKind } from '../domain/annotation-kinds';
import type { ExportAnnotation, ExportReflection } from '../domain/export/export-annotation';
import { headingTrails } from '../domain/outline';
import { canSeeAnnotationOf, SHARED_RECORD_VIEWER, viewReflection, viewReply } from '../domain/visibility';
import { findInChunks } from './in-chunks';

export interface RecordFilter {
  groupId: string;
  sessionId?: string;
  textId?: string;
}

/**
 * Annotations per query: a big group's export loads thousands, and Prisma turns each page of rows into objects in
 * one synchronous stretch of the event loop. Pages of this size keep each stretch to a few tens of milliseconds,
 * so other users' requests are answered between them (issue 9; tests/api/heavy-import.test.ts).
 */
const ANNOTATIONS_PER_PAGE = 200;

export async function loadExportRecords(filter: RecordFilter): Promise<{ records: ExportAnnotation[]; blockOrder: string[] }> {
  const where = { groupId: filter.groupId, visibility: 'group', hiddenAt: null, ...(filter.sessionId ? { sessionId: filter.sessionId } : {}), ...(filter.textId ? { textId: filter.textId } : {}) };
  const page = (after?: string) =>
    db.annotation.findMany({
      where,
      include: {
        author: { select: { id: true, name: true } },
        // No orderBy here: Prisma 7 loads an ordered relation with one bound parameter per parent (P2029 past 999
        // annotations) where an unordered one is split; the replies are put in order below.
        comments: { where: { hiddenAt: null }, include: { author: { select: { name: true } } } },
        group: { select: { name: true } },
        session: { select: { title: true } },
        version: { select: { number: true, text: { select: { title: true } } } },
        block: { select: { path: true } },
      },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: ANNOTATIONS_PER_PAGE,
      ...(after ? { cursor: { id: after }, skip: 1 } : {}),
    });
  const versionIds = (await db.annotation.findMany({ where, distinct: ['versionId'], select: { versionId: true } })).map((r) => r.versionId);
  const blocks = await findInChunks(versionIds, (slice) =>
    db.block.findMany({ where: { versionId: { in: slice } }, orderBy: [{ versionId: 'asc' }, { ordinal: 'asc' }], select: { id: true, kind: true, level: true, text: true, versionId: true } }),
  );
  const trails = new Map<string, string[]>();
  for (const versionId of versionIds) for (const [id, trail] of headingTrails(blocks.filter((b) => b.versionId === versionId))) trails.set(id, trail);
  const toRecord = (a: Awaited<ReturnType<typeof page>>[number]): ExportAnnotation => ({
      id: a.id,
      groupId: a.groupId,
      groupName: a.group.name,
      sessionId: a.sessionId,
      sessionTitle: a.session?.title ?? null,
      textId: a.textId,
      textTitle: a.version.text.title,
      version: a.version.number,
      blockId: a.blockId,
      blockPath: a.block.path,
      headingTrail: trails.get(a.blockId) ?? [],
      start: a.start,
      end: a.end,
      exact: a.exact,
      prefix: a.prefix,
      suffix: a.suffix,
      kind: a.kind as AnnotationKind,
      note: a.deletedAt ? '' : a.note,
      // who wrote it: an imported item's original author, not the leader who imported it (issue 12, finding 12)
      authorName: a.originalAuthor ?? a.author.name,
      authorId: a.author.id,
      visibility: 'group',
      createdAt: a.createdAt.toISOString(),
      editedAt: a.editedAt?.toISOString() ?? null,
      deleted: a.deletedAt !== null,
      replies: [...a.comments].sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime()).map((c) => ({
        id: c.id,
        authorName: c.originalAuthor ?? c.author.name,
        body: viewReply(SHARED_RECORD_VIEWER, { id: c.id, annotationId: a.id, author: { id: c.authorId }, body: c.body, deleted: c.deletedAt !== null, hidden: c.hiddenAt !== null }).body,
        createdAt: c.createdAt.toISOString(),
        editedAt: c.editedAt?.toISOString() ?? null,
        deleted: c.deletedAt !== null,
        parentId: c.parentId,
      })),
    });
  // Each page is turned into records as it comes; every query waits a turn of the event loop (lib/db/serialized-sqlite.ts,
  // and PostgreSQL's are network I/O), so no stretch of the event loop handles more than one page.
  const records: ExportAnnotation[] = [];
  for (let batch = await page(); ; batch = await page(batch.at(-1)!.id)) {
    for (const a of batch) if (canSeeAnnotationOf(SHARED_RECORD_VIEWER, { ...a, hidden: a.hiddenAt !== null })) records.push(toRecord(a));
    if (batch.length < ANNOTATIONS_PER_PAGE) break;
  }
  return { records, blockOrder: blocks.map((b) => b.id) };
}

/**
 * The session reflections (体会) of a group, or of one session, as the shared records hold them: through the one
 * visibility rule with the shared-record viewer, so a hidden or deleted reflection never reaches the minutes or an
 * export, whoever asks.
 */
export async function loadExportReflections(filter: Pick<RecordFilter, 'groupId' | 'sessionId'>): Promise<ExportReflection[]> {
  const rows = await db.comment.findMany({
    where: { groupId: filter.groupId, annotationId: null, sessionId: filter.sessionId ?? { not: null }, deletedAt: null, hiddenAt: null },
    include: { author: { select: { id: true, name: true } }, session: { select: { title: true } } },
    orderBy: { createdAt: 'asc' },
  });
  return rows.flatMap((c) => {
    const seen = viewReflection(SHARED_RECORD_VIEWER, { id: c.id, annotationId: null, author: { id: c.authorId }, body: c.body, deleted: c.deletedAt !== null, hidden: c.hiddenAt !== null });
    if (!seen || !c.sessionId || seen.body === '') return [];
    return [{ id: c.id, sessionId: c.sessionId, sessionTitle: c.session?.title ?? '', authorName: c.author.name, body: seen.body, createdAt: c.createdAt.toISOString(), editedAt: c.editedAt?.toISOString() ?? null }];
  });
}
