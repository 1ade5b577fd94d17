/**
 * Reads a W3C Web Annotation export (w3c.ts writes them) back into plain records that an import service can
 * re-create in another group: for each annotation the block it sits on (outline path), its quote and code-point
 * position in that block, kind, note, author name and times; for each reply the annotation and reply it answers.
 *
 * Accepted shapes: an AnnotationCollection with its page embedded as `first` (the one-file download), the
 * `{ collection, pages }` pair toAnnotationCollection returns, an AnnotationPage, an array of annotations and/or
 * pages, or a single annotation — as a value or as JSON text. Only pages that are embedded can be read (this
 * module fetches nothing).
 *
 * The import is all or nothing: anything that cannot be placed — an item that is only a link, a target without
 * a block path, quote and position, a quote whose length disagrees with its position, a reply answering something
 * not in the file — is an error, so a group never gets half an import. Placeholders of deleted annotations or
 * replies (no body; see w3c.ts) come back with `deleted: true` while replies still answer them, and are dropped,
 * with a warning, when nothing does.
 */
import { z } from 'zod';
import type { AnnotationKind } from '../annotation-kinds';
import { codePointLength } from '../code-points';
import { kindFromLabel } from '../../i18n/messages';

export interface ImportedAnnotation {
  /** the annotation's IRI in the export; replies refer to it */
  sourceId: string;
  /** the target's source IRI (without fragment) */
  source: string;
  /** read from a Gongdu source IRI (…/texts/<textId>/versions/<n>); null when the source is not one */
  textId: string | null;
  version: number | null;
  blockPath: string;
  /** code points within the block's text */
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  kind: AnnotationKind;
  note: string;
  authorName: string | null;
  /** ISO 8601 UTC */
  created: string | null;
  modified: string | null;
  /** the placeholder of a deleted annotation that replies still answer: re-create it deleted */
  deleted: boolean;
}

export interface ImportedReply {
  sourceId: string;
  /** sourceId of the annotation whose thread this reply belongs to */
  annotationSourceId: string;
  /** sourceId of the reply it answers; null when it answers the annotation */
  parentSourceId: string | null;
  authorName: string | null;
  body: string;
  created: string | null;
  modified: string | null;
  deleted: boolean;
}

export type ParseW3CResult =
  | { ok: true; annotations: ImportedAnnotation[]; replies: ImportedReply[]; warnings: string[] }
  | { ok: false; errors: string[] };

// ——— the shapes, as loose as the model allows and as strict as an import needs ———

const oneOrMany = <T extends z.ZodType>(schema: T) =>
  z.union([schema, z.array(schema)]).transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[]);

const ZType = oneOrMany(z.string());
const ZTimestamp = z.iso.datetime({ offset: true }).transform((s) => new Date(s).toISOString());

interface RawSelector {
  type: string;
  value?: string;
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
  refinedBy?: RawSelector[];
}

const ZSelector: z.ZodType<RawSelector> = z.lazy(() =>
  z
    .looseObject({
      type: z.string(),
      value: z.string().optional(),
      exact: z.string().optional(),
      prefix: z.string().optional(),
      suffix: z.string().optional(),
      start: z.int().nonnegative().optional(),
      end: z.int().nonnegative().optional(),
      refinedBy: oneOrMany(ZSelector).optional(),
    })
    .superRefine((s, ctx) => {
      if (s.type === 'TextQuoteSelector' && (s.exact === undefined || s.exact === '')) {
        ctx.addIssue({ code: 'custom', path: ['exact'], message: 'a TextQuoteSelector needs a non-empty exact' });
      }
      if (s.type === 'TextPositionSelector' && (s.start === undefined || s.end === undefined)) {
        ctx.addIssue({ code: 'custom', message: 'a TextPositionSelector needs start and end' });
      }
      if (s.type === 'FragmentSelector' && s.value === undefined) {
        ctx.addIssue({ code: 'custom', path: ['value'], message: 'a FragmentSelector needs a value' });
      }
    }),
);

const ZResourceRef = z.union([z.string().min(1), z.looseObject({ id: z.string().min(1) })]);

const ZTarget = z.union([
  z.string().min(1),
  z.looseObject({
    id: z.string().optional(),
    type: ZType.optional(),
    source: ZResourceRef.optional(),
    selector: oneOrMany(z.union([z.string(), ZSelector])).optional(),
  }),
]);

const ZBody = z.union([
  z.string().min(1),
  z.looseObject({
    id: z.string().optional(),
    type: ZType.optional(),
    value: z.string().optional(),
    purpose: oneOrMany(z.string()).optional(),
  }),
]);

const ZAgent = z.union([
  z.string(),
  z.looseObject({ name: oneOrMany(z.string()).optional(), nickname: z.string().optional() }),
]);

const ID_NEEDED = 'an annotation needs an id: replies find their parent by it';

const ZAnnotation = z.looseObject({
  id: z.string({ error: ID_NEEDED }).min(1, ID_NEEDED),
  type: ZType.refine((t) => t.includes('Annotation'), 'type must include "Annotation"'),
  motivation: oneOrMany(z.string()).optional(),
  body: oneOrMany(ZBody).optional(),
  bodyValue: z.string().optional(),
  target: oneOrMany(ZTarget),
  creator: oneOrMany(ZAgent).optional(),
  created: ZTimestamp.optional(),
  modified: ZTimestamp.optional(),
});
type RawAnnotation = z.output<typeof ZAnnotation>;

const ZPage = z.looseObject({
  type: ZType.refine((t) => t.includes('AnnotationPage')),
  items: z.array(z.unknown()),
});

/** Reads an export; see the module comment for what is accepted and why errors are all-or-nothing. */
export function parseW3CExport(json: unknown): ParseW3CResult {
  if (typeof json === 'string') {
    try {
      json = JSON.parse(json);
    } catch (e) {
      return { ok: false, errors: [`not JSON: ${(e as Error).message}`] };
    }
  }
  const errors: string[] = [];
  const warnings: string[] = [];
  const located = unwrap(json, errors);
  if (errors.length) return { ok: false, errors };

  const raws: Array<{ where: string; raw: RawAnnotation }> = [];
  const seen = new Set<string>();
  for (const { where, item } of located) {
    if (typeof item === 'string') {
      errors.push(`${where}: only a link (${item}); embed the annotation itself`);
      continue;
    }
    const parsed = ZAnnotation.safeParse(item);
    if (!parsed.success) {
      const id = isRecord(item) && typeof item.id === 'string' ? ` (${item.id})` : '';
      errors.push(...parsed.error.issues.map((i) => `${where}${id}${formatPath(i.path)}: ${i.message}`));
      continue;
    }
    if (seen.has(parsed.data.id)) {
      errors.push(`${where} (${parsed.data.id}): the same id appears twice`);
      continue;
    }
    seen.add(parsed.data.id);
    raws.push({ where, raw: parsed.data });
  }
  if (errors.length) return { ok: false, errors };

  const annotations: ImportedAnnotation[] = [];
  const replyDrafts: Array<ReplyDraft & { target: string; where: string }> = [];
  for (const { where, raw } of raws) {
    const label = `${where} (${raw.id})`;
    if (isSessionReflection(raw)) {
      // a reflection belongs to a session of the exporting group, which the importing group does not have
      warnings.push(`${label}: a reflection on a study session; sessions are not imported`);
      continue;
    }
    if (raw.motivation?.includes('replying')) {
      const target = replyTarget(raw);
      if (!target) {
        errors.push(`${label}: a reply's target must be the IRI of the annotation or reply it answers`);
        continue;
      }
      replyDrafts.push({ ...readReply(raw, label, warnings), target, where: label });
    } else {
      const annotation = readAnnotation(raw, label, errors, warnings);
      if (annotation) annotations.push(annotation);
    }
  }
  if (errors.length) return { ok: false, errors };

  const replies = linkReplies(annotations, replyDrafts, errors);
  if (errors.length) return { ok: false, errors };
  return dropEmptyPlaceholders(annotations, replies, warnings);
}

/** A reflection from a Gongdu export: a comment whose one target is a study session's IRI. */
function isSessionReflection(raw: RawAnnotation): boolean {
  if (raw.motivation?.includes('replying') || raw.target.length !== 1) return false;
  const t = raw.target[0];
  return typeof t === 'string' && /\/sessions\/[^/]+$/.test(t);
}

/** The items of whatever container was given, each with where it was found (for error messages). */
function unwrap(json: unknown, errors: string[]): Array<{ where: string; item: unknown }> {
  const fromPage = (page: unknown, where: string) => {
    const parsed = ZPage.safeParse(page);
    if (!parsed.success) {
      errors.push(`${where}: not an AnnotationPage with items`);
      return [];
    }
    return parsed.data.items.map((item, i) => ({ where: `${where}.items[${i}]`, item }));
  };
  const types = (v: unknown): string[] => {
    if (!isRecord(v)) return [];
    return typeof v.type === 'string' ? [v.type] : Array.isArray(v.type) ? v.type.filter((t) => typeof t === 'string') : [];
  };

  if (Array.isArray(json)) {
    return json.flatMap((entry, i) =>
      types(entry).includes('AnnotationPage') ? fromPage(entry, `[${i}]`) : [{ where: `[${i}]`, item: entry }],
    );
  }
  if (!isRecord(json)) {
    errors.push('expected an AnnotationCollection, an AnnotationPage, an Annotation or an array of them');
    return [];
  }
  if (isRecord(json.collection) && Array.isArray(json.pages)) {
    return json.pages.flatMap((page, i) => fromPage(page, `pages[${i}]`));
  }
  const t = types(json);
  if (t.includes('AnnotationCollection')) {
    const total = typeof json.total === 'number' ? json.total : undefined;
    if (json.first === undefined) {
      if (total) errors.push(`the collection holds ${total} annotations but embeds none`);
      return [];
    }
    if (!isRecord(json.first)) {
      errors.push(`the collection's pages are not embedded: fetch ${String(json.first)} (and the pages after it) and import those`);
      return [];
    }
    const items = fromPage(json.first, 'first');
    if (total !== undefined && items.length < total && !errors.length) {
      errors.push(`the collection holds ${total} annotations but embeds only ${items.length}: import all of its pages`);
    }
    return items;
  }
  if (t.includes('AnnotationPage')) return fromPage(json, 'page');
  return [{ where: 'annotation', item: json }];
}

function readAnnotation(raw: RawAnnotation, label: string, errors: string[], warnings: string[]): ImportedAnnotation | null {
  const anchor = readAnchor(raw, label, errors);
  if (!anchor) return null;
  const bodies = raw.body ?? [];
  const tags = bodies.filter((b) => typeof b !== 'string' && b.value !== undefined && hasPurpose(b, 'tagging'));
  const kind = tags.map((b) => kindFromLabel((b as { value: string }).value)).find((k) => k !== undefined)
    ?? (raw.motivation?.includes('questioning') ? 'question' : 'key');
  const notes = bodies.filter((b) => !tags.includes(b)).flatMap((b) => textOf(b, label, warnings));
  const note = [...notes, ...bodyValueOf(raw)].join('\n\n');
  return {
    sourceId: raw.id,
    ...anchor,
    kind,
    note,
    authorName: authorName(raw),
    created: raw.created ?? null,
    modified: raw.modified ?? null,
    deleted: raw.body === undefined && raw.bodyValue === undefined && raw.motivation === undefined,
  };
}

/** A reply before it is linked to the thread it belongs to. */
type ReplyDraft = Omit<ImportedReply, 'annotationSourceId' | 'parentSourceId'>;

function readReply(raw: RawAnnotation, label: string, warnings: string[]): ReplyDraft {
  return {
    sourceId: raw.id,
    authorName: authorName(raw),
    body: [...(raw.body ?? []).flatMap((b) => textOf(b, label, warnings)), ...bodyValueOf(raw)].join('\n\n'),
    created: raw.created ?? null,
    modified: raw.modified ?? null,
    deleted: raw.body === undefined && raw.bodyValue === undefined,
  };
}

type Anchor = Omit<ImportedAnnotation, 'sourceId' | 'kind' | 'note' | 'authorName' | 'created' | 'modified' | 'deleted'>;

/**
 * Where the annotation sits: the block (a FragmentSelector's value, or the source IRI's fragment), the quote and
 * the position. All the selectors that name a block must name the same one, and the quote must be exactly as long
 * as the position says, or the importer would anchor other words than were quoted.
 */
function readAnchor(raw: RawAnnotation, label: string, errors: string[]): Anchor | null {
  const fail = (message: string) => {
    errors.push(`${label}: ${message}`);
    return null;
  };
  const targets = raw.target.filter((t) => typeof t !== 'string' && t.source !== undefined);
  if (targets.length === 0) return fail('the target names no source text (a SpecificResource with source and selectors)');
  if (targets.length > 1) return fail('several targets: a Gongdu annotation marks one passage');
  const target = targets[0] as Exclude<(typeof targets)[number], string>;
  const sourceIri = typeof target.source === 'string' ? target.source : target.source!.id;
  const [source, sourceFragment] = splitFragment(sourceIri);

  const paths = new Set<string>();
  let quote: RawSelector | undefined;
  let position: RawSelector | undefined;
  const take = (s: RawSelector, blockPath: string | undefined) => {
    if (s.type === 'TextQuoteSelector' || s.type === 'TextPositionSelector') {
      if (blockPath !== undefined) paths.add(blockPath);
      if (s.type === 'TextQuoteSelector') quote ??= s;
      else position ??= s;
    }
  };
  for (const selector of target.selector ?? []) {
    if (typeof selector === 'string') continue;
    if (selector.type === 'FragmentSelector') {
      const path = decodeFragment(selector.value!);
      if (path === null) return fail(`the FragmentSelector value ${JSON.stringify(selector.value)} is not a valid fragment`);
      paths.add(path);
      for (const refined of selector.refinedBy ?? []) take(refined, path);
    } else {
      take(selector, sourceFragment ?? undefined);
    }
  }
  if (paths.size === 0 && sourceFragment) paths.add(sourceFragment);
  if (paths.size === 0) return fail('no block path: expected a FragmentSelector (or a source IRI fragment) naming the block');
  if (paths.size > 1) return fail(`the selectors name different blocks: ${[...paths].join(', ')}`);
  if (!quote) return fail('no TextQuoteSelector: the quoted words are needed to check the passage');
  if (!position) return fail('no TextPositionSelector: the position of the passage in its block is needed');
  const start = position.start!;
  const end = position.end!;
  if (end <= start) return fail(`TextPositionSelector end (${end}) must be greater than start (${start})`);
  const exact = quote.exact!;
  if (codePointLength(exact) !== end - start) {
    const length = codePointLength(exact);
    return fail(`the quote is ${length} code points long but the position spans ${end - start} (positions count code points)`);
  }
  const gongdu = /\/texts\/([^/?#]+)\/versions\/(\d+)$/.exec(source);
  return {
    source,
    textId: gongdu ? safeDecode(gongdu[1]) : null,
    version: gongdu ? Number(gongdu[2]) : null,
    blockPath: [...paths][0],
    start,
    end,
    exact,
    prefix: quote.prefix ?? '',
    suffix: quote.suffix ?? '',
  };
}

function replyTarget(raw: RawAnnotation): string | null {
  if (raw.target.length !== 1) return null;
  const t = raw.target[0];
  if (typeof t === 'string') return t;
  if (t.id) return t.id;
  if (t.source !== undefined && (t.selector ?? []).length === 0) return typeof t.source === 'string' ? t.source : t.source.id;
  return null;
}

/** Each reply to the annotation whose thread it is in, through the replies it answers; parents come first. */
function linkReplies(
  annotations: ImportedAnnotation[],
  drafts: Array<ReplyDraft & { target: string; where: string }>,
  errors: string[],
): ImportedReply[] {
  const annotationIds = new Set(annotations.map((a) => a.sourceId));
  const byId = new Map(drafts.map((d) => [d.sourceId, d]));
  const rootOf = (id: string, trail: Set<string>): string | null => {
    if (annotationIds.has(id)) return id;
    const d = byId.get(id);
    if (!d || trail.has(id)) return null;
    trail.add(id);
    return rootOf(d.target, trail);
  };
  const linked: ImportedReply[] = [];
  for (const d of drafts) {
    const root = rootOf(d.target, new Set([d.sourceId]));
    if (!root) {
      errors.push(`${d.where}: answers ${d.target}, which is not an annotation or reply in this export`);
      continue;
    }
    const { target, where: _where, ...reply } = d;
    linked.push({ ...reply, annotationSourceId: root, parentSourceId: annotationIds.has(target) ? null : target });
  }
  // Parents before children, then oldest first, so an importer can create them in order.
  const linkedById = new Map(linked.map((r) => [r.sourceId, r]));
  const depth = (r: ImportedReply): number => (r.parentSourceId ? 1 + depth(linkedById.get(r.parentSourceId)!) : 0);
  const order = new Map(linked.map((r, i) => [r.sourceId, i]));
  return [...linked].sort(
    (x, y) => depth(x) - depth(y) || compareTimes(x.created, y.created) || order.get(x.sourceId)! - order.get(y.sourceId)!,
  );
}

/** A placeholder only exists to hold replies: one that holds none is not re-created. */
function dropEmptyPlaceholders(
  annotations: ImportedAnnotation[],
  replies: ImportedReply[],
  warnings: string[],
): ParseW3CResult {
  let keptReplies = replies;
  for (;;) {
    const answered = new Set(keptReplies.map((r) => r.parentSourceId));
    const next = keptReplies.filter((r) => !r.deleted || answered.has(r.sourceId));
    if (next.length === keptReplies.length) break;
    for (const r of keptReplies) {
      if (!next.includes(r)) warnings.push(`${r.sourceId}: a deleted reply that nothing answers; not imported`);
    }
    keptReplies = next;
  }
  const held = new Set(keptReplies.filter((r) => !r.deleted).map((r) => r.annotationSourceId));
  const keptAnnotations = annotations.filter((a) => {
    if (!a.deleted || held.has(a.sourceId)) return true;
    warnings.push(`${a.sourceId}: a deleted annotation that no reply answers; not imported`);
    return false;
  });
  const kept = new Set(keptAnnotations.map((a) => a.sourceId));
  const keptThreads = keptReplies.filter((r) => kept.has(r.annotationSourceId));
  return { ok: true, annotations: keptAnnotations, replies: keptThreads, warnings };
}

function bodyValueOf(raw: RawAnnotation): string[] {
  return raw.bodyValue !== undefined ? [raw.bodyValue] : [];
}

function textOf(body: z.output<typeof ZBody>, label: string, warnings: string[]): string[] {
  if (typeof body === 'string') {
    warnings.push(`${label}: a body given only as a link (${body}) is not imported`);
    return [];
  }
  if (body.value === undefined) {
    warnings.push(`${label}: a body without a value${body.id ? ` (${body.id})` : ''} is not imported`);
    return [];
  }
  return [body.value];
}

function hasPurpose(body: { purpose?: string[] }, purpose: string): boolean {
  return body.purpose?.includes(purpose) ?? false;
}

function authorName(raw: RawAnnotation): string | null {
  for (const agent of raw.creator ?? []) {
    if (typeof agent === 'string') continue;
    const name = agent.name?.[0] ?? agent.nickname;
    if (name) return name;
  }
  return null;
}

function splitFragment(iri: string): [string, string | null] {
  const hash = iri.indexOf('#');
  if (hash < 0) return [iri, null];
  return [iri.slice(0, hash), decodeFragment(iri.slice(hash + 1))];
}

function decodeFragment(value: string): string | null {
  const decoded = safeDecode(value);
  return decoded === null || decoded === '' ? null : decoded;
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

function compareTimes(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return Date.parse(a) - Date.parse(b);
}

function formatPath(path: PropertyKey[]): string {
  return path.length ? ` ${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '')}` : '';
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
