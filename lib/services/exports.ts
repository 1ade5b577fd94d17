/** Exports of a group's (or a session's) annotations: W3C Web Annotation JSON-LD, CSV, Markdown. */
import type { Locale } from '../i18n/locale';
import { db } from '../db';
import { buildExportOffThread } from './cpu-pool';
import { notFound } from './errors';
import { loadExportRecords, loadExportReflections } from './export-records';
import { requireMembership } from './require-membership';

/** Records serialised per stretch of the event loop on their way to the worker. */
const RECORDS_PER_PAGE = 250;

export type ExportFormat = 'jsonld' | 'csv' | 'md';

export interface ExportFile {
  filename: string;
  contentType: string;
  body: string | Buffer;
}

export async function exportAnnotations(userId: string, groupId: string, opts: { format: ExportFormat; sessionId?: string; base: string; locale: Locale; timeZone?: string }): Promise<ExportFile> {
  await requireMembership(userId, groupId);
  const group = await db.group.findUniqueOrThrow({ where: { id: groupId }, select: { name: true } });
  const session = opts.sessionId ? await db.studySession.findUnique({ where: { id: opts.sessionId } }) : null;
  if (opts.sessionId && session?.groupId !== groupId) throw notFound('session');
  const [{ records, blockOrder }, reflections] = await Promise.all([
    loadExportRecords({ groupId, sessionId: opts.sessionId }),
    loadExportReflections({ groupId, sessionId: opts.sessionId }),
  ]);
  const label = session ? `${group.name} · ${session.title}` : group.name;
  const stem = `gongdu-${session ? `session-${session.id}` : `group-${groupId}`}`;
  const id = `${opts.base}/api/groups/${groupId}/export?format=jsonld${session ? `&sessionId=${session.id}` : ''}`;
  // Sorting and formatting thousands of annotations takes seconds: in the worker pool, not on the event loop.
  const recordPages: string[] = [];
  for (let i = 0; i < records.length; i += RECORDS_PER_PAGE) {
    recordPages.push(JSON.stringify(records.slice(i, i + RECORDS_PER_PAGE)));
    await new Promise((resolve) => setImmediate(resolve)); // other requests run between pages
  }
  const body = await buildExportOffThread({ format: opts.format, recordPages, reflections, blockOrder, label, base: opts.base, id, locale: opts.locale, timeZone: opts.timeZone });
  switch (opts.format) {
    case 'jsonld':
      return { filename: `${stem}.jsonld`, contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', body };
    case 'csv':
      return { filename: `${stem}.csv`, contentType: 'text/csv; charset=utf-8', body };
    case 'md':
      return { filename: `${stem}.md`, contentType: 'text/markdown; charset=utf-8', body };
  }
}
