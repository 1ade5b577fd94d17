/**
 * Annotations as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/), so a group's reading notes
 * leave Gongdu in a format other tools read, and come back into another group (w3c-import.ts).
 *
 * How a Gongdu annotation maps onto the model:
 * - id: `${base}/api/annotations/${id}`; a reply's: `${base}/api/annotations/${annotationId}/replies/${replyId}`
 *   (the HTTP API's own addresses).
 * - target: a SpecificResource whose source is the text version, `${base}/texts/${textId}/versions/${version}`,
 *   selected by two alternative selectors, each a FragmentSelector naming the block by its outline path
 *   (e.g. "ch1/s2/p3") and refined by one of
 *   - a TextQuoteSelector: exact, prefix, suffix (the words, to re-anchor when offsets no longer fit), and
 *   - a TextPositionSelector: start/end counted in Unicode code points within that block's text — not in UTF-16
 *     units, and not from the start of the whole text (the model counts code points too, §4.2.5).
 *   The model treats several selectors as alternatives, and allows one refinedBy per selector; hence two chains.
 * - body: the kind as a TextualBody with purpose "tagging" (重点 / 疑问 / 体会), and the note, if any, as a
 *   text/plain TextualBody with purpose "commenting". motivation: "commenting" with a note, "highlighting" without.
 * - a reply: its own Annotation, motivation "replying", target the IRI of what it answers (the annotation, or the
 *   reply it answers).
 * - deletions (marks, never erasures — DESIGN rule 6): a deleted reply or annotation is left out, unless live
 *   replies hang below it; then it stays as a placeholder — same id and target, no body, no creator, and no
 *   motivation (a reply keeps "replying") — so the thread keeps its shape and no deleted words leave the server.
 *   Every live annotation has at least its tagging body and every live reply its text, so an importer reads an
 *   annotation without body or bodyValue, and without motivation (or with "replying"), as such a placeholder.
 * - private annotations never appear: toW3CAnnotation refuses them, the collection skips them.
 */
import { codePointLength } from '../code-points';
import {
  hasLiveReplies,
  isExportable,
  threadReplies,
  type ExportAnnotation,
  type ExportReflection,
  type ExportReply,
} from './export-annotation';
import { kindLabel } from '../../i18n/messages';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** The generic URI fragment syntax: the FragmentSelector's value is a block's outline path used as a fragment. */
export const FRAGMENT_CONFORMS_TO = 'http://tools.ietf.org/rfc/rfc3986';

export interface W3CTextualBody {
  type: 'TextualBody';
  value: string;
  purpose?: 'commenting' | 'tagging';
  format: 'text/plain';
  language?: string;
}

export interface W3CTextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface W3CTextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface W3CFragmentSelector {
  type: 'FragmentSelector';
  conformsTo: string;
  value: string;
  refinedBy: W3CTextQuoteSelector | W3CTextPositionSelector;
}

export interface W3CTextTarget {
  type: 'SpecificResource';
  source: string;
  selector: W3CFragmentSelector[];
}

export interface W3CAgent {
  type: 'Person';
  name: string;
}

export interface W3CAnnotation {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation?: 'commenting' | 'highlighting' | 'replying';
  created: string;
  modified?: string;
  creator?: W3CAgent;
  body?: W3CTextualBody[];
  target: W3CTextTarget | string;
}

export interface W3CAnnotationPage {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationPage';
  partOf: { id: string; label: string; total: number };
  startIndex: number;
  next?: string;
  prev?: string;
  items: W3CAnnotation[];
}

export interface W3CAnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first?: string | W3CAnnotationPage;
  last?: string;
  'rdfs:comment': string;
}

export interface CollectionOptions {
  /** the server's origin, e.g. "http://localhost:3000" (no trailing slash needed) */
  base: string;
  /** the collection's IRI, e.g. `${base}/api/groups/${groupId}/annotations.jsonld` */
  id: string;
  label: string;
  /** items (annotations and replies) per page */
  pageSize: number;
}

/** Said in every collection, for whoever reads the file without this source at hand. */
export const COLLECTION_NOTE =
  'Targets: source is a text version; each FragmentSelector value is the outline path of one block of it, refined ' +
  'by a TextQuoteSelector (exact/prefix/suffix) or a TextPositionSelector whose start/end count Unicode code ' +
  "points within that block's text. Replies are Annotations with motivation \"replying\" that target the " +
  'annotation or reply they answer. An Annotation with no body and no motivation (a reply: only "replying") is the ' +
  'placeholder of a deleted annotation or reply that other replies still answer. An Annotation whose target is a ' +
  'study session (…/sessions/<id>) is a reflection on that session as a whole.';

export function annotationIri(base: string, annotationId: string): string {
  return `${trimBase(base)}/api/annotations/${encodeURIComponent(annotationId)}`;
}

export function replyIri(base: string, annotationId: string, replyId: string): string {
  return `${annotationIri(base, annotationId)}/replies/${encodeURIComponent(replyId)}`;
}

/** A study session, as the target of its reflections. */
export function sessionIri(base: string, sessionId: string): string {
  return `${trimBase(base)}/sessions/${encodeURIComponent(sessionId)}`;
}

export function reflectionIri(base: string, r: Pick<ExportReflection, 'id' | 'sessionId'>): string {
  return `${sessionIri(base, r.sessionId)}/reflections/${encodeURIComponent(r.id)}`;
}

/** A session reflection: a comment whose target is the session itself (an IRI), not a passage. */
export function toW3CReflection(r: ExportReflection, base: string): W3CAnnotation {
  return {
    '@context': ANNO_CONTEXT,
    id: reflectionIri(base, r),
    type: 'Annotation',
    motivation: 'commenting',
    created: isoTimestamp(r.createdAt),
    ...(r.editedAt ? { modified: isoTimestamp(r.editedAt) } : {}),
    creator: { type: 'Person', name: r.authorName },
    body: [{ ...textualBody(r.body), purpose: 'commenting' }],
    target: sessionIri(base, r.sessionId),
  };
}

export function textVersionIri(base: string, textId: string, version: number): string {
  return `${trimBase(base)}/texts/${encodeURIComponent(textId)}/versions/${version}`;
}

/** A block path as a fragment: its "/" separators are legal there and kept; anything else unusual is escaped. */
export function blockPathToFragment(blockPath: string): string {
  return encodeURIComponent(blockPath).replace(/%2F/gi, '/');
}

/**
 * One annotation (without its replies) as a W3C Annotation. Throws on a private annotation: rule 3 is checked here
 * too, not only by the caller. A deleted annotation becomes the placeholder described above.
 */
export function toW3CAnnotation(a: ExportAnnotation, base: string): W3CAnnotation {
  if (!isExportable(a)) throw new Error(`annotation ${a.id} is private: private annotations are never exported`);
  checkRange(a);
  const target: W3CTextTarget = {
    type: 'SpecificResource',
    source: textVersionIri(base, a.textId, a.version),
    selector: [
      fragment(a.blockPath, { type: 'TextQuoteSelector', exact: a.exact, prefix: a.prefix, suffix: a.suffix }),
      fragment(a.blockPath, { type: 'TextPositionSelector', start: a.start, end: a.end }),
    ],
  };
  const id = annotationIri(base, a.id);
  if (a.deleted) return { '@context': ANNO_CONTEXT, id, type: 'Annotation', created: isoTimestamp(a.createdAt), target };

  const body: W3CTextualBody[] = [
    { type: 'TextualBody', purpose: 'tagging', value: kindLabel(a.kind, 'zh-CN'), format: 'text/plain', language: 'zh-CN' },
  ];
  const note = a.note.trim() === '' ? '' : a.note;
  if (note) body.push({ ...textualBody(note), purpose: 'commenting' });
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'Annotation',
    motivation: note ? 'commenting' : 'highlighting',
    created: isoTimestamp(a.createdAt),
    ...(a.editedAt ? { modified: isoTimestamp(a.editedAt) } : {}),
    creator: { type: 'Person', name: a.authorName },
    body,
    target,
  };
}

/** A reply as an Annotation answering `targetIri`; a placeholder carries no body and no creator. */
export function toW3CReply(
  reply: ExportReply,
  annotationId: string,
  targetIri: string,
  base: string,
  isPlaceholder = false,
): W3CAnnotation {
  const id = replyIri(base, annotationId, reply.id);
  if (isPlaceholder || reply.deleted) {
    const created = isoTimestamp(reply.createdAt);
    return { '@context': ANNO_CONTEXT, id, type: 'Annotation', motivation: 'replying', created, target: targetIri };
  }
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'Annotation',
    motivation: 'replying',
    created: isoTimestamp(reply.createdAt),
    ...(reply.editedAt ? { modified: isoTimestamp(reply.editedAt) } : {}),
    creator: { type: 'Person', name: reply.authorName },
    body: [textualBody(reply.body)],
    target: targetIri,
  };
}

/**
 * An annotation followed by its replies (parents before the replies that answer them), or nothing when it is
 * private, or deleted with no live replies left.
 */
export function toW3CThread(a: ExportAnnotation, base: string): W3CAnnotation[] {
  if (!isExportable(a)) return [];
  if (a.deleted && !hasLiveReplies(a)) return [];
  const items = [toW3CAnnotation(a, base)];
  for (const { reply, isPlaceholder } of threadReplies(a.replies)) {
    const target = reply.parentId && a.replies.some((r) => r.id === reply.parentId)
      ? replyIri(base, a.id, reply.parentId)
      : annotationIri(base, a.id);
    items.push(toW3CReply(reply, a.id, target, base, isPlaceholder));
  }
  return items;
}

/**
 * A paged AnnotationCollection: the collection names its first and last page; each page embeds its items, says
 * which collection it is part of and links its neighbours. Threads stay in input order, each annotation followed
 * by its replies; a thread may run over a page boundary (an importer reads all pages before linking replies).
 */
export function toAnnotationCollection(
  records: readonly ExportAnnotation[],
  options: CollectionOptions,
  reflections: readonly ExportReflection[] = [],
): { collection: W3CAnnotationCollection; pages: W3CAnnotationPage[] } {
  if (!Number.isInteger(options.pageSize) && options.pageSize !== Infinity) throw new Error('pageSize must be an integer');
  if (options.pageSize < 1) throw new Error('pageSize must be at least 1');
  const items = [...records.flatMap((a) => toW3CThread(a, options.base)), ...reflections.map((r) => toW3CReflection(r, options.base))];
  const pageCount = items.length === 0 ? 0 : Math.max(1, Math.ceil(items.length / options.pageSize));
  const pageIri = (n: number) => `${options.id}${options.id.includes('?') ? '&' : '?'}page=${n + 1}`;
  const partOf = { id: options.id, label: options.label, total: items.length };
  const pages: W3CAnnotationPage[] = [];
  for (let n = 0; n < pageCount; n++) {
    const startIndex = n === 0 ? 0 : n * options.pageSize; // 0 × Infinity is NaN
    pages.push({
      '@context': ANNO_CONTEXT,
      id: pageIri(n),
      type: 'AnnotationPage',
      partOf,
      startIndex,
      ...(n + 1 < pageCount ? { next: pageIri(n + 1) } : {}),
      ...(n > 0 ? { prev: pageIri(n - 1) } : {}),
      items: items.slice(startIndex, startIndex + options.pageSize),
    });
  }
  const collection: W3CAnnotationCollection = {
    '@context': ANNO_CONTEXT,
    id: options.id,
    type: 'AnnotationCollection',
    label: options.label,
    total: items.length,
    ...(pageCount > 0 ? { first: pageIri(0), last: pageIri(pageCount - 1) } : {}),
    'rdfs:comment': COLLECTION_NOTE,
  };
  return { collection, pages };
}

/**
 * The whole export as one JSON-LD document, for a download: the collection with every item in one page embedded
 * as its `first` (the model lets `first` be embedded; `next` may only be an IRI, so one file means one page).
 */
export function toAnnotationExportDocument(
  records: readonly ExportAnnotation[],
  options: Omit<CollectionOptions, 'pageSize'>,
  reflections: readonly ExportReflection[] = [],
): W3CAnnotationCollection {
  const { collection, pages } = toAnnotationCollection(records, { ...options, pageSize: Infinity }, reflections);
  if (pages.length === 0) return collection;
  const { '@context': _context, ...page } = pages[0];
  return { ...collection, first: page as W3CAnnotationPage };
}

/**
 * The BCP 47 tag of a user's text: Gongdu's groups write Chinese, so zh-CN unless the text is clearly otherwise —
 * kana means Japanese, Hangul Korean, Latin letters without any Han character English, and other letters some
 * language we cannot name (left untagged rather than mislabelled). Digits, punctuation or emoji alone: zh-CN.
 */
export function guessLanguage(text: string): string | undefined {
  // Kana, but not the katakana middle dot and long-vowel mark, which Chinese text borrows (卡尔・马克思).
  if (/[\u3041-\u3096\u30a1-\u30fa]/u.test(text)) return 'ja';
  if (/[\uac00-\ud7af]/u.test(text)) return 'ko';
  if (/\p{Script=Han}/u.test(text)) return 'zh-CN';
  if (/\p{Script=Latin}/u.test(text)) return 'en';
  if (/\p{L}/u.test(text)) return undefined;
  return 'zh-CN';
}

function textualBody(value: string): W3CTextualBody {
  const language = guessLanguage(value);
  return { type: 'TextualBody', value, format: 'text/plain', ...(language ? { language } : {}) };
}

function fragment(blockPath: string, refinedBy: W3CFragmentSelector['refinedBy']): W3CFragmentSelector {
  return { type: 'FragmentSelector', conformsTo: FRAGMENT_CONFORMS_TO, value: blockPathToFragment(blockPath), refinedBy };
}

/** The selectors must agree with each other, or an importer would anchor a different passage than was quoted. */
function checkRange(a: ExportAnnotation): void {
  if (!Number.isInteger(a.start) || !Number.isInteger(a.end) || a.start < 0 || a.end <= a.start) {
    throw new Error(`annotation ${a.id}: start/end must be integers with 0 <= start < end`);
  }
  if (codePointLength(a.exact) !== a.end - a.start) {
    const length = codePointLength(a.exact);
    throw new Error(`annotation ${a.id}: the quote is ${length} code points long, but end - start is ${a.end - a.start}`);
  }
}

/** created/modified must be xsd:dateTime; the database's ISO strings are, and anything else is refused loudly. */
function isoTimestamp(value: string): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new Error(`not a timestamp: ${JSON.stringify(value)}`);
  return new Date(ms).toISOString();
}

function trimBase(base: string): string {
  return base.replace(/\/+$/, '');
}
